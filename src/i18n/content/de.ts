/**
 * German (de) translation of the catalogue's built-in texts, keyed as `npm run i18n:texts`
 * prints them. Terminology follows German acupuncture textbooks (DÄGfA; the German editions
 * of Deadman): Leitbahn, Lenkergefäß, Zustimmungspunkt (Shu-Punkt des Rückens), B-Cun;
 * anatomy uses the German/Latin terms of German medical usage. Patient texts address the
 * reader with „Sie“. Codes, pinyin, citations and every number keep their values.
 */
import type { ContentTexts } from '../content-texts.js';

// Texts the English repeats word for word share one German text.
const BLADDER = 'Blasen-Leitbahn';
const GALLBLADDER = 'Gallenblasen-Leitbahn';
const GOVERNOR = 'Lenkergefäß (Du Mai)';
const EXTRA = 'Extrapunkte';

const PERPENDICULAR = 'senkrecht';
const UPWARD_SLIGHTLY = 'senkrecht oder leicht schräg, etwas nach oben gerichtet';
const INTO_FORAMEN = 'senkrecht, in das Foramen';

const TEXTBOOK = 'Tiefe nach Lehrbuch (Deadman; CAM).';
const TEXTBOOK_CAM = 'Tiefe nach Lehrbuch (CAM).';
const TEXTBOOK_SHU = 'Tiefe nach Lehrbuch für die lumbalen Zustimmungspunkte (Deadman; CAM).';
const TEXTBOOK_MOXA = 'Tiefe nach Lehrbuch (Deadman; CAM). Traditionell wird hier Moxibustion angewandt.';
const TEXTBOOK_FORAMEN_STRIKE =
  'Tiefe nach Lehrbuch (Deadman; CAM). Das Foramen wird ertastet; die Nadel muss in das Foramen eindringen, statt auf den Knochen zu treffen.';
const TEXTBOOK_FORAMEN = 'Tiefe nach Lehrbuch (Deadman; CAM). Das Foramen wird ertastet.';

const PREGNANCY_LUMBOSACRAL =
  'Tradition: Die Sicherheitsleitlinien der WHO (1999) halten fest, dass lumbosakrale Punkte in der Frühschwangerschaft traditionell gemieden werden. ' +
  'Evidenz: Eine Übersichtsarbeit von 2015 über Studien, in denen traditionell „verbotene“ Punkte in der Schwangerschaft genadelt wurden ' +
  '(Carr; 15 Studien, 823 Frauen), fand keinen objektiven Hinweis auf Schaden, doch die Datenlage ist begrenzt; Behandelnde gehen daher weiterhin vorsichtig vor.';

/** The classical list of points avoided in pregnancy, said of `code`; `others` are the rest of the list. */
function classicalPregnancyList(code: string, others: string): string {
  return (
    `Tradition: ${code} steht auf der klassischen Liste der Punkte, die in der Schwangerschaft traditionell gemieden werden (zusammen mit ${others}). ` +
    'Evidenz: Eine Übersichtsarbeit von 2015 über Studien, in denen diese Punkte in der Schwangerschaft genadelt wurden ' +
    '(Carr; 15 Studien, 823 Frauen), fand keinen objektiven Hinweis auf Schaden; die Datenlage ist begrenzt, Behandelnde gehen daher weiterhin vorsichtig vor.'
  );
}

const MOXIBUSTION =
  'Moxibustion (Abbrennen von getrocknetem Beifuß auf oder über der Haut) kann die Haut verbrennen oder Blasen verursachen: ' +
  'Abstand halten oder eine Schutzschicht verwenden und die Haut beobachten. Nicht anwenden bei verminderter Hautsensibilität ' +
  '(z. B. diabetische Neuropathie oder nach Wirbelsäulenoperationen), auf verletzter oder vernarbter Haut und bei Menschen, die Hitze nicht melden können. ' +
  'Traditionell wird Moxibustion am Unterbauch und in der Lumbosakralregion in der Schwangerschaft gemieden.';

const NO_PLEURA =
  'Die Pleura endet normalerweise oberhalb dieser Höhe (etwa an der 12. Rippe); ein Pneumothorax, das Hauptrisiko beim Nadeln ' +
  'des Brustrückens, ist hier daher nicht zu befürchten.';

const MIDLINE_DEPTH =
  'Mittellinienpunkt: Tiefes Nadeln führt zwischen den Dornfortsätzen durch das Lig. supraspinale und die Ligg. interspinalia ' +
  'auf das Lig. flavum und den Spinalkanal zu. Wie tief der Kanal liegt, hängt vom Körperbau ab und ist bei schlanken Menschen geringer; ' +
  'diese Karte nennt dafür keinen Wert. Die Lehrbuchtiefe (Deadman; CAM) einhalten, leicht nach oben gerichtet.';

const ERECTOR_LUMBAR = 'M. erector spinae; Rami posteriores der lumbalen Spinalnerven und Lumbalgefäße.';

const FORAMEN_DEPTH = 'Das Foramen führt durch das Kreuzbein zum Becken hin; die Lehrbuchtiefe einhalten.';
const FORAMEN_DEPTH_NO_PLEURA = `${FORAMEN_DEPTH} Auf dieser Höhe gibt es weder Pleura noch Niere.`;

const KIDNEY = 'Niere';
const SPINAL_CANAL = 'Spinalkanal';
const SACRAL_FORAMEN = 'Sakralforamen';
const SCIATIC_NERVE = 'Ischiasnerv';
const POPLITEAL = 'Kniekehlengefäße und N. tibialis';
const TIBIAL_NERVE = 'N. tibialis';

const MRI_BL23 =
  'MRT von 140 Erwachsenen: Bei senkrechtem Stich an BL23 lag die erste gefährdete Struktur (die Niere oder die Bauchhöhle) bei Frauen ' +
  'in 8,0 ± 1,2 cm und bei Männern in 10,0 ± 1,1 cm Tiefe; bei untergewichtigen Erwachsenen in 7,0 ± 1,0 cm.';

/** Depth note of the four sacral foramen points. */
function foramenNote(code: string): string {
  return `${code} wird in ein hinteres Sakralforamen genadelt; durch dieses verlaufen die sakralen Nervenwurzeln, und dahinter liegt das Becken.`;
}

/** Published depth of the four sacral foramen points (CT study). */
function foramenPublished(code: string, depth: string): string {
  return (
    `CT von 100 Erwachsenen: Die effektive Tiefe für ${code} (Weichteile plus die halbe Dicke des Kreuzbeins, Nadel schräg in das Foramen gerichtet) ` +
    `betrug ${depth} mm.`
  );
}

/** Depth note of the three midline points over the spinal canal. */
function spinalCanalNote(between: string): string {
  return (
    'Unter dem Punkt trifft die Nadel auf die Bänder zwischen den Dornfortsätzen; tiefer, zwischen den Wirbelbögen ' +
    `${between}, liegt der Spinalkanal.`
  );
}

const SCIATIC_FEEL = 'eine Nadel, die ihn erreicht, löst ein scharfes, elektrisierendes Gefühl aus, das ins Bein zieht.';

