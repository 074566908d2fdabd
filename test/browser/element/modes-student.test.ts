import { expect } from '@esm-bundle/chai';
import { resetMouse, sendKeys } from '@web/test-runner-commands';
import { CHANNELS } from '../../../src/modes/channels.js';
import type { AcupointMap } from '../../../src/index.js';
import { cleanup, frames, hotspots, panel, pixels, expectSameNode, until } from '../helpers.js';
import { $, $$, button, clickAt, mountReady, pixelsNear, settle } from '../mode-helpers.js';

const STUDENT = { mode: 'student' };
const colour = (id: string) => CHANNELS.find((c) => c.id === id)!.color;

/** Where a model-space point is on screen, from the screen positions of BL23 (both sides) and BL40. */
function screenMapper(element: AcupointMap): (p: { x: number; y: number }) => { x: number; y: number } {
  const [l, r, k] = [element.queryPoint('BL23', 'left')!, element.queryPoint('BL23', 'right')!, element.queryPoint('BL40', 'left')!];
  const [pl, pr, pk] = [element.pointPosition('BL23', 'left')!, element.pointPosition('BL23', 'right')!, element.pointPosition('BL40', 'left')!];
  const sx = (l.x - r.x) / (pl.x - pr.x);
  const sy = (l.y - k.y) / (pl.y - pk.y);
  return (p) => ({ x: l.x + (p.x - pl.x) * sx, y: l.y + (p.y - pl.y) * sy });
}

