/**
 * Simplified Chinese (Mainland usage) of the catalogue's built-in texts. Terms follow
 * GB/T 12346-2021 / GB/T 40997-2021 and Chinese textbooks (e.g. 后正中线旁开1.5寸, 直刺,
 * 背俞穴); B-cun is written 寸 (骨度分寸) as Chinese texts do. Codes, numbers and citations
 * stay as in English. A point's `english` text is a short gloss of what its name means: the
 * panel already shows the hanzi, so giving the name itself would show it twice.
 */
import type { ContentTexts } from '../content-texts.js';

// The classical list in the catalogue (FORBIDDEN_IN_PREGNANCY), copied so this chunk carries no catalogue
// code; test/node/i18n/zh-content.test.ts checks every code of the English text is here too.
const FORBIDDEN_IN_PREGNANCY = ['LI4', 'SP6', 'BL31', 'BL32', 'BL60', 'BL67', 'GB21', 'CV4'] as const;

/** "LI4、SP6和CV4": a list in words. */
function inWords(codes: readonly string[]): string {
  return codes.length < 2 ? codes.join('') : `${codes.slice(0, -1).join('、')}和${codes[codes.length - 1]}`;
}

const PREGNANCY_LUMBOSACRAL =
  '传统：WHO安全指南（1999）指出，传统上妊娠早期避免针刺腰骶部穴位。证据：2015年一篇综述汇总了在孕期针刺' +
  '传统“禁针”穴位的试验（Carr；15项试验，823名女性），未发现造成伤害的客观证据，但数据有限，因此针灸师仍需谨慎。';

const PREGNANCY_FORBIDDEN_POINT = (code: string): string =>
  `传统：${code}属于传统上孕期应避免针刺的经典穴位（同列者还有` +
  `${inWords(FORBIDDEN_IN_PREGNANCY.filter((other) => other !== code))}）。证据：2015年一篇综述汇总了在孕期针刺` +
  '这些穴位的试验（Carr；15项试验，823名女性），未发现造成伤害的客观证据；但数据有限，因此针灸师仍需谨慎。';

const MOXIBUSTION =
  '艾灸（在皮肤上或皮肤上方燃烧干燥的艾绒）可能烫伤皮肤或引起水疱：应保持距离或使用隔垫，并随时观察皮肤。' +
  '皮肤感觉减退处（例如糖尿病周围神经病变或脊柱手术后）、皮肤破损或有瘢痕处，以及无法表达热感的人，应避免施灸。' +
  '传统上，孕期避免在下腹部和腰骶部施灸。';

const NO_PLEURA_BELOW_L1 =
  '胸膜通常止于此水平以上（约第12肋），因此针刺胸背部的主要风险——气胸——在此处不是所关注的问题。';

const SPINAL_CANAL =
  '后正中线上的穴位：深刺时针经棘突之间，穿过棘上韧带和棘间韧带，朝向黄韧带和椎管。椎管的深度因体型而异，' +
  '瘦人较浅；本图不提供具体数值。应严格按教材深度进针（Deadman；CAM），针尖略向上。';

const LUMBAR_SHU_RANGE = '腰部背俞穴的教材所载范围（Deadman；CAM）。';
const TEXTBOOK = '教材所载范围（Deadman；CAM）。';
const TEXTBOOK_MOXA = '教材所载范围（Deadman；CAM）。传统上此处常用艾灸。';
const ERECTOR_LUMBAR = '竖脊肌；腰神经后支及腰动、静脉。';
const UPWARD = '直刺或稍斜刺，针尖略向上';
const INTO_FORAMEN = '直刺，刺入骶后孔';
const FORAMEN_FOUND = '教材所载范围（Deadman；CAM）。通过触诊寻找骶后孔；针须刺入孔中，而非碰到骨面。';
const FORAMEN_DEPTH = '骶后孔穿过骶骨通向盆腔；应严格按教材深度进针。';
const SCIATIC_SENSATION = '针触及神经时，会出现沿下肢向下放射的锐利触电感。';
const SACRAL_FORAMEN_NOTE = (code: string): string =>
  `${code}刺入骶后孔；骶神经根从孔中穿过，孔的深处为盆腔。`;
const SACRAL_CT = (code: string, depth: string): string =>
  `CT研究（100名成人）：${code}的有效深度（软组织厚度加骶骨厚度的一半，针斜向刺入骶后孔）为${depth}。`;
const KIDNEY_MRI =
  '140名成人的MRI研究：在BL23直刺时，最先面临风险的结构（肾脏或腹腔）的深度为女性8.0\u00a0±\u00a01.2\u00a0cm、男性10.0\u00a0±\u00a01.1\u00a0cm；' +
  '体重过低的成人为7.0\u00a0±\u00a01.0\u00a0cm。';
const BETWEEN_LAMINAE = (levels: string): string =>
  `针在穴位下方先遇到棘突之间的韧带；更深处，在${levels}之间，为椎管。`;

const BLADDER = '足太阳膀胱经';
const GALLBLADDER = '足少阳胆经';
const GOVERNOR = '督脉';
const EXTRA = '经外奇穴';

