/**
 * Traditional Chinese (Taiwan / Hong Kong usage) of the catalogue's built-in texts. Written
 * from the Simplified text and then adapted, not only converted: Taiwan terms where they
 * differ (薦骨 for the sacrum, 指引 for guidelines, 回顧研究 for reviews, 教科書, 心律調節器,
 * 拋棄式針具, 「」 quotation marks). B-cun is written 寸 (骨度分寸). Codes, numbers and
 * citations stay as in English. A point's `english` text is a short gloss of what its name
 * means: the panel already shows the hanzi, so giving the name itself would show it twice.
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
  '傳統：WHO安全指引（1999）指出，傳統上妊娠早期避免針刺腰薦部穴位。證據：2015年一篇回顧研究彙整了在孕期針刺' +
  '傳統「禁針」穴位的試驗（Carr；15項試驗，823名女性），未發現造成傷害的客觀證據，但資料有限，因此針灸師仍需謹慎。';

const PREGNANCY_FORBIDDEN_POINT = (code: string): string =>
  `傳統：${code}屬於傳統上孕期應避免針刺的經典穴位（同列者還有` +
  `${inWords(FORBIDDEN_IN_PREGNANCY.filter((other) => other !== code))}）。證據：2015年一篇回顧研究彙整了在孕期針刺` +
  '這些穴位的試驗（Carr；15項試驗，823名女性），未發現造成傷害的客觀證據；但資料有限，因此針灸師仍需謹慎。';

const MOXIBUSTION =
  '艾灸（在皮膚上或皮膚上方燃燒乾燥的艾絨）可能燙傷皮膚或引起水皰：應保持距離或使用隔墊，並隨時觀察皮膚。' +
  '皮膚感覺減退處（例如糖尿病周邊神經病變或脊椎手術後）、皮膚破損或有疤痕處，以及無法表達熱感的人，應避免施灸。' +
  '傳統上，孕期避免在下腹部和腰薦部施灸。';

const NO_PLEURA_BELOW_L1 =
  '胸膜通常止於此水平以上（約第12肋），因此針刺胸背部的主要風險——氣胸——在此處不是所關注的問題。';

const SPINAL_CANAL =
  '後正中線上的穴位：深刺時針經棘突之間，穿過棘上韌帶和棘間韌帶，朝向黃韌帶和脊椎管。脊椎管的深度因體型而異，' +
  '瘦人較淺；本圖不提供具體數值。應嚴格按教科書深度進針（Deadman；CAM），針尖略向上。';

const LUMBAR_SHU_RANGE = '腰部背俞穴的教科書所載範圍（Deadman；CAM）。';
const TEXTBOOK = '教科書所載範圍（Deadman；CAM）。';
const TEXTBOOK_MOXA = '教科書所載範圍（Deadman；CAM）。傳統上此處常用艾灸。';
const ERECTOR_LUMBAR = '豎脊肌；腰神經後支及腰動、靜脈。';
const UPWARD = '直刺或稍斜刺，針尖略向上';
const INTO_FORAMEN = '直刺，刺入薦骨後孔';
const FORAMEN_FOUND = '教科書所載範圍（Deadman；CAM）。透過觸診尋找薦骨後孔；針須刺入孔中，而非碰到骨面。';
const FORAMEN_DEPTH = '薦骨後孔穿過薦骨通向骨盆腔；應嚴格按教科書深度進針。';
const SCIATIC_SENSATION = '針觸及神經時，會出現沿下肢向下放射的銳利觸電感。';
const SACRAL_FORAMEN_NOTE = (code: string): string =>
  `${code}刺入薦骨後孔；薦神經根從孔中穿過，孔的深處為骨盆腔。`;
const SACRAL_CT = (code: string, depth: string): string =>
  `CT研究（100名成人）：${code}的有效深度（軟組織厚度加薦骨厚度的一半，針斜向刺入薦骨後孔）為${depth}。`;
const KIDNEY_MRI =
  '140名成人的MRI研究：在BL23直刺時，最先面臨風險的結構（腎臟或腹腔）的深度為女性8.0\u00a0±\u00a01.2\u00a0cm、男性10.0\u00a0±\u00a01.1\u00a0cm；' +
  '體重過低的成人為7.0\u00a0±\u00a01.0\u00a0cm。';
const BETWEEN_LAMINAE = (levels: string): string =>
  `針在穴位下方先遇到棘突之間的韌帶；更深處，在${levels}之間，為脊椎管。`;

const BLADDER = '足太陽膀胱經';
const GALLBLADDER = '足少陽膽經';
const GOVERNOR = '督脈';
const EXTRA = '經外奇穴';

const texts: ContentTexts = {
  // ---- GV4 ------------------------------------------------------------------------------
  'point.GV4.english': '生命之門',
  'point.GV4.channel': GOVERNOR,
  'point.GV4.role':
    '位於脊椎第2腰椎處的局部穴位。傳統上用於溫腎、補腎，治療慢性腰痛和腰部僵硬，常配合艾灸；與BL23、BL52同一水平。',
  'point.GV4.location.practitioner':
    '在脊椎區，第2腰椎棘突下凹陷中，後正中線上（在兩髂嵴最高點連線所平的第4腰椎棘突之上兩個棘突）。' +
    '同一水平，BL23在其旁開1.5寸，BL52在其旁開3寸。',
  'point.GV4.location.patient':
    '在後腰正中，第二節腰椎骨突下方的小凹陷處，大約在兩側胯骨最高點連線以上兩節脊椎。',
  'point.GV4.needling.angle': UPWARD,
  'point.GV4.needling.notes': '教科書所載範圍（Deadman；CAM）。傳統上此處常用艾灸，尤其適用於慢性、寒性腰痛。',
  'point.GV4.cautions.pregnancy': PREGNANCY_LUMBOSACRAL,
  'point.GV4.cautions.depth': SPINAL_CANAL + '在第2腰椎水平，部分人的脊髓下端仍可能位於脊椎管內。' + NO_PLEURA_BELOW_L1,
  'point.GV4.cautions.structures': '棘上韌帶和棘間韌帶；腰神經後支及伴行血管。',
  'point.GV4.cautions.moxibustion': MOXIBUSTION,

  // ---- GV3 ------------------------------------------------------------------------------
  'point.GV3.english': '腰部陽氣之關',
  'point.GV3.channel': GOVERNOR,
  'point.GV3.role':
    '位於脊椎第4腰椎處的局部穴位，傳統上用於腰薦部疼痛（疼痛可放射至下肢）；為腰痛研究中的常用穴位之一（Lee 2012）。',
  'point.GV3.location.practitioner':
    '在脊椎區，第4腰椎棘突下凹陷中，後正中線上；第4腰椎位於兩髂嵴最高點的連線上。',
  'point.GV3.location.patient': '在後腰正中，兩側胯骨最高點的連線上，那裡脊椎骨突下方的凹陷處。',
  'point.GV3.needling.angle': UPWARD,
  'point.GV3.needling.notes': TEXTBOOK_MOXA,
  'point.GV3.cautions.pregnancy': PREGNANCY_LUMBOSACRAL,
  'point.GV3.cautions.depth': SPINAL_CANAL + NO_PLEURA_BELOW_L1,
  'point.GV3.cautions.structures': '棘上韌帶和棘間韌帶；腰神經後支及伴行血管；脊椎管深處為包含馬尾的硬膜囊。',
  'point.GV3.cautions.moxibustion': MOXIBUSTION,

  // ---- BL23 -----------------------------------------------------------------------------
  'point.BL23.english': '腎氣輸注之處',
  'point.BL23.channel': BLADDER,
  'point.BL23.role':
    '腎的背俞穴；中醫傳統理論認為「腰為腎之府」。為腰痛研究中最常用的穴位之一（Lee 2012）。',
  'point.BL23.location.practitioner':
    '在脊椎區，第2腰椎棘突下緣水平，後正中線旁開1.5寸（後正中線至肩胛骨內側緣距離的一半）。與GV4、BL52同一水平。',
  'point.BL23.location.patient': '在脊椎兩側，離正中約兩橫指，與第二節腰椎同高，在脊椎旁那條隆起的肌肉上。',
  'point.BL23.needling.angle': '直刺',
  'point.BL23.needling.notes':
    LUMBAR_SHU_RANGE + '因深部有腎臟，不可超過此深度，瘦人應更淺。傳統上常用艾灸。',
  'point.BL23.cautions.pregnancy': PREGNANCY_LUMBOSACRAL,
  'point.BL23.cautions.depth': '腎臟位於此穴深部：深直刺（尤其是瘦人）可能刺傷腎臟。' + NO_PLEURA_BELOW_L1,
  'point.BL23.cautions.structures': ERECTOR_LUMBAR,
  'point.BL23.cautions.moxibustion': MOXIBUSTION,

  // ---- BL24 -----------------------------------------------------------------------------
  'point.BL24.english': '氣海之氣輸注之處',
  'point.BL24.channel': BLADDER,
  'point.BL24.role':
    '位於第3腰椎旁的局部穴位，傳統上用於腰痛和腰部無力；為腰痛研究中的常用穴位之一（Lee 2012）。',
  'point.BL24.location.practitioner': '在脊椎區，第3腰椎棘突下緣水平，後正中線旁開1.5寸。',
  'point.BL24.location.patient': '在脊椎兩側，離正中約兩橫指，比腎俞穴（BL23）低一節脊椎。',
  'point.BL24.needling.angle': '直刺',
  'point.BL24.needling.notes': LUMBAR_SHU_RANGE,
  'point.BL24.cautions.pregnancy': PREGNANCY_LUMBOSACRAL,
  'point.BL24.cautions.depth': '腎臟下極可達第3腰椎水平，右側尤其如此；應嚴格按教科書深度進針。' + NO_PLEURA_BELOW_L1,
  'point.BL24.cautions.structures': ERECTOR_LUMBAR,

  // ---- BL25 -----------------------------------------------------------------------------
  'point.BL25.english': '大腸之氣輸注之處',
  'point.BL25.channel': BLADDER,
  'point.BL25.role':
    '大腸的背俞穴，位於第4腰椎水平，許多腰痛正發生在這一節段；為腰痛研究中最常用的穴位之一（Lee 2012）。',
  'point.BL25.location.practitioner':
    '在脊椎區，第4腰椎棘突下緣水平（兩髂嵴最高點連線上），後正中線旁開1.5寸。',
  'point.BL25.location.patient': '在脊椎兩側，離正中約兩橫指，與兩側胯骨最高點同高。',
  'point.BL25.needling.angle': '直刺',
  'point.BL25.needling.notes': '腰部背俞穴的教科書所載範圍（Deadman；CAM）；部分文獻認為此處肌肉較厚，可刺得更深。',
  'point.BL25.cautions.pregnancy': PREGNANCY_LUMBOSACRAL,
  'point.BL25.cautions.depth':
    '位於腎臟通常所在水平以下；深刺時針穿過較厚的背部肌肉，朝向橫突。' + NO_PLEURA_BELOW_L1,
  'point.BL25.cautions.structures': ERECTOR_LUMBAR,

  // ---- BL26 -----------------------------------------------------------------------------
  'point.BL26.english': '關元之氣輸注之處',
  'point.BL26.channel': BLADDER,
  'point.BL26.role':
    '位於第5腰椎旁的局部穴位，傳統上用於下腰部及腰薦部疼痛；為腰痛研究中的常用穴位之一（Lee 2012）。',
  'point.BL26.location.practitioner': '在脊椎區，第5腰椎棘突下緣水平，後正中線旁開1.5寸。',
  'point.BL26.location.patient': '在脊椎兩側，離正中約兩橫指，在兩側胯骨最高點連線以下一節脊椎。',
  'point.BL26.needling.angle': '直刺',
  'point.BL26.needling.notes': LUMBAR_SHU_RANGE,
  'point.BL26.cautions.pregnancy': PREGNANCY_LUMBOSACRAL,
  'point.BL26.cautions.depth': '位於腎臟以下；深刺時針穿過較厚的背部肌肉，朝向腰薦關節。' + NO_PLEURA_BELOW_L1,
  'point.BL26.cautions.structures': '豎脊肌；下位腰神經後支及伴行血管。',

  // ---- BL52 -----------------------------------------------------------------------------
  'point.BL52.english': '藏志之室',
  'point.BL52.channel': BLADDER,
  'point.BL52.role':
    '位於膀胱經第2側線上、第2腰椎水平的局部穴位，與BL23同高；傳統上與BL23配伍，補腎以治慢性腰痛。',
  'point.BL52.location.practitioner':
    '在腰區，第2腰椎棘突下緣水平，後正中線旁開3寸（在肩胛骨內側緣的垂直線上）。與GV4、BL23同一水平。',
  'point.BL52.location.patient': '在後背兩側，離脊椎正中約四橫指，與第二節腰椎同高。',
  'point.BL52.needling.angle': '直刺或向脊椎方向斜刺',
  'point.BL52.needling.notes': '教科書所載範圍（Deadman；CAM）。因深部有腎臟，瘦人宜淺刺，並使針尖斜向脊椎。',
  'point.BL52.cautions.pregnancy': PREGNANCY_LUMBOSACRAL,
  'point.BL52.cautions.depth':
    '腎臟位於此穴深部，瘦人在此處腎臟距皮膚比BL23處更近：深直刺可能刺傷腎臟。' + NO_PLEURA_BELOW_L1,
  'point.BL52.cautions.structures': '背闊肌、豎脊肌和腰方肌；腰神經後支的外側支。',

  // ---- BL31 to BL34 ---------------------------------------------------------------------
  'point.BL31.english': '上部的骨孔',
  'point.BL31.channel': BLADDER,
  'point.BL31.role':
    '位於第1薦骨後孔處的薦部局部穴位。古代治療腰痛的處方常將BL31至BL34這四個「髎」穴合用（Park 2024）；' +
    '傳統上用於腰薦部和薦髂部疼痛。',
  'point.BL31.location.practitioner':
    '在薦部，正對第1薦骨後孔中：四個薦骨後孔中最高的一個，約在BL32上方一橫指處，離正中線稍遠。',
  'point.BL31.location.patient':
    '在脊椎底部那塊扁平的骨頭（薦骨）上。薦骨兩側各有四個上下排列的小凹陷，此穴在最上面的一個，' +
    '位於胯骨後方的小窩與脊椎之間。',
  'point.BL31.needling.angle': INTO_FORAMEN,
  'point.BL31.needling.notes': FORAMEN_FOUND,
  'point.BL31.cautions.pregnancy': PREGNANCY_FORBIDDEN_POINT('BL31') + PREGNANCY_LUMBOSACRAL,
  'point.BL31.cautions.depth': FORAMEN_DEPTH + '此水平無胸膜或腎臟。',
  'point.BL31.cautions.structures': '第1薦神經後支經此孔穿出，伴有外側薦動、靜脈。',

  'point.BL32.english': '第二個骨孔',
  'point.BL32.channel': BLADDER,
  'point.BL32.role':
    '位於第2薦骨後孔處的薦部局部穴位，是古代處方合用的四個「髎」穴（BL31至BL34）之一（Park 2024）；' +
    '傳統上用於腰薦部疼痛；為腰痛研究中的常用穴位之一（Lee 2012）。',
  'point.BL32.location.practitioner':
    '在薦部，正對第2薦骨後孔中，約在髂後上棘與第2薦椎棘突之間的中點（第2薦椎與髂後上棘下緣同高）。',
  'point.BL32.location.patient':
    '在脊椎底部那塊扁平的骨頭（薦骨）上，在胯骨後方的小窩與脊椎正中之間的小凹陷處。',
  'point.BL32.needling.angle': INTO_FORAMEN,
  'point.BL32.needling.notes': FORAMEN_FOUND,
  'point.BL32.cautions.pregnancy': PREGNANCY_FORBIDDEN_POINT('BL32') + PREGNANCY_LUMBOSACRAL,
  'point.BL32.cautions.depth': FORAMEN_DEPTH + '此水平無胸膜或腎臟。',
  'point.BL32.cautions.structures': '第2薦神經後支經此孔穿出；伴行外側薦動、靜脈。',

  'point.BL33.english': '中部的骨孔',
  'point.BL33.channel': BLADDER,
  'point.BL33.role':
    '位於第3薦骨後孔處的薦部局部穴位，是古代治療腰痛的處方合用的四個「髎」穴（BL31至BL34）之一（Park 2024）。',
  'point.BL33.location.practitioner': '在薦部，正對第3薦骨後孔中，在BL32下方，離正中線稍近。',
  'point.BL33.location.patient':
    '在薦骨上，薦骨兩側各有四個上下排列的小凹陷，此穴在第三個，略低於胯骨後方小窩的高度。',
  'point.BL33.needling.angle': INTO_FORAMEN,
  'point.BL33.needling.notes': '教科書所載範圍（Deadman；CAM）。透過觸診尋找薦骨後孔。',
  'point.BL33.cautions.pregnancy': PREGNANCY_LUMBOSACRAL,
  'point.BL33.cautions.depth': FORAMEN_DEPTH,
  'point.BL33.cautions.structures': '第3薦神經後支經此孔穿出，伴有外側薦動、靜脈。',

  'point.BL34.english': '下部的骨孔',
  'point.BL34.channel': BLADDER,
  'point.BL34.role':
    '位於第4薦骨後孔處的薦部局部穴位，是古代治療腰痛的處方合用的四個「髎」穴（BL31至BL34）中最低的一個（Park 2024）。',
  'point.BL34.location.practitioner': '在薦部，正對第4薦骨後孔中，約與薦骨裂孔同高，緊靠正中線旁。',
  'point.BL34.location.patient':
    '在薦骨下部，薦骨兩側各四個小凹陷中最下面的一個，就在臀溝上端的稍上方、稍外側。',
  'point.BL34.needling.angle': INTO_FORAMEN,
  'point.BL34.needling.notes': '教科書所載範圍（Deadman；CAM）。透過觸診尋找薦骨後孔。',
  'point.BL34.cautions.pregnancy': PREGNANCY_LUMBOSACRAL,
  'point.BL34.cautions.depth': FORAMEN_DEPTH,
  'point.BL34.cautions.structures': '第4薦神經後支經此孔穿出，伴有外側薦動、靜脈。',

  // ---- BL28, BL54, GB30 -----------------------------------------------------------------
  'point.BL28.english': '膀胱之氣輸注之處',
  'point.BL28.channel': BLADDER,
  'point.BL28.role':
    '膀胱的背俞穴，位於薦骨上、薦髂關節區域；傳統上用於腰薦部和薦髂部疼痛。古代處方將其與GV2配伍（Park 2024）。',
  'point.BL28.location.practitioner':
    '在薦部，平第2薦骨後孔，薦骨正中嵴旁開1.5寸（與BL32及髂後上棘下緣同高）。',
  'point.BL28.location.patient': '在骨盆後面，離薦骨正中約兩橫指，與胯骨後方的小窩同高。',
  'point.BL28.needling.angle': '直刺或斜刺',
  'point.BL28.needling.notes': '教科書所載範圍（CAM）。',
  'point.BL28.cautions.pregnancy': PREGNANCY_LUMBOSACRAL,
  'point.BL28.cautions.depth': '骨骼（薦骨和薦髂關節）緊貼其下；此水平無胸膜或腎臟。',
  'point.BL28.cautions.structures': '豎脊肌及臀大肌起點；薦神經後支的外側支（臀中皮神經）。',

  'point.BL54.english': '諸穴排列之邊',
  'point.BL54.channel': BLADDER,
  'point.BL54.role': '位於薦骨下部旁、臀部的穴位，傳統上用於腰薦部疼痛，以及放射至臀部和下肢的疼痛。',
  'point.BL54.location.practitioner':
    '在臀區，平第4薦骨後孔，薦骨正中嵴旁開3寸；實際操作中取薦骨裂孔旁開3寸。',
  'point.BL54.location.patient': '在臀部，離薦骨下端約四橫指，就在臀溝上端的稍上方。',
  'point.BL54.needling.angle': '直刺',
  'point.BL54.needling.notes':
    '教科書所載範圍（CAM）；因臀部肌肉較厚，部分文獻記載更深的刺法。針的長度須與體型相適應。',
  'point.BL54.cautions.pregnancy': PREGNANCY_LUMBOSACRAL,
  'point.BL54.cautions.structures':
    '坐骨神經以及臀下神經、臀下動靜脈在此區域深部、梨狀肌下方走行。若突然出現沿下肢向下放射的觸電感，' +
    '表示針已觸及神經：此時不可在該處用力行針。',

  'point.GB30.english': '環曲跳躍之樞',
  'point.GB30.channel': GALLBLADDER,
  'point.GB30.role':
    '位於髖部上方、臀部的穴位，傳統上用於向下肢放射的腰腿痛（坐骨神經痛）；為腰痛研究中最常用的穴位之一（Lee 2012）。',
  'point.GB30.location.practitioner':
    '在臀區，股骨大轉子最凸點與薦骨裂孔連線的外1/3與內2/3交點處。WHO 2008還記載了一個備選位置：' +
    '從股骨大轉子向髂前上棘方向的1/3處。',
  'point.GB30.location.patient': '在臀部外側，從髖部側面的骨突起向脊椎底部方向約三分之一處。',
  'point.GB30.needling.angle': '直刺',
  'point.GB30.needling.notes':
    '教科書所載範圍（Deadman；CAM）；通常取側臥位，上側髖、膝屈曲。因臀部肌肉厚，需用長針。',
  'point.GB30.cautions.structures':
    '坐骨神經位於此穴深部，伴有臀下神經及臀下動靜脈。若出現沿下肢向下放射的銳利觸電感，表示針已觸及神經：' +
    '此時不可在該處提插。',
  'point.GB30.marker.1.label': 'WHO備選位置',

  // ---- Extra points on the back ---------------------------------------------------------
  'point.EX-B2.english': '脊椎兩旁之穴（華佗夾脊）',
  'point.EX-B2.channel': EXTRA,
  'point.EX-B2.role':
    '緊靠脊椎兩旁的一排穴位；腰段（第1至第5腰椎）按疼痛所在節段選取，在現代腰痛臨床和試驗中很常用。',
  'point.EX-B2.location.practitioner':
    '在脊椎區，第1胸椎至第5腰椎棘突下緣兩側，後正中線旁開0.5寸，一側17穴（依GB/T 12346，2006年版）；' +
    'Deadman記為旁開0.5至1寸。圖中僅顯示腰段穴位（第1至第5腰椎），取旁開0.5寸。經外奇穴：不屬於WHO 2008標準。',
  'point.EX-B2.location.patient':
    '緊挨著脊椎的一排點，離正中約半個拇指寬，每節腰椎旁各一個，左右兩側都有。',
  'point.EX-B2.needling.angle': '直刺或向脊椎方向稍斜刺',
  'point.EX-B2.needling.notes':
    '教科書所載範圍（Deadman；CAM）；部分文獻允許腰段刺至約1.5寸。此處切勿向外側斜刺。',
  'point.EX-B2.cautions.pregnancy': PREGNANCY_LUMBOSACRAL,
  'point.EX-B2.cautions.depth':
    '深刺且針尖斜向內側時，針可能從椎板之間穿過，朝向脊椎管。胸段夾脊穴（圖中未顯示）有氣胸風險；' +
    '在第1至第5腰椎水平，針不會觸及胸膜，腎臟則位於更外側。',
  'point.EX-B2.cautions.structures': '脊神經後支及其伴行血管；深部為關節突關節和椎板。',

  'point.EX-B7.english': '腰部兩側的凹陷',
  'point.EX-B7.channel': EXTRA,
  'point.EX-B7.role':
    '位於第4腰椎水平、後腰兩側凹陷處的局部經外奇穴，傳統上用於腰痛，常配合艾灸或按揉。',
  'point.EX-B7.location.practitioner':
    '在腰區，第4腰椎棘突下緣水平，後正中線旁開約3.5寸，俯臥時出現的凹陷中。經外奇穴，依GB/T 12346（2006年版）。',
  'point.EX-B7.location.patient': '後腰兩側的兩個凹陷，與胯骨最高點同高，趴著時就能看到。',
  'point.EX-B7.needling.angle': '直刺',
  'point.EX-B7.needling.notes':
    '各教科書數值不一（中文教科書約直刺1至1.5寸，部分更深）。傳統上此處常用艾灸。',
  'point.EX-B7.cautions.pregnancy': PREGNANCY_LUMBOSACRAL,
  'point.EX-B7.cautions.depth':
    '腎臟通常止於此水平以上，但仍應嚴格按教科書深度進針，瘦人尤須注意；更深處為腰方肌，再深即腹腔。' +
    NO_PLEURA_BELOW_L1,
  'point.EX-B7.cautions.structures': '背闊肌和髂肋肌；下位胸神經和上位腰神經後支的外側支。',
  'point.EX-B7.cautions.moxibustion': MOXIBUSTION,

  'point.EX-B8.english': '第十七節脊椎（第5腰椎）',
  'point.EX-B8.channel': EXTRA,
  'point.EX-B8.role':
    '位於腰薦結合處正中線上的局部經外奇穴（從第1胸椎算起，第5腰椎為第十七椎），傳統上用於腰薦部疼痛。',
  'point.EX-B8.location.practitioner':
    '在腰區，後正中線上，第5腰椎棘突下凹陷中，腰薦結合處。經外奇穴，依GB/T 12346（2006年版）。',
  'point.EX-B8.location.patient': '在後腰正中，最後一節腰椎下方的凹陷處，薦骨的上端。',
  'point.EX-B8.needling.angle': UPWARD,
  'point.EX-B8.needling.notes': '教科書所載範圍；各教科書數值略有差異。',
  'point.EX-B8.cautions.pregnancy': PREGNANCY_LUMBOSACRAL,
  'point.EX-B8.cautions.depth': SPINAL_CANAL + NO_PLEURA_BELOW_L1,
  'point.EX-B8.cautions.structures': '棘上韌帶和棘間韌帶；脊椎管深處為包含馬尾的硬膜囊。',

  // ---- Buttock and thigh ----------------------------------------------------------------
  'point.BL36.english': '承托臀部之處',
  'point.BL36.channel': BLADDER,
  'point.BL36.role': '位於臀下橫紋處的膀胱經穴位，傳統上用於放射至臀部及大腿後側的腰痛。',
  'point.BL36.location.practitioner': '在股後區，臀溝的中點，臀部下緣。',
  'point.BL36.location.patient': '在屁股下方那道橫紋的正中。',
  'point.BL36.needling.angle': '直刺',
  'point.BL36.needling.notes': TEXTBOOK,
  'point.BL36.cautions.structures':
    '坐骨神經在此穴深部走行，較淺層有股後皮神經。若出現沿下肢向下放射的觸電感，表示針已觸及神經。',

  'point.BL37.english': '肌肉豐厚處之門',
  'point.BL37.channel': BLADDER,
  'point.BL37.role': '位於大腿後側的膀胱經穴位，傳統上用於伴有下肢後側疼痛或僵硬的腰痛。',
  'point.BL37.location.practitioner':
    '在股後區，臀溝下6寸，股二頭肌與半腱肌之間（BL36與BL40連線中點上1寸）。',
  'point.BL37.location.patient': '在大腿後側正中，從屁股下方橫紋到膝蓋後面橫紋，往下不到一半的地方。',
  'point.BL37.needling.angle': '直刺',
  'point.BL37.needling.notes': TEXTBOOK,
  'point.BL37.cautions.structures':
    '坐骨神經在此處膕旁肌之間的深部走行；若出現沿下肢向下放射的觸電感，表示針已觸及神經。',

  'point.GB31.english': '風邪聚散之處',
  'point.GB31.channel': GALLBLADDER,
  'point.GB31.role':
    '位於大腿外側的穴位，傳統上用於大腿外側的疼痛、麻木和無力，例如腰痛沿下肢外側向下放射時。',
  'point.GB31.location.practitioner':
    '在股部外側，髂脛束後緣凹陷中，直立、兩臂自然下垂於體側時中指尖所到處（WHO 2008）。WHO 2008將其定於膕橫紋上9寸、GB32上2寸' +
    '（股骨大轉子至膕橫紋為19寸）。較早的教科書（Deadman；CAM）記為膕橫紋上7寸。',
  'point.GB31.location.patient': '在大腿外側，站直、雙臂自然下垂時，中指指尖大約碰到的地方。',
  'point.GB31.needling.angle': '直刺',
  'point.GB31.needling.notes': TEXTBOOK,
  'point.GB31.cautions.structures': '髂脛束，其下為股外側肌；股外側皮神經及旋股外側動靜脈的分支。',
  'point.GB31.marker.0.approximate':
    '高度按WHO 2008的骨度分寸確定（股骨大轉子下19寸中的10寸，即膕橫紋上9寸；在此人體上，垂手時中指尖也在同一高度）；' +
    '「髂脛束後緣」須靠觸摸確定，向後0.5寸的偏移只是估計。',

  // ---- Knee and calf --------------------------------------------------------------------
  'point.BL40.english': '膕窩正中',
  'point.BL40.channel': BLADDER,
  'point.BL40.role':
    '治療腰背的經典遠端穴位：傳統上為腰背部的「總穴」（「腰背委中求」）。在Lee 2012所回顧的53項腰痛研究中，' +
    '屬於最常選用的穴位之一。',
  'point.BL40.location.practitioner': '在膝後區，膕橫紋中點，股二頭肌肌腱與半腱肌肌腱之間。',
  'point.BL40.location.patient': '在膝蓋後面那道橫紋的正中。',
  'point.BL40.needling.angle': '直刺',
  'point.BL40.needling.notes':
    '教科書所載範圍（Deadman；CAM）。古代文獻還記載在此處點刺淺表靜脈、放出幾滴血以治療急性腰痛，這是一種專門技術。',
  'point.BL40.cautions.structures':
    '脛神經以及更深處的膕靜脈和膕動脈就在此穴正下方。應先觸摸動脈搏動，輕柔進針，避免深刺或強力手法。' +
    '若此處有搏動性腫塊（可能為膕動脈瘤），或小腿腫脹、發熱或疼痛（可能為深部靜脈血栓），切勿在此針刺或按壓：' +
    '這些情況需要就醫。',

  'point.BL55.english': '陽氣會合之處',
  'point.BL55.channel': BLADDER,
  'point.BL55.role':
    '位於小腿上部的膀胱經穴位，傳統上用於沿下肢後側向下放射的腰痛。常見的居家穴位按壓建議中所說的' +
    '「膝蓋下方的小腿處」即指此穴。',
  'point.BL55.location.practitioner':
    '在小腿後區，腓腸肌內、外側頭之間，膕橫紋下2寸（BL40下2寸，在BL40與BL57的連線上）。',
  'point.BL55.location.patient':
    '在小腿後面，膝蓋後面橫紋中點往下約三橫指，兩塊小腿肌肉之間的溝裡。',
  'point.BL55.needling.angle': '直刺',
  'point.BL55.needling.notes': TEXTBOOK,
  'point.BL55.cautions.structures': '小隱靜脈和腓腸內側皮神經在淺層走行；脛神經和膕血管位於小腿上部深處。',

  'point.BL57.english': '承接小腿肚之處',
  'point.BL57.channel': BLADDER,
  'point.BL57.role': '位於小腿的膀胱經遠端穴位，傳統上用於腰痛，以及小腿和下肢的抽筋或疼痛。',
  'point.BL57.location.practitioner':
    '在小腿後區，腓腸肌兩肌腹與跟腱交角處：伸直小腿、足跟上提時出現的尖角凹陷的頂點。' +
    '約在膕橫紋下8寸，膕橫紋與外踝尖水平線的中點。',
  'point.BL57.location.patient':
    '在小腿後面，膝蓋後面橫紋與腳踝之間約一半處，小腿肚肌肉變為肌腱的地方：踮起腳尖時出現的倒「V」字形的尖端。',
  'point.BL57.needling.angle': '直刺',
  'point.BL57.needling.notes': TEXTBOOK,
  'point.BL57.cautions.structures':
    '腓腸神經和小隱靜脈在小腿中部靠近皮膚處走行；脛神經和脛後動靜脈位於比目魚肌下方的深處。',

  'point.BL58.english': '飛騰上揚',
  'point.BL58.channel': BLADDER,
  'point.BL58.role': '膀胱經的絡穴，位於小腿外後側，傳統上用於伴有下肢沉重或疼痛的腰背痛。',
  'point.BL58.location.practitioner':
    '在小腿後區，腓腸肌外側頭下緣與跟腱之間，平BL60上7寸：在BL57外側、約下1寸處。',
  'point.BL58.location.patient':
    '在小腿外後側，比小腿中部稍低、稍偏外，小腿肚肌肉逐漸變薄、移行為肌腱的地方。',
  'point.BL58.needling.angle': '直刺',
  'point.BL58.needling.notes': TEXTBOOK,
  'point.BL58.cautions.structures': '腓腸外側皮神經；附近有小隱靜脈。',

  'point.BL59.english': '足跗的陽側',
  'point.BL59.channel': BLADDER,
  'point.BL59.role': '陽蹻脈的郄穴，位於小腿下部，傳統上用於急性腰痛，以及小腿疼痛、沉重。',
  'point.BL59.location.practitioner': '在小腿後區，腓骨與跟腱之間，BL60直上3寸。',
  'point.BL59.location.patient': '在小腿下部外後側，外踝骨與跟腱之間的凹陷往上約四橫指處。',
  'point.BL59.needling.angle': '直刺',
  'point.BL59.needling.notes': '教科書所載範圍（CAM）。',
  'point.BL59.cautions.structures': '腓腸神經和小隱靜脈在此處緊貼腓骨後方走行。',

  // ---- Lower leg ------------------------------------------------------------------------
  'point.GB34.english': '外側丘陵下的泉',
  'point.GB34.channel': GALLBLADDER,
  'point.GB34.role':
    '位於膝下的遠端穴位；傳統上為八會穴中的「筋會」，用於下肢外側疼痛。為腰痛研究中的常用穴位之一（Lee 2012）。',
  'point.GB34.location.practitioner': '在小腿外側，膝下，腓骨頭前下方凹陷中。',
  'point.GB34.location.patient': '在小腿外側、膝蓋正下方，那裡一個小骨突（腓骨頭）前下方的凹陷處。',
  'point.GB34.needling.angle': '直刺',
  'point.GB34.needling.notes': TEXTBOOK,
  'point.GB34.cautions.structures':
    '腓總神經在腓骨頭後下方繞過腓骨頸，並在此穴附近分為淺支和深支（腓淺神經、腓深神經）；' +
    '若出現沿小腿外側向下放射的觸電感，表示針已觸及神經。附近有脛前返動、靜脈。',
  'point.GB34.marker.0.approximate':
    'WHO將GB34定義為腓骨頭前下方可觸及的凹陷，而非以骨度分寸定位；0.5寸和1寸的偏移只是估計該凹陷的位置。',

  'point.ST36.english': '膝下三寸',
  'point.ST36.channel': '足陽明胃經',
  'point.ST36.role':
    '位於膝下的經典遠端穴位，傳統上用於補益氣血，治療慢性、令人疲憊的疼痛。在古代文獻（Park 2024）以及' +
    'Lee 2012所回顧的韓國研究中，屬於治療腰痛最常用的穴位之一。',
  'point.ST36.location.practitioner':
    '在小腿外側，ST35與ST41連線上，ST35（髕韌帶外側凹陷）下3寸，脛骨前嵴外約一橫指處。',
  'point.ST36.location.patient':
    '在小腿前面，膝蓋骨下方四橫指、小腿骨（脛骨）外側一橫指處的肌肉上。',
  'point.ST36.needling.angle': '直刺',
  'point.ST36.needling.notes': TEXTBOOK_MOXA,
  'point.ST36.cautions.structures': '脛骨前肌；脛前動、靜脈和腓深神經位於深處的骨間膜上。',
  'point.ST36.marker.0.approximate':
    '膝下3寸按骨度分寸確定，此處從髕尖（平ST35）量起；「脛骨前嵴外一橫指」是手指同身寸，圖中按1寸（骨度分寸）繪製。',

  'point.SP6.english': '足三陰經交會處',
  'point.SP6.channel': '足太陰脾經',
  'point.SP6.role':
    '脾、肝、腎三經在小腿內側的交會穴，傳統上加用於伴有腎虛的慢性腰痛，以及隨月經週期出現的腰痛。',
  'point.SP6.location.practitioner':
    '在小腿內側，內踝尖上3寸，脛骨內側緣後際（髕尖至內踝尖為15寸）。',
  'point.SP6.location.patient': '在小腿內側，內踝骨上方四橫指，緊挨著小腿骨（脛骨）邊緣的後面。',
  'point.SP6.needling.angle': '直刺',
  'point.SP6.needling.notes': TEXTBOOK,
  'point.SP6.cautions.pregnancy': PREGNANCY_FORBIDDEN_POINT('SP6'),
  'point.SP6.cautions.structures': '大隱靜脈和隱神經在淺層走行；脛後動靜脈和脛神經位於較深處的脛骨後方。',
  'point.SP6.marker.0.approximate':
    '高度按骨度分寸確定；「脛骨內側緣後際」須靠觸摸確定：圖中標記畫在內踝尖正上方、脛骨內側緣之後。',

  'point.GB39.english': '懸掛的鈴鐺',
  'point.GB39.channel': GALLBLADDER,
  'point.GB39.role':
    '八會穴中的「髓會」，位於小腿外側下部，傳統上用於頸背部疼痛和僵硬，以及下肢外側疼痛。',
  'point.GB39.location.practitioner': '在小腿外側，外踝尖上3寸，腓骨前緣。',
  'point.GB39.location.patient': '在小腿外側下部，外踝骨上方四橫指，緊挨著外側那根細骨（腓骨）的前面。',
  'point.GB39.needling.angle': '直刺',
  'point.GB39.needling.notes': TEXTBOOK,
  'point.GB39.cautions.structures': '腓淺神經在附近淺出；腓骨肌腱位於其後方，脛前動靜脈位於其前方深處。',
  'point.GB39.marker.0.approximate': '高度按骨度分寸確定；「腓骨前緣」須靠觸摸確定，向前0.5寸的偏移只是估計。',

  // ---- Ankle and foot -------------------------------------------------------------------
  'point.BL60.english': '外踝高如崑崙山',
  'point.BL60.channel': BLADDER,
  'point.BL60.role':
    '位於外踝處的膀胱經遠端穴位，傳統上用於腰背疼痛和僵硬；為腰痛研究中最常用的穴位之一（Lee 2012）。',
  'point.BL60.location.practitioner': '在踝區，外踝後方：外踝尖與跟腱之間的凹陷中。',
  'point.BL60.location.patient': '在腳踝外側，踝骨與跟腱之間的凹陷處。',
  'point.BL60.needling.angle': '直刺',
  'point.BL60.needling.notes': TEXTBOOK,
  'point.BL60.cautions.pregnancy': PREGNANCY_FORBIDDEN_POINT('BL60'),
  'point.BL60.cautions.structures': '腓腸神經和小隱靜脈在此穴附近經外踝後方通過。',
  'point.BL60.marker.0.approximate':
    'WHO將BL60定義為外踝尖與跟腱之間、靠觸摸確定的凹陷；圖中標記畫在兩者正中。',

  'point.BL62.english': '伸展之脈',
  'point.BL62.channel': BLADDER,
  'point.BL62.role':
    '位於外踝下方的遠端穴位；傳統上為通陽蹻脈的八脈交會穴，與SI3配伍治療腰背及脊椎的疼痛和僵硬。',
  'point.BL62.location.practitioner': '在踝區，外踝尖直下，外踝下緣與跟骨之間凹陷中。',
  'point.BL62.location.patient': '在外踝骨尖端正下方的小凹陷處。',
  'point.BL62.needling.angle': '直刺或稍向上斜刺',
  'point.BL62.needling.notes': '教科書所載範圍（Deadman；CAM）；骨骼緊貼其下。',
  'point.BL62.cautions.structures':
    '腓腸神經（足背外側皮神經）和小隱靜脈在附近走行；腓骨肌腱位於其上後方。',
  'point.BL62.marker.0.approximate':
    'WHO將BL62定義為外踝正下方的凹陷，而非以骨度分寸定位；0.8寸的偏移只是估計它在外踝尖下方多遠。',

  'point.KI3.english': '大溪流',
  'point.KI3.channel': '足少陰腎經',
  'point.KI3.role':
    '腎經的原穴，位於內踝處，傳統上用於歸因於腎虛的慢性腰痛；為腰痛研究中的常用穴位之一（Lee 2012）。',
  'point.KI3.location.practitioner': '在踝區，內踝後方：內踝尖與跟腱之間的凹陷中。',
  'point.KI3.location.patient': '在腳踝內側，踝骨與跟腱之間的凹陷處。',
  'point.KI3.needling.angle': '直刺',
  'point.KI3.needling.notes': TEXTBOOK,
  'point.KI3.cautions.structures':
    '脛後動靜脈和脛神經緊貼內踝後方、靠近此穴走行：應先觸摸搏動，在其旁進針，不可刺入血管。',
  'point.KI3.marker.0.approximate':
    'WHO將KI3定義為內踝尖與跟腱之間、靠觸摸確定的凹陷；圖中標記畫在兩者正中。',

  'point.LR3.english': '氣血衝要之處',
  'point.LR3.channel': '足厥陰肝經',
  'point.LR3.role':
    '肝經的原穴，位於足部。與LI4合稱傳統的「四關」配穴，用於疼痛和緊張，加用於伴有肌肉緊張或精神壓力的腰痛。',
  'point.LR3.location.practitioner':
    '在足背，第1、2蹠骨間，蹠骨底結合部前方凹陷中，足背動脈搏動處。',
  'point.LR3.location.patient':
    '在腳背上，大腳趾與第二個腳趾之間的溝裡，從趾縫往上滑，直到兩根骨頭相接處：就在相接處前面的凹陷裡。',
  'point.LR3.needling.angle': '直刺或向足底斜刺',
  'point.LR3.needling.notes': TEXTBOOK,
  'point.LR3.cautions.structures':
    '足背動脈（第1蹠背動脈）在此處走行：應先觸摸搏動，在其旁進針。腓深神經與之伴行。',
  'point.LR3.marker.0.approximate':
    'WHO將LR3定義為蹠骨底結合部前方、靠觸摸確定的凹陷；圖中標記畫在從結合部向蹠骨頭方向四分之一處。',

  // ---- Hand and face --------------------------------------------------------------------
  'point.SI3.english': '掌後的溪',
  'point.SI3.channel': '手太陽小腸經',
  'point.SI3.role':
    '位於手部的遠端穴位；傳統上為通督脈（沿脊椎上行）的八脈交會穴，用於急性腰背及頸項疼痛、僵硬，常與BL62配伍。',
  'point.SI3.location.practitioner':
    '在手內側，第5掌指關節尺側近端赤白肉際凹陷中（半握拳時，在遠側掌橫紋的尺側端）。',
  'point.SI3.location.patient':
    '在手掌小指一側的邊緣，小指根部關節的後方，手心皮膚與手背皮膚交界處；輕輕握拳時，就在掌心橫紋的末端。',
  'point.SI3.needling.angle': '直刺，手呈半握拳狀',
  'point.SI3.needling.notes': TEXTBOOK,
  'point.SI3.cautions.structures': '尺神經的指背支和指掌側支；此穴緊貼第5掌骨，位於小魚際肌邊緣。',
  'point.SI3.marker.0.approximate':
    'WHO將SI3定義為第5掌指關節近端的凹陷，而非以骨度分寸定位；0.5寸的偏移只是估計該凹陷的位置。',

  'point.EX-UE7.english': '專治腰痛的手背穴',
  'point.EX-UE7.channel': EXTRA,
  'point.EX-UE7.role':
    '位於手背、因治療腰痛而得名的經外奇穴；傳統上用於急性腰扭傷，在刺激針的同時讓患者輕輕活動腰部。',
  'point.EX-UE7.location.practitioner':
    '在手背，每手兩穴：第2、3掌骨之間及第4、5掌骨之間，腕背側遠端橫紋與掌指關節中點處。' +
    '此定位依GB/T 12346（2006年版）；Deadman所定位置更靠近端，緊靠掌骨底的遠側。',
  'point.EX-UE7.location.patient':
    '在手背上，每隻手兩個點：一個在食指與中指的骨頭之間的溝裡，一個在無名指與小指的骨頭之間的溝裡，' +
    '大約在手腕與指根關節的中間。',
  'point.EX-UE7.needling.angle': '斜刺，由兩側向掌心方向',
  'point.EX-UE7.needling.notes':
    '教科書所載範圍（中文教科書）；部分英文教科書記為直刺0.5至1寸。此處強刺激會引起疼痛。',
  'point.EX-UE7.cautions.structures':
    '伸肌腱、手背靜脈網、骨間背側肌以及橈神經和尺神經的分支。強刺激可使敏感者感到頭暈欲倒。' +
    '傳統手法要求在刺激針的同時讓患者活動腰部，因此應取坐位或有扶持的站位，並有人在旁觀察暈針徵兆；' +
    '易暈針者應取臥位治療，不做活動。',

  'point.LI4.english': '兩骨相合之谷',
  'point.LI4.channel': '手陽明大腸經',
  'point.LI4.role':
    '大腸經的原穴，是治療全身各部位疼痛的經典穴位；治療腰痛時作為通用止痛的遠端穴位加用，常與LR3配伍（「四關」）。',
  'point.LI4.location.practitioner': '在手背，第2掌骨橈側的中點處。',
  'point.LI4.location.patient': '在手背，拇指與食指之間的虎口肌肉上，靠近食指那根長骨的中部。',
  'point.LI4.needling.angle': '直刺',
  'point.LI4.needling.notes': '教科書所載範圍（Deadman；CAM）。此處強刺激會引起疼痛。',
  'point.LI4.cautions.pregnancy': PREGNANCY_FORBIDDEN_POINT('LI4'),
  'point.LI4.cautions.structures':
    '第1骨間背側肌；橈動脈在靠近第1、2掌骨底處從兩骨之間穿向手掌；橈神經淺支的分支。',

  'point.GV26.english': '鼻唇間的溝（又名人中）',
  'point.GV26.channel': GOVERNOR,
  'point.GV26.role':
    '治療急性腰扭傷的經典遠端穴位，古代處方中常與BL40配伍（Park 2024發現GV26屬於最常用的穴位，' +
    'GV26配BL40為主要配伍之一）。其所在的督脈沿脊椎上行。傳統上也是治療暈厥的穴位。',
  'point.GV26.location.practitioner':
    '在面部，人中溝正中線上，鼻底與上唇上緣連線的中點（WHO 2008）。WHO 2008另註明一個備選位置：' +
    '人中溝上1/3與下2/3交界處，部分教科書（CAM、Deadman）即定位於此。',
  'point.GV26.location.patient': '在上嘴唇，鼻子與嘴唇之間那道溝的正中。',
  'point.GV26.needling.angle': '斜刺，針尖向上',
  'point.GV26.needling.notes':
    '教科書所載範圍（Deadman；CAM）。此處針刺疼痛劇烈；治療急性腰扭傷時，在刺激針的同時讓患者輕輕活動腰部。',
  'point.GV26.cautions.structures': '口輪匝肌；上唇動、靜脈；眶下神經分支及面神經頰支。唇部容易出血。',

  'point.CV4.english': '元氣關藏之處',
  'point.CV4.channel': '任脈',
  'point.CV4.role':
    '位於軀幹前面下腹部、與腰部同一水平的穴位；傳統上常配合艾灸，用於補腎、培補元氣，治療慢性、虛弱型腰痛。',
  'point.CV4.location.practitioner': '在下腹部，前正中線上，臍中下3寸（臍中至恥骨聯合上緣為5寸）。',
  'point.CV4.location.patient':
    '在肚子前面的正中線上，肚臍下方四橫指處（四指併攏的寬度是傳統上量取3寸的手測法）。',
  'point.CV4.needling.angle': '直刺',
  'point.CV4.needling.notes':
    '教科書所載範圍（Deadman；CAM），須排空膀胱：患者應先排尿。傳統上此處常用艾灸。',
  'point.CV4.cautions.pregnancy':
    PREGNANCY_FORBIDDEN_POINT('CV4') + 'WHO安全指引（1999）還建議，妊娠早期針刺下腹部穴位應謹慎。',
  'point.CV4.cautions.depth':
    '膀胱充盈時會升至此穴後方；瘦人腹壁較薄，其下即腹膜腔和腸道：應嚴格按教科書深度進針。',
  'point.CV4.cautions.structures': '腹白線；肋下神經（第12胸神經）前皮支；腹壁淺動靜脈和腹壁下動靜脈。',
  'point.CV4.cautions.moxibustion': MOXIBUSTION,

  // ---- Protocols ------------------------------------------------------------------------
  'protocol.chronic-nonspecific.name': '慢性非特異性腰痛',
  'protocol.chronic-nonspecific.rationale':
    '在疼痛節段選取腰椎上及腰椎兩旁的局部穴位，加上膀胱經和腎經在膝、踝部的遠端穴位。除夾脊穴（在現代臨床中常用）外，' +
    '這些穴位都屬於Lee 2012所統計的腰痛研究中的常用穴位。針灸師通常還會加用壓痛的「阿是穴」，阿是穴沒有固定位置，' +
    '因此在清單中加以描述，而不在圖上標出。在GERAC等試驗中，真針刺的效果僅比在非穴位處淺刺略好，' +
    '因此選穴的重要性可能不如這份清單所暗示的那麼大。',
  'protocol.acute-lumbar-strain.name': '急性腰扭傷',
  'protocol.acute-lumbar-strain.rationale':
    '傳統上，剛扭傷的腰首先選用遠離疼痛部位的遠端穴位，在刺激針的同時讓患者輕輕活動、彎曲腰部。' +
    '上唇的GV26配膝後的BL40是經典配伍（Park 2024）。手背的腰痛點是用於同一目的的現代經外奇穴（GB/T 12346）。' +
    'SI3與BL62是經典的八脈交會穴配對：SI3通督脈（沿脊椎循行），BL62通陽蹻脈（沿下肢外側和軀幹側面上行）。' +
    '大多數急性腰痛無論採取何種措施都會在數週內緩解，針刺在此方面的證據稀少，且確定性低（見「關於證據」）。',
  'protocol.sciatica-posterior-leg.name': '腰痛伴腿後側坐骨神經痛',
  'protocol.sciatica-posterior-leg.rationale':
    '按傳統理論，沿下肢後側向下放射的疼痛循膀胱經分佈，因此沿該經從腰部、臀部向下至踝部選穴，' +
    '包括膀胱經在小腿的絡穴BL58。GB30和BL25屬於Lee 2012所統計的腰痛研究中最常用的穴位。' +
    '其中數個穴位位於坐骨神經上方，因此針刺時須謹慎。伴有下肢無力或麻木的坐骨神經痛須先接受醫學評估。',
  'protocol.sciatica-lateral-leg.name': '腰痛伴腿外側疼痛',
  'protocol.sciatica-lateral-leg.rationale':
    '按傳統理論，沿大腿和小腿外側的疼痛循膽經分佈，因此將髖部的GB30、大腿外側的GB31、膝下的GB34和踝上的GB39' +
    '與腰部局部穴位配合使用。GB30和GB34都是Lee 2012所統計的腰痛研究中的常用穴位。',
  'protocol.kidney-pattern.name': '腎虛證配穴（腰部慢性乏力、易疲勞）',
  'protocol.kidney-pattern.rationale':
    '在中醫傳統理論中，腰部長期隱痛、勞累後加重、休息後減輕，歸因於腎虛。此配穴選用腎的背俞穴BL23，' +
    '配同一水平的BL52和GV4、腎經原穴KI3、足三陰經交會的SP6，以及下腹部的CV4，常配合艾灸' +
    '（艾灸須謹慎：燙傷、皮膚麻木、妊娠）。該證型是傳統概念，並非對腎臟疾病的診斷。SP6和CV4傳統上在孕期避免使用。',
  'protocol.acupressure-self-care.name': '可以自己做的穴位按壓',
  'protocol.acupressure-self-care.rationale':
    '以下是您自己夠得著、可以按壓的低風險穴位，與診所網頁上的介紹一致：用指關節或拳頭揉按脊椎旁的後腰（BL23）' +
    '以及其兩側的凹陷（腰眼）；按壓臀部正中（GB30），可以靠在牆上或躺在網球上；輕輕按壓肚臍下方四橫指處' +
    '（CV4：四指併攏的寬度是傳統上量取3寸的方法），但如果您已懷孕或可能懷孕，請不要按壓；按壓膝蓋後面橫紋的正中' +
    '（BL40）和膝蓋下方的小腿處（BL55），但如果膝蓋後面有搏動的腫塊，或小腿腫脹、發熱或疼痛，請不要按壓膝蓋後面；' +
    '一邊慢慢活動腰部，一邊按壓手掌邊緣（SI3）和手背（腰痛點）。力度要穩而舒適，每處約一分鐘，' +
    '避開靜脈曲張、瘀青或皮膚破損的部位。自我按摩可以讓一些人減輕不適，但不能代替治療：如果疼痛劇烈、' +
    '持續不退，或伴有麻木、無力或排尿、排便問題，請找醫療專業人員診治。如果您已懷孕，按壓這些穴位中的任何一個之前，' +
    '請先諮詢針灸師。',

  // ---- Evidence -------------------------------------------------------------------------
  'evidence.title': '關於證據',
  'evidence.disclaimer':
    '本圖僅供學習，不構成醫療建議、診斷或治療方案。腰痛的原因有很多：如果您的腰痛是新出現的、嚴重的或正在加重，' +
    '請就醫；如需針灸，請選擇合格、有執業資格的針灸師。',
  'evidence.section.0.heading': '規模最大的試驗：真針刺、假針刺與常規治療',
  'evidence.section.0.paragraph.0':
    '德國GERAC試驗追蹤了1162名慢性腰痛成人患者。他們接受三種治療之一：傳統針刺；「假」針刺，即在非穴位處淺刺；' +
    '或按指引進行的常規治療（藥物、物理治療和運動）。兩個針刺組各接受10次治療，每次約30分鐘，通常每週兩次。',
  'evidence.section.0.paragraph.1':
    '六個月後，疼痛或腰部功能明顯改善者所佔比例：針刺組為47.6%，假針刺組為44.2%，常規治療組為27.4%。',
  'evidence.section.0.paragraph.2':
    '真針刺與假針刺的結果幾乎相同：兩者之間的微小差異很可能只是偶然造成的（P = .39）。在本試驗中，' +
    '兩個針刺組的效果都好於常規治療組。這顯示，接受針刺本身、治療中得到的關注以及患者的期望，可能比具體選用哪些穴位更重要。',
  'evidence.section.1.heading': '彙整多項試驗的回顧研究怎麼說',
  'evidence.section.1.paragraph.0':
    '2020年的一篇Cochrane系統性回顧納入了33項試驗、8270名無明確病因的慢性腰痛患者。並非每項試驗都能與其他試驗合併：' +
    '下面的每項結果，合併的是以相同方式測量該結果的試驗。',
  'evidence.section.1.paragraph.1':
    '與假針刺相比，在療程剛結束時測量，真針刺可能不會使疼痛減輕到患者能感覺到有意義的程度。',
  'evidence.section.1.paragraph.2':
    '與不治療相比，接受針刺的人在治療剛結束時報告疼痛較輕、日常功能較好。這些試驗無法採用盲法：患者知道自己是否接受了治療，' +
    '因此期望可能解釋了部分差異。與常規治療相比，任何獲益都很小。',
  'evidence.section.1.paragraph.3':
    '該回顧研究將其中大多數結果的證據確定性評為低（GRADE）：真實效果可能與此相差很大，新的試驗可能改變這些結論。',
  'evidence.section.2.heading': '指引怎麼建議：意見並不一致',
  'evidence.section.2.paragraph.0':
    '美國醫師學會（American College of Physicians，2017）建議，對於慢性腰痛，患者和醫師應首先嘗試非藥物治療，' +
    '例如運動、跨領域復健、針刺或正念減壓療法。',
  'evidence.section.2.paragraph.1':
    '為英格蘭國民保健署（NHS）提供指導的NICE在指引NG59（2016年發布，2020年更新）中表示：治療腰痛' +
    '（無論是否伴有坐骨神經痛）時，「不要提供針刺治療」。這推翻了其2009年的建議——當時建議可以考慮一個療程的針刺。' +
    '委員會著重考慮了那些真針刺效果僅比假針刺略好的試驗。',
  'evidence.section.2.paragraph.2':
    '可見，專家組審視相似的研究，卻得出不同的結論。針刺是部分指引納入的選項之一，與保持活動和運動並列，' +
    '並非在所有地方都是首選。',
  'evidence.section.3.heading': '急性腰痛：目前所知',
  'evidence.section.3.paragraph.0':
    '上述試驗和回顧研究針對的都是持續超過三個月的慢性疼痛。對於急性疼痛（例如剛扭傷的腰），針刺的證據很少：' +
    '試驗數量少、規模小，證據確定性低。',
  'evidence.section.3.paragraph.1':
    '大多數急性腰痛無論採用何種治療，都會在幾週內明顯好轉，因此保持活動和時間最為重要。美國醫師學會（2017）建議，' +
    '希望接受治療的急性或亞急性腰痛患者選擇非藥物治療，例如淺表熱敷、按摩、針刺或脊椎推拿，' +
    '並將針刺在這方面的證據評為低品質。NICE NG59建議，任何病程的腰痛都不採用針刺。',
  'evidence.section.3.paragraph.2': '本圖中的「急性腰扭傷」配穴是傳統配穴，而不是經過試驗檢驗的方案。',
  'evidence.section.4.heading': '副作用有多常見',
  'evidence.section.4.paragraph.0':
    '針刺確實有副作用。2021年的一篇回顧研究分析了在不良反應發生時即予記錄的研究，發現每100名患者中約有9人（9.3%）' +
    '出現至少一種。大多數輕微且短暫：一小塊瘀青或一滴血，或針刺處痠痛。有些人治療後會感到疲倦或頭暈。',
  'evidence.section.4.paragraph.1':
    '嚴重事件罕見，約每10,000名患者中有1例，包括胸部或上背部針刺過深導致的肺萎陷（氣胸），以及感染。' +
    '由受過訓練的針灸師操作、使用無菌拋棄式針具並謹慎控制針刺深度，可以降低這些風險。',
  'evidence.section.4.paragraph.2':
    '如果您正在服用抗凝血藥物或有出血性疾病、裝有心律調節器（可能不適合對針通電刺激）、免疫力低下，' +
    '或以前針刺時曾暈倒，請告知針灸師。',
  'evidence.section.5.heading': '妊娠',
  'evidence.section.5.paragraph.0':
    '按照傳統，孕期應避免某些穴位。本圖中的這類穴位有：手部的LI4、小腿內側的SP6、薦部的BL31和BL32、' +
    '踝部的BL60以及肚臍下方的CV4（經典禁穴清單中還有BL67和GB21）。WHO安全指引指出，' +
    '傳統上妊娠早期避免針刺下腹部以及腰薦部的穴位。',
  'evidence.section.5.paragraph.1':
    '2015年的一篇回顧研究彙整了15項試驗、共823名孕婦，這些試驗針刺了上述傳統「禁針」穴位，未發現造成傷害的客觀證據。' +
    '由於研究數量少、規模小，針灸師仍需謹慎。如果您已懷孕或可能懷孕，請在治療前說明。',
  'evidence.section.6.heading': '什麼情況下應先看醫師',
  'evidence.section.6.paragraph.0':
    '如果腰痛伴有以下任何一種警示訊號（「紅旗徵象」），請及時就醫，而不是去做針灸：生殖器或肛門周圍麻木；' +
    '新出現的排尿困難或大小便失控；一側腿部無力、麻木或針刺樣麻感，且正在加重；發燒或全身不適；' +
    '不明原因的體重下降；有癌症病史；50歲以後首次出現的疼痛；長期服用類固醇藥片或削弱免疫力的藥物；' +
    '注射毒品；持續疼痛，休息不能緩解且夜間加重；上背部（脊椎的胸段）疼痛；或嚴重跌倒、事故後出現的疼痛。',
  'evidence.section.6.paragraph.1':
    '指引之所以列出這些訊號，是因為腰痛在少數情況下由骨折、感染、腫瘤或脊椎底部神經受壓（馬尾症候群）引起，' +
    '這些情況需要緊急處理。',
  'evidence.section.7.heading': '關於本圖',
  'evidence.section.7.paragraph.0':
    '圖中顯示的穴位是針灸研究、古代文獻和教科書中治療腰痛的常用穴位。壓痛的「阿是穴」（大多數試驗也會使用）沒有固定位置，' +
    '因此在清單中加以描述，而不在圖上標出。穴位位置是根據體表標誌和比例度量（骨度分寸）計算出來的，因此只是近似位置：' +
    '在真人身上，針灸師要透過觸摸體表標誌來確定每個穴位，有些穴位只定義為手指下可摸到的凹陷。',
  'evidence.section.7.paragraph.1':
    '針刺深度和角度是供受過訓練的針灸師參考的教科書數值。這裡的任何內容都不能告訴您哪些穴位適合您的腰，' +
    '也不能代替醫療專業人員的評估。',

  // ---- What a session is like -----------------------------------------------------------
  'session.heading': '針灸治療是什麼樣的',
  'session.paragraph.0':
    '初診時，針灸師會詢問您的腰痛情況、健康狀況和正在用的藥物，並檢查是否有需要先看醫師的訊號。' +
    '然後您通常會俯臥或側臥，露出腰部和腿部。',
  'session.paragraph.1':
    '針非常細，無菌，只用一次。進針時，大多數人只感到短暫的刺痛，或幾乎沒有感覺。針留在位置上後，' +
    '您可能在針的周圍感到痠脹、沉重、溫熱或向四周擴散的麻感；中醫稱之為「得氣」（即「氣至」）。' +
    '尖銳、灼熱或觸電樣的疼痛不是應有的感覺：請說出來，針灸師會調整針。',
  'session.paragraph.2':
    '留針時間通常為20至30分鐘，您在此期間休息。針灸師可能會輕輕捻轉針，接通微弱電流（電針），' +
    '或使用艾灸等溫熱療法。除背部外，手、膝和踝部的穴位也常被選用。',
  'session.paragraph.3':
    '療程長短不一。在大型GERAC試驗中，參與者接受了10次治療，通常每週兩次，持續約5至6週；診所常建議6至12次。' +
    '治療幾次後，與針灸師一起評估是否有效，是合理的做法。',
  'session.paragraph.4':
    '輕微反應很常見：每100人中約有9人出現至少一種，例如一小塊瘀青、一滴血、針刺處痠痛，或感到疲倦、頭暈。' +
    '如果治療中感到要暈倒，請立即說出來。嚴重問題罕見，約每10,000人中有1例。',
  'session.paragraph.5':
    '如果您已懷孕或可能懷孕、正在服用抗凝血藥物、有出血性疾病、裝有心律調節器或免疫力低下，' +
    '或者對針感到緊張，請告知針灸師。',

  // ---- Ashi -----------------------------------------------------------------------------
  'ashi.english': '壓痛點（「啊，是這裡！」）',
  'ashi.paragraph.0':
    '阿是穴不是固定的穴位。它們是按壓時感覺壓痛、發緊或疼痛的部位，透過觸摸疼痛區域及其周圍來尋找；' +
    '其名稱來自按到該處時患者「啊，是這裡！」的呼聲。',
  'ashi.paragraph.1':
    '治療腰痛時，無論在臨床實踐還是在許多試驗中，通常都會在固定穴位之外，在患者感到痠痛的地方加用阿是穴：' +
    '常見於脊椎兩旁的肌肉、薦骨上或臀部。',
  'ashi.paragraph.2': '由於阿是穴沒有固定位置，本圖在這裡加以描述，而不在圖上標出。',

  // ---- Depth at risk --------------------------------------------------------------------
  'depth.BL23.structure': '腎臟',
  'depth.BL23.note': '在此水平，腎臟位於背部深層肌肉的前方；在BL23深刺或向外斜刺，針可能觸及腎臟。',
  'depth.BL23.published': KIDNEY_MRI,
  'depth.BL52.structure': '腎臟',
  'depth.BL52.note': 'BL52位於腎臟上方：在此處深直刺有傷及腎臟的風險，比在BL23處更大。',
  'depth.BL52.published': KIDNEY_MRI,
  'depth.BL24.structure': '腎臟',
  'depth.BL24.note': '腎臟下極約達第3腰椎水平；在BL24深刺可能接近腎臟。',
  'depth.BL24.published': KIDNEY_MRI,
  'depth.GV3.structure': '脊椎管',
  'depth.GV3.note': BETWEEN_LAMINAE('第4與第5腰椎椎板'),
  'depth.GV4.structure': '脊椎管',
  'depth.GV4.note': BETWEEN_LAMINAE('第2與第3腰椎椎板'),
  'depth.EX-B8.structure': '脊椎管',
  'depth.EX-B8.note': BETWEEN_LAMINAE('第5腰椎椎板與薦骨'),
  'depth.EX-B2.structure': '椎弓',
  'depth.EX-B2.note': '在正中線旁開半寸處，針會觸及椎板；脊神經就在其旁邊離開脊椎。',
  'depth.BL31.structure': '薦骨後孔',
  'depth.BL31.note': SACRAL_FORAMEN_NOTE('BL31'),
  'depth.BL31.published': SACRAL_CT('BL31', '58.2\u00a0±\u00a012.4\u00a0mm'),
  'depth.BL32.structure': '薦骨後孔',
  'depth.BL32.note': SACRAL_FORAMEN_NOTE('BL32'),
  'depth.BL32.published': SACRAL_CT('BL32', '44.6\u00a0±\u00a011.6\u00a0mm'),
  'depth.BL33.structure': '薦骨後孔',
  'depth.BL33.note': SACRAL_FORAMEN_NOTE('BL33'),
  'depth.BL33.published': SACRAL_CT('BL33', '34.0\u00a0±\u00a010.7\u00a0mm'),
  'depth.BL34.structure': '薦骨後孔',
  'depth.BL34.note': SACRAL_FORAMEN_NOTE('BL34'),
  'depth.BL34.published': SACRAL_CT('BL34', '31.1\u00a0±\u00a010.9\u00a0mm'),
  'depth.GB30.structure': '坐骨神經',
  'depth.GB30.note': '坐骨神經在GB30下方的臀部深處、梨狀肌下方走行；' + SCIATIC_SENSATION,
  'depth.BL54.structure': '坐骨神經',
  'depth.BL54.note': '坐骨神經在出骨盆處走行於BL54深部；' + SCIATIC_SENSATION,
  'depth.BL36.structure': '坐骨神經',
  'depth.BL36.note': '坐骨神經在BL36處的臀溝深部走行；' + SCIATIC_SENSATION,
  'depth.BL37.structure': '坐骨神經',
  'depth.BL37.note': '坐骨神經在BL37處的大腿後側深部走行；' + SCIATIC_SENSATION,
  'depth.BL40.structure': '膕血管和脛神經',
  'depth.BL40.note': '在膕窩中，脛神經最表淺，膕靜脈較深，膕動脈最深，緊貼膝關節後面。',
  'depth.BL57.structure': '脛神經',
  'depth.BL57.note': '脛神經和脛後動靜脈在BL57下方的小腿肌肉深處走行。',
  'depth.BL55.structure': '膕血管和脛神經',
  'depth.BL55.note': '在膕窩稍下方、腓腸肌兩頭之間，脛神經和膕血管在BL55深部走行。',
  'depth.SP6.structure': '脛神經',
  'depth.SP6.note': '脛神經和脛後動靜脈在此處的脛骨後方走行；向深處、向後針刺會接近它們。',
  'depth.GB34.structure': '腓總神經',
  'depth.GB34.note': '腓總神經在GB34後下方繞過腓骨頸，並在此處分支；它位置表淺，緊貼皮下。',
  'depth.KI3.structure': '脛神經',
  'depth.KI3.note': '脛神經和脛後動脈經內踝後方通過，緊靠KI3旁。',

  // ---- Anatomy legend -------------------------------------------------------------------
  'anatomy.bone.label': '骨骼',
  'anatomy.bone.holds': '第10胸椎至第5腰椎、薦骨、尾骨、骨盆、股骨、髕骨、脛骨、腓骨、足骨、肩胛骨、第9至第12肋',
  'anatomy.cartilage.label': '椎間盤',
  'anatomy.cartilage.holds': '椎間盤',
  'anatomy.organ.label': '腎臟',
  'anatomy.organ.holds': '雙腎',
  'anatomy.nerve.label': '神經',
  'anatomy.nerve.holds': '坐骨神經、脛神經和腓總神經',
  'anatomy.artery.label': '動脈',
  'anatomy.artery.holds': '膕動脈',
  'anatomy.vein.label': '靜脈',
  'anatomy.vein.holds': '膕靜脈',

  // ---- Channel legend -------------------------------------------------------------------
  'channel.bladder.name': '足太陽膀胱經（第1、第2側線）',
  'channel.governor.name': GOVERNOR,
  'channel.gallbladder.name': GALLBLADDER,
  'channel.kidney.name': '足少陰腎經',
  'channel.stomach.name': '足陽明胃經',
  'channel.spleen.name': '足太陰脾經',
  'channel.liver.name': '足厥陰肝經',
  'channel.large-intestine.name': '手陽明大腸經',
};

export default texts;
