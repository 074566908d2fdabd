/**
 * The quiz answered from the keyboard only (WCAG 2.1.1): the arrow keys move an aim over the
 * stage, Enter or Space answers there exactly as a click would.
 */
import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import type { AcupointMap } from '../../../src/index.js';
import { EN_UI } from '../../../src/i18n/ui/en.js';
import { EN_UI_3D } from '../../../src/i18n/ui/en-3d.js';
import de from '../../../src/i18n/ui/de.js';
import es from '../../../src/i18n/ui/es.js';
import zhHans from '../../../src/i18n/ui/zh-Hans.js';
import zhHant from '../../../src/i18n/ui/zh-Hant.js';
import { cleanup, expectSameNode, frames, until } from '../helpers.js';
import { $, button, mountReady, settle } from '../mode-helpers.js';

const STEP = 8;

/** One key press, with Shift held if asked. */
async function press(key: string, shift = false): Promise<void> {
  if (shift) await sendKeys({ down: 'Shift' });
  await sendKeys({ press: key });
  if (shift) await sendKeys({ up: 'Shift' });
}

/** The aim ring's centre in the host's CSS pixels. */
function aimAt(element: AcupointMap): { x: number; y: number } {
  const ring = $(element, '.quiz-aim');
  if (!ring) throw new Error('no aim on the stage');
  const box = ring.getBoundingClientRect();
  const host = element.getBoundingClientRect();
  return { x: box.left + box.width / 2 - host.left, y: box.top + box.height / 2 - host.top };
}

/** Press arrow keys (Shift for long distances) until the aim is within one step of `target`. */
async function aimAtPoint(element: AcupointMap, target: { x: number; y: number }): Promise<void> {
  for (let presses = 0; presses < 400; presses++) {
    await element.updateComplete;
    const aim = aimAt(element);
    const dx = target.x - aim.x;
    const dy = target.y - aim.y;
    if (Math.abs(dx) <= STEP / 2 && Math.abs(dy) <= STEP / 2) return;
    const across = Math.abs(dx) >= Math.abs(dy);
    const distance = Math.abs(across ? dx : dy);
    const key = across ? (dx > 0 ? 'ArrowRight' : 'ArrowLeft') : dy > 0 ? 'ArrowDown' : 'ArrowUp';
    await press(key, distance > 40);
  }
  throw new Error(`the aim never reached (${target.x.toFixed(0)}, ${target.y.toFixed(0)})`);
}