const texts: ContentTexts = {
  // GV4 Mingmen
  'point.GV4.english': 'Tor des Lebens',
  'point.GV4.channel': GOVERNOR,
  'point.GV4.role':
    'Lokaler Punkt auf der Wirbelsäule in Höhe von L2. Traditionell eingesetzt, um bei chronischen Kreuzschmerzen und Steifigkeit die Niere zu wärmen und zu stärken, oft mit Moxibustion; auf gleicher Höhe wie BL23 und BL52.',
  'point.GV4.location.practitioner':
    'Auf der hinteren Mittellinie der Lendenregion, in der Vertiefung direkt unterhalb des Dornfortsatzes von L2 (zwei Dornfortsätze oberhalb der Beckenkammlinie auf Höhe von L4). BL23 liegt 1,5 B-Cun und BL52 3 B-Cun lateral auf derselben Höhe.',
  'point.GV4.location.patient':
    'In der Mitte des unteren Rückens, in der kleinen Mulde direkt unter dem Knochenvorsprung des zweiten Lendenwirbels, etwa zwei Wirbel oberhalb der Linie zwischen den Oberkanten der Beckenknochen.',
  'point.GV4.needling.angle': UPWARD_SLIGHTLY,
  'point.GV4.needling.notes':
    'Tiefe nach Lehrbuch (Deadman; CAM). Traditionell wird hier Moxibustion angewandt, besonders bei chronischen Rückenschmerzen vom Kälte-Typ.',
  'point.GV4.cautions.pregnancy': PREGNANCY_LUMBOSACRAL,
  'point.GV4.cautions.depth': `${MIDLINE_DEPTH} Auf Höhe von L2 kann bei manchen Menschen noch das untere Ende des Rückenmarks im Kanal liegen. ${NO_PLEURA}`,
  'point.GV4.cautions.structures': 'Lig. supraspinale und Ligg. interspinalia; Rami posteriores der lumbalen Spinalnerven und Gefäße.',
  'point.GV4.cautions.moxibustion': MOXIBUSTION,

  // GV3 Yaoyangguan
  'point.GV3.english': 'Yang-Tor der Lende',
  'point.GV3.channel': GOVERNOR,
  'point.GV3.role':
    'Lokaler Punkt auf der Wirbelsäule in Höhe von L4, traditionell eingesetzt bei lumbosakralen Schmerzen, die in die Beine ausstrahlen können; einer der häufig verwendeten Punkte in Studien zu Kreuzschmerzen (Lee 2012).',
  'point.GV3.location.practitioner':
    'Auf der hinteren Mittellinie der Lendenregion, in der Vertiefung direkt unterhalb des Dornfortsatzes von L4; L4 liegt auf der Verbindungslinie der höchsten Punkte beider Beckenkämme.',
  'point.GV3.location.patient':
    'In der Mitte des unteren Rückens, auf der Linie zwischen den Oberkanten der Beckenknochen, in der Mulde direkt unter dem dortigen Knochenvorsprung der Wirbelsäule.',
  'point.GV3.needling.angle': UPWARD_SLIGHTLY,
  'point.GV3.needling.notes': TEXTBOOK_MOXA,
  'point.GV3.cautions.pregnancy': PREGNANCY_LUMBOSACRAL,
  'point.GV3.cautions.depth': `${MIDLINE_DEPTH} ${NO_PLEURA}`,
  'point.GV3.cautions.structures':
    'Lig. supraspinale und Ligg. interspinalia; Rami posteriores der lumbalen Spinalnerven und Gefäße; tiefer im Kanal liegt der Duralsack mit der Cauda equina.',
  'point.GV3.cautions.moxibustion': MOXIBUSTION,

  // BL23 Shenshu
  'point.BL23.english': 'Shu der Niere',
  'point.BL23.channel': BLADDER,
  'point.BL23.role':
    'Zustimmungspunkt (Shu-Punkt des Rückens) der Niere; nach traditioneller Lehre ist der untere Rücken der „Wohnsitz der Nieren“. Einer der am häufigsten verwendeten Punkte in Studien zu Kreuzschmerzen (Lee 2012).',
  'point.BL23.location.practitioner':
    'Lendenregion, auf Höhe des Unterrands des Dornfortsatzes von L2, 1,5 B-Cun lateral der hinteren Mittellinie (auf halber Strecke zwischen Mittellinie und medialem Schulterblattrand). Auf gleicher Höhe wie GV4 und BL52.',
  'point.BL23.location.patient':
    'Beidseits der Wirbelsäule, etwa zwei Fingerbreit neben der Mitte, auf Höhe des zweiten Lendenwirbels, im Muskelstrang neben der Wirbelsäule.',
  'point.BL23.needling.angle': PERPENDICULAR,
  'point.BL23.needling.notes':
    'Tiefe nach Lehrbuch für die lumbalen Zustimmungspunkte (Deadman; CAM). Wegen der Niere nicht tiefer stechen, bei schlanken Patienten weniger tief. Traditionell wird Moxibustion angewandt.',
  'point.BL23.cautions.pregnancy': PREGNANCY_LUMBOSACRAL,
  'point.BL23.cautions.depth': `Die Niere liegt in der Tiefe unter diesem Punkt: Tiefes senkrechtes Nadeln kann sie verletzen, besonders bei schlanken Menschen. ${NO_PLEURA}`,
  'point.BL23.cautions.structures': ERECTOR_LUMBAR,
  'point.BL23.cautions.moxibustion': MOXIBUSTION,

  // BL24 Qihaishu
  'point.BL24.english': 'Shu des Qi-Meeres',
  'point.BL24.channel': BLADDER,
  'point.BL24.role':
    'Lokaler paravertebraler Punkt in Höhe von L3, traditionell bei Schmerzen und Schwäche der Lendenregion eingesetzt; gehört zu den häufig verwendeten Punkten in Studien zu Kreuzschmerzen (Lee 2012).',
  'point.BL24.location.practitioner': 'Lendenregion, auf Höhe des Unterrands des Dornfortsatzes von L3, 1,5 B-Cun lateral der hinteren Mittellinie.',
  'point.BL24.location.patient':
    'Beidseits der Wirbelsäule, etwa zwei Fingerbreit neben der Mitte, einen Wirbel tiefer als der Punkt „Shu der Niere“ (BL23).',
  'point.BL24.needling.angle': PERPENDICULAR,
  'point.BL24.needling.notes': TEXTBOOK_SHU,
  'point.BL24.cautions.pregnancy': PREGNANCY_LUMBOSACRAL,
  'point.BL24.cautions.depth': `Der untere Nierenpol kann bis auf Höhe von L3 reichen, besonders rechts; die Lehrbuchtiefe einhalten. ${NO_PLEURA}`,
  'point.BL24.cautions.structures': ERECTOR_LUMBAR,

  // BL25 Dachangshu
  'point.BL25.english': 'Shu des Dickdarms',
  'point.BL25.channel': BLADDER,
  'point.BL25.role':
    'Zustimmungspunkt (Shu-Punkt des Rückens) des Dickdarms in Höhe von L4, dort, wo viele Kreuzschmerzen sitzen; einer der am häufigsten verwendeten Punkte in Studien zu Kreuzschmerzen (Lee 2012).',
  'point.BL25.location.practitioner':
    'Lendenregion, auf Höhe des Unterrands des Dornfortsatzes von L4 (auf der Beckenkammlinie), 1,5 B-Cun lateral der hinteren Mittellinie.',
  'point.BL25.location.patient': 'Beidseits der Wirbelsäule, etwa zwei Fingerbreit neben der Mitte, auf Höhe der Oberkanten der Beckenknochen.',
  'point.BL25.needling.angle': PERPENDICULAR,
  'point.BL25.needling.notes':
    'Tiefe nach Lehrbuch für die lumbalen Zustimmungspunkte (Deadman; CAM); manche Texte stechen hier, wo die Muskulatur kräftig ist, tiefer.',
  'point.BL25.cautions.pregnancy': PREGNANCY_LUMBOSACRAL,
  'point.BL25.cautions.depth': `Unterhalb der üblichen Höhe der Niere; tiefes Nadeln führt durch die kräftige Rückenmuskulatur auf die Querfortsätze zu. ${NO_PLEURA}`,
  'point.BL25.cautions.structures': ERECTOR_LUMBAR,

  // BL26 Guanyuanshu
  'point.BL26.english': 'Shu des Tors zum Ursprung',
  'point.BL26.channel': BLADDER,
  'point.BL26.role':
    'Lokaler paravertebraler Punkt in Höhe von L5, traditionell bei Schmerzen der unteren Lendenwirbelsäule und der Lumbosakralregion eingesetzt; einer der häufig verwendeten Punkte in Studien zu Kreuzschmerzen (Lee 2012).',
  'point.BL26.location.practitioner': 'Lendenregion, auf Höhe des Unterrands des Dornfortsatzes von L5, 1,5 B-Cun lateral der hinteren Mittellinie.',
  'point.BL26.location.patient':
    'Beidseits der Wirbelsäule, etwa zwei Fingerbreit neben der Mitte, einen Wirbel unterhalb der Linie zwischen den Oberkanten der Beckenknochen.',
  'point.BL26.needling.angle': PERPENDICULAR,
  'point.BL26.needling.notes': TEXTBOOK_SHU,
  'point.BL26.cautions.pregnancy': PREGNANCY_LUMBOSACRAL,
  'point.BL26.cautions.depth': `Unterhalb der Niere; tiefes Nadeln führt durch die kräftige Rückenmuskulatur auf den lumbosakralen Übergang zu. ${NO_PLEURA}`,
  'point.BL26.cautions.structures': 'M. erector spinae; Rami posteriores der unteren lumbalen Spinalnerven und Gefäße.',

  // BL52 Zhishi
  'point.BL52.english': 'Wohnstätte des Willens',
  'point.BL52.channel': BLADDER,
  'point.BL52.role':
    'Lokaler Punkt auf dem äußeren Ast der Blasen-Leitbahn in Höhe von L2, auf gleicher Höhe wie BL23; traditionell mit BL23 kombiniert, um bei chronischen Kreuzschmerzen die Niere zu stärken.',
  'point.BL52.location.practitioner':
    'Lendenregion, auf Höhe des Unterrands des Dornfortsatzes von L2, 3 B-Cun lateral der hinteren Mittellinie (auf der Senkrechten durch den medialen Schulterblattrand). Auf gleicher Höhe wie GV4 und BL23.',
  'point.BL52.location.patient': 'Beidseits am Rücken, etwa vier Fingerbreit neben der Mitte der Wirbelsäule, auf Höhe des zweiten Lendenwirbels.',
  'point.BL52.needling.angle': 'senkrecht oder schräg zur Wirbelsäule hin',
  'point.BL52.needling.notes':
    'Tiefe nach Lehrbuch (Deadman; CAM). Bei schlanken Patienten wegen der Niere flach und schräg zur Wirbelsäule hin stechen.',
  'point.BL52.cautions.pregnancy': PREGNANCY_LUMBOSACRAL,
  'point.BL52.cautions.depth': `Die Niere liegt in der Tiefe unter diesem Punkt, bei schlanken Menschen näher unter der Haut als an BL23: Tiefes senkrechtes Nadeln kann sie verletzen. ${NO_PLEURA}`,
  'point.BL52.cautions.structures':
    'M. latissimus dorsi, M. erector spinae und M. quadratus lumborum; Rami laterales der Rami posteriores der lumbalen Spinalnerven.',

  // BL31 Shangliao
  'point.BL31.english': 'Obere Spalte',
  'point.BL31.channel': BLADDER,
  'point.BL31.role':
    'Lokaler sakraler Punkt über dem ersten Sakralforamen. Klassische Rezepturen gegen Kreuzschmerzen kombinieren die vier „Spalten“-Punkte BL31 bis BL34 (Park 2024); traditionell bei lumbosakralen und Iliosakralgelenk-Schmerzen eingesetzt.',
  'point.BL31.location.practitioner':
    'Sakralregion, im ersten Foramen sacrale posterius: dem höchsten der vier Foramina, etwa einen Fingerbreit oberhalb von BL32 und etwas weiter von der Mittellinie entfernt.',
  'point.BL31.location.patient':
    'Auf dem flachen Knochen am unteren Ende der Wirbelsäule (dem Kreuzbein), in der obersten von vier kleinen Mulden, die beidseits an ihm abwärts verlaufen, zwischen dem Grübchen hinten am Beckenknochen und der Wirbelsäule.',
  'point.BL31.needling.angle': INTO_FORAMEN,
  'point.BL31.needling.notes': TEXTBOOK_FORAMEN_STRIKE,
  'point.BL31.cautions.pregnancy': `${classicalPregnancyList('BL31', 'LI4, SP6, BL32, BL60, BL67, GB21 und CV4')} ${PREGNANCY_LUMBOSACRAL}`,
  'point.BL31.cautions.depth': FORAMEN_DEPTH_NO_PLEURA,
  'point.BL31.cautions.structures': 'Der Ramus posterior des ersten Sakralnervs tritt durch dieses Foramen aus, zusammen mit den Vasa sacralia lateralia.',

  // BL32 Ciliao
  'point.BL32.english': 'Zweite Spalte',
  'point.BL32.channel': BLADDER,
  'point.BL32.role':
    'Lokaler sakraler Punkt über dem zweiten Sakralforamen, einer der vier „Spalten“-Punkte BL31 bis BL34, die klassische Rezepturen kombinieren (Park 2024); traditionell bei lumbosakralen Schmerzen eingesetzt; einer der häufig verwendeten Punkte in Studien zu Kreuzschmerzen (Lee 2012).',
  'point.BL32.location.practitioner':
    'Sakralregion, im zweiten Foramen sacrale posterius, das etwa in der Mitte zwischen der Spina iliaca posterior superior und dem Dornfortsatz von S2 liegt (S2 liegt auf Höhe der Unterränder der Spinae iliacae posteriores superiores).',
  'point.BL32.location.patient':
    'Auf dem flachen Knochen am unteren Ende der Wirbelsäule (dem Kreuzbein), in einer kleinen Mulde zwischen dem Grübchen hinten am Beckenknochen und der Mitte der Wirbelsäule.',
  'point.BL32.needling.angle': INTO_FORAMEN,
  'point.BL32.needling.notes': TEXTBOOK_FORAMEN_STRIKE,
  'point.BL32.cautions.pregnancy': `${classicalPregnancyList('BL32', 'LI4, SP6, BL31, BL60, BL67, GB21 und CV4')} ${PREGNANCY_LUMBOSACRAL}`,
  'point.BL32.cautions.depth': FORAMEN_DEPTH_NO_PLEURA,
  'point.BL32.cautions.structures': 'Der Ramus posterior des zweiten Sakralnervs tritt durch dieses Foramen aus; begleitend die Vasa sacralia lateralia.',

  // BL33 Zhongliao
  'point.BL33.english': 'Mittlere Spalte',
  'point.BL33.channel': BLADDER,
  'point.BL33.role':
    'Lokaler sakraler Punkt über dem dritten Sakralforamen, einer der vier „Spalten“-Punkte BL31 bis BL34, die klassische Rezepturen gegen Kreuzschmerzen kombinieren (Park 2024).',
  'point.BL33.location.practitioner': 'Sakralregion, im dritten Foramen sacrale posterius, unterhalb von BL32 und etwas näher an der Mittellinie.',
  'point.BL33.location.patient':
    'Auf dem Kreuzbein, in der dritten von vier kleinen Mulden, die beidseits an ihm abwärts verlaufen, etwas unterhalb der Höhe der Grübchen hinten an den Beckenknochen.',
  'point.BL33.needling.angle': INTO_FORAMEN,
  'point.BL33.needling.notes': TEXTBOOK_FORAMEN,
  'point.BL33.cautions.pregnancy': PREGNANCY_LUMBOSACRAL,
  'point.BL33.cautions.depth': FORAMEN_DEPTH,
  'point.BL33.cautions.structures': 'Der Ramus posterior des dritten Sakralnervs tritt durch dieses Foramen aus, zusammen mit den Vasa sacralia lateralia.',

  // BL34 Xialiao
  'point.BL34.english': 'Untere Spalte',
  'point.BL34.channel': BLADDER,
  'point.BL34.role':
    'Lokaler sakraler Punkt über dem vierten Sakralforamen, der unterste der vier „Spalten“-Punkte BL31 bis BL34, die klassische Rezepturen gegen Kreuzschmerzen kombinieren (Park 2024).',
  'point.BL34.location.practitioner':
    'Sakralregion, im vierten Foramen sacrale posterius, etwa auf Höhe des Hiatus sacralis und dicht neben der Mittellinie.',
  'point.BL34.location.patient':
    'Unten am Kreuzbein, in der untersten von vier kleinen Mulden beidseits an ihm, knapp oberhalb und neben dem oberen Ende der Gesäßspalte.',
  'point.BL34.needling.angle': INTO_FORAMEN,
  'point.BL34.needling.notes': TEXTBOOK_FORAMEN,
  'point.BL34.cautions.pregnancy': PREGNANCY_LUMBOSACRAL,
  'point.BL34.cautions.depth': FORAMEN_DEPTH,
  'point.BL34.cautions.structures': 'Der Ramus posterior des vierten Sakralnervs tritt durch dieses Foramen aus, zusammen mit den Vasa sacralia lateralia.',

  // BL28 Pangguangshu
  'point.BL28.english': 'Shu der Blase',
  'point.BL28.channel': BLADDER,
  'point.BL28.role':
    'Zustimmungspunkt (Shu-Punkt des Rückens) der Blase, auf dem Kreuzbein über der Iliosakralregion; traditionell bei lumbosakralen und Iliosakralgelenk-Schmerzen eingesetzt. Klassische Rezepturen kombinieren ihn mit GV2 (Park 2024).',
  'point.BL28.location.practitioner':
    'Sakralregion, auf Höhe des zweiten Foramen sacrale posterius, 1,5 B-Cun lateral der Crista sacralis mediana (auf gleicher Höhe wie BL32 und die Unterränder der Spinae iliacae posteriores superiores).',
  'point.BL28.location.patient':
    'Hinten am Becken, etwa zwei Fingerbreit neben der Mitte des Kreuzbeins, auf Höhe der Grübchen hinten an den Beckenknochen.',
  'point.BL28.needling.angle': 'senkrecht oder schräg',
  'point.BL28.needling.notes': TEXTBOOK_CAM,
  'point.BL28.cautions.pregnancy': PREGNANCY_LUMBOSACRAL,
  'point.BL28.cautions.depth': 'Knochen (das Kreuzbein und das Iliosakralgelenk) liegt dicht darunter; auf dieser Höhe gibt es weder Pleura noch Niere.',
  'point.BL28.cautions.structures':
    'M. erector spinae und der Ursprung des M. gluteus maximus; Rami laterales der Rami posteriores der Sakralnerven (Nn. clunium medii).',

  // BL54 Zhibian
  'point.BL54.english': 'Rand der Ordnung',
  'point.BL54.channel': BLADDER,
  'point.BL54.role':
    'Punkt am Gesäß neben dem unteren Kreuzbein, traditionell bei lumbosakralen Schmerzen und bei Schmerzen eingesetzt, die in Gesäß und Bein ausstrahlen.',
  'point.BL54.location.practitioner':
    'Am Gesäß auf Höhe des vierten Foramen sacrale posterius, 3 B-Cun lateral der Crista sacralis mediana; in der Praxis 3 B-Cun lateral des Hiatus sacralis.',
  'point.BL54.location.patient':
    'Am Gesäß, etwa vier Fingerbreit seitlich vom unteren Ende des Kreuzbeins, knapp oberhalb des oberen Endes der Gesäßspalte.',
  'point.BL54.needling.angle': PERPENDICULAR,
  'point.BL54.needling.notes':
    'Tiefe nach Lehrbuch (CAM); manche Texte beschreiben wegen der kräftigen Gesäßmuskulatur tieferes Nadeln. Die Nadellänge muss zum Körperbau passen.',
  'point.BL54.cautions.pregnancy': PREGNANCY_LUMBOSACRAL,
  'point.BL54.cautions.structures':
    'Der N. ischiadicus sowie N. und Vasa glutea inferiora verlaufen in diesem Bereich in der Tiefe, unterhalb des M. piriformis. Ein plötzliches elektrisierendes Gefühl, das ins Bein zieht, bedeutet, dass die Nadel den Nerv erreicht hat: Dort nicht kräftig manipulieren.',

  // GB30 Huantiao
  'point.GB30.english': 'Springender Kreis',
  'point.GB30.channel': GALLBLADDER,
  'point.GB30.role':
    'Punkt am Gesäß über der Hüfte, traditionell bei Kreuz- und Hüftschmerzen eingesetzt, die ins Bein ausstrahlen (Ischialgie); einer der am häufigsten verwendeten Punkte in Studien zu Kreuzschmerzen (Lee 2012).',
  'point.GB30.location.practitioner':
    'Gesäßregion, auf einem Drittel der Strecke vom Vorsprung des Trochanter major zum Hiatus sacralis (Übergang vom lateralen Drittel zu den medialen zwei Dritteln). Die WHO 2008 verzeichnet auch eine alternative Lage auf einem Drittel der Strecke vom Trochanter major zur Spina iliaca anterior superior (SIAS).',
  'point.GB30.location.patient':
    'Seitlich am Gesäß, etwa ein Drittel des Weges vom Knochenvorsprung seitlich an der Hüfte zum unteren Ende der Wirbelsäule.',
  'point.GB30.needling.angle': PERPENDICULAR,
  'point.GB30.needling.notes':
    'Tiefe nach Lehrbuch (Deadman; CAM); meist in Seitenlage genadelt, das obere Bein in Hüfte und Knie gebeugt. Wegen der Gesäßmuskulatur ist eine lange Nadel nötig.',
  'point.GB30.cautions.structures':
    'Der N. ischiadicus liegt in der Tiefe unter diesem Punkt, zusammen mit N. und Vasa glutea inferiora. Ein scharfes elektrisierendes Gefühl, das ins Bein zieht, bedeutet, dass die Nadel am Nerv ist: Dort nicht mit Heben und Stoßen manipulieren.',
  'point.GB30.marker.1.label': 'WHO-Alternative',

  // EX-B2 Jiaji
  'point.EX-B2.english': 'Die Wirbelsäule umgreifende Punkte (Hua Tuos paravertebrale Punkte)',
  'point.EX-B2.channel': EXTRA,
  'point.EX-B2.role':
    'Eine Reihe von Punkten direkt neben der Wirbelsäule; die lumbalen (L1 bis L5) werden auf den schmerzhaften Höhen gewählt und sind in der heutigen Behandlung von Kreuzschmerzen und in Studien verbreitet.',
  'point.EX-B2.location.practitioner':
    'Rücken, 0,5 Cun lateral der hinteren Mittellinie, auf Höhe des Unterrands jedes Dornfortsatzes von T1 bis L5 (17 Punkte je Seite), nach GB/T 12346 (Ausgabe 2006); Deadman gibt 0,5 bis 1 Cun lateral an. Dargestellt sind nur die lumbalen Punkte, L1 bis L5, bei 0,5 Cun. Extrapunkt: nicht Teil der WHO 2008.',
  'point.EX-B2.location.patient':
    'Eine Reihe von Stellen sehr nah an der Wirbelsäule, etwa eine halbe Daumenbreite neben der Mitte, je eine neben jedem Lendenwirbel, auf beiden Seiten.',
  'point.EX-B2.needling.angle': 'senkrecht oder leicht schräg zur Wirbelsäule hin',
  'point.EX-B2.needling.notes':
    'Tiefe nach Lehrbuch (Deadman; CAM); manche Texte erlauben in der Lendenregion bis etwa 1,5 Cun. Die Nadel hier nie nach lateral richten.',
  'point.EX-B2.cautions.pregnancy': PREGNANCY_LUMBOSACRAL,
  'point.EX-B2.cautions.depth':
    'Tiefes, nach medial gerichtetes Nadeln kann zwischen den Wirbelbögen hindurch auf den Spinalkanal zuführen. Die thorakalen Jiaji-Punkte (nicht dargestellt) bergen ein Pneumothorax-Risiko; bei L1 bis L5 wird die Pleura nicht erreicht, und die Niere liegt weiter lateral.',
  'point.EX-B2.cautions.structures': 'Rami posteriores der Spinalnerven und ihre Gefäße; darunter liegen die Facettengelenke und die Wirbelbögen.',

  // EX-B7 Yaoyan
  'point.EX-B7.english': 'Augen der Lende',
  'point.EX-B7.channel': EXTRA,
  'point.EX-B7.role':
    'Lokaler Extrapunkt in den Mulden beidseits des unteren Rückens in Höhe von L4, traditionell bei Kreuzschmerzen eingesetzt, oft mit Moxibustion oder Einreiben.',
  'point.EX-B7.location.practitioner':
    'Lendenregion, auf Höhe des Unterrands des Dornfortsatzes von L4, etwa 3,5 Cun lateral der hinteren Mittellinie, in der Vertiefung, die sich in Bauchlage zeigt. Extrapunkt nach GB/T 12346 (Ausgabe 2006).',
  'point.EX-B7.location.patient':
    'Die beiden Mulden beidseits des unteren Rückens, auf Höhe der Oberkanten der Beckenknochen, die sich zeigen, wenn Sie auf dem Bauch liegen.',
  'point.EX-B7.needling.angle': PERPENDICULAR,
  'point.EX-B7.needling.notes':
    'Die Lehrbuchwerte schwanken (in chinesischen Texten etwa 1 bis 1,5 Cun senkrecht, in manchen tiefer). Moxibustion ist hier traditionell verbreitet.',
  'point.EX-B7.cautions.pregnancy': PREGNANCY_LUMBOSACRAL,
  'point.EX-B7.cautions.depth': `Die Niere endet meist oberhalb dieser Höhe, dennoch die Lehrbuchtiefe einhalten, besonders bei schlanken Menschen; tiefer liegen der M. quadratus lumborum und dann die Bauchhöhle. ${NO_PLEURA}`,
  'point.EX-B7.cautions.structures':
    'M. latissimus dorsi und M. iliocostalis; Rami laterales der Rami posteriores der unteren Thorakal- und oberen Lumbalnerven.',
  'point.EX-B7.cautions.moxibustion': MOXIBUSTION,

  // EX-B8 Shiqizhui
  'point.EX-B8.english': 'Siebzehnter Wirbel',
  'point.EX-B8.channel': EXTRA,
  'point.EX-B8.role':
    'Lokaler Extrapunkt auf der Mittellinie am lumbosakralen Übergang (L5, von T1 an gezählt der 17. Wirbel), traditionell bei lumbosakralen Schmerzen eingesetzt.',
  'point.EX-B8.location.practitioner':
    'Auf der hinteren Mittellinie, in der Vertiefung direkt unterhalb des Dornfortsatzes von L5, am lumbosakralen Übergang. Extrapunkt nach GB/T 12346 (Ausgabe 2006).',
  'point.EX-B8.location.patient':
    'In der Mitte des unteren Rückens, in der Mulde direkt unter dem letzten Lendenwirbel, am oberen Ende des Kreuzbeins.',
  'point.EX-B8.needling.angle': UPWARD_SLIGHTLY,
  'point.EX-B8.needling.notes': 'Tiefe nach Lehrbuch; die Werte unterscheiden sich zwischen den Texten geringfügig.',
  'point.EX-B8.cautions.pregnancy': PREGNANCY_LUMBOSACRAL,
  'point.EX-B8.cautions.depth': `${MIDLINE_DEPTH} ${NO_PLEURA}`,
  'point.EX-B8.cautions.structures': 'Lig. supraspinale und Ligg. interspinalia; tiefer im Kanal liegt der Duralsack mit der Cauda equina.',

  // BL36 Chengfu
  'point.BL36.english': 'Halten und Stützen',
  'point.BL36.channel': BLADDER,
  'point.BL36.role':
    'Punkt an der Gesäßfalte auf der Blasen-Leitbahn, traditionell bei Kreuzschmerzen eingesetzt, die ins Gesäß und in die Rückseite des Oberschenkels ausstrahlen.',
  'point.BL36.location.practitioner': 'Mitte der Gesäßfalte, am Unterrand des Gesäßes.',
  'point.BL36.location.patient': 'In der Mitte der Falte unter dem Gesäß.',
  'point.BL36.needling.angle': PERPENDICULAR,
  'point.BL36.needling.notes': TEXTBOOK,
  'point.BL36.cautions.structures':
    'Der N. ischiadicus verläuft in der Tiefe unter diesem Punkt, oberflächlicher der N. cutaneus femoris posterior. Ein elektrisierendes Gefühl, das ins Bein zieht, bedeutet, dass die Nadel am Nerv ist.',

  // BL37 Yinmen
  'point.BL37.english': 'Tor der Fülle',
  'point.BL37.channel': BLADDER,
  'point.BL37.role':
    'Punkt an der Rückseite des Oberschenkels auf der Blasen-Leitbahn, traditionell bei Kreuzschmerzen mit Schmerzen oder Steifigkeit an der Rückseite des Beins eingesetzt.',
  'point.BL37.location.practitioner':
    'Rückseite des Oberschenkels, 6 B-Cun unterhalb der Gesäßfalte in der Furche zwischen M. biceps femoris und M. semitendinosus (1 B-Cun oberhalb der Mitte der Verbindungslinie von BL36 zu BL40).',
  'point.BL37.location.patient':
    'An der Rückseite des Oberschenkels, in der Mitte, etwas weniger als auf halbem Weg von der Gesäßfalte hinunter zur Kniekehlenfalte.',
  'point.BL37.needling.angle': PERPENDICULAR,
  'point.BL37.needling.notes': TEXTBOOK,
  'point.BL37.cautions.structures':
    'Der N. ischiadicus verläuft hier in der Tiefe zwischen den ischiokruralen Muskeln; ein elektrisierendes Gefühl, das ins Bein zieht, bedeutet, dass die Nadel am Nerv ist.',

  // GB31 Fengshi
  'point.GB31.english': 'Markt des Windes',
  'point.GB31.channel': GALLBLADDER,
  'point.GB31.role':
    'Punkt an der Außenseite des Oberschenkels, traditionell bei Schmerzen, Taubheit und Schwäche entlang der Oberschenkelseite eingesetzt, etwa wenn Kreuzschmerzen an der Außenseite des Beins hinunterziehen.',
  'point.GB31.location.practitioner':
    'Lateraler Oberschenkel, in der Vertiefung direkt hinter dem Tractus iliotibialis, dort, wo im Stehen mit seitlich hängenden Armen die Spitze des Mittelfingers liegt (WHO 2008). Die WHO 2008 legt ihn 9 B-Cun oberhalb der Kniekehlenfalte, 2 B-Cun oberhalb von GB32 (Trochanter major bis Kniekehlenfalte = 19 B-Cun). Ältere Lehrbücher (Deadman; CAM) geben 7 B-Cun oberhalb der Falte an.',
  'point.GB31.location.patient':
    'An der Außenseite des Oberschenkels, etwa dort, wo die Spitze Ihres Mittelfingers hinreicht, wenn Sie mit seitlich hängenden Armen stehen.',
  'point.GB31.needling.angle': PERPENDICULAR,
  'point.GB31.needling.notes': TEXTBOOK,
  'point.GB31.cautions.structures':
    'Der Tractus iliotibialis über dem M. vastus lateralis; der N. cutaneus femoris lateralis und Äste der Vasa circumflexa femoris lateralia.',
  'point.GB31.marker.0.approximate':
    'Die Höhe folgt der B-Cun-Regel der WHO 2008 (10 der 19 B-Cun unterhalb des Trochanters, also 9 oberhalb der Kniekehlenfalte; an diesem Körper liegt die herabhängende Mittelfingerspitze auf derselben Höhe); „direkt hinter dem Tractus iliotibialis“ wird ertastet, und der Schritt von 0,5 B-Cun nach hinten ist nur eine Schätzung.',

  // BL40 Weizhong
  'point.BL40.english': 'Mitte der Beuge',
  'point.BL40.channel': BLADDER,
  'point.BL40.role':
    'Klassischer Fernpunkt für den Rücken: der traditionelle „Kommandopunkt“ für Lendenregion und Rücken. Einer der am häufigsten gewählten Punkte in den 53 von Lee 2012 ausgewerteten Studien zu Kreuzschmerzen.',
  'point.BL40.location.practitioner':
    'Hinteres Knie, in der Mitte der Kniekehlenfalte, zwischen den Sehnen von M. biceps femoris und M. semitendinosus.',
  'point.BL40.location.patient': 'In der Mitte der Falte hinten am Knie (Kniekehle).',
  'point.BL40.needling.angle': PERPENDICULAR,
  'point.BL40.needling.notes':
    'Tiefe nach Lehrbuch (Deadman; CAM). Klassische Texte beschreiben bei akuten Rückenschmerzen auch das Anstechen der oberflächlichen Venen hier, um einige Tropfen Blut austreten zu lassen, eine Spezialtechnik.',
  'point.BL40.cautions.structures':
    'Der N. tibialis und tiefer die V. und A. poplitea liegen direkt unter diesem Punkt. Den Puls tasten, behutsam nadeln und tiefe oder kräftige Manipulation vermeiden. Hier nicht nadeln oder drücken über einer pulsierenden Schwellung (mögliches Aneurysma der A. poplitea) oder wenn die Wade geschwollen, warm oder schmerzhaft ist (mögliche tiefe Venenthrombose): Das muss ärztlich abgeklärt werden.',

  // BL55 Heyang
  'point.BL55.english': 'Vereinigung des Yang',
  'point.BL55.channel': BLADDER,
  'point.BL55.role':
    'Punkt an der oberen Wade auf der Blasen-Leitbahn, traditionell bei Kreuzschmerzen eingesetzt, die an der Rückseite des Beins hinunterziehen. Er ist die „Wade direkt unter dem Knie“ aus verbreiteten Akupressur-Tipps für zu Hause.',
  'point.BL55.location.practitioner':
    'Hinterer Unterschenkel, zwischen Caput laterale und Caput mediale des M. gastrocnemius, 2 B-Cun unterhalb der Kniekehlenfalte (2 B-Cun unterhalb von BL40, auf der Linie von BL40 zu BL57).',
  'point.BL55.location.patient':
    'An der Rückseite der Wade, etwa drei Fingerbreit unterhalb der Mitte der Kniekehlenfalte, in der Rinne zwischen den beiden Wadenmuskeln.',
  'point.BL55.needling.angle': PERPENDICULAR,
  'point.BL55.needling.notes': TEXTBOOK,
  'point.BL55.cautions.structures':
    'Die V. saphena parva und der N. cutaneus surae medialis verlaufen oberflächlich; der N. tibialis und die Kniekehlengefäße liegen in der oberen Wade in der Tiefe.',

  // BL57 Chengshan
  'point.BL57.english': 'Stütze des Berges',
  'point.BL57.channel': BLADDER,
  'point.BL57.role':
    'Fernpunkt an der Wade auf der Blasen-Leitbahn, traditionell bei Kreuzschmerzen und bei Krämpfen oder Schmerzen in Wade und Bein eingesetzt.',
  'point.BL57.location.practitioner':
    'Hinterer Unterschenkel, wo die Achillessehne auf die beiden Muskelbäuche des M. gastrocnemius trifft: die Spitze der umgekehrt V-förmigen Vertiefung, die bei gestrecktem Bein und angehobener Ferse sichtbar wird. Etwa 8 B-Cun unterhalb der Kniekehlenfalte, in der Mitte zwischen der Falte und der Höhe des Außenknöchels.',
  'point.BL57.location.patient':
    'An der Rückseite der Wade, etwa in der Mitte zwischen Kniekehlenfalte und Knöchel, wo der Wadenmuskel in die Sehne übergeht: an der Spitze des umgekehrten V, das sich zeigt, wenn Sie auf Zehenspitzen stehen.',
  'point.BL57.needling.angle': PERPENDICULAR,
  'point.BL57.needling.notes': TEXTBOOK,
  'point.BL57.cautions.structures':
    'Der N. suralis und die V. saphena parva verlaufen in der Wadenmitte dicht unter der Haut; der N. tibialis und die Vasa tibialia posteriora liegen in der Tiefe, unter dem M. soleus.',

  // BL58 Feiyang
  'point.BL58.english': 'Emporfliegen',
  'point.BL58.channel': BLADDER,
  'point.BL58.role':
    'Luo-Punkt (Durchgangspunkt) der Blasen-Leitbahn an der äußeren Wade, traditionell bei Rückenschmerzen mit Schwere oder Schmerzen in den Beinen eingesetzt.',
  'point.BL58.location.practitioner':
    'Posterolateraler Unterschenkel, zwischen dem Unterrand des Caput laterale des M. gastrocnemius und der Achillessehne, auf Höhe eines Punktes 7 B-Cun oberhalb von BL60: lateral von BL57 und etwa 1 B-Cun darunter.',
  'point.BL58.location.patient':
    'Hinten an der Außenseite der Wade, etwas unterhalb und außen von der Wadenmitte, wo der Wadenmuskel zur Sehne hin schmaler wird.',
  'point.BL58.needling.angle': PERPENDICULAR,
  'point.BL58.needling.notes': TEXTBOOK,
  'point.BL58.cautions.structures': 'Der N. cutaneus surae lateralis; die V. saphena parva verläuft in der Nähe.',

  // BL59 Fuyang
  'point.BL59.english': 'Yang des Fußrists',
  'point.BL59.channel': BLADDER,
  'point.BL59.role':
    'Xi-Punkt (Spaltpunkt) des Yang Qiao Mai (Yang-Fersengefäß) am Unterschenkel, traditionell bei akuten Rückenschmerzen und bei Schmerzen und Schwere im Unterschenkel eingesetzt.',
  'point.BL59.location.practitioner': 'Posterolateraler Unterschenkel, zwischen Fibula und Achillessehne, 3 B-Cun direkt oberhalb von BL60.',
  'point.BL59.location.patient':
    'Hinten an der Außenseite des Unterschenkels, etwa vier Fingerbreit senkrecht oberhalb der Mulde zwischen Außenknöchel und Achillessehne.',
  'point.BL59.needling.angle': PERPENDICULAR,
  'point.BL59.needling.notes': TEXTBOOK_CAM,
  'point.BL59.cautions.structures': 'Der N. suralis und die V. saphena parva verlaufen hier dicht hinter der Fibula.',

  // GB34 Yanglingquan
  'point.GB34.english': 'Quelle am Yang-Hügel',
  'point.GB34.channel': GALLBLADDER,
  'point.GB34.role':
    'Fernpunkt unterhalb des Knies; traditionell der Hui-Punkt (Meisterpunkt) der Sehnen, eingesetzt bei Schmerzen entlang der Seite des Beins. Einer der häufig verwendeten Punkte in Studien zu Kreuzschmerzen (Lee 2012).',
  'point.GB34.location.practitioner': 'Laterale Seite des Unterschenkels unterhalb des Knies, in der Vertiefung vor und unterhalb des Fibulaköpfchens.',
  'point.GB34.location.patient':
    'An der Außenseite des Beins direkt unterhalb des Knies, in der Mulde vor und unterhalb des kleinen Knochenhöckers dort (des Wadenbeinköpfchens).',
  'point.GB34.needling.angle': PERPENDICULAR,
  'point.GB34.needling.notes': TEXTBOOK,
  'point.GB34.cautions.structures':
    'Der N. fibularis (peroneus) communis windet sich direkt unterhalb und hinter dem Köpfchen um den Fibulahals und teilt sich nahe diesem Punkt in seinen oberflächlichen und seinen tiefen Ast; ein elektrisierendes Gefühl, das an der Außenseite des Beins hinunterzieht, bedeutet, dass die Nadel am Nerv ist. In der Nähe liegen die Vasa recurrentia tibialia anteriora.',
  'point.GB34.marker.0.approximate':
    'Die WHO definiert GB34 als eine Vertiefung, die vor und unterhalb des Fibulaköpfchens getastet wird, nicht über B-Cun; die Schritte von 0,5 und 1 B-Cun schätzen nur, wo diese Vertiefung liegt.',

  // ST36 Zusanli
  'point.ST36.english': 'Drei Meilen am Bein',
  'point.ST36.channel': 'Magen-Leitbahn',
  'point.ST36.role':
    'Klassischer Fernpunkt unterhalb des Knies, traditionell eingesetzt, um bei chronischen, zermürbenden Schmerzen Qi und Blut zu stärken. Einer der häufigsten Punkte bei Kreuzschmerzen in klassischen Texten (Park 2024) und in den von Lee 2012 ausgewerteten koreanischen Studien.',
  'point.ST36.location.practitioner':
    'Vorderer Unterschenkel, auf der Linie von ST35 zu ST41, 3 B-Cun unterhalb von ST35 (der Vertiefung lateral des Lig. patellae), etwa einen Fingerbreit lateral der Schienbeinvorderkante.',
  'point.ST36.location.patient':
    'Vorn am Unterschenkel, vier Fingerbreit unterhalb der Kniescheibe und einen Fingerbreit außen neben dem Schienbein, im Muskel dort.',
  'point.ST36.needling.angle': PERPENDICULAR,
  'point.ST36.needling.notes': TEXTBOOK_MOXA,
  'point.ST36.cautions.structures':
    'M. tibialis anterior; A. und V. tibialis anterior und der N. fibularis profundus liegen in der Tiefe auf der Membrana interossea.',
  'point.ST36.marker.0.approximate':
    'Die 3 B-Cun unterhalb des Knies folgen einer B-Cun-Regel, hier gemessen von der Patellaspitze auf Höhe von ST35; „einen Fingerbreit lateral der Schienbeinkante“ ist ein Fingermaß und als 1 B-Cun gezeichnet.',

  // SP6 Sanyinjiao
  'point.SP6.english': 'Kreuzung der drei Yin',
  'point.SP6.channel': 'Milz-Leitbahn',
  'point.SP6.role':
    'Kreuzungspunkt der Milz-, Leber- und Nieren-Leitbahn an der Innenseite des Beins, traditionell hinzugenommen bei chronischen Kreuzschmerzen mit Nieren-Schwäche und bei Rückenschmerzen, die mit dem Menstruationszyklus auftreten.',
  'point.SP6.location.practitioner':
    'Mediale (tibiale) Seite des Unterschenkels, direkt hinter dem medialen Tibiarand, 3 B-Cun oberhalb des höchsten Punktes des Innenknöchels (Patellaspitze bis Innenknöchel = 15 B-Cun).',
  'point.SP6.location.patient':
    'An der Innenseite des Unterschenkels, vier Fingerbreit oberhalb des Innenknöchels, direkt hinter der Kante des Schienbeins.',
  'point.SP6.needling.angle': PERPENDICULAR,
  'point.SP6.needling.notes': TEXTBOOK,
  'point.SP6.cautions.pregnancy': classicalPregnancyList('SP6', 'LI4, BL31, BL32, BL60, BL67, GB21 und CV4'),
  'point.SP6.cautions.structures':
    'Die V. saphena magna und der N. saphenus verlaufen oberflächlich; die Vasa tibialia posteriora und der N. tibialis liegen tiefer, hinter der Tibia.',
  'point.SP6.marker.0.approximate':
    'Die Höhe folgt einer B-Cun-Regel; „direkt hinter dem medialen Tibiarand“ wird ertastet: Der Marker ist senkrecht über dem höchsten Punkt des Knöchels gezeichnet, hinter dem Rand.',

  // GB39 Xuanzhong
  'point.GB39.english': 'Hängende Glocke',
  'point.GB39.channel': GALLBLADDER,
  'point.GB39.role':
    'Hui-Punkt (Meisterpunkt) des Marks an der Außenseite des Unterschenkels, traditionell bei Schmerzen und Steifigkeit von Nacken und Rücken und bei Schmerzen entlang der Seite des Beins eingesetzt.',
  'point.GB39.location.practitioner': 'Laterale (fibulare) Seite des Unterschenkels, direkt vor der Fibula, 3 B-Cun oberhalb des höchsten Punktes des Außenknöchels.',
  'point.GB39.location.patient':
    'An der Außenseite des Unterschenkels, vier Fingerbreit oberhalb des Außenknöchels, direkt vor dem dünnen äußeren Unterschenkelknochen.',
  'point.GB39.needling.angle': PERPENDICULAR,
  'point.GB39.needling.notes': TEXTBOOK,
  'point.GB39.cautions.structures':
    'Der N. fibularis superficialis tritt in der Nähe an die Oberfläche; die Fibularissehnen liegen dahinter und die Vasa tibialia anteriora tiefer davor.',
  'point.GB39.marker.0.approximate':
    'Die Höhe folgt einer B-Cun-Regel; „vor der Fibula“ wird ertastet, und der Schritt von 0,5 B-Cun nach vorn ist nur eine Schätzung.',

  // BL60 Kunlun
  'point.BL60.english': 'Kunlun-Gebirge',
  'point.BL60.channel': BLADDER,
  'point.BL60.role':
    'Fernpunkt am Außenknöchel auf der Blasen-Leitbahn, traditionell bei Rückenschmerzen und Steifigkeit eingesetzt; einer der am häufigsten verwendeten Punkte in Studien zu Kreuzschmerzen (Lee 2012).',
  'point.BL60.location.practitioner': 'Hinter dem Außenknöchel: in der Vertiefung zwischen seinem höchsten Punkt und der Achillessehne.',
  'point.BL60.location.patient': 'Am Außenknöchel, in der Mulde zwischen Knöchel und Achillessehne.',
  'point.BL60.needling.angle': PERPENDICULAR,
  'point.BL60.needling.notes': TEXTBOOK,
  'point.BL60.cautions.pregnancy': classicalPregnancyList('BL60', 'LI4, SP6, BL31, BL32, BL67, GB21 und CV4'),
  'point.BL60.cautions.structures': 'Der N. suralis und die V. saphena parva ziehen nahe diesem Punkt hinter dem Außenknöchel vorbei.',
  'point.BL60.marker.0.approximate':
    'Die WHO definiert BL60 als die Vertiefung zwischen dem höchsten Punkt des Außenknöchels und der Achillessehne, die ertastet wird; der Marker ist in der Mitte zwischen beiden gezeichnet.',

  // BL62 Shenmai
  'point.BL62.english': 'Ausdehnendes Gefäß',
  'point.BL62.channel': BLADDER,
  'point.BL62.role':
    'Fernpunkt unterhalb des Außenknöchels; traditionell der Kardinalpunkt (Öffnungspunkt) des Yang Qiao Mai (Yang-Fersengefäß), kombiniert mit SI3 bei Schmerzen und Steifigkeit von Rücken und Wirbelsäule.',
  'point.BL62.location.practitioner':
    'Seite des Fußes, in der Vertiefung senkrecht unterhalb des höchsten Punktes des Außenknöchels, zwischen dem Unterrand des Knöchels und dem Calcaneus.',
  'point.BL62.location.patient': 'Direkt unterhalb der Spitze des Außenknöchels, in der kleinen Mulde dort.',
  'point.BL62.needling.angle': 'senkrecht oder leicht schräg nach oben',
  'point.BL62.needling.notes': 'Tiefe nach Lehrbuch (Deadman; CAM); Knochen liegt dicht darunter.',
  'point.BL62.cautions.structures':
    'Der N. suralis (N. cutaneus dorsalis lateralis) und die V. saphena parva verlaufen in der Nähe; die Fibularissehnen liegen knapp darüber und dahinter.',
  'point.BL62.marker.0.approximate':
    'Die WHO definiert BL62 als die Vertiefung direkt unterhalb des Außenknöchels, nicht über B-Cun; der Schritt von 0,8 B-Cun schätzt nur, wie weit unterhalb des höchsten Knöchelpunktes sie liegt.',

  // KI3 Taixi
  'point.KI3.english': 'Höchster Bach',
  'point.KI3.channel': 'Nieren-Leitbahn',
  'point.KI3.role':
    'Yuan-Punkt (Quellpunkt) der Nieren-Leitbahn am Innenknöchel, traditionell bei chronischen Kreuzschmerzen eingesetzt, die einer Nieren-Schwäche zugeschrieben werden; einer der häufig verwendeten Punkte in Studien zu Kreuzschmerzen (Lee 2012).',
  'point.KI3.location.practitioner': 'Hinter dem Innenknöchel: in der Vertiefung zwischen seinem höchsten Punkt und der Achillessehne.',
  'point.KI3.location.patient': 'Am Innenknöchel, in der Mulde zwischen Knöchel und Achillessehne.',
  'point.KI3.needling.angle': PERPENDICULAR,
  'point.KI3.needling.notes': TEXTBOOK,
  'point.KI3.cautions.structures':
    'A. und V. tibialis posterior und der N. tibialis verlaufen direkt hinter dem Innenknöchel, dicht an diesem Punkt: den Puls tasten und daneben nadeln, nicht hinein.',
  'point.KI3.marker.0.approximate':
    'Die WHO definiert KI3 als die Vertiefung zwischen dem höchsten Punkt des Innenknöchels und der Achillessehne, die ertastet wird; der Marker ist in der Mitte zwischen beiden gezeichnet.',

  // LR3 Taichong
  'point.LR3.english': 'Großer Ansturm',
  'point.LR3.channel': 'Leber-Leitbahn',
  'point.LR3.role':
    'Yuan-Punkt (Quellpunkt) der Leber-Leitbahn am Fuß. Mit LI4 bildet er die traditionelle Kombination der „vier Tore“ gegen Schmerz und Anspannung, hinzugenommen bei Rückenschmerzen mit Muskelverspannung oder Stress.',
  'point.LR3.location.practitioner':
    'Fußrücken, zwischen dem 1. und 2. Os metatarsale, in der Vertiefung direkt distal der Vereinigung ihrer Basen, über der A. dorsalis pedis.',
  'point.LR3.location.patient':
    'Auf dem Fußrücken, in der Rinne zwischen großer und zweiter Zehe: Gleiten Sie vom Zehenzwischenraum nach oben, bis die Knochen zusammentreffen; der Punkt liegt in der Mulde kurz davor.',
  'point.LR3.needling.angle': 'senkrecht oder schräg zur Fußsohle hin',
  'point.LR3.needling.notes': TEXTBOOK,
  'point.LR3.cautions.structures':
    'Hier verläuft die A. dorsalis pedis (A. metatarsalis dorsalis I): den Puls tasten und daneben nadeln. Der N. fibularis profundus begleitet sie.',
  'point.LR3.marker.0.approximate':
    'Die WHO definiert LR3 als die Vertiefung direkt distal der Vereinigung der Metatarsalbasen, die ertastet wird; der Marker ist ein Viertel des Weges von dieser Vereinigung zu den Metatarsalköpfchen hin gezeichnet.',

  // SI3 Houxi
  'point.SI3.english': 'Hinterer Bach',
  'point.SI3.channel': 'Dünndarm-Leitbahn',
  'point.SI3.role':
    'Fernpunkt an der Hand; traditionell der Kardinalpunkt (Öffnungspunkt) des Lenkergefäßes, das die Wirbelsäule hinaufzieht, eingesetzt bei akuten Schmerzen und Steifigkeit von Rücken und Nacken, oft kombiniert mit BL62.',
  'point.SI3.location.practitioner':
    'Ulnarer Handrand, in der Vertiefung direkt proximal des 5. Fingergrundgelenks, auf der Grenzlinie zwischen Handflächen- und Handrückenhaut (bei locker geschlossener Faust am ulnaren Ende der distalen Hohlhandfurche).',
  'point.SI3.location.patient':
    'Am Kleinfingerrand der Hand, direkt hinter dem Fingerknöchel (Grundgelenk) des kleinen Fingers, wo die Haut der Handfläche auf die Haut des Handrückens trifft; bei locker geschlossener Faust am Ende der Falte in der Handfläche.',
  'point.SI3.needling.angle': 'senkrecht, mit locker geschlossener Faust',
  'point.SI3.needling.notes': TEXTBOOK,
  'point.SI3.cautions.structures':
    'Rr. digitales dorsales und palmares des N. ulnaris; der Punkt liegt am 5. Os metacarpale am Rand der Hypothenarmuskulatur.',
  'point.SI3.marker.0.approximate':
    'Die WHO definiert SI3 als die Vertiefung direkt proximal des 5. Fingergrundgelenks, nicht über B-Cun; der Schritt von 0,5 B-Cun schätzt nur, wo diese Vertiefung liegt.',

  // EX-UE7 Yaotongdian
  'point.EX-UE7.english': 'Lendenschmerzpunkt',
  'point.EX-UE7.channel': EXTRA,
  'point.EX-UE7.role':
    'Extrapunkte auf dem Handrücken, die nach dem Kreuzschmerz benannt sind; traditionell bei akuter Lendenzerrung eingesetzt und stimuliert, während der Patient den Rücken behutsam bewegt.',
  'point.EX-UE7.location.practitioner':
    'Handrücken, zwei Punkte je Hand: im Zwischenraum zwischen 2. und 3. Os metacarpale und im Zwischenraum zwischen 4. und 5., in der Mitte zwischen der dorsalen Handgelenksfalte und den Fingergrundgelenken. Dies folgt GB/T 12346 (Ausgabe 2006); Deadman legt die Punkte weiter proximal, direkt distal der Metakarpalbasen.',
  'point.EX-UE7.location.patient':
    'Auf dem Handrücken, zwei Stellen an jeder Hand: in der Rinne zwischen den Knochen von Zeige- und Mittelfinger und in der Rinne zwischen Ring- und kleinem Finger, etwa in der Mitte zwischen Handgelenk und Fingerknöcheln.',
  'point.EX-UE7.needling.angle': 'schräg, von beiden Seiten zur Mitte der Handfläche hin',
  'point.EX-UE7.needling.notes':
    'Tiefe nach Lehrbuch (chinesische Lehrbücher); manche englischsprachige Texte geben senkrecht 0,5 bis 1 Cun an. Starke Stimulation ist hier schmerzhaft.',
  'point.EX-UE7.cautions.structures':
    'Strecksehnen, das Rete venosum dorsale manus, die Mm. interossei dorsales und Äste des N. radialis und des N. ulnaris. Starke Stimulation kann bei empfindlichen Menschen ein Ohnmachtsgefühl auslösen. Bei der klassischen Technik bewegt der Patient den Rücken, während die Nadeln stimuliert werden; sie wird daher im Sitzen oder im Stehen mit Halt ausgeführt, während jemand auf Zeichen einer Ohnmacht achtet; Menschen, die zu Ohnmachten neigen, werden im Liegen behandelt, ohne die Bewegung.',

  // LI4 Hegu
  'point.LI4.english': 'Tal der Vereinigung',
  'point.LI4.channel': 'Dickdarm-Leitbahn',
  'point.LI4.role':
    'Yuan-Punkt (Quellpunkt) der Dickdarm-Leitbahn und klassischer Punkt bei Schmerzen in jedem Körperteil; bei Rückenschmerzen wird er als allgemein schmerzlindernder Fernpunkt hinzugenommen, oft mit LR3 (die „vier Tore“).',
  'point.LI4.location.practitioner': 'Handrücken, radial der Mitte des 2. Os metacarpale.',
  'point.LI4.location.patient':
    'Auf dem Handrücken, in der fleischigen Hautfalte zwischen Daumen und Zeigefinger, neben der Mitte des langen Knochens des Zeigefingers.',
  'point.LI4.needling.angle': PERPENDICULAR,
  'point.LI4.needling.notes': 'Tiefe nach Lehrbuch (Deadman; CAM). Starke Stimulation ist hier schmerzhaft.',
  'point.LI4.cautions.pregnancy': classicalPregnancyList('LI4', 'SP6, BL31, BL32, BL60, BL67, GB21 und CV4'),
  'point.LI4.cautions.structures':
    'Der M. interosseus dorsalis I; die A. radialis zieht nahe den Basen zwischen 1. und 2. Os metacarpale zur Handfläche; Äste des R. superficialis des N. radialis.',

  // GV26 Shuigou
  'point.GV26.english': 'Wasserrinne (auch Renzhong, Mitte des Menschen)',
  'point.GV26.channel': GOVERNOR,
  'point.GV26.role':
    'Klassischer Fernpunkt bei akuter Lendenverstauchung, in klassischen Rezepturen mit BL40 kombiniert (Park 2024 fand GV26 unter den häufigsten Punkten und GV26 mit BL40 als eine Hauptkombination). Das Lenkergefäß, auf dem er liegt, zieht die Wirbelsäule hinauf. Er ist auch ein traditioneller Punkt bei Ohnmacht.',
  'point.GV26.location.practitioner':
    'Im Gesicht, in der Mitte des Philtrums auf der Mittellinie, auf halbem Weg zwischen Nasenbasis und Oberrand der Oberlippe (WHO 2008). Als alternative Lage nennt die WHO 2008 den Übergang vom oberen Drittel zu den unteren zwei Dritteln des Philtrums, wo mehrere Lehrbücher (CAM, Deadman) ihn ansetzen.',
  'point.GV26.location.patient': 'Auf der Oberlippe, in der Mitte der Rinne zwischen Nase und Lippe.',
  'point.GV26.needling.angle': 'schräg, nach oben gerichtet',
  'point.GV26.needling.notes':
    'Tiefe nach Lehrbuch (Deadman; CAM). Das Nadeln ist hier stechend schmerzhaft; bei akuter Lendenverstauchung wird die Nadel stimuliert, während der Patient den Rücken behutsam bewegt.',
  'point.GV26.cautions.structures':
    'M. orbicularis oris; A. und V. labialis superior; Äste des N. infraorbitalis und die Rr. buccales des N. facialis. Die Lippe blutet leicht.',

  // CV4 Guanyuan
  'point.CV4.english': 'Tor zum Ursprung',
  'point.CV4.channel': 'Konzeptionsgefäß (Ren Mai)',
  'point.CV4.role':
    'Punkt am Unterbauch auf Höhe des unteren Rückens, an der Vorderseite des Rumpfes; traditionell eingesetzt, oft mit Moxibustion, um bei chronischen Rückenschmerzen vom Schwäche-Typ die Niere und das Ursprungs-Qi (Yuan Qi) zu stärken.',
  'point.CV4.location.practitioner':
    'Auf der vorderen Mittellinie des Unterbauchs, 3 B-Cun unterhalb der Nabelmitte (Nabel bis Oberrand der Symphyse = 5 B-Cun).',
  'point.CV4.location.patient':
    'Vorn am Bauch, auf der Mittellinie, vier Fingerbreit unterhalb des Nabels (die Breite von vier aneinanderliegenden Fingern ist das traditionelle Handmaß für 3 Cun).',
  'point.CV4.needling.angle': PERPENDICULAR,
  'point.CV4.needling.notes':
    'Tiefe nach Lehrbuch (Deadman; CAM), bei leerer Blase: Der Patient entleert vorher die Blase. Moxibustion ist hier traditionell verbreitet.',
  'point.CV4.cautions.pregnancy': `${classicalPregnancyList('CV4', 'LI4, SP6, BL31, BL32, BL60, BL67 und GB21')} Auch die Sicherheitsleitlinien der WHO (1999) raten in der Frühschwangerschaft zur Vorsicht bei Punkten am Unterbauch.`,
  'point.CV4.cautions.depth':
    'Eine volle Blase steigt hinter diesem Punkt auf, und bei schlanken Menschen ist die Bauchwand über Peritonealhöhle und Darm dünn: die Lehrbuchtiefe einhalten.',
  'point.CV4.cautions.structures':
    'Linea alba; R. cutaneus anterior des N. subcostalis (12. Thorakalnerv); Vasa epigastrica superficialia und inferiora.',
  'point.CV4.cautions.moxibustion': MOXIBUSTION,
  // Protocols
  'protocol.chronic-nonspecific.name': 'Chronischer unspezifischer Kreuzschmerz',
  'protocol.chronic-nonspecific.rationale':
    'Lokale Punkte neben und auf der Lendenwirbelsäule auf den schmerzhaften Höhen, dazu Fernpunkte auf der Blasen- und der Nieren-Leitbahn an Knie und Knöchel. ' +
    'Alle gehören zu den häufigen Punkten in den von Lee 2012 ausgezählten Studien zu Kreuzschmerzen, außer den Jiaji-Punkten, die in der heutigen Praxis verbreitet sind. ' +
    'Behandelnde nehmen meist druckschmerzhafte „Ashi“-Punkte hinzu; diese haben keine feste Lage und werden deshalb in der Liste beschrieben, nicht markiert. ' +
    'In Studien wie GERAC schnitt echte Akupunktur nur wenig besser ab als flaches Nadeln an Nicht-Punkten; die Punktauswahl ist also möglicherweise weniger wichtig, als diese Liste nahelegt.',
  'protocol.acute-lumbar-strain.name': 'Akute Lendenzerrung',
  'protocol.acute-lumbar-strain.rationale':
    'Traditionell wird ein frisch gezerrter Rücken zuerst mit Fernpunkten abseits der schmerzenden Stelle behandelt; sie werden stimuliert, während die Person den Rücken behutsam bewegt und beugt. ' +
    'GV26 an der Oberlippe mit BL40 in der Kniekehle ist das klassische Paar (Park 2024). Yaotongdian auf dem Handrücken ist ein moderner Extrapunkt für denselben Zweck (GB/T 12346). ' +
    'SI3 und BL62 sind das klassische Paar von Kardinalpunkten: SI3 öffnet das Lenkergefäß, das entlang der Wirbelsäule verläuft, und BL62 das Yang Qiao Mai (Yang-Fersengefäß), das an der Außenseite von Bein und Flanke hinaufzieht. ' +
    'Die meisten akuten Rückenschmerzen klingen innerhalb von Wochen ab, was auch immer man tut, und die Evidenz für Akupunktur ist hier spärlich und von geringer Vertrauenswürdigkeit (siehe „Zur Evidenz“).',
  'protocol.sciatica-posterior-leg.name': 'Kreuzschmerz mit Ischialgie an der Beinrückseite',
  'protocol.sciatica-posterior-leg.rationale':
    'Schmerz, der an der Rückseite des Beins hinunterzieht, folgt in traditioneller Sicht der Blasen-Leitbahn; daher werden Punkte entlang dieser Leitbahn gewählt, vom unteren Rücken und Gesäß bis hinunter zum Knöchel, darunter BL58, der Luo-Punkt der Leitbahn an der Wade. ' +
    'GB30 und BL25 gehören zu den häufigsten Punkten in den von Lee 2012 ausgezählten Studien zu Kreuzschmerzen. ' +
    'Mehrere dieser Punkte liegen über dem Ischiasnerv und werden daher mit Vorsicht genadelt. Eine Ischialgie mit Schwäche oder Taubheit im Bein muss zuerst ärztlich abgeklärt werden.',
  'protocol.sciatica-lateral-leg.name': 'Kreuzschmerz mit Schmerzen an der Beinaußenseite',
  'protocol.sciatica-lateral-leg.rationale':
    'Schmerz entlang der Außenseite von Oberschenkel und Bein folgt in traditioneller Sicht der Gallenblasen-Leitbahn; daher werden GB30 an der Hüfte, GB31 am äußeren Oberschenkel, GB34 unterhalb des Knies und GB39 oberhalb des Knöchels mit lokalen Lendenpunkten kombiniert. ' +
    'GB30 und GB34 sind beide häufig in den von Lee 2012 ausgezählten Studien zu Kreuzschmerzen.',
  'protocol.kidney-pattern.name': 'Kombination beim Nieren-Muster (chronischer, schwacher, müder Rücken)',
  'protocol.kidney-pattern.rationale':
    'In der traditionellen chinesischen Medizin wird ein lang bestehender, dumpfer Schmerz im unteren Rücken, der bei Müdigkeit schlimmer und in Ruhe besser wird, einer Nieren-Schwäche zugeschrieben. ' +
    'Diese Kombination nutzt den Zustimmungspunkt der Niere BL23 mit BL52 und GV4 auf gleicher Höhe, den Yuan-Punkt der Niere KI3, SP6, wo sich die drei Yin-Leitbahnen des Beins treffen, und CV4 am Unterbauch, ' +
    'oft mit Moxibustion (die Vorsicht erfordert: Verbrennungen, gefühllose Haut, Schwangerschaft). ' +
    'Das Muster ist ein traditionelles Konzept, keine Diagnose einer Nierenerkrankung. SP6 und CV4 werden in der Schwangerschaft traditionell gemieden.',
  'protocol.acupressure-self-care.name': 'Akupressur zur Selbsthilfe',
  'protocol.acupressure-self-care.rationale':
    'Risikoarme Punkte, die Sie selbst erreichen und drücken können, so wie Praxis-Websites sie beschreiben: Reiben Sie den unteren Rücken neben der Wirbelsäule (BL23) und die Mulden beidseits davon (Yaoyan) mit den Fingerknöcheln oder den Fäusten; ' +
    'drücken Sie in die Mitte des Gesäßes (GB30), an eine Wand gelehnt oder auf einem Tennisball liegend; ' +
    'drücken Sie sanft vier Fingerbreit unterhalb des Nabels (CV4: vier aneinanderliegende Finger sind das traditionelle Maß für 3 Cun), aber nicht, wenn Sie schwanger sind oder schwanger sein könnten; ' +
    'drücken Sie die Mitte der Falte hinten am Knie (BL40) und die Wade direkt unterhalb des Knies (BL55), aber nicht die Kniekehle, wenn dort eine pulsierende Schwellung ist oder die Wade geschwollen, warm oder schmerzhaft ist; ' +
    'und drücken Sie die Handkante (SI3) und den Handrücken (Yaotongdian), während Sie den Rücken langsam bewegen. ' +
    'Drücken Sie etwa eine Minute lang fest, aber angenehm, und lassen Sie Stellen mit Krampfadern, Blutergüssen oder verletzter Haut aus. ' +
    'Selbstmassage kann bei manchen Menschen Beschwerden lindern, ersetzt aber keine Behandlung: Wenden Sie sich an eine medizinische Fachperson, wenn der Schmerz stark ist, anhält oder mit Taubheit, Schwäche oder Problemen mit Blase oder Darm einhergeht. ' +
    'Wenn Sie schwanger sind, fragen Sie eine Fachperson für Akupunktur, bevor Sie einen dieser Punkte drücken.',

  // Evidence
  'evidence.title': 'Zur Evidenz',
  'evidence.disclaimer':
    'Diese Karte dient dem Lernen. Sie ist keine medizinische Beratung, keine Diagnose und kein Behandlungsplan. Kreuzschmerzen haben viele Ursachen: ' +
    'Wenn Ihre Schmerzen neu, stark oder zunehmend sind, gehen Sie zu einer Ärztin oder einem Arzt, und wählen Sie für eine Akupunktur eine qualifizierte, zugelassene Fachperson.',
  'evidence.section.0.heading': 'Die größte Studie: echte Akupunktur, Schein-Akupunktur und übliche Versorgung',
  'evidence.section.0.paragraph.0':
    'Die deutsche GERAC-Studie begleitete 1162 Erwachsene mit chronischen Kreuzschmerzen. Sie erhielten eine von drei Behandlungen: traditionelle Akupunktur; ' +
    '„Schein“-Akupunktur, also flaches Nadeln an Stellen, die keine Akupunkturpunkte sind; oder eine leitliniengerechte konventionelle Behandlung (Medikamente, Physiotherapie und Bewegungstherapie). ' +
    'Die Nadelgruppen erhielten 10 Sitzungen von etwa 30 Minuten, meist zweimal pro Woche.',
  'evidence.section.0.paragraph.1':
    'Sechs Monate später lag der Anteil der Menschen, deren Schmerzen oder Rückenfunktion sich deutlich gebessert hatten, bei 47,6 % nach Akupunktur, 44,2 % nach Schein-Akupunktur und 27,4 % nach konventioneller Behandlung.',
  'evidence.section.0.paragraph.2':
    'Echte und Schein-Akupunktur führten zu fast demselben Ergebnis: Der kleine Unterschied zwischen ihnen könnte gut auf Zufall beruhen (p = 0,39). ' +
    'Beide Nadelgruppen schnitten in dieser Studie besser ab als die konventionelle Behandlung. ' +
    'Das deutet darauf hin, dass das Nadeln an sich, die Zuwendung in der Behandlung und die Erwartungen wichtiger sein könnten als die genaue Wahl der Punkte.',
  'evidence.section.1.heading': 'Was Übersichtsarbeiten über viele Studien sagen',
  'evidence.section.1.paragraph.0':
    'Ein Cochrane-Review von 2020 schloss 33 Studien mit 8270 Menschen ein, die chronische Kreuzschmerzen ohne bestimmte Ursache hatten. ' +
    'Nicht jede Studie ließ sich mit den anderen zusammenfassen: Jedes der folgenden Ergebnisse fasst die Studien zusammen, die es auf dieselbe Weise gemessen haben.',
  'evidence.section.1.paragraph.1':
    'Im Vergleich zu Schein-Akupunktur verringert echte Akupunktur den Schmerz möglicherweise nicht in einem Ausmaß, das Menschen als bedeutsam wahrnehmen würden, gemessen direkt nach Ende der Behandlungsserie.',
  'evidence.section.1.paragraph.2':
    'Im Vergleich zu keiner Behandlung berichteten Menschen, die Akupunktur erhalten hatten, direkt nach der Behandlung über weniger Schmerzen und bessere Funktion im Alltag. ' +
    'Diese Studien konnten nicht verblindet werden: Die Teilnehmenden wussten, ob sie behandelt worden waren, daher könnten Erwartungen einen Teil des Unterschieds erklären. ' +
    'Im Vergleich zur üblichen Versorgung war ein etwaiger Nutzen gering.',
  'evidence.section.1.paragraph.3':
    'Das Review bewertete die Vertrauenswürdigkeit der meisten dieser Ergebnisse als niedrig (GRADE): Die wahren Effekte könnten deutlich anders sein, und neue Studien könnten sie verändern.',
  'evidence.section.2.heading': 'Was Leitlinien empfehlen: Sie sind sich uneins',
  'evidence.section.2.paragraph.0':
    'Das American College of Physicians (2017) rät, dass Menschen mit chronischen Kreuzschmerzen und ihre Behandelnden zuerst Behandlungen ohne Medikamente versuchen sollten, ' +
    'etwa Bewegungstherapie, multidisziplinäre Rehabilitation, Akupunktur oder achtsamkeitsbasierte Stressreduktion.',
  'evidence.section.2.paragraph.1':
    'NICE, das den englischen Gesundheitsdienst NHS berät, sagt in der Leitlinie NG59 (2016, aktualisiert 2020): „Akupunktur nicht anbieten“ zur Behandlung von Kreuzschmerzen, mit oder ohne Ischialgie. ' +
    'Damit kehrte NICE seine Empfehlung von 2009 um, die noch nahegelegt hatte, eine Akupunkturserie in Betracht zu ziehen. ' +
    'Das Gremium gab Studien Gewicht, in denen echte Akupunktur kaum besser abschnitt als Schein-Akupunktur.',
  'evidence.section.2.paragraph.2':
    'Fachgremien, die ähnliche Studien betrachten, kommen also zu unterschiedlichen Schlüssen. ' +
    'Akupunktur ist eine Option, die manche Leitlinien neben Aktivbleiben und Bewegung aufführen, nicht überall eine erste Wahl.',
  'evidence.section.3.heading': 'Akuter Kreuzschmerz: Was bekannt ist',
  'evidence.section.3.paragraph.0':
    'Die obigen Studien und Übersichtsarbeiten betreffen chronische Schmerzen, die länger als drei Monate bestehen. ' +
    'Zu akuten Schmerzen, etwa bei einem frisch gezerrten Rücken, ist die Evidenz zur Akupunktur spärlich: wenige, kleine Studien mit geringer Vertrauenswürdigkeit.',
  'evidence.section.3.paragraph.1':
    'Die meisten akuten Kreuzschmerzen bessern sich innerhalb weniger Wochen deutlich, unabhängig von der Behandlung; daher sind Aktivbleiben und Zeit am wichtigsten. ' +
    'Das American College of Physicians (2017) schlägt vor, dass Menschen mit akuten oder subakuten Schmerzen, die eine Behandlung wünschen, eine ohne Medikamente wählen, ' +
    'etwa oberflächliche Wärme, Massage, Akupunktur oder Manipulation der Wirbelsäule, und bewertet die Evidenz für Akupunktur dort als von niedriger Qualität. ' +
    'NICE NG59 rät von Akupunktur bei Kreuzschmerzen jeder Dauer ab.',
  'evidence.section.3.paragraph.2':
    'Die Kombination „Akute Lendenzerrung“ in dieser Karte ist traditionell überliefert, kein geprüftes Behandlungsprotokoll.',
  'evidence.section.4.heading': 'Wie häufig Nebenwirkungen auftreten',
  'evidence.section.4.paragraph.0':
    'Akupunktur hat durchaus Nebenwirkungen. Eine Übersichtsarbeit von 2021 über Studien, die Nebenwirkungen bei ihrem Auftreten erfassten, ergab, dass etwa 9 von 100 Patienten (9,3 %) mindestens eine hatten. ' +
    'Die meisten waren leicht und von kurzer Dauer: ein kleiner Bluterguss oder ein Tropfen Blut oder ein Wundgefühl an der Einstichstelle. ' +
    'Manche Menschen fühlen sich danach müde oder benommen.',
  'evidence.section.4.paragraph.1':
    'Schwerwiegende Ereignisse sind selten, etwa 1 von 10.000 Patienten. Dazu gehören ein Zusammenfallen der Lunge (Pneumothorax) durch zu tiefes Nadeln an Brust oder oberem Rücken sowie Infektionen. ' +
    'Ausgebildete Behandelnde, sterile Einmalnadeln und eine sorgfältig gewählte Stichtiefe verringern diese Risiken.',
  'evidence.section.4.paragraph.2':
    'Sagen Sie der behandelnden Person, wenn Sie Blutverdünner einnehmen oder eine Blutgerinnungsstörung haben, einen Herzschrittmacher tragen (elektrische Stimulation der Nadeln ist dann möglicherweise ungeeignet), ' +
    'ein geschwächtes Immunsystem haben oder wenn Sie schon einmal beim Nadeln ohnmächtig geworden sind.',
  'evidence.section.5.heading': 'Schwangerschaft',
  'evidence.section.5.paragraph.0':
    'Traditionell werden in der Schwangerschaft einige Punkte gemieden. Von den Punkten dieser Karte sind das LI4 an der Hand, SP6 an der Innenseite des Beins, BL31 und BL32 am Kreuzbein, BL60 am Knöchel und CV4 unterhalb des Nabels ' +
    '(die klassische Liste enthält außerdem BL67 und GB21). ' +
    'Die Sicherheitsleitlinien der WHO halten fest, dass Punkte am Unterbauch sowie am unteren Rücken und Kreuzbein in der Frühschwangerschaft traditionell gemieden werden.',
  'evidence.section.5.paragraph.1':
    'Eine Übersichtsarbeit von 2015 über 15 Studien mit 823 schwangeren Frauen, in denen diese traditionell „verbotenen“ Punkte genadelt wurden, fand keinen objektiven Hinweis auf Schaden. ' +
    'Es waren nur wenige, kleine Studien, daher gehen Behandelnde weiterhin vorsichtig vor. Wenn Sie schwanger sind oder sein könnten, sagen Sie es vor der Behandlung.',
  'evidence.section.6.heading': 'Wann zuerst ärztlicher Rat nötig ist',
  'evidence.section.6.paragraph.0':
    'Suchen Sie umgehend ärztliche Hilfe auf, statt sich akupunktieren zu lassen, wenn Rückenschmerzen mit einem dieser Warnzeichen („Red Flags“) einhergehen: ' +
    'Taubheit im Genital- oder Analbereich; neu aufgetretene Probleme beim Wasserlassen oder beim Halten von Urin oder Stuhl; ' +
    'Schwäche, Taubheit oder Kribbeln in einem Bein, die zunehmen; Fieber oder allgemeines Krankheitsgefühl; ungeklärter Gewichtsverlust; eine Krebserkrankung in der Vorgeschichte; ' +
    'Schmerzen, die erstmals im Alter über 50 Jahren auftreten; langfristige Einnahme von Kortison-(Steroid-)Tabletten oder von Medikamenten, die das Immunsystem schwächen; ' +
    'Drogenkonsum durch Injektion; anhaltende Schmerzen, die in Ruhe nicht nachlassen und nachts schlimmer sind; Schmerzen im oberen Rücken (im Brustabschnitt der Wirbelsäule); ' +
    'oder Schmerzen nach einem schweren Sturz oder Unfall.',
  'evidence.section.6.paragraph.1':
    'Leitlinien nennen diese Zeichen, weil Rückenschmerzen in seltenen Fällen von einem Knochenbruch, einer Infektion, einem Tumor oder von Druck auf die Nerven am unteren Ende der Wirbelsäule (Cauda-equina-Syndrom) herrühren, ' +
    'die dringend behandelt werden müssen.',
  'evidence.section.7.heading': 'Über diese Karte',
  'evidence.section.7.paragraph.0':
    'Die gezeigten Punkte werden in Akupunkturstudien, klassischen Texten und Lehrbüchern häufig bei Kreuzschmerzen verwendet. ' +
    'Druckschmerzhafte „Ashi“-Punkte, die auch die meisten Studien nutzen, haben keine feste Lage und werden in der Liste beschrieben statt markiert. ' +
    'Die Positionen sind aus anatomischen Orientierungspunkten und proportionalen Maßen (B-Cun) berechnet und daher Näherungen: ' +
    'Am echten Menschen findet die behandelnde Person jeden Punkt durch Ertasten der Orientierungspunkte, und manche Punkte sind nur als eine unter dem Finger tastbare Vertiefung definiert.',
  'evidence.section.7.paragraph.1':
    'Tiefen und Winkel sind Lehrbuchwerte für ausgebildete Behandelnde. Nichts hier sagt Ihnen, welche Punkte für Ihren Rücken geeignet sind, ' +
    'und es ersetzt keine Untersuchung durch eine medizinische Fachperson.',

  // What a session is like
  'session.heading': 'Wie eine Sitzung abläuft',
  'session.paragraph.0':
    'Beim ersten Termin fragt die behandelnde Person nach Ihren Rückenschmerzen, Ihrer Gesundheit und Ihren Medikamenten und achtet auf Anzeichen, die zuerst ärztlich abgeklärt werden müssen. ' +
    'Danach liegen Sie meist auf dem Bauch oder auf der Seite; unterer Rücken und Beine sind dabei unbedeckt.',
  'session.paragraph.1':
    'Die Nadeln sind sehr fein, steril und werden nur einmal verwendet. Beim Einstechen spüren die meisten einen kurzen Piks oder kaum etwas. ' +
    'Sitzt die Nadel, spüren Sie vielleicht einen dumpfen Schmerz, Schwere, Wärme oder ein sich ausbreitendes Kribbeln um sie herum; in der chinesischen Medizin heißt das Deqi („Ankommen des Qi“). ' +
    'Ein scharfer, brennender oder elektrisierender Schmerz ist nicht beabsichtigt: Sagen Sie es, dann korrigiert die behandelnde Person die Nadel.',
  'session.paragraph.2':
    'Die Nadeln bleiben meist 20 bis 30 Minuten liegen, während Sie ruhen. Die behandelnde Person dreht sie eventuell sanft, schließt einen schwachen elektrischen Strom an (Elektroakupunktur) ' +
    'oder verwendet Wärme wie Moxibustion. Neben dem Rücken werden oft auch Punkte an Händen, Knien und Knöcheln genutzt.',
  'session.paragraph.3':
    'Die Zahl der Sitzungen ist unterschiedlich. In der großen GERAC-Studie erhielten die Teilnehmenden 10 Sitzungen, meist zweimal pro Woche über etwa 5 bis 6 Wochen; Praxen schlagen oft 6 bis 12 Sitzungen vor. ' +
    'Es ist sinnvoll, nach einigen Sitzungen mit der behandelnden Person zu besprechen, ob die Behandlung hilft.',
  'session.paragraph.4':
    'Leichte Nebenwirkungen sind häufig: Etwa 9 von 100 Menschen haben mindestens eine, zum Beispiel einen kleinen Bluterguss, einen Tropfen Blut, ein Wundgefühl an der Einstichstelle oder Müdigkeit oder Benommenheit. ' +
    'Wenn Sie sich während der Behandlung einer Ohnmacht nahe fühlen, sagen Sie es sofort. Schwerwiegende Probleme sind selten, etwa 1 von 10.000 Menschen.',
  'session.paragraph.5':
    'Sagen Sie der behandelnden Person, wenn Sie schwanger sind oder sein könnten, Blutverdünner einnehmen, eine Blutgerinnungsstörung, einen Herzschrittmacher oder ein geschwächtes Immunsystem haben ' +
    'oder Angst vor Nadeln haben.',

  // Ashi points
  'ashi.english': 'Druckschmerzpunkte („Das ist es!“)',
  'ashi.paragraph.0':
    'Ashi-Punkte sind keine festen Punkte. Es sind Stellen, die sich bei Druck empfindlich, verspannt oder schmerzhaft anfühlen und durch Abtasten des schmerzhaften Bereichs und seiner Umgebung gefunden werden; ' +
    'der Name greift das „Das ist es!“ des Patienten auf, wenn auf die Stelle gedrückt wird.',
  'ashi.paragraph.1':
    'Bei Kreuzschmerzen werden sie in der Praxis und in vielen Studien häufig zu den festen Punkten hinzugenommen, wo immer die Person Schmerzen hat: ' +
    'oft in den Muskeln neben der Wirbelsäule, über dem Kreuzbein oder im Gesäß.',
  'ashi.paragraph.2': 'Da sie keine feste Lage haben, beschreibt diese Karte sie hier und markiert sie nicht.',

  // Depth view: what lies under the points
  'depth.BL23.structure': KIDNEY,
  'depth.BL23.note':
    'Die Niere liegt auf dieser Höhe vor der tiefen Rückenmuskulatur; eine Nadel, die an BL23 tief oder schräg nach außen geführt wird, kann sie erreichen.',
  'depth.BL23.published': MRI_BL23,
  'depth.BL52.structure': KIDNEY,
  'depth.BL52.note': 'BL52 liegt über der Niere: Tiefes senkrechtes Nadeln gefährdet sie hier, stärker als an BL23.',
  'depth.BL52.published': MRI_BL23,
  'depth.BL24.structure': KIDNEY,
  'depth.BL24.note': 'Der untere Nierenpol reicht etwa bis auf Höhe von L3; tiefes Nadeln an BL24 kann in seine Nähe kommen.',
  'depth.BL24.published': MRI_BL23,
  'depth.GV3.structure': SPINAL_CANAL,
  'depth.GV3.note': spinalCanalNote('von L4 und L5'),
  'depth.GV4.structure': SPINAL_CANAL,
  'depth.GV4.note': spinalCanalNote('von L2 und L3'),
  'depth.EX-B8.structure': SPINAL_CANAL,
  'depth.EX-B8.note': spinalCanalNote('von L5 und Kreuzbein'),
  'depth.EX-B2.structure': 'Wirbelbogen',
  'depth.EX-B2.note':
    'Einen halben Cun neben der Mittellinie trifft die Nadel auf die Lamina des Wirbelbogens; der Spinalnerv tritt direkt daneben aus der Wirbelsäule aus.',
  'depth.BL31.structure': SACRAL_FORAMEN,
  'depth.BL31.note': foramenNote('BL31'),
  'depth.BL31.published': foramenPublished('BL31', '58,2 ± 12,4'),
  'depth.BL32.structure': SACRAL_FORAMEN,
  'depth.BL32.note': foramenNote('BL32'),
  'depth.BL32.published': foramenPublished('BL32', '44,6 ± 11,6'),
  'depth.BL33.structure': SACRAL_FORAMEN,
  'depth.BL33.note': foramenNote('BL33'),
  'depth.BL33.published': foramenPublished('BL33', '34,0 ± 10,7'),
  'depth.BL34.structure': SACRAL_FORAMEN,
  'depth.BL34.note': foramenNote('BL34'),
  'depth.BL34.published': foramenPublished('BL34', '31,1 ± 10,9'),
  'depth.GB30.structure': SCIATIC_NERVE,
  'depth.GB30.note': `Der Ischiasnerv verläuft unter GB30 tief im Gesäß, unterhalb des M. piriformis; ${SCIATIC_FEEL}`,
  'depth.BL54.structure': SCIATIC_NERVE,
  'depth.BL54.note': `Der Ischiasnerv verläuft tief unter BL54, wo er das Becken verlässt; ${SCIATIC_FEEL}`,
  'depth.BL36.structure': SCIATIC_NERVE,
  'depth.BL36.note': `Der Ischiasnerv verläuft an BL36 tief unter der Gesäßfalte; ${SCIATIC_FEEL}`,
  'depth.BL37.structure': SCIATIC_NERVE,
  'depth.BL37.note': `Der Ischiasnerv verläuft an BL37 tief in der Rückseite des Oberschenkels; ${SCIATIC_FEEL}`,
  'depth.BL40.structure': POPLITEAL,
  'depth.BL40.note':
    'In der Kniekehle liegt der N. tibialis am oberflächlichsten, die V. poplitea tiefer und die Arterie am tiefsten, an der Rückseite des Kniegelenks.',
  'depth.BL57.structure': TIBIAL_NERVE,
  'depth.BL57.note': 'Der N. tibialis und die Vasa tibialia posteriora verlaufen unter BL57 in der Tiefe, unter der Wadenmuskulatur.',
  'depth.BL55.structure': POPLITEAL,
  'depth.BL55.note':
    'Direkt unterhalb der Kniekehle, zwischen den beiden Köpfen des M. gastrocnemius, verlaufen der N. tibialis und die Kniekehlengefäße in der Tiefe unter BL55.',
  'depth.SP6.structure': TIBIAL_NERVE,
  'depth.SP6.note': 'Der N. tibialis und die Vasa tibialia posteriora verlaufen hier hinter der Tibia; tiefes, nach hinten gerichtetes Nadeln nähert sich ihnen.',
  'depth.GB34.structure': 'N. fibularis communis',
  'depth.GB34.note':
    'Der N. fibularis communis windet sich direkt hinter und unterhalb von GB34 um den Fibulahals und teilt sich dort; er liegt dicht unter der Haut.',
  'depth.KI3.structure': TIBIAL_NERVE,
  'depth.KI3.note': 'Der N. tibialis und die A. tibialis posterior ziehen dicht neben KI3 hinter dem Innenknöchel vorbei.',

  // Anatomy legend
  'anatomy.bone.label': 'Knochen',
  'anatomy.bone.holds': 'T10 bis L5, Kreuzbein, Steißbein, Becken, Oberschenkelknochen, Kniescheibe, Schienbein, Wadenbein, Fuß, Schulterblatt, Rippen 9 bis 12',
  'anatomy.cartilage.label': 'Bandscheibe',
  'anatomy.cartilage.holds': 'Bandscheiben',
  'anatomy.organ.label': 'Niere',
  'anatomy.organ.holds': 'Nieren',
  'anatomy.nerve.label': 'Nerv',
  'anatomy.nerve.holds': 'Ischiasnerv, N. tibialis und N. fibularis communis',
  'anatomy.artery.label': 'Arterie',
  'anatomy.artery.holds': 'Kniekehlenarterie (A. poplitea)',
  'anatomy.vein.label': 'Vene',
  'anatomy.vein.holds': 'Kniekehlenvene (V. poplitea)',

  // Channel legend
  'channel.bladder.name': 'Blasen-Leitbahn (innerer/äußerer Ast)',
  'channel.governor.name': GOVERNOR,
  'channel.gallbladder.name': GALLBLADDER,
  'channel.kidney.name': 'Nieren-Leitbahn',
  'channel.stomach.name': 'Magen-Leitbahn',
  'channel.spleen.name': 'Milz-Leitbahn',
  'channel.liver.name': 'Leber-Leitbahn',
  'channel.large-intestine.name': 'Dickdarm-Leitbahn',
};

export default texts;