describe('mode="student"', () => {
  afterEach(async () => {
    cleanup();
    await resetMouse();
  });

  it('labels the visible markers, without overlaps, from the Labels toggle', async () => {
    const element = await mountReady(STUDENT);
    expect($$(element, '[part~="hotspot"] .tag')).to.have.length(0);
    button(element, 'Labels').click();
    await element.updateComplete;
    await frames(2);
    expect(element.hasAttribute('show-labels')).to.equal(true);
    // The crowded lower back is a cluster in the full view: zoom in until its markers stand alone.
    $(element, '[part~="stage"]')!.focus();
    for (let i = 0; i < 4; i++) await sendKeys({ press: '+' });
    await settle();
    const shown = $$(element, '[part~="hotspot"]:not([hidden]) .tag:not([hidden])');
    expect(shown.length, 'labels on the visible markers').to.be.at.least(8);
    for (const tag of shown) {
      const marker = tag.closest<HTMLElement>('[part~="hotspot"]')!;
      expect(tag.textContent).to.match(new RegExp(`^${marker.dataset.code}( |$)`));
    }
    const boxes = shown.map((tag) => tag.getBoundingClientRect());
    boxes.forEach((a, i) =>
      boxes.slice(i + 1).forEach((b) => {
        const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        expect(overlap, 'two labels overlap').to.equal(false);
      }),
    );
    button(element, 'Labels').click();
    await element.updateComplete;
    expect(element.hasAttribute('show-labels')).to.equal(false);
    expect($$(element, '[part~="hotspot"] .tag')).to.have.length(0);
  });

  it('draws the channels on the skin in their colours, with a legend, and takes them away', async () => {
    const element = await mountReady(STUDENT, { width: 560, height: 720 });
    await frames(2);
    const before = pixels(element);
    const count = (image: ImageData, id: string) => pixelsNear(image, colour(id), 70);
    button(element, 'Channels').click();
    await element.updateComplete;
    // The channels' code is fetched the first time they are shown: drawn a moment later.
    await until(() => count(pixels(element), 'bladder') - count(before, 'bladder') > 400, 'the channels drawn');
    await frames(3);
    expect(element.hasAttribute('show-meridians')).to.equal(true);
    const after = pixels(element);
    expect(count(after, 'bladder') - count(before, 'bladder'), 'Bladder lines on the back and legs').to.be.greaterThan(400);
    expect(count(after, 'governor') - count(before, 'governor'), 'Governor vessel on the midline').to.be.greaterThan(60);
    expect(count(after, 'kidney') - count(before, 'kidney'), 'Kidney channel at the ankles').to.be.greaterThan(15);
    const legend = $(element, '[part~="legend"]')!;
    expect([...legend.querySelectorAll('b')].map((b) => b.textContent)).to.deep.equal(['BL', 'GV', 'GB', 'KI', 'ST', 'SP', 'LR', 'LI']);
    // The Gallbladder channel runs down the outer side of the leg: seen from the side.
    element.setView('left');
    await settle();
    expect(count(pixels(element), 'gallbladder'), 'Gallbladder line on the lateral hip and leg').to.be.greaterThan(150);
    element.setView('back');
    element.showMeridians = false;
    await element.updateComplete;
    await settle();
    expect(count(pixels(element), 'bladder')).to.be.at.most(count(before, 'bladder') + 20);
    expectSameNode($(element, '[part~="legend"]'), null, 'the legend after the channels are hidden');
  });

  it('shows how the selected point is measured: BL23 1.5 B-cun from the midline at L2, BL57 at 8 of 16 B-cun', async () => {
    const element = await mountReady(STUDENT);
    await frames(2);
    const ink = (image: ImageData) => pixelsNear(image, '#111827', 45);
    const before = ink(pixels(element));
    element.select('BL23');
    await element.updateComplete;
    await settle();
    let label = $(element, '[part~="ruler-label"]')!;
    expect(label.dataset.cun).to.equal('1.5');
    expect(label.dataset.scaleCun).to.equal('1.5');
    expect(label.dataset.ticks).to.equal('4');
    expect(label.textContent!.trim()).to.equal('1.5 B-cun lateral from the midline just below the L2 spinous process');
    expect(label.hidden).to.equal(false);
    // The 1.5 B-cun line with its ticks covers some 30 to 50 px of a full-body view.
    expect(ink(pixels(element)) - before, 'the ruler is drawn on the back').to.be.greaterThan(20);
    expect(panel(element).textContent).to.include('How it is measured');
    expect(panel(element).textContent).to.match(/1\.5 of 6 B-cun/);

    element.select('BL57');
    await element.updateComplete;
    await settle();
    label = $(element, '[part~="ruler-label"]')!;
    expect(label.dataset.cun).to.equal('8');
    expect(label.dataset.scaleCun).to.equal('16');
    expect(label.dataset.ticks).to.equal('17');
    expect(label.textContent!.trim()).to.equal('8 of 16 B-cun from the midpoint of the popliteal crease');
    expect(panel(element).textContent).to.match(/8 of 16 B-cun \(popliteal crease to the prominence of the lateral malleolus/);

    // Only students get the ruler.
    element.mode = 'patient';
    await element.updateComplete;
    expectSameNode($(element, '[part~="ruler-label"]'), null, 'the ruler in patient mode');
  });

  it('quiz: hides the markers, scores a click on the point as correct and one on the shoulder as wrong, keeps score', async () => {
    const element = await mountReady(STUDENT, { width: 600, height: 580 });
    await frames(2);
    // Where the points are once the quiz bar is laid out: the figure is framed above it.
    const where = {} as Record<'BL40' | 'BL23', { x: number; y: number }>;
    const locate = () => {
      where.BL40 = element.queryPoint('BL40', 'right')!;
      where.BL23 = element.queryPoint('BL23', 'right')!;
    };
    const asked: string[] = [];
    const answers: { code: string; correct: boolean; errorCun: number | null }[] = [];
    element.addEventListener('quiz-question', (event) => asked.push(event.detail.code));
    element.addEventListener('quiz-answer', (event) => answers.push(event.detail));

    button(element, 'Quiz').click();
    await element.updateComplete;
    expect(asked.length, 'the Quiz button asks a first question').to.equal(1);
    element.stopQuiz();
    await element.updateComplete;

    element.startQuiz({ points: ['BL40', 'BL23'] });
    await element.updateComplete;
    await settle();
    locate();
    expect(asked.length).to.equal(2);
    const first = asked[1] as 'BL40' | 'BL23';
    expect(['BL40', 'BL23']).to.include(first);
    expect(hotspots(element).every((b) => getComputedStyle(b).display === 'none'), 'markers hidden').to.equal(true);
    const quiz = $(element, '[part~="quiz"]')!;
    expect(quiz.querySelector('[role="status"]')!.textContent).to.include(`Find ${first}`);
    // The "not medical advice" footnote stays readable: above the quiz bar, not under it.
    const note = $(element, '.footnote')!.getBoundingClientRect();
    const bar = quiz.getBoundingClientRect();
    const overlaps = note.left < bar.right && note.right > bar.left && note.top < bar.bottom && note.bottom > bar.top;
    expect(overlaps, 'footnote clear of the quiz bar').to.equal(false);

    // Click exactly where the point is.
    await clickAt(element, where[first].x, where[first].y);
    await element.updateComplete;
    expect(answers).to.have.length(1);
    expect(answers[0].code).to.equal(first);
    expect(answers[0].correct).to.equal(true);
    expect(answers[0].errorCun!).to.be.below(0.5);
    expect($(element, '[part~="quiz"]')!.textContent).to.include('Score 1 of 1');
    // The answer is shown: that point's markers come back, the others stay hidden.
    for (const spot of hotspots(element)) {
      expect(getComputedStyle(spot).display === 'none', spot.dataset.code).to.equal(spot.dataset.code !== first);
    }
    const mark = $(element, '.quiz-guess')!.getBoundingClientRect();
    const box = element.getBoundingClientRect();
    const markAt = { x: mark.left + mark.width / 2 - box.left, y: mark.top + mark.height / 2 - box.top };
    expect(Math.hypot(markAt.x - where[first].x, markAt.y - where[first].y), 'the click mark is where the click was').to.be.below(6);

    button(element, 'Next question').click();
    await element.updateComplete;
    const second = asked[2];
    expect(second).to.equal(first === 'BL40' ? 'BL23' : 'BL40');
    // Where the shoulder is now, from the markers shown now (the answer may have moved the view).
    await settle();
    const shoulder = screenMapper(element)(element.landmarkPosition('scapula-medial-border-left')!);
    await clickAt(element, shoulder.x, shoulder.y);
    await element.updateComplete;
    expect(answers, `a second answer after a click at (${shoulder.x.toFixed(0)}, ${shoulder.y.toFixed(0)}) (quiz says: ${$(element, '[part~="quiz"]')!.textContent!.replace(/\s+/g, ' ')})`).to.have.length(2);
    expect(answers[1].code).to.equal(second);
    expect(answers[1].correct).to.equal(false);
    expect(answers[1].errorCun!, 'the shoulder is far from both points').to.be.greaterThan(8);
    expect($(element, '[part~="quiz"]')!.textContent).to.include('Score 1 of 2');
    expect($(element, '[part~="quiz"]')!.textContent).to.match(/Not quite: [\d.]+ B-cun/);

    button(element, 'See score').click();
    await element.updateComplete;
    expect($(element, '[part~="quiz"]')!.textContent).to.include('you found 1 of 2 points');
    button(element, 'Close quiz').click();
    await element.updateComplete;
    expectSameNode($(element, '[part~="quiz"]'), null, 'the quiz bar after Close quiz');
    expect(hotspots(element).some((b) => getComputedStyle(b).display !== 'none'), 'markers back').to.equal(true);
  });

  it('quiz tells neighbours apart: asked for EX-B2, a click on GV3 is wrong and named', async () => {
    const element = await mountReady(STUDENT, { width: 600, height: 580 });
    await frames(2);
    const answers: { code: string; correct: boolean; errorCun: number | null; clicked: string | null }[] = [];
    element.addEventListener('quiz-answer', (event) => answers.push(event.detail));
    element.startQuiz({ points: ['EX-B2'] });
    await element.updateComplete;
    // Where GV3 is once the quiz bar is laid out: the figure is framed above it.
    await settle();
    const gv3 = element.queryPoint('GV3')!;
    await clickAt(element, gv3.x, gv3.y);
    await element.updateComplete;
    expect(answers, 'one answer').to.have.length(1);
    expect(answers[0].correct, `0.5 B-cun away (${answers[0].errorCun}) is not EX-B2`).to.equal(false);
    expect(answers[0].clicked).to.equal('GV3');
    expect($(element, '[part~="quiz"]')!.textContent).to.match(/you found GV3, [\d.]+ B-cun from EX-B2/);
  });

  it('marks a rule that only estimates a palpated depression (GB34) as approximate', async () => {
    const element = await mountReady(STUDENT);
    element.select('GB34');
    await element.updateComplete;
    await settle();
    expect($(element, '[part~="ruler-label"]')!.textContent!.trim()).to.match(/^≈ /);
    expect(panel(element).querySelector('.approximate')!.textContent).to.match(/Approximate:.*depression/);
    element.select('BL23');
    await element.updateComplete;
    await settle();
    expect($(element, '[part~="ruler-label"]')!.textContent!.trim()).to.not.match(/^≈/);
    expectSameNode(panel(element).querySelector('.approximate'), null, 'no approximate note on a B-cun rule');
  });

  it('quiz from the keyboard: the question is announced and Skip shows the answer', async () => {
    const element = await mountReady(STUDENT, { width: 600, height: 580 });
    await frames(2);
    const answers: { code: string; correct: boolean; errorCun: number | null }[] = [];
    element.addEventListener('quiz-answer', (event) => answers.push(event.detail));
    element.startQuiz({ points: ['BL57'] });
    await element.updateComplete;
    await frames(1);
    const quiz = $(element, '[part~="quiz"]')!;
    expectSameNode(element.shadowRoot!.activeElement, quiz, 'focus moves to the quiz');
    expect(quiz.querySelector('[role="status"]')!.textContent).to.match(/Question 1 of 1\s+Find BL57 Chengshan/);
    button(element, 'Skip and show me').click();
    expect(answers).to.deep.equal([{ code: 'BL57', correct: false, errorCun: null, clicked: null }]);
    await element.updateComplete;
    await frames(1);
    expect(hotspots(element, 'BL57').every((b) => b.classList.contains('reveal'))).to.equal(true);
    expect(element.shadowRoot!.activeElement!.textContent!.trim()).to.equal('See score');
  });
});