const texts: ContentTexts = {
  // ---- GV4 ------------------------------------------------------------------------------
  'point.GV4.english': '生命之门',
  'point.GV4.channel': GOVERNOR,
  'point.GV4.role':
    '位于脊柱第2腰椎处的局部穴位。传统上用于温肾、补肾，治疗慢性腰痛和腰部僵硬，常配合艾灸；与BL23、BL52同一水平。',
  'point.GV4.location.practitioner':
    '在脊柱区，第2腰椎棘突下凹陷中，后正中线上（在两髂嵴最高点连线所平的第4腰椎棘突之上两个棘突）。' +
    '同一水平，BL23在其旁开1.5寸，BL52在其旁开3寸。',
  'point.GV4.location.patient':
    '在后腰正中，第二节腰椎骨突下方的小凹陷处，大约在两侧胯骨最高点连线以上两节脊椎。',
  'point.GV4.needling.angle': UPWARD,
  'point.GV4.needling.notes': '教材所载范围（Deadman；CAM）。传统上此处常用艾灸，尤其适用于慢性、寒性腰痛。',
  'point.GV4.cautions.pregnancy': PREGNANCY_LUMBOSACRAL,
  'point.GV4.cautions.depth': SPINAL_CANAL + '在第2腰椎水平，部分人的脊髓下端仍可能位于椎管内。' + NO_PLEURA_BELOW_L1,
  'point.GV4.cautions.structures': '棘上韧带和棘间韧带；腰神经后支及伴行血管。',
  'point.GV4.cautions.moxibustion': MOXIBUSTION,

  // ---- GV3 ------------------------------------------------------------------------------
  'point.GV3.english': '腰部阳气之关',
  'point.GV3.channel': GOVERNOR,
  'point.GV3.role':
    '位于脊柱第4腰椎处的局部穴位，传统上用于腰骶部疼痛（疼痛可放射至下肢）；为腰痛研究中的常用穴位之一（Lee 2012）。',
  'point.GV3.location.practitioner':
    '在脊柱区，第4腰椎棘突下凹陷中，后正中线上；第4腰椎位于两髂嵴最高点的连线上。',
  'point.GV3.location.patient': '在后腰正中，两侧胯骨最高点的连线上，那里脊椎骨突下方的凹陷处。',
  'point.GV3.needling.angle': UPWARD,
  'point.GV3.needling.notes': TEXTBOOK_MOXA,
  'point.GV3.cautions.pregnancy': PREGNANCY_LUMBOSACRAL,
  'point.GV3.cautions.depth': SPINAL_CANAL + NO_PLEURA_BELOW_L1,
  'point.GV3.cautions.structures': '棘上韧带和棘间韧带；腰神经后支及伴行血管；椎管深处为包含马尾的硬膜囊。',
  'point.GV3.cautions.moxibustion': MOXIBUSTION,

  // ---- BL23 -----------------------------------------------------------------------------
  'point.BL23.english': '肾气输注之处',
  'point.BL23.channel': BLADDER,
  'point.BL23.role':
    '肾的背俞穴；中医传统理论认为“腰为肾之府”。为腰痛研究中最常用的穴位之一（Lee 2012）。',
  'point.BL23.location.practitioner':
    '在脊柱区，第2腰椎棘突下缘水平，后正中线旁开1.5寸（后正中线至肩胛骨内侧缘距离的一半）。与GV4、BL52同一水平。',
  'point.BL23.location.patient': '在脊柱两侧，离正中约两横指，与第二节腰椎同高，在脊柱旁那条隆起的肌肉上。',
  'point.BL23.needling.angle': '直刺',
  'point.BL23.needling.notes':
    LUMBAR_SHU_RANGE + '因深部有肾脏，不可超过此深度，瘦人应更浅。传统上常用艾灸。',
  'point.BL23.cautions.pregnancy': PREGNANCY_LUMBOSACRAL,
  'point.BL23.cautions.depth': '肾脏位于此穴深部：深直刺（尤其是瘦人）可能刺伤肾脏。' + NO_PLEURA_BELOW_L1,
  'point.BL23.cautions.structures': ERECTOR_LUMBAR,
  'point.BL23.cautions.moxibustion': MOXIBUSTION,

  // ---- BL24 -----------------------------------------------------------------------------
  'point.BL24.english': '气海之气输注之处',
  'point.BL24.channel': BLADDER,
  'point.BL24.role':
    '位于第3腰椎旁的局部穴位，传统上用于腰痛和腰部无力；为腰痛研究中的常用穴位之一（Lee 2012）。',
  'point.BL24.location.practitioner': '在脊柱区，第3腰椎棘突下缘水平，后正中线旁开1.5寸。',
  'point.BL24.location.patient': '在脊柱两侧，离正中约两横指，比肾俞穴（BL23）低一节脊椎。',
  'point.BL24.needling.angle': '直刺',
  'point.BL24.needling.notes': LUMBAR_SHU_RANGE,
  'point.BL24.cautions.pregnancy': PREGNANCY_LUMBOSACRAL,
  'point.BL24.cautions.depth': '肾脏下极可达第3腰椎水平，右侧尤其如此；应严格按教材深度进针。' + NO_PLEURA_BELOW_L1,
  'point.BL24.cautions.structures': ERECTOR_LUMBAR,

  // ---- BL25 -----------------------------------------------------------------------------
  'point.BL25.english': '大肠之气输注之处',
  'point.BL25.channel': BLADDER,
  'point.BL25.role':
    '大肠的背俞穴，位于第4腰椎水平，许多腰痛正发生在这一节段；为腰痛研究中最常用的穴位之一（Lee 2012）。',
  'point.BL25.location.practitioner':
    '在脊柱区，第4腰椎棘突下缘水平（两髂嵴最高点连线上），后正中线旁开1.5寸。',
  'point.BL25.location.patient': '在脊柱两侧，离正中约两横指，与两侧胯骨最高点同高。',
  'point.BL25.needling.angle': '直刺',
  'point.BL25.needling.notes': '腰部背俞穴的教材所载范围（Deadman；CAM）；部分文献认为此处肌肉较厚，可刺得更深。',
  'point.BL25.cautions.pregnancy': PREGNANCY_LUMBOSACRAL,
  'point.BL25.cautions.depth':
    '位于肾脏通常所在水平以下；深刺时针穿过较厚的背部肌肉，朝向横突。' + NO_PLEURA_BELOW_L1,
  'point.BL25.cautions.structures': ERECTOR_LUMBAR,

  // ---- BL26 -----------------------------------------------------------------------------
  'point.BL26.english': '关元之气输注之处',
  'point.BL26.channel': BLADDER,
  'point.BL26.role':
    '位于第5腰椎旁的局部穴位，传统上用于下腰部及腰骶部疼痛；为腰痛研究中的常用穴位之一（Lee 2012）。',
  'point.BL26.location.practitioner': '在脊柱区，第5腰椎棘突下缘水平，后正中线旁开1.5寸。',
  'point.BL26.location.patient': '在脊柱两侧，离正中约两横指，在两侧胯骨最高点连线以下一节脊椎。',
  'point.BL26.needling.angle': '直刺',
  'point.BL26.needling.notes': LUMBAR_SHU_RANGE,
  'point.BL26.cautions.pregnancy': PREGNANCY_LUMBOSACRAL,
  'point.BL26.cautions.depth': '位于肾脏以下；深刺时针穿过较厚的背部肌肉，朝向腰骶关节。' + NO_PLEURA_BELOW_L1,
  'point.BL26.cautions.structures': '竖脊肌；下位腰神经后支及伴行血管。',

  // ---- BL52 -----------------------------------------------------------------------------
  'point.BL52.english': '藏志之室',
  'point.BL52.channel': BLADDER,
  'point.BL52.role':
    '位于膀胱经第2侧线上、第2腰椎水平的局部穴位，与BL23同高；传统上与BL23配伍，补肾以治慢性腰痛。',
  'point.BL52.location.practitioner':
    '在腰区，第2腰椎棘突下缘水平，后正中线旁开3寸（在肩胛骨内侧缘的垂直线上）。与GV4、BL23同一水平。',
  'point.BL52.location.patient': '在后背两侧，离脊柱正中约四横指，与第二节腰椎同高。',
  'point.BL52.needling.angle': '直刺或向脊柱方向斜刺',
  'point.BL52.needling.notes': '教材所载范围（Deadman；CAM）。因深部有肾脏，瘦人宜浅刺，并使针尖斜向脊柱。',
  'point.BL52.cautions.pregnancy': PREGNANCY_LUMBOSACRAL,
  'point.BL52.cautions.depth':
    '肾脏位于此穴深部，瘦人在此处肾脏距皮肤比BL23处更近：深直刺可能刺伤肾脏。' + NO_PLEURA_BELOW_L1,
  'point.BL52.cautions.structures': '背阔肌、竖脊肌和腰方肌；腰神经后支的外侧支。',

  // ---- BL31 to BL34 ---------------------------------------------------------------------
  'point.BL31.english': '上部的骨孔',
  'point.BL31.channel': BLADDER,
  'point.BL31.role':
    '位于第1骶后孔处的骶部局部穴位。古代治疗腰痛的处方常将BL31至BL34这四个“髎”穴合用（Park 2024）；' +
    '传统上用于腰骶部和骶髂部疼痛。',
  'point.BL31.location.practitioner':
    '在骶区，正对第1骶后孔中：四个骶后孔中最高的一个，约在BL32上方一横指处，离正中线稍远。',
  'point.BL31.location.patient':
    '在脊柱底部那块扁平的骨头（骶骨）上。骶骨两侧各有四个上下排列的小凹陷，此穴在最上面的一个，' +
    '位于胯骨后方的小窝与脊柱之间。',
  'point.BL31.needling.angle': INTO_FORAMEN,
  'point.BL31.needling.notes': FORAMEN_FOUND,
  'point.BL31.cautions.pregnancy': PREGNANCY_FORBIDDEN_POINT('BL31') + PREGNANCY_LUMBOSACRAL,
  'point.BL31.cautions.depth': FORAMEN_DEPTH + '此水平无胸膜或肾脏。',
  'point.BL31.cautions.structures': '第1骶神经后支经此孔穿出，伴有骶外侧动、静脉。',

  'point.BL32.english': '第二个骨孔',
  'point.BL32.channel': BLADDER,
  'point.BL32.role':
    '位于第2骶后孔处的骶部局部穴位，是古代处方合用的四个“髎”穴（BL31至BL34）之一（Park 2024）；' +
    '传统上用于腰骶部疼痛；为腰痛研究中的常用穴位之一（Lee 2012）。',
  'point.BL32.location.practitioner':
    '在骶区，正对第2骶后孔中，约在髂后上棘与第2骶椎棘突之间的中点（第2骶椎与髂后上棘下缘同高）。',
  'point.BL32.location.patient':
    '在脊柱底部那块扁平的骨头（骶骨）上，在胯骨后方的小窝与脊柱正中之间的小凹陷处。',
  'point.BL32.needling.angle': INTO_FORAMEN,
  'point.BL32.needling.notes': FORAMEN_FOUND,
  'point.BL32.cautions.pregnancy': PREGNANCY_FORBIDDEN_POINT('BL32') + PREGNANCY_LUMBOSACRAL,
  'point.BL32.cautions.depth': FORAMEN_DEPTH + '此水平无胸膜或肾脏。',
  'point.BL32.cautions.structures': '第2骶神经后支经此孔穿出；伴行骶外侧动、静脉。',

  'point.BL33.english': '中部的骨孔',
  'point.BL33.channel': BLADDER,
  'point.BL33.role':
    '位于第3骶后孔处的骶部局部穴位，是古代治疗腰痛的处方合用的四个“髎”穴（BL31至BL34）之一（Park 2024）。',
  'point.BL33.location.practitioner': '在骶区，正对第3骶后孔中，在BL32下方，离正中线稍近。',
  'point.BL33.location.patient':
    '在骶骨上，骶骨两侧各有四个上下排列的小凹陷，此穴在第三个，略低于胯骨后方小窝的高度。',
  'point.BL33.needling.angle': INTO_FORAMEN,
  'point.BL33.needling.notes': '教材所载范围（Deadman；CAM）。通过触诊寻找骶后孔。',
  'point.BL33.cautions.pregnancy': PREGNANCY_LUMBOSACRAL,
  'point.BL33.cautions.depth': FORAMEN_DEPTH,
  'point.BL33.cautions.structures': '第3骶神经后支经此孔穿出，伴有骶外侧动、静脉。',

  'point.BL34.english': '下部的骨孔',
  'point.BL34.channel': BLADDER,
  'point.BL34.role':
    '位于第4骶后孔处的骶部局部穴位，是古代治疗腰痛的处方合用的四个“髎”穴（BL31至BL34）中最低的一个（Park 2024）。',
  'point.BL34.location.practitioner': '在骶区，正对第4骶后孔中，约与骶管裂孔同高，紧靠正中线旁。',
  'point.BL34.location.patient':
    '在骶骨下部，骶骨两侧各四个小凹陷中最下面的一个，就在臀沟上端的稍上方、稍外侧。',
  'point.BL34.needling.angle': INTO_FORAMEN,
  'point.BL34.needling.notes': '教材所载范围（Deadman；CAM）。通过触诊寻找骶后孔。',
  'point.BL34.cautions.pregnancy': PREGNANCY_LUMBOSACRAL,
  'point.BL34.cautions.depth': FORAMEN_DEPTH,
  'point.BL34.cautions.structures': '第4骶神经后支经此孔穿出，伴有骶外侧动、静脉。',

  // ---- BL28, BL54, GB30 -----------------------------------------------------------------
  'point.BL28.english': '膀胱之气输注之处',
  'point.BL28.channel': BLADDER,
  'point.BL28.role':
    '膀胱的背俞穴，位于骶骨上、骶髂关节区域；传统上用于腰骶部和骶髂部疼痛。古代处方将其与GV2配伍（Park 2024）。',
  'point.BL28.location.practitioner':
    '在骶区，平第2骶后孔，骶正中嵴旁开1.5寸（与BL32及髂后上棘下缘同高）。',
  'point.BL28.location.patient': '在骨盆后面，离骶骨正中约两横指，与胯骨后方的小窝同高。',
  'point.BL28.needling.angle': '直刺或斜刺',
  'point.BL28.needling.notes': '教材所载范围（CAM）。',
  'point.BL28.cautions.pregnancy': PREGNANCY_LUMBOSACRAL,
  'point.BL28.cautions.depth': '骨骼（骶骨和骶髂关节）紧贴其下；此水平无胸膜或肾脏。',
  'point.BL28.cautions.structures': '竖脊肌及臀大肌起点；骶神经后支的外侧支（臀中皮神经）。',

  'point.BL54.english': '诸穴排列之边',
  'point.BL54.channel': BLADDER,
  'point.BL54.role': '位于骶骨下部旁、臀部的穴位，传统上用于腰骶部疼痛，以及放射至臀部和下肢的疼痛。',
  'point.BL54.location.practitioner':
    '在臀区，平第4骶后孔，骶正中嵴旁开3寸；实际操作中取骶管裂孔旁开3寸。',
  'point.BL54.location.patient': '在臀部，离骶骨下端约四横指，就在臀沟上端的稍上方。',
  'point.BL54.needling.angle': '直刺',
  'point.BL54.needling.notes':
    '教材所载范围（CAM）；因臀部肌肉较厚，部分文献记载更深的刺法。针的长度须与体型相适应。',
  'point.BL54.cautions.pregnancy': PREGNANCY_LUMBOSACRAL,
  'point.BL54.cautions.structures':
    '坐骨神经以及臀下神经、臀下动静脉在此区域深部、梨状肌下方走行。若突然出现沿下肢向下放射的触电感，' +
    '说明针已触及神经：此时不可在该处用力行针。',

  'point.GB30.english': '环曲跳跃之枢',
  'point.GB30.channel': GALLBLADDER,
  'point.GB30.role':
    '位于髋部上方、臀部的穴位，传统上用于向下肢放射的腰腿痛（坐骨神经痛）；为腰痛研究中最常用的穴位之一（Lee 2012）。',
  'point.GB30.location.practitioner':
    '在臀区，股骨大转子最凸点与骶管裂孔连线的外1/3与内2/3交点处。WHO 2008还记载了一个备选位置：' +
    '从股骨大转子向髂前上棘方向的1/3处。',
  'point.GB30.location.patient': '在臀部外侧，从髋部侧面的骨突起向脊柱底部方向约三分之一处。',
  'point.GB30.needling.angle': '直刺',
  'point.GB30.needling.notes':
    '教材所载范围（Deadman；CAM）；通常取侧卧位，上侧髋、膝屈曲。因臀部肌肉厚，需用长针。',
  'point.GB30.cautions.structures':
    '坐骨神经位于此穴深部，伴有臀下神经及臀下动静脉。若出现沿下肢向下放射的锐利触电感，说明针已触及神经：' +
    '此时不可在该处提插。',
  'point.GB30.marker.1.label': 'WHO备选位置',

  // ---- Extra points on the back ---------------------------------------------------------
  'point.EX-B2.english': '脊柱两旁之穴（华佗夹脊）',
  'point.EX-B2.channel': EXTRA,
  'point.EX-B2.role':
    '紧靠脊柱两旁的一排穴位；腰段（第1至第5腰椎）按疼痛所在节段选取，在现代腰痛临床和试验中很常用。',
  'point.EX-B2.location.practitioner':
    '在脊柱区，第1胸椎至第5腰椎棘突下缘两侧，后正中线旁开0.5寸，一侧17穴（依GB/T 12346，2006年版）；' +
    'Deadman记为旁开0.5至1寸。图中仅显示腰段穴位（第1至第5腰椎），取旁开0.5寸。经外奇穴：不属于WHO 2008标准。',
  'point.EX-B2.location.patient':
    '紧挨着脊柱的一排点，离正中约半个拇指宽，每节腰椎旁各一个，左右两侧都有。',
  'point.EX-B2.needling.angle': '直刺或向脊柱方向稍斜刺',
  'point.EX-B2.needling.notes':
    '教材所载范围（Deadman；CAM）；部分文献允许腰段刺至约1.5寸。此处切勿向外侧斜刺。',
  'point.EX-B2.cautions.pregnancy': PREGNANCY_LUMBOSACRAL,
  'point.EX-B2.cautions.depth':
    '深刺且针尖斜向内侧时，针可能从椎板之间穿过，朝向椎管。胸段夹脊穴（图中未显示）有气胸风险；' +
    '在第1至第5腰椎水平，针不会触及胸膜，肾脏则位于更外侧。',
  'point.EX-B2.cautions.structures': '脊神经后支及其伴行血管；深部为关节突关节和椎板。',

  'point.EX-B7.english': '腰部两侧的凹陷',
  'point.EX-B7.channel': EXTRA,
  'point.EX-B7.role':
    '位于第4腰椎水平、后腰两侧凹陷处的局部经外奇穴，传统上用于腰痛，常配合艾灸或按揉。',
  'point.EX-B7.location.practitioner':
    '在腰区，第4腰椎棘突下缘水平，后正中线旁开约3.5寸，俯卧时出现的凹陷中。经外奇穴，依GB/T 12346（2006年版）。',
  'point.EX-B7.location.patient': '后腰两侧的两个凹陷，与胯骨最高点同高，趴着时就能看到。',
  'point.EX-B7.needling.angle': '直刺',
  'point.EX-B7.needling.notes':
    '各教材数值不一（中文教材约直刺1至1.5寸，部分更深）。传统上此处常用艾灸。',
  'point.EX-B7.cautions.pregnancy': PREGNANCY_LUMBOSACRAL,
  'point.EX-B7.cautions.depth':
    '肾脏通常止于此水平以上，但仍应严格按教材深度进针，瘦人尤须注意；更深处为腰方肌，再深即腹腔。' +
    NO_PLEURA_BELOW_L1,
  'point.EX-B7.cautions.structures': '背阔肌和髂肋肌；下位胸神经和上位腰神经后支的外侧支。',
  'point.EX-B7.cautions.moxibustion': MOXIBUSTION,

  'point.EX-B8.english': '第十七节脊椎（第5腰椎）',
  'point.EX-B8.channel': EXTRA,
  'point.EX-B8.role':
    '位于腰骶结合处正中线上的局部经外奇穴（从第1胸椎算起，第5腰椎为第十七椎），传统上用于腰骶部疼痛。',
  'point.EX-B8.location.practitioner':
    '在腰区，后正中线上，第5腰椎棘突下凹陷中，腰骶结合处。经外奇穴，依GB/T 12346（2006年版）。',
  'point.EX-B8.location.patient': '在后腰正中，最后一节腰椎下方的凹陷处，骶骨的上端。',
  'point.EX-B8.needling.angle': UPWARD,
  'point.EX-B8.needling.notes': '教材所载范围；各教材数值略有差异。',
  'point.EX-B8.cautions.pregnancy': PREGNANCY_LUMBOSACRAL,
  'point.EX-B8.cautions.depth': SPINAL_CANAL + NO_PLEURA_BELOW_L1,
  'point.EX-B8.cautions.structures': '棘上韧带和棘间韧带；椎管深处为包含马尾的硬膜囊。',

  // ---- Buttock and thigh ----------------------------------------------------------------
  'point.BL36.english': '承托臀部之处',
  'point.BL36.channel': BLADDER,
  'point.BL36.role': '位于臀下横纹处的膀胱经穴位，传统上用于放射至臀部及大腿后侧的腰痛。',
  'point.BL36.location.practitioner': '在股后区，臀沟的中点，臀部下缘。',
  'point.BL36.location.patient': '在屁股下方那道横纹的正中。',
  'point.BL36.needling.angle': '直刺',
  'point.BL36.needling.notes': TEXTBOOK,
  'point.BL36.cautions.structures':
    '坐骨神经在此穴深部走行，较浅层有股后皮神经。若出现沿下肢向下放射的触电感，说明针已触及神经。',

  'point.BL37.english': '肌肉丰厚处之门',
  'point.BL37.channel': BLADDER,
  'point.BL37.role': '位于大腿后侧的膀胱经穴位，传统上用于伴有下肢后侧疼痛或僵硬的腰痛。',
  'point.BL37.location.practitioner':
    '在股后区，臀沟下6寸，股二头肌与半腱肌之间（BL36与BL40连线中点上1寸）。',
  'point.BL37.location.patient': '在大腿后侧正中，从屁股下方横纹到膝盖后面横纹，往下不到一半的地方。',
  'point.BL37.needling.angle': '直刺',
  'point.BL37.needling.notes': TEXTBOOK,
  'point.BL37.cautions.structures':
    '坐骨神经在此处腘绳肌之间的深部走行；若出现沿下肢向下放射的触电感，说明针已触及神经。',

  'point.GB31.english': '风邪聚散之处',
  'point.GB31.channel': GALLBLADDER,
  'point.GB31.role':
    '位于大腿外侧的穴位，传统上用于大腿外侧的疼痛、麻木和无力，例如腰痛沿下肢外侧向下放射时。',
  'point.GB31.location.practitioner':
    '在股部外侧，髂胫束后缘凹陷中，直立、两臂自然下垂于体侧时中指尖所到处（WHO 2008）。WHO 2008将其定于腘横纹上9寸、GB32上2寸' +
    '（股骨大转子至腘横纹为19寸）。较早的教材（Deadman；CAM）记为腘横纹上7寸。',
  'point.GB31.location.patient': '在大腿外侧，站直、双臂自然下垂时，中指指尖大约碰到的地方。',
  'point.GB31.needling.angle': '直刺',
  'point.GB31.needling.notes': TEXTBOOK,
  'point.GB31.cautions.structures': '髂胫束，其下为股外侧肌；股外侧皮神经及旋股外侧动静脉的分支。',
  'point.GB31.marker.0.approximate':
    '高度按WHO 2008的骨度分寸确定（股骨大转子下19寸中的10寸，即腘横纹上9寸；在此人体上，垂手时中指尖也在同一高度）；' +
    '“髂胫束后缘”须靠触摸确定，向后0.5寸的偏移只是估计。',

  // ---- Knee and calf --------------------------------------------------------------------
  'point.BL40.english': '腘窝正中',
  'point.BL40.channel': BLADDER,
  'point.BL40.role':
    '治疗腰背的经典远端穴位：传统上为腰背部的“总穴”（“腰背委中求”）。在Lee 2012所综述的53项腰痛研究中，' +
    '属于最常选用的穴位之一。',
  'point.BL40.location.practitioner': '在膝后区，腘横纹中点，股二头肌肌腱与半腱肌肌腱之间。',
  'point.BL40.location.patient': '在膝盖后面那道横纹的正中。',
  'point.BL40.needling.angle': '直刺',
  'point.BL40.needling.notes':
    '教材所载范围（Deadman；CAM）。古代文献还记载在此处点刺浅表静脉、放出几滴血以治疗急性腰痛，这是一种专门技术。',
  'point.BL40.cautions.structures':
    '胫神经以及更深处的腘静脉和腘动脉就在此穴正下方。应先触摸动脉搏动，轻柔进针，避免深刺或强力手法。' +
    '若此处有搏动性肿块（可能为腘动脉瘤），或小腿肿胀、发热或疼痛（可能为深静脉血栓），切勿在此针刺或按压：' +
    '这些情况需要就医。',

  'point.BL55.english': '阳气会合之处',
  'point.BL55.channel': BLADDER,
  'point.BL55.role':
    '位于小腿上部的膀胱经穴位，传统上用于沿下肢后侧向下放射的腰痛。常见的居家穴位按压建议中所说的' +
    '“膝盖下方的小腿处”即指此穴。',
  'point.BL55.location.practitioner':
    '在小腿后区，腓肠肌内、外侧头之间，腘横纹下2寸（BL40下2寸，在BL40与BL57的连线上）。',
  'point.BL55.location.patient':
    '在小腿后面，膝盖后面横纹中点往下约三横指，两块小腿肌肉之间的沟里。',
  'point.BL55.needling.angle': '直刺',
  'point.BL55.needling.notes': TEXTBOOK,
  'point.BL55.cautions.structures': '小隐静脉和腓肠内侧皮神经在浅层走行；胫神经和腘血管位于小腿上部深处。',

  'point.BL57.english': '承接小腿肚之处',
  'point.BL57.channel': BLADDER,
  'point.BL57.role': '位于小腿的膀胱经远端穴位，传统上用于腰痛，以及小腿和下肢的抽筋或疼痛。',
  'point.BL57.location.practitioner':
    '在小腿后区，腓肠肌两肌腹与跟腱交角处：伸直小腿、足跟上提时出现的尖角凹陷的顶点。' +
    '约在腘横纹下8寸，腘横纹与外踝尖水平线的中点。',
  'point.BL57.location.patient':
    '在小腿后面，膝盖后面横纹与脚踝之间约一半处，小腿肚肌肉变为肌腱的地方：踮起脚尖时出现的倒“V”字形的尖端。',
  'point.BL57.needling.angle': '直刺',
  'point.BL57.needling.notes': TEXTBOOK,
  'point.BL57.cautions.structures':
    '腓肠神经和小隐静脉在小腿中部靠近皮肤处走行；胫神经和胫后动静脉位于比目鱼肌下方的深处。',

  'point.BL58.english': '飞腾上扬',
  'point.BL58.channel': BLADDER,
  'point.BL58.role': '膀胱经的络穴，位于小腿外后侧，传统上用于伴有下肢沉重或疼痛的腰背痛。',
  'point.BL58.location.practitioner':
    '在小腿后区，腓肠肌外侧头下缘与跟腱之间，平BL60上7寸：在BL57外侧、约下1寸处。',
  'point.BL58.location.patient':
    '在小腿外后侧，比小腿中部稍低、稍偏外，小腿肚肌肉逐渐变薄、移行为肌腱的地方。',
  'point.BL58.needling.angle': '直刺',
  'point.BL58.needling.notes': TEXTBOOK,
  'point.BL58.cautions.structures': '腓肠外侧皮神经；附近有小隐静脉。',

  'point.BL59.english': '足跗的阳侧',
  'point.BL59.channel': BLADDER,
  'point.BL59.role': '阳跷脉的郄穴，位于小腿下部，传统上用于急性腰痛，以及小腿疼痛、沉重。',
  'point.BL59.location.practitioner': '在小腿后区，腓骨与跟腱之间，BL60直上3寸。',
  'point.BL59.location.patient': '在小腿下部外后侧，外踝骨与跟腱之间的凹陷往上约四横指处。',
  'point.BL59.needling.angle': '直刺',
  'point.BL59.needling.notes': '教材所载范围（CAM）。',
  'point.BL59.cautions.structures': '腓肠神经和小隐静脉在此处紧贴腓骨后方走行。',

  // ---- Lower leg ------------------------------------------------------------------------
  'point.GB34.english': '外侧丘陵下的泉',
  'point.GB34.channel': GALLBLADDER,
  'point.GB34.role':
    '位于膝下的远端穴位；传统上为八会穴中的“筋会”，用于下肢外侧疼痛。为腰痛研究中的常用穴位之一（Lee 2012）。',
  'point.GB34.location.practitioner': '在小腿外侧，膝下，腓骨头前下方凹陷中。',
  'point.GB34.location.patient': '在小腿外侧、膝盖正下方，那里一个小骨突（腓骨头）前下方的凹陷处。',
  'point.GB34.needling.angle': '直刺',
  'point.GB34.needling.notes': TEXTBOOK,
  'point.GB34.cautions.structures':
    '腓总神经在腓骨头后下方绕过腓骨颈，并在此穴附近分为浅支和深支（腓浅神经、腓深神经）；' +
    '若出现沿小腿外侧向下放射的触电感，说明针已触及神经。附近有胫前返动、静脉。',
  'point.GB34.marker.0.approximate':
    'WHO将GB34定义为腓骨头前下方可触及的凹陷，而非以骨度分寸定位；0.5寸和1寸的偏移只是估计该凹陷的位置。',

  'point.ST36.english': '膝下三寸',
  'point.ST36.channel': '足阳明胃经',
  'point.ST36.role':
    '位于膝下的经典远端穴位，传统上用于补益气血，治疗慢性、令人疲惫的疼痛。在古代文献（Park 2024）以及' +
    'Lee 2012所综述的韩国研究中，属于治疗腰痛最常用的穴位之一。',
  'point.ST36.location.practitioner':
    '在小腿外侧，ST35与ST41连线上，ST35（髌韧带外侧凹陷）下3寸，胫骨前嵴外约一横指处。',
  'point.ST36.location.patient':
    '在小腿前面，膝盖骨下方四横指、小腿骨（胫骨）外侧一横指处的肌肉上。',
  'point.ST36.needling.angle': '直刺',
  'point.ST36.needling.notes': TEXTBOOK_MOXA,
  'point.ST36.cautions.structures': '胫骨前肌；胫前动、静脉和腓深神经位于深处的骨间膜上。',
  'point.ST36.marker.0.approximate':
    '膝下3寸按骨度分寸确定，此处从髌尖（平ST35）量起；“胫骨前嵴外一横指”是手指同身寸，图中按1寸（骨度分寸）绘制。',

  'point.SP6.english': '足三阴经交会处',
  'point.SP6.channel': '足太阴脾经',
  'point.SP6.role':
    '脾、肝、肾三经在小腿内侧的交会穴，传统上加用于伴有肾虚的慢性腰痛，以及随月经周期出现的腰痛。',
  'point.SP6.location.practitioner':
    '在小腿内侧，内踝尖上3寸，胫骨内侧缘后际（髌尖至内踝尖为15寸）。',
  'point.SP6.location.patient': '在小腿内侧，内踝骨上方四横指，紧挨着小腿骨（胫骨）边缘的后面。',
  'point.SP6.needling.angle': '直刺',
  'point.SP6.needling.notes': TEXTBOOK,
  'point.SP6.cautions.pregnancy': PREGNANCY_FORBIDDEN_POINT('SP6'),
  'point.SP6.cautions.structures': '大隐静脉和隐神经在浅层走行；胫后动静脉和胫神经位于较深处的胫骨后方。',
  'point.SP6.marker.0.approximate':
    '高度按骨度分寸确定；“胫骨内侧缘后际”须靠触摸确定：图中标记画在内踝尖正上方、胫骨内侧缘之后。',

  'point.GB39.english': '悬挂的铃铛',
  'point.GB39.channel': GALLBLADDER,
  'point.GB39.role':
    '八会穴中的“髓会”，位于小腿外侧下部，传统上用于颈背部疼痛和僵硬，以及下肢外侧疼痛。',
  'point.GB39.location.practitioner': '在小腿外侧，外踝尖上3寸，腓骨前缘。',
  'point.GB39.location.patient': '在小腿外侧下部，外踝骨上方四横指，紧挨着外侧那根细骨（腓骨）的前面。',
  'point.GB39.needling.angle': '直刺',
  'point.GB39.needling.notes': TEXTBOOK,
  'point.GB39.cautions.structures': '腓浅神经在附近浅出；腓骨肌腱位于其后方，胫前动静脉位于其前方深处。',
  'point.GB39.marker.0.approximate': '高度按骨度分寸确定；“腓骨前缘”须靠触摸确定，向前0.5寸的偏移只是估计。',

  // ---- Ankle and foot -------------------------------------------------------------------
  'point.BL60.english': '外踝高如昆仑山',
  'point.BL60.channel': BLADDER,
  'point.BL60.role':
    '位于外踝处的膀胱经远端穴位，传统上用于腰背疼痛和僵硬；为腰痛研究中最常用的穴位之一（Lee 2012）。',
  'point.BL60.location.practitioner': '在踝区，外踝后方：外踝尖与跟腱之间的凹陷中。',
  'point.BL60.location.patient': '在脚踝外侧，踝骨与跟腱之间的凹陷处。',
  'point.BL60.needling.angle': '直刺',
  'point.BL60.needling.notes': TEXTBOOK,
  'point.BL60.cautions.pregnancy': PREGNANCY_FORBIDDEN_POINT('BL60'),
  'point.BL60.cautions.structures': '腓肠神经和小隐静脉在此穴附近经外踝后方通过。',
  'point.BL60.marker.0.approximate':
    'WHO将BL60定义为外踝尖与跟腱之间、靠触摸确定的凹陷；图中标记画在两者正中。',

  'point.BL62.english': '伸展之脉',
  'point.BL62.channel': BLADDER,
  'point.BL62.role':
    '位于外踝下方的远端穴位；传统上为通阳跷脉的八脉交会穴，与SI3配伍治疗腰背及脊柱的疼痛和僵硬。',
  'point.BL62.location.practitioner': '在踝区，外踝尖直下，外踝下缘与跟骨之间凹陷中。',
  'point.BL62.location.patient': '在外踝骨尖端正下方的小凹陷处。',
  'point.BL62.needling.angle': '直刺或稍向上斜刺',
  'point.BL62.needling.notes': '教材所载范围（Deadman；CAM）；骨骼紧贴其下。',
  'point.BL62.cautions.structures':
    '腓肠神经（足背外侧皮神经）和小隐静脉在附近走行；腓骨肌腱位于其上后方。',
  'point.BL62.marker.0.approximate':
    'WHO将BL62定义为外踝正下方的凹陷，而非以骨度分寸定位；0.8寸的偏移只是估计它在外踝尖下方多远。',

  'point.KI3.english': '大溪流',
  'point.KI3.channel': '足少阴肾经',
  'point.KI3.role':
    '肾经的原穴，位于内踝处，传统上用于归因于肾虚的慢性腰痛；为腰痛研究中的常用穴位之一（Lee 2012）。',
  'point.KI3.location.practitioner': '在踝区，内踝后方：内踝尖与跟腱之间的凹陷中。',
  'point.KI3.location.patient': '在脚踝内侧，踝骨与跟腱之间的凹陷处。',
  'point.KI3.needling.angle': '直刺',
  'point.KI3.needling.notes': TEXTBOOK,
  'point.KI3.cautions.structures':
    '胫后动静脉和胫神经紧贴内踝后方、靠近此穴走行：应先触摸搏动，在其旁进针，不可刺入血管。',
  'point.KI3.marker.0.approximate':
    'WHO将KI3定义为内踝尖与跟腱之间、靠触摸确定的凹陷；图中标记画在两者正中。',

  'point.LR3.english': '气血冲要之处',
  'point.LR3.channel': '足厥阴肝经',
  'point.LR3.role':
    '肝经的原穴，位于足部。与LI4合称传统的“四关”配穴，用于疼痛和紧张，加用于伴有肌肉紧张或精神压力的腰痛。',
  'point.LR3.location.practitioner':
    '在足背，第1、2跖骨间，跖骨底结合部前方凹陷中，足背动脉搏动处。',
  'point.LR3.location.patient':
    '在脚背上，大脚趾与第二个脚趾之间的沟里，从趾缝往上滑，直到两根骨头相接处：就在相接处前面的凹陷里。',
  'point.LR3.needling.angle': '直刺或向足底斜刺',
  'point.LR3.needling.notes': TEXTBOOK,
  'point.LR3.cautions.structures':
    '足背动脉（第1跖背动脉）在此处走行：应先触摸搏动，在其旁进针。腓深神经与之伴行。',
  'point.LR3.marker.0.approximate':
    'WHO将LR3定义为跖骨底结合部前方、靠触摸确定的凹陷；图中标记画在从结合部向跖骨头方向四分之一处。',

  // ---- Hand and face --------------------------------------------------------------------
  'point.SI3.english': '掌后的溪',
  'point.SI3.channel': '手太阳小肠经',
  'point.SI3.role':
    '位于手部的远端穴位；传统上为通督脉（沿脊柱上行）的八脉交会穴，用于急性腰背及颈项疼痛、僵硬，常与BL62配伍。',
  'point.SI3.location.practitioner':
    '在手内侧，第5掌指关节尺侧近端赤白肉际凹陷中（半握拳时，在远侧掌横纹的尺侧端）。',
  'point.SI3.location.patient':
    '在手掌小指一侧的边缘，小指根部关节的后方，手心皮肤与手背皮肤交界处；轻轻握拳时，就在掌心横纹的末端。',
  'point.SI3.needling.angle': '直刺，手呈半握拳状',
  'point.SI3.needling.notes': TEXTBOOK,
  'point.SI3.cautions.structures': '尺神经的指背支和指掌侧支；此穴紧贴第5掌骨，位于小鱼际肌边缘。',
  'point.SI3.marker.0.approximate':
    'WHO将SI3定义为第5掌指关节近端的凹陷，而非以骨度分寸定位；0.5寸的偏移只是估计该凹陷的位置。',

  'point.EX-UE7.english': '专治腰痛的手背穴',
  'point.EX-UE7.channel': EXTRA,
  'point.EX-UE7.role':
    '位于手背、因治疗腰痛而得名的经外奇穴；传统上用于急性腰扭伤，在刺激针的同时让患者轻轻活动腰部。',
  'point.EX-UE7.location.practitioner':
    '在手背，每手两穴：第2、3掌骨之间及第4、5掌骨之间，腕背侧远端横纹与掌指关节中点处。' +
    '此定位依GB/T 12346（2006年版）；Deadman所定位置更靠近端，紧靠掌骨底的远侧。',
  'point.EX-UE7.location.patient':
    '在手背上，每只手两个点：一个在食指与中指的骨头之间的沟里，一个在无名指与小指的骨头之间的沟里，' +
    '大约在手腕与指根关节的中间。',
  'point.EX-UE7.needling.angle': '斜刺，由两侧向掌心方向',
  'point.EX-UE7.needling.notes':
    '教材所载范围（中文教材）；部分英文教材记为直刺0.5至1寸。此处强刺激会引起疼痛。',
  'point.EX-UE7.cautions.structures':
    '伸肌腱、手背静脉网、骨间背侧肌以及桡神经和尺神经的分支。强刺激可使敏感者感到头晕欲倒。' +
    '传统手法要求在刺激针的同时让患者活动腰部，因此应取坐位或有扶持的站位，并有人在旁观察晕针征兆；' +
    '易晕针者应取卧位治疗，不做活动。',

  'point.LI4.english': '两骨相合之谷',
  'point.LI4.channel': '手阳明大肠经',
  'point.LI4.role':
    '大肠经的原穴，是治疗全身各部位疼痛的经典穴位；治疗腰痛时作为通用止痛的远端穴位加用，常与LR3配伍（“四关”）。',
  'point.LI4.location.practitioner': '在手背，第2掌骨桡侧的中点处。',
  'point.LI4.location.patient': '在手背，拇指与食指之间的虎口肌肉上，靠近食指那根长骨的中部。',
  'point.LI4.needling.angle': '直刺',
  'point.LI4.needling.notes': '教材所载范围（Deadman；CAM）。此处强刺激会引起疼痛。',
  'point.LI4.cautions.pregnancy': PREGNANCY_FORBIDDEN_POINT('LI4'),
  'point.LI4.cautions.structures':
    '第1骨间背侧肌；桡动脉在靠近第1、2掌骨底处从两骨之间穿向手掌；桡神经浅支的分支。',

  'point.GV26.english': '鼻唇间的沟（又名人中）',
  'point.GV26.channel': GOVERNOR,
  'point.GV26.role':
    '治疗急性腰扭伤的经典远端穴位，古代处方中常与BL40配伍（Park 2024发现GV26属于最常用的穴位，' +
    'GV26配BL40为主要配伍之一）。其所在的督脉沿脊柱上行。传统上也是治疗晕厥的穴位。',
  'point.GV26.location.practitioner':
    '在面部，人中沟正中线上，鼻底与上唇上缘连线的中点（WHO 2008）。WHO 2008另注明一个备选位置：' +
    '人中沟上1/3与下2/3交界处，部分教材（CAM、Deadman）即定位于此。',
  'point.GV26.location.patient': '在上嘴唇，鼻子与嘴唇之间那道沟的正中。',
  'point.GV26.needling.angle': '斜刺，针尖向上',
  'point.GV26.needling.notes':
    '教材所载范围（Deadman；CAM）。此处针刺疼痛剧烈；治疗急性腰扭伤时，在刺激针的同时让患者轻轻活动腰部。',
  'point.GV26.cautions.structures': '口轮匝肌；上唇动、静脉；眶下神经分支及面神经颊支。唇部容易出血。',

  'point.CV4.english': '元气关藏之处',
  'point.CV4.channel': '任脉',
  'point.CV4.role':
    '位于躯干前面下腹部、与腰部同一水平的穴位；传统上常配合艾灸，用于补肾、培补元气，治疗慢性、虚弱型腰痛。',
  'point.CV4.location.practitioner': '在下腹部，前正中线上，脐中下3寸（脐中至耻骨联合上缘为5寸）。',
  'point.CV4.location.patient':
    '在肚子前面的正中线上，肚脐下方四横指处（四指并拢的宽度是传统上量取3寸的手测法）。',
  'point.CV4.needling.angle': '直刺',
  'point.CV4.needling.notes':
    '教材所载范围（Deadman；CAM），须排空膀胱：患者应先排尿。传统上此处常用艾灸。',
  'point.CV4.cautions.pregnancy':
    PREGNANCY_FORBIDDEN_POINT('CV4') + 'WHO安全指南（1999）还建议，妊娠早期针刺下腹部穴位应谨慎。',
  'point.CV4.cautions.depth':
    '膀胱充盈时会升至此穴后方；瘦人腹壁较薄，其下即腹膜腔和肠道：应严格按教材深度进针。',
  'point.CV4.cautions.structures': '腹白线；肋下神经（第12胸神经）前皮支；腹壁浅动静脉和腹壁下动静脉。',
  'point.CV4.cautions.moxibustion': MOXIBUSTION,

  // ---- Protocols ------------------------------------------------------------------------
  'protocol.chronic-nonspecific.name': '慢性非特异性腰痛',
  'protocol.chronic-nonspecific.rationale':
    '在疼痛节段选取腰椎上及腰椎两旁的局部穴位，加上膀胱经和肾经在膝、踝部的远端穴位。除夹脊穴（在现代临床中常用）外，' +
    '这些穴位都属于Lee 2012所统计的腰痛研究中的常用穴位。针灸师通常还会加用压痛的“阿是穴”，阿是穴没有固定位置，' +
    '因此在列表中加以描述，而不在图上标出。在GERAC等试验中，真针刺的效果仅比在非穴位处浅刺略好，' +
    '因此选穴的重要性可能不如这份列表所暗示的那么大。',
  'protocol.acute-lumbar-strain.name': '急性腰扭伤',
  'protocol.acute-lumbar-strain.rationale':
    '传统上，刚扭伤的腰首先选用远离疼痛部位的远端穴位，在刺激针的同时让患者轻轻活动、弯曲腰部。' +
    '上唇的GV26配膝后的BL40是经典配伍（Park 2024）。手背的腰痛点是用于同一目的的现代经外奇穴（GB/T 12346）。' +
    'SI3与BL62是经典的八脉交会穴配对：SI3通督脉（沿脊柱循行），BL62通阳跷脉（沿下肢外侧和躯干侧面上行）。' +
    '大多数急性腰痛无论采取何种措施都会在数周内缓解，针刺在此方面的证据稀少，且确定性低（见“关于证据”）。',
  'protocol.sciatica-posterior-leg.name': '腰痛伴腿后侧坐骨神经痛',
  'protocol.sciatica-posterior-leg.rationale':
    '按传统理论，沿下肢后侧向下放射的疼痛循膀胱经分布，因此沿该经从腰部、臀部向下至踝部选穴，' +
    '包括膀胱经在小腿的络穴BL58。GB30和BL25属于Lee 2012所统计的腰痛研究中最常用的穴位。' +
    '其中数个穴位位于坐骨神经上方，因此针刺时须谨慎。伴有下肢无力或麻木的坐骨神经痛须先接受医学评估。',
  'protocol.sciatica-lateral-leg.name': '腰痛伴腿外侧疼痛',
  'protocol.sciatica-lateral-leg.rationale':
    '按传统理论，沿大腿和小腿外侧的疼痛循胆经分布，因此将髋部的GB30、大腿外侧的GB31、膝下的GB34和踝上的GB39' +
    '与腰部局部穴位配合使用。GB30和GB34都是Lee 2012所统计的腰痛研究中的常用穴位。',
  'protocol.kidney-pattern.name': '肾虚证配穴（腰部慢性乏力、易疲劳）',
  'protocol.kidney-pattern.rationale':
    '在中医传统理论中，腰部长期隐痛、劳累后加重、休息后减轻，归因于肾虚。此配穴选用肾的背俞穴BL23，' +
    '配同一水平的BL52和GV4、肾经原穴KI3、足三阴经交会的SP6，以及下腹部的CV4，常配合艾灸' +
    '（艾灸须谨慎：烫伤、皮肤麻木、妊娠）。该证型是传统概念，并非对肾脏疾病的诊断。SP6和CV4传统上在孕期避免使用。',
  'protocol.acupressure-self-care.name': '可以自己做的穴位按压',
  'protocol.acupressure-self-care.rationale':
    '以下是您自己够得着、可以按压的低风险穴位，与诊所网页上的介绍一致：用指关节或拳头揉按脊柱旁的后腰（BL23）' +
    '以及其两侧的凹陷（腰眼）；按压臀部正中（GB30），可以靠在墙上或躺在网球上；轻轻按压肚脐下方四横指处' +
    '（CV4：四指并拢的宽度是传统上量取3寸的方法），但如果您已怀孕或可能怀孕，请不要按压；按压膝盖后面横纹的正中' +
    '（BL40）和膝盖下方的小腿处（BL55），但如果膝盖后面有搏动的肿块，或小腿肿胀、发热或疼痛，请不要按压膝盖后面；' +
    '一边慢慢活动腰部，一边按压手掌边缘（SI3）和手背（腰痛点）。力度要稳而舒适，每处约一分钟，' +
    '避开静脉曲张、瘀青或皮肤破损的部位。自我按摩可以让一些人减轻不适，但不能代替治疗：如果疼痛剧烈、' +
    '持续不退，或伴有麻木、无力或排尿、排便问题，请找医疗专业人员诊治。如果您已怀孕，按压这些穴位中的任何一个之前，' +
    '请先咨询针灸师。',

  // ---- Evidence -------------------------------------------------------------------------
  'evidence.title': '关于证据',
  'evidence.disclaimer':
    '本图仅供学习，不构成医疗建议、诊断或治疗方案。腰痛的原因有很多：如果您的腰痛是新出现的、严重的或正在加重，' +
    '请就医；如需针灸，请选择合格、有执业资格的针灸师。',
  'evidence.section.0.heading': '规模最大的试验：真针刺、假针刺与常规治疗',
  'evidence.section.0.paragraph.0':
    '德国GERAC试验追踪了1162名慢性腰痛成人患者。他们接受三种治疗之一：传统针刺；“假”针刺，即在非穴位处浅刺；' +
    '或按指南进行的常规治疗（药物、物理治疗和运动锻炼）。两个针刺组各接受10次治疗，每次约30分钟，通常每周两次。',
  'evidence.section.0.paragraph.1':
    '六个月后，疼痛或腰部功能明显改善者所占比例：针刺组为47.6%，假针刺组为44.2%，常规治疗组为27.4%。',
  'evidence.section.0.paragraph.2':
    '真针刺与假针刺的结果几乎相同：两者之间的微小差异很可能只是偶然造成的（P = .39）。在本试验中，' +
    '两个针刺组的效果都好于常规治疗组。这提示，接受针刺本身、治疗中得到的关注以及患者的期望，可能比具体选用哪些穴位更重要。',
  'evidence.section.1.heading': '汇总多项试验的综述怎么说',
  'evidence.section.1.paragraph.0':
    '2020年的一篇Cochrane综述纳入了33项试验、8270名无明确病因的慢性腰痛患者。并非每项试验都能与其他试验合并：' +
    '下面的每项结果，合并的是以相同方式测量该结果的试验。',
  'evidence.section.1.paragraph.1':
    '与假针刺相比，在疗程刚结束时测量，真针刺可能不会使疼痛减轻到患者能感觉到有意义的程度。',
  'evidence.section.1.paragraph.2':
    '与不治疗相比，接受针刺的人在治疗刚结束时报告疼痛较轻、日常功能较好。这些试验无法设盲：患者知道自己是否接受了治疗，' +
    '因此期望可能解释了部分差异。与常规治疗相比，任何获益都很小。',
  'evidence.section.1.paragraph.3':
    '该综述将其中大多数结果的证据确定性评为低（GRADE）：真实效果可能与此相差很大，新的试验可能改变这些结论。',
  'evidence.section.2.heading': '指南怎么建议：意见并不一致',
  'evidence.section.2.paragraph.0':
    '美国医师协会（American College of Physicians，2017）建议，对于慢性腰痛，患者和医生应首先尝试非药物治疗，' +
    '例如运动锻炼、多学科康复、针刺或正念减压疗法。',
  'evidence.section.2.paragraph.1':
    '为英格兰国民医疗服务体系（NHS）提供指导的NICE在指南NG59（2016年发布，2020年更新）中表示：治疗腰痛' +
    '（无论是否伴有坐骨神经痛）时，“不要提供针刺治疗”。这推翻了其2009年的建议——当时建议可以考虑一个疗程的针刺。' +
    '委员会着重考虑了那些真针刺效果仅比假针刺略好的试验。',
  'evidence.section.2.paragraph.2':
    '可见，专家组审视相似的研究，却得出不同的结论。针刺是部分指南纳入的选项之一，与保持活动和运动锻炼并列，' +
    '并非在所有地方都是首选。',
  'evidence.section.3.heading': '急性腰痛：目前所知',
  'evidence.section.3.paragraph.0':
    '上述试验和综述针对的都是持续超过三个月的慢性疼痛。对于急性疼痛（例如刚扭伤的腰），针刺的证据很少：' +
    '试验数量少、规模小，证据确定性低。',
  'evidence.section.3.paragraph.1':
    '大多数急性腰痛无论采用何种治疗，都会在几周内明显好转，因此保持活动和时间最为重要。美国医师协会（2017）建议，' +
    '希望接受治疗的急性或亚急性腰痛患者选择非药物治疗，例如浅表热敷、按摩、针刺或脊柱推拿，' +
    '并将针刺在这方面的证据评为低质量。NICE NG59建议，任何病程的腰痛都不采用针刺。',
  'evidence.section.3.paragraph.2': '本图中的“急性腰扭伤”配穴是传统配穴，而不是经过试验检验的方案。',
  'evidence.section.4.heading': '副作用有多常见',
  'evidence.section.4.paragraph.0':
    '针刺确实有副作用。2021年的一篇综述分析了在不良反应发生时即予记录的研究，发现每100名患者中约有9人（9.3%）' +
    '出现至少一种。大多数轻微且短暂：一小块瘀青或一滴血，或针刺处酸痛。有些人治疗后会感到疲倦或头晕。',
  'evidence.section.4.paragraph.1':
    '严重事件罕见，约每10,000名患者中有1例，包括胸部或上背部针刺过深导致的肺萎陷（气胸），以及感染。' +
    '由受过培训的针灸师操作、使用无菌一次性针具并谨慎控制针刺深度，可以降低这些风险。',
  'evidence.section.4.paragraph.2':
    '如果您正在服用抗凝血药物或有出血性疾病、装有心脏起搏器（可能不适合对针通电刺激）、免疫力低下，' +
    '或以前针刺时曾晕倒，请告知针灸师。',
  'evidence.section.5.heading': '妊娠',
  'evidence.section.5.paragraph.0':
    '按照传统，孕期应避免某些穴位。本图中的这类穴位有：手部的LI4、小腿内侧的SP6、骶部的BL31和BL32、' +
    '踝部的BL60以及肚脐下方的CV4（经典禁穴清单中还有BL67和GB21）。WHO安全指南指出，' +
    '传统上妊娠早期避免针刺下腹部以及腰骶部的穴位。',
  'evidence.section.5.paragraph.1':
    '2015年的一篇综述汇总了15项试验、共823名孕妇，这些试验针刺了上述传统“禁针”穴位，未发现造成伤害的客观证据。' +
    '由于研究数量少、规模小，针灸师仍需谨慎。如果您已怀孕或可能怀孕，请在治疗前说明。',
  'evidence.section.6.heading': '什么情况下应先看医生',
  'evidence.section.6.paragraph.0':
    '如果腰痛伴有以下任何一种警示信号（“红旗征”），请及时就医，而不是去做针灸：生殖器或肛门周围麻木；' +
    '新出现的排尿困难或大小便失控；一侧腿部无力、麻木或针刺样麻感，且正在加重；发热或全身不适；' +
    '不明原因的体重下降；有癌症病史；50岁以后首次出现的疼痛；长期服用类固醇药片或削弱免疫力的药物；' +
    '注射吸毒；持续疼痛，休息不能缓解且夜间加重；上背部（脊柱的胸段）疼痛；或严重跌倒、事故后出现的疼痛。',
  'evidence.section.6.paragraph.1':
    '指南之所以列出这些信号，是因为腰痛在少数情况下由骨折、感染、肿瘤或脊柱底部神经受压（马尾综合征）引起，' +
    '这些情况需要紧急处理。',
  'evidence.section.7.heading': '关于本图',
  'evidence.section.7.paragraph.0':
    '图中显示的穴位是针灸研究、古代文献和教材中治疗腰痛的常用穴位。压痛的“阿是穴”（大多数试验也会使用）没有固定位置，' +
    '因此在列表中加以描述，而不在图上标出。穴位位置是根据体表标志和比例度量（骨度分寸）计算出来的，因此只是近似位置：' +
    '在真人身上，针灸师要通过触摸体表标志来确定每个穴位，有些穴位只定义为手指下可摸到的凹陷。',
  'evidence.section.7.paragraph.1':
    '针刺深度和角度是供受过培训的针灸师参考的教材数值。这里的任何内容都不能告诉您哪些穴位适合您的腰，' +
    '也不能代替医疗专业人员的评估。',

  // ---- What a session is like -----------------------------------------------------------
  'session.heading': '针灸治疗是什么样的',
  'session.paragraph.0':
    '初诊时，针灸师会询问您的腰痛情况、健康状况和正在用的药物，并检查是否有需要先看医生的信号。' +
    '然后您通常会俯卧或侧卧，露出腰部和腿部。',
  'session.paragraph.1':
    '针非常细，无菌，只用一次。进针时，大多数人只感到短暂的刺痛，或几乎没有感觉。针留在位置上后，' +
    '您可能在针的周围感到酸胀、沉重、温热或向四周扩散的麻感；中医称之为“得气”（即“气至”）。' +
    '尖锐、灼热或触电样的疼痛不是应有的感觉：请说出来，针灸师会调整针。',
  'session.paragraph.2':
    '留针时间通常为20至30分钟，您在此期间休息。针灸师可能会轻轻捻转针，接通微弱电流（电针），' +
    '或使用艾灸等温热疗法。除背部外，手、膝和踝部的穴位也常被选用。',
  'session.paragraph.3':
    '疗程长短不一。在大型GERAC试验中，参与者接受了10次治疗，通常每周两次，持续约5至6周；诊所常建议6至12次。' +
    '治疗几次后，与针灸师一起评估是否有效，是合理的做法。',
  'session.paragraph.4':
    '轻微反应很常见：每100人中约有9人出现至少一种，例如一小块瘀青、一滴血、针刺处酸痛，或感到疲倦、头晕。' +
    '如果治疗中感到要晕倒，请立即说出来。严重问题罕见，约每10,000人中有1例。',
  'session.paragraph.5':
    '如果您已怀孕或可能怀孕、正在服用抗凝血药物、有出血性疾病、装有心脏起搏器或免疫力低下，' +
    '或者对针感到紧张，请告知针灸师。',

  // ---- Ashi -----------------------------------------------------------------------------
  'ashi.english': '压痛点（“啊，是这里！”）',
  'ashi.paragraph.0':
    '阿是穴不是固定的穴位。它们是按压时感觉压痛、发紧或疼痛的部位，通过触摸疼痛区域及其周围来寻找；' +
    '其名称来自按到该处时患者“啊，是这里！”的呼声。',
  'ashi.paragraph.1':
    '治疗腰痛时，无论在临床实践还是在许多试验中，通常都会在固定穴位之外，在患者感到酸痛的地方加用阿是穴：' +
    '常见于脊柱两旁的肌肉、骶骨上或臀部。',
  'ashi.paragraph.2': '由于阿是穴没有固定位置，本图在这里加以描述，而不在图上标出。',

  // ---- Depth at risk --------------------------------------------------------------------
  'depth.BL23.structure': '肾脏',
  'depth.BL23.note': '在此水平，肾脏位于背部深层肌肉的前方；在BL23深刺或向外斜刺，针可能触及肾脏。',
  'depth.BL23.published': KIDNEY_MRI,
  'depth.BL52.structure': '肾脏',
  'depth.BL52.note': 'BL52位于肾脏上方：在此处深直刺有伤及肾脏的风险，比在BL23处更大。',
  'depth.BL52.published': KIDNEY_MRI,
  'depth.BL24.structure': '肾脏',
  'depth.BL24.note': '肾脏下极约达第3腰椎水平；在BL24深刺可能接近肾脏。',
  'depth.BL24.published': KIDNEY_MRI,
  'depth.GV3.structure': '椎管',
  'depth.GV3.note': BETWEEN_LAMINAE('第4与第5腰椎椎板'),
  'depth.GV4.structure': '椎管',
  'depth.GV4.note': BETWEEN_LAMINAE('第2与第3腰椎椎板'),
  'depth.EX-B8.structure': '椎管',
  'depth.EX-B8.note': BETWEEN_LAMINAE('第5腰椎椎板与骶骨'),
  'depth.EX-B2.structure': '椎弓',
  'depth.EX-B2.note': '在正中线旁开半寸处，针会触及椎板；脊神经就在其旁边离开脊柱。',
  'depth.BL31.structure': '骶后孔',
  'depth.BL31.note': SACRAL_FORAMEN_NOTE('BL31'),
  'depth.BL31.published': SACRAL_CT('BL31', '58.2\u00a0±\u00a012.4\u00a0mm'),
  'depth.BL32.structure': '骶后孔',
  'depth.BL32.note': SACRAL_FORAMEN_NOTE('BL32'),
  'depth.BL32.published': SACRAL_CT('BL32', '44.6\u00a0±\u00a011.6\u00a0mm'),
  'depth.BL33.structure': '骶后孔',
  'depth.BL33.note': SACRAL_FORAMEN_NOTE('BL33'),
  'depth.BL33.published': SACRAL_CT('BL33', '34.0\u00a0±\u00a010.7\u00a0mm'),
  'depth.BL34.structure': '骶后孔',
  'depth.BL34.note': SACRAL_FORAMEN_NOTE('BL34'),
  'depth.BL34.published': SACRAL_CT('BL34', '31.1\u00a0±\u00a010.9\u00a0mm'),
  'depth.GB30.structure': '坐骨神经',
  'depth.GB30.note': '坐骨神经在GB30下方的臀部深处、梨状肌下方走行；' + SCIATIC_SENSATION,
  'depth.BL54.structure': '坐骨神经',
  'depth.BL54.note': '坐骨神经在出骨盆处走行于BL54深部；' + SCIATIC_SENSATION,
  'depth.BL36.structure': '坐骨神经',
  'depth.BL36.note': '坐骨神经在BL36处的臀沟深部走行；' + SCIATIC_SENSATION,
  'depth.BL37.structure': '坐骨神经',
  'depth.BL37.note': '坐骨神经在BL37处的大腿后侧深部走行；' + SCIATIC_SENSATION,
  'depth.BL40.structure': '腘血管和胫神经',
  'depth.BL40.note': '在腘窝中，胫神经最表浅，腘静脉较深，腘动脉最深，紧贴膝关节后面。',
  'depth.BL57.structure': '胫神经',
  'depth.BL57.note': '胫神经和胫后动静脉在BL57下方的小腿肌肉深处走行。',
  'depth.BL55.structure': '腘血管和胫神经',
  'depth.BL55.note': '在腘窝稍下方、腓肠肌两头之间，胫神经和腘血管在BL55深部走行。',
  'depth.SP6.structure': '胫神经',
  'depth.SP6.note': '胫神经和胫后动静脉在此处的胫骨后方走行；向深处、向后针刺会接近它们。',
  'depth.GB34.structure': '腓总神经',
  'depth.GB34.note': '腓总神经在GB34后下方绕过腓骨颈，并在此处分支；它位置表浅，紧贴皮下。',
  'depth.KI3.structure': '胫神经',
  'depth.KI3.note': '胫神经和胫后动脉经内踝后方通过，紧靠KI3旁。',

  // ---- Anatomy legend -------------------------------------------------------------------
  'anatomy.bone.label': '骨骼',
  'anatomy.bone.holds': '第10胸椎至第5腰椎、骶骨、尾骨、骨盆、股骨、髌骨、胫骨、腓骨、足骨、肩胛骨、第9至第12肋',
  'anatomy.cartilage.label': '椎间盘',
  'anatomy.cartilage.holds': '椎间盘',
  'anatomy.organ.label': '肾脏',
  'anatomy.organ.holds': '双肾',
  'anatomy.nerve.label': '神经',
  'anatomy.nerve.holds': '坐骨神经、胫神经和腓总神经',
  'anatomy.artery.label': '动脉',
  'anatomy.artery.holds': '腘动脉',
  'anatomy.vein.label': '静脉',
  'anatomy.vein.holds': '腘静脉',

  // ---- Channel legend -------------------------------------------------------------------
  'channel.bladder.name': '足太阳膀胱经（第1、第2侧线）',
  'channel.governor.name': GOVERNOR,
  'channel.gallbladder.name': GALLBLADDER,
  'channel.kidney.name': '足少阴肾经',
  'channel.stomach.name': '足阳明胃经',
  'channel.spleen.name': '足太阴脾经',
  'channel.liver.name': '足厥阴肝经',
  'channel.large-intestine.name': '手阳明大肠经',
};

export default texts;