describe('quiz from the keyboard', () => {
  afterEach(cleanup);

  it('the arrow keys move the aim (not the body) and Enter answers at it: on the point correct, far off wrong', async () => {
    const element = await mountReady({ mode: 'student' }, { width: 600, height: 580 });
    await frames(2);
    const answers: { code: string; correct: boolean; errorCun: number | null; clicked: string | null }[] = [];
    element.addEventListener('quiz-answer', (event) => answers.push(event.detail));

    // The Quiz button starts from the keyboard; then, for a known pair, only BL23 and BL40 are asked.
    button(element, 'Quiz').focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect($(element, '[part~="quiz"]'), 'Enter on Quiz starts it').to.not.equal(null);
    element.stopQuiz();
    await element.updateComplete;
    element.startQuiz({ points: ['BL23', 'BL40'] });
    await element.updateComplete;
    await settle();
    const quiz = $(element, '[part~="quiz"]')!;
    expectSameNode(element.shadowRoot!.activeElement, quiz, 'focus on the quiz bar');
    expect(quiz.textContent).to.include('move the aim with the arrow keys and press Enter');

    // The aim starts at the centre of the stage.
    const stage = $(element, '[part~="stage"]')!.getBoundingClientRect();
    const start = aimAt(element);
    expect(Math.abs(start.x - stage.width / 2)).to.be.below(1);
    expect(Math.abs(start.y - stage.height / 2)).to.be.below(1);
    const first = /Find (BL23|BL40)/.exec(quiz.textContent!)![1];
    const other = first === 'BL23' ? 'BL40' : 'BL23';
    const target = element.queryPoint(first, 'right')!;

    // One step per arrow, four with Shift; the body does not turn.
    await sendKeys({ press: 'ArrowRight' });
    await element.updateComplete;
    expect(aimAt(element).x - start.x).to.be.closeTo(STEP, 0.5);
    await press('ArrowDown', true);
    await element.updateComplete;
    expect(aimAt(element).y - start.y).to.be.closeTo(4 * STEP, 0.5);
    await frames(2);
    const still = element.queryPoint(first, 'right')!;
    expect(Math.hypot(still.x - target.x, still.y - target.y), 'the arrows did not turn the body').to.be.below(0.5);

    await aimAtPoint(element, target);
    expect(answers, 'moving the aim answers nothing').to.have.length(0);
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(answers, 'Enter answers').to.have.length(1);
    expect(answers[0].code).to.equal(first);
    expect(answers[0].correct, `${answers[0].errorCun} B-cun off`).to.equal(true);
    expect($(element, '[part~="quiz"]')!.textContent).to.include('Correct');
    expectSameNode($(element, '.quiz-aim'), null, 'no aim while the answer is shown');
    // The answer's mark is where the aim was, as for a click.
    const mark = $(element, '.quiz-guess')!.getBoundingClientRect();
    const host = element.getBoundingClientRect();
    expect(Math.hypot(mark.left + mark.width / 2 - host.left - target.x, mark.top + mark.height / 2 - host.top - target.y)).to.be.below(STEP);
    await frames(1);
    expect(element.shadowRoot!.activeElement!.textContent!.trim(), 'Enter did not also press Next').to.equal('Next question');

    // Next question: the aim is back at the centre; answer far from the point, from the stage, with Space.
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    await settle();
    expect(answers).to.have.length(1);
    const again = aimAt(element);
    expect(Math.hypot(again.x - stage.width / 2, again.y - stage.height / 2)).to.be.below(1);
    $(element, '[part~="stage"]')!.focus();
    // The first point is far from the second (lower back and back of the knee).
    await aimAtPoint(element, element.queryPoint(first, 'right')!);
    await sendKeys({ press: 'Space' });
    await element.updateComplete;
    expect(answers).to.have.length(2);
    expect(answers[1].code).to.equal(other);
    expect(answers[1].correct).to.equal(false);
    expect(answers[1].errorCun!, 'BL23 and BL40 are far apart').to.be.greaterThan(5);
    expect($(element, '[part~="quiz"]')!.textContent).to.match(/Not quite/);
  });

  it('the stage tells a screen reader what the arrow keys do: move the aim while a question is asked, turn the body otherwise, in every language', async () => {
    const element = await mountReady({ mode: 'student' }, { width: 600, height: 580 });
    const label = () => $(element, '[part~="stage"]')!.getAttribute('aria-label');
    expect(label()).to.equal(EN_UI['stage.label']);
    element.startQuiz({ points: ['BL23'] });
    await element.updateComplete;
    expect(label(), 'asking').to.equal(EN_UI_3D['stage.labelQuiz']);
    expect(label()).to.match(/arrow keys to move the aim/);
    expect(label()).to.not.match(/arrow keys to turn/);
    for (const [lang, ui] of [['de', de], ['es', es], ['zh-Hans', zhHans], ['zh-Hant', zhHant]] as const) {
      element.setAttribute('lang', lang);
      await until(() => label() === ui['stage.labelQuiz'], `the ${lang} quiz label`);
      expect(ui['stage.labelQuiz'], `${lang}: its own words`).to.not.equal(ui['stage.label']);
    }
    element.setAttribute('lang', 'en');
    await until(() => label() === EN_UI_3D['stage.labelQuiz'], 'English again');
    // The answer is shown (skipped): the arrows turn the body again, and the label says so.
    button(element, EN_UI_3D['quiz.skip']).click();
    await element.updateComplete;
    expect(label(), 'answer shown').to.equal(EN_UI['stage.label']);
    element.stopQuiz();
    await element.updateComplete;
    expect(label(), 'quiz over').to.equal(EN_UI['stage.label']);
  });
});
