/**
 * Spanish (neutral international Spanish) translation of the catalogue's built-in texts.
 * Keys as printed by `npm run i18n:texts`. Codes, pinyin, numbers and citations stay as in
 * English, written the Spanish way: decimal comma (1,5 B-cun, P = 0,39) as the widget's numbers (Intl, es) show them.
 * Patient texts address the reader as «usted»; practitioner texts use textbook terms.
 */
import type { ContentTexts } from '../content-texts.js';

// Texts the English repeats word for word are written once here.

const PREGNANCY_LUMBOSACRAL =
  'Tradición: la guía de seguridad de la OMS (1999) señala que los puntos lumbosacros se evitan tradicionalmente al inicio del embarazo. ' +
  'Evidencia: una revisión de 2015 de ensayos que punzaron durante el embarazo puntos tradicionalmente «prohibidos» (Carr; 15 ensayos, 823 mujeres) ' +
  'no halló pruebas objetivas de daño, pero los datos son limitados, por lo que los profesionales siguen actuando con precaución.';

/** "Tradition: X is on the classical list …": `others` in the English order. */
function pregnancyClassicalList(code: string, others: string): string {
  return (
    `Tradición: ${code} figura en la lista clásica de puntos que tradicionalmente se evitan en el embarazo (junto con ${others}). ` +
    'Evidencia: una revisión de 2015 de ensayos que punzaron estos puntos durante el embarazo (Carr; 15 ensayos, 823 mujeres) ' +
    'no halló pruebas objetivas de daño; los datos son limitados, por lo que los profesionales siguen actuando con precaución.'
  );
}

const MOXIBUSTION =
  'La moxibustión (quemar artemisa seca sobre la piel o por encima de ella) puede quemar la piel o levantar ampollas: hay que dejar una separación o poner una barrera y vigilar la piel. ' +
  'Debe evitarse donde la sensibilidad de la piel está disminuida (por ejemplo, en la neuropatía diabética o tras una cirugía de columna), sobre piel lesionada o con cicatrices ' +
  'y en personas que no pueden avisar del calor. Tradicionalmente, la moxibustión en la parte baja del abdomen y en la región lumbosacra se evita durante el embarazo.';

const PLEURA =
  'La pleura termina normalmente por encima de este nivel (hacia la 12.ª costilla), por lo que el neumotórax, el principal riesgo de punzar la espalda a nivel torácico, no es motivo de preocupación aquí.';

const MIDLINE_DEPTH =
  'Punto de la línea media: la punción profunda pasa entre las apófisis espinosas, a través de los ligamentos supraespinoso e interespinoso, hacia el ligamento amarillo y el canal vertebral. ' +
  'La profundidad a la que está el canal depende de la constitución y es menor en personas delgadas; este mapa no da una cifra para ella. ' +
  'Hay que respetar la profundidad de los manuales (Deadman; CAM), con una ligera inclinación hacia arriba.';

const TEXTBOOK = 'Rango según los manuales (Deadman; CAM).';
const TEXTBOOK_CAM = 'Rango según los manuales (CAM).';
const TEXTBOOK_BACK_SHU = 'Rango de los manuales para los puntos shu de la espalda lumbares (Deadman; CAM).';
const TEXTBOOK_MOXA = 'Rango según los manuales (Deadman; CAM). Tradicionalmente se usa moxibustión en este punto.';
const FORAMEN_PALPATE = 'Rango según los manuales (Deadman; CAM). El agujero se localiza por palpación.';
const FORAMEN_ENTER = `${FORAMEN_PALPATE.slice(0, -1)}; la aguja debe entrar en él en lugar de chocar con el hueso.`;
const FORAMEN_DEPTH = 'El agujero atraviesa el sacro hacia la pelvis; hay que respetar la profundidad de los manuales.';
const FORAMEN_DEPTH_NO_PLEURA = `${FORAMEN_DEPTH} A este nivel no hay pleura ni riñón.`;
const ERECTOR_LUMBAR = 'Erector de la columna; ramos posteriores de los nervios espinales lumbares y vasos lumbares.';
const SUPRASPINOUS = 'Ligamentos supraespinoso e interespinoso; ramos posteriores de los nervios espinales lumbares y vasos.';

const PERPENDICULAR = 'perpendicular';
const SLIGHTLY_UPWARD = 'perpendicular u oblicua leve, dirigida un poco hacia arriba';
const INTO_FORAMEN = 'perpendicular, dentro del agujero';

const BLADDER = 'Vejiga';
const GALLBLADDER = 'Vesícula Biliar';
const GOVERNOR = 'Vaso Gobernador';
const EXTRA = 'Puntos extra';

const KIDNEY_MRI =
  'RM de 140 adultos: con la aguja recta en BL23, la primera estructura en riesgo (el riñón o la cavidad abdominal) estaba a 8,0 ± 1,2 cm en las mujeres ' +
  'y a 10,0 ± 1,1 cm en los hombres; a 7,0 ± 1,0 cm en adultos con bajo peso.';

const SPINAL_CANAL_NOTE = (from: string, to: string): string =>
  `Bajo el punto, la aguja encuentra los ligamentos entre las apófisis espinosas; más profundo, entre las láminas de ${from} y ${to}, está el canal vertebral.`;

const SACRAL_FORAMEN_NOTE = (code: string): string =>
  `${code} se punza dentro de un agujero sacro posterior; por él pasan las raíces de los nervios sacros y, más allá, está la pelvis.`;

const SACRAL_CT = (code: string, mm: string): string =>
  `TC de 100 adultos: la profundidad eficaz para ${code} (tejido blando más la mitad del grosor del sacro, con la aguja inclinada hacia el agujero) fue de ${mm} mm.`;

const SCIATIC_SENSATION = 'una aguja que lo alcanza produce una sensación aguda, eléctrica, que baja por la pierna.';

const points: ContentTexts = {
  'point.GV4.english': 'Puerta de la Vida',
  'point.GV4.channel': GOVERNOR,
  'point.GV4.role':
    'Punto local de la columna a la altura de L2. Se usa tradicionalmente para calentar y fortalecer el Riñón en el dolor lumbar crónico y la rigidez, a menudo con moxibustión; está al mismo nivel que BL23 y BL52.',
  'point.GV4.location.practitioner':
    'En la línea media posterior de la región lumbar, en la depresión inmediatamente inferior a la apófisis espinosa de L2 (dos apófisis espinosas por encima de la línea de las crestas ilíacas, en L4). A ese mismo nivel, BL23 está 1,5 B-cun lateral y BL52, 3 B-cun lateral.',
  'point.GV4.location.patient':
    'En el centro de la parte baja de la espalda, en el pequeño hueco justo debajo del saliente óseo de la segunda vértebra lumbar, unas dos vértebras por encima de la línea que une la parte más alta de los huesos de la cadera.',
  'point.GV4.needling.angle': SLIGHTLY_UPWARD,
  'point.GV4.needling.notes':
    'Rango según los manuales (Deadman; CAM). Tradicionalmente se usa moxibustión en este punto, sobre todo en el dolor de espalda crónico de tipo frío.',
  'point.GV4.cautions.pregnancy': PREGNANCY_LUMBOSACRAL,
  'point.GV4.cautions.depth': `${MIDLINE_DEPTH} A la altura de L2, en algunas personas el extremo inferior de la médula espinal puede estar todavía en el canal. ${PLEURA}`,
  'point.GV4.cautions.structures': SUPRASPINOUS,
  'point.GV4.cautions.moxibustion': MOXIBUSTION,

  'point.GV3.english': 'Puerta del Yang Lumbar',
  'point.GV3.channel': GOVERNOR,
  'point.GV3.role':
    'Punto local de la columna a la altura de L4, usado tradicionalmente para el dolor lumbosacro que puede irradiarse a las piernas; uno de los puntos de uso frecuente en los estudios sobre dolor lumbar (Lee 2012).',
  'point.GV3.location.practitioner':
    'En la línea media posterior de la región lumbar, en la depresión inmediatamente inferior a la apófisis espinosa de L4; L4 está en la línea que une los puntos más altos de las dos crestas ilíacas.',
  'point.GV3.location.patient':
    'En el centro de la parte baja de la espalda, a la altura de la línea que une la parte más alta de los huesos de la cadera, en el hueco justo debajo del saliente óseo de la columna en ese punto.',
  'point.GV3.needling.angle': SLIGHTLY_UPWARD,
  'point.GV3.needling.notes': TEXTBOOK_MOXA,
  'point.GV3.cautions.pregnancy': PREGNANCY_LUMBOSACRAL,
  'point.GV3.cautions.depth': `${MIDLINE_DEPTH} ${PLEURA}`,
  'point.GV3.cautions.structures':
    'Ligamentos supraespinoso e interespinoso; ramos posteriores de los nervios espinales lumbares y vasos; más profundo, en el canal, está el saco dural con la cola de caballo.',
  'point.GV3.cautions.moxibustion': MOXIBUSTION,

  'point.BL23.english': 'Shu del Riñón',
  'point.BL23.channel': BLADDER,
  'point.BL23.role':
    'Punto shu de la espalda (de transporte dorsal) del Riñón; en la teoría tradicional, la zona lumbar es la «residencia de los Riñones». Está entre los puntos más usados en los estudios sobre dolor lumbar (Lee 2012).',
  'point.BL23.location.practitioner':
    'Región lumbar, a la altura del borde inferior de la apófisis espinosa de L2, 1,5 B-cun lateral a la línea media posterior (la mitad de la distancia entre la línea media y el borde medial de la escápula). Al mismo nivel que GV4 y BL52.',
  'point.BL23.location.patient':
    'A cada lado de la columna, a unos dos dedos de distancia del centro, a la altura de la segunda vértebra lumbar, en la franja de músculo que hay junto a la columna.',
  'point.BL23.needling.angle': PERPENDICULAR,
  'point.BL23.needling.notes':
    'Rango de los manuales para los puntos shu de la espalda lumbares (Deadman; CAM). No se debe superar, y en pacientes delgados hay que punzar menos profundo, por el riñón. Tradicionalmente se usa moxibustión.',
  'point.BL23.cautions.pregnancy': PREGNANCY_LUMBOSACRAL,
  'point.BL23.cautions.depth': `El riñón está en profundidad bajo este punto: la punción perpendicular profunda, sobre todo en personas delgadas, puede lesionarlo. ${PLEURA}`,
  'point.BL23.cautions.structures': ERECTOR_LUMBAR,
  'point.BL23.cautions.moxibustion': MOXIBUSTION,

  'point.BL24.english': 'Shu del Mar del Qi',
  'point.BL24.channel': BLADDER,
  'point.BL24.role':
    'Punto local paravertebral a la altura de L3, usado tradicionalmente para el dolor y la debilidad lumbares; figura entre los puntos de uso frecuente en los estudios sobre dolor lumbar (Lee 2012).',
  'point.BL24.location.practitioner':
    'Región lumbar, a la altura del borde inferior de la apófisis espinosa de L3, 1,5 B-cun lateral a la línea media posterior.',
  'point.BL24.location.patient':
    'A cada lado de la columna, a unos dos dedos de distancia del centro, una vértebra más abajo que el punto Shu del Riñón (BL23).',
  'point.BL24.needling.angle': PERPENDICULAR,
  'point.BL24.needling.notes': TEXTBOOK_BACK_SHU,
  'point.BL24.cautions.pregnancy': PREGNANCY_LUMBOSACRAL,
  'point.BL24.cautions.depth': `El polo inferior del riñón puede llegar al nivel de L3, sobre todo en el lado derecho; hay que respetar la profundidad de los manuales. ${PLEURA}`,
  'point.BL24.cautions.structures': ERECTOR_LUMBAR,

  'point.BL25.english': 'Shu del Intestino Grueso',
  'point.BL25.channel': BLADDER,
  'point.BL25.role':
    'Punto shu de la espalda del Intestino Grueso a la altura de L4, el nivel donde se localiza gran parte del dolor lumbar; está entre los puntos más usados en los estudios sobre dolor lumbar (Lee 2012).',
  'point.BL25.location.practitioner':
    'Región lumbar, a la altura del borde inferior de la apófisis espinosa de L4 (en la línea de las crestas ilíacas), 1,5 B-cun lateral a la línea media posterior.',
  'point.BL25.location.patient':
    'A cada lado de la columna, a unos dos dedos de distancia del centro, a la altura de la parte más alta de los huesos de la cadera.',
  'point.BL25.needling.angle': PERPENDICULAR,
  'point.BL25.needling.notes':
    'Rango de los manuales para los puntos shu de la espalda lumbares (Deadman; CAM); algunos textos punzan más profundo aquí, donde el músculo es grueso.',
  'point.BL25.cautions.pregnancy': PREGNANCY_LUMBOSACRAL,
  'point.BL25.cautions.depth': `Por debajo del nivel habitual del riñón; la punción profunda atraviesa los gruesos músculos de la espalda hacia las apófisis transversas. ${PLEURA}`,
  'point.BL25.cautions.structures': ERECTOR_LUMBAR,

  'point.BL26.english': 'Shu de la Puerta del Origen',
  'point.BL26.channel': BLADDER,
  'point.BL26.role':
    'Punto local paravertebral a la altura de L5, usado tradicionalmente para el dolor lumbar bajo y lumbosacro; está entre los puntos de uso frecuente en los estudios sobre dolor lumbar (Lee 2012).',
  'point.BL26.location.practitioner':
    'Región lumbar, a la altura del borde inferior de la apófisis espinosa de L5, 1,5 B-cun lateral a la línea media posterior.',
  'point.BL26.location.patient':
    'A cada lado de la columna, a unos dos dedos de distancia del centro, una vértebra por debajo de la línea que une la parte más alta de los huesos de la cadera.',
  'point.BL26.needling.angle': PERPENDICULAR,
  'point.BL26.needling.notes': TEXTBOOK_BACK_SHU,
  'point.BL26.cautions.pregnancy': PREGNANCY_LUMBOSACRAL,
  'point.BL26.cautions.depth': `Por debajo del riñón; la punción profunda atraviesa los gruesos músculos de la espalda hacia la articulación lumbosacra. ${PLEURA}`,
  'point.BL26.cautions.structures': 'Erector de la columna; ramos posteriores de los nervios espinales lumbares inferiores y vasos.',

  'point.BL52.english': 'Morada de la Voluntad',
  'point.BL52.channel': BLADDER,
  'point.BL52.role':
    'Punto local de la línea externa de la Vejiga a la altura de L2, al mismo nivel que BL23; tradicionalmente se combina con BL23 para fortalecer el Riñón en el dolor lumbar crónico.',
  'point.BL52.location.practitioner':
    'Región lumbar, a la altura del borde inferior de la apófisis espinosa de L2, 3 B-cun lateral a la línea media posterior (en la vertical del borde medial de la escápula). Al mismo nivel que GV4 y BL23.',
  'point.BL52.location.patient':
    'A cada lado de la espalda, a unos cuatro dedos de distancia del centro de la columna, a la altura de la segunda vértebra lumbar.',
  'point.BL52.needling.angle': 'perpendicular u oblicua hacia la columna',
  'point.BL52.needling.notes':
    'Rango según los manuales (Deadman; CAM). En pacientes delgados, punción superficial e inclinada hacia la columna, por el riñón.',
  'point.BL52.cautions.pregnancy': PREGNANCY_LUMBOSACRAL,
  'point.BL52.cautions.depth': `El riñón está en profundidad bajo este punto, y en personas delgadas más cerca de la piel que en BL23: la punción perpendicular profunda puede lesionarlo. ${PLEURA}`,
  'point.BL52.cautions.structures':
    'Dorsal ancho, erector de la columna y cuadrado lumbar; ramas laterales de los ramos posteriores de los nervios espinales lumbares.',

  'point.BL31.english': 'Hendidura Superior',
  'point.BL31.channel': BLADDER,
  'point.BL31.role':
    'Punto sacro local sobre el primer agujero sacro. Las prescripciones clásicas para el dolor lumbar combinan los cuatro puntos «hendidura», de BL31 a BL34 (Park 2024); se usa tradicionalmente para el dolor lumbosacro y sacroilíaco.',
  'point.BL31.location.practitioner':
    'Región sacra, en el primer agujero sacro posterior: el más alto de los cuatro agujeros, aproximadamente un través de dedo por encima de BL32 y algo más alejado de la línea media.',
  'point.BL31.location.patient':
    'Sobre el hueso plano de la base de la columna (el sacro), en el más alto de los cuatro pequeños huecos que bajan a cada lado de él, entre el hoyuelo de la parte posterior del hueso de la cadera y la columna.',
  'point.BL31.needling.angle': INTO_FORAMEN,
  'point.BL31.needling.notes': FORAMEN_ENTER,
  'point.BL31.cautions.pregnancy': `${pregnancyClassicalList('BL31', 'LI4, SP6, BL32, BL60, BL67, GB21 y CV4')} ${PREGNANCY_LUMBOSACRAL}`,
  'point.BL31.cautions.depth': FORAMEN_DEPTH_NO_PLEURA,
  'point.BL31.cautions.structures': 'El ramo posterior del primer nervio sacro sale por este agujero, con los vasos sacros laterales.',

  'point.BL32.english': 'Segunda Hendidura',
  'point.BL32.channel': BLADDER,
  'point.BL32.role':
    'Punto sacro local sobre el segundo agujero sacro, uno de los cuatro puntos «hendidura», de BL31 a BL34, que combinan las prescripciones clásicas (Park 2024); se usa tradicionalmente para el dolor lumbosacro; figura entre los puntos de uso frecuente en los estudios sobre dolor lumbar (Lee 2012).',
  'point.BL32.location.practitioner':
    'Región sacra, en el segundo agujero sacro posterior, situado aproximadamente a medio camino entre la espina ilíaca posterosuperior y la apófisis espinosa de S2 (S2 está al nivel de los bordes inferiores de las EIPS).',
  'point.BL32.location.patient':
    'Sobre el hueso plano de la base de la columna (el sacro), en un pequeño hueco entre el hoyuelo de la parte posterior del hueso de la cadera y el centro de la columna.',
  'point.BL32.needling.angle': INTO_FORAMEN,
  'point.BL32.needling.notes': FORAMEN_ENTER,
  'point.BL32.cautions.pregnancy': `${pregnancyClassicalList('BL32', 'LI4, SP6, BL31, BL60, BL67, GB21 y CV4')} ${PREGNANCY_LUMBOSACRAL}`,
  'point.BL32.cautions.depth': FORAMEN_DEPTH_NO_PLEURA,
  'point.BL32.cautions.structures': 'El ramo posterior del segundo nervio sacro sale por este agujero; lo acompañan los vasos sacros laterales.',

  'point.BL33.english': 'Hendidura Media',
  'point.BL33.channel': BLADDER,
  'point.BL33.role':
    'Punto sacro local sobre el tercer agujero sacro, uno de los cuatro puntos «hendidura», de BL31 a BL34, que las prescripciones clásicas combinan para el dolor lumbar (Park 2024).',
  'point.BL33.location.practitioner':
    'Región sacra, en el tercer agujero sacro posterior, por debajo de BL32 y algo más cerca de la línea media.',
  'point.BL33.location.patient':
    'Sobre el sacro, en el tercero de los cuatro pequeños huecos que bajan a cada lado de él, un poco por debajo de la altura de los hoyuelos de la parte posterior de los huesos de la cadera.',
  'point.BL33.needling.angle': INTO_FORAMEN,
  'point.BL33.needling.notes': FORAMEN_PALPATE,
  'point.BL33.cautions.pregnancy': PREGNANCY_LUMBOSACRAL,
  'point.BL33.cautions.depth': FORAMEN_DEPTH,
  'point.BL33.cautions.structures': 'El ramo posterior del tercer nervio sacro sale por este agujero, con los vasos sacros laterales.',

  'point.BL34.english': 'Hendidura Inferior',
  'point.BL34.channel': BLADDER,
  'point.BL34.role':
    'Punto sacro local sobre el cuarto agujero sacro, el más bajo de los cuatro puntos «hendidura», de BL31 a BL34, que las prescripciones clásicas combinan para el dolor lumbar (Park 2024).',
  'point.BL34.location.practitioner':
    'Región sacra, en el cuarto agujero sacro posterior, aproximadamente al nivel del hiato sacro y muy cerca de la línea media.',
  'point.BL34.location.patient':
    'En la parte baja del sacro, en el más bajo de los cuatro pequeños huecos que bajan a cada lado de él, justo por encima y al lado del comienzo del pliegue entre las nalgas.',
  'point.BL34.needling.angle': INTO_FORAMEN,
  'point.BL34.needling.notes': FORAMEN_PALPATE,
  'point.BL34.cautions.pregnancy': PREGNANCY_LUMBOSACRAL,
  'point.BL34.cautions.depth': FORAMEN_DEPTH,
  'point.BL34.cautions.structures': 'El ramo posterior del cuarto nervio sacro sale por este agujero, con los vasos sacros laterales.',

  'point.BL28.english': 'Shu de la Vejiga',
  'point.BL28.channel': BLADDER,
  'point.BL28.role':
    'Punto shu de la espalda (de transporte dorsal) de la Vejiga, sobre el sacro, en la región sacroilíaca; se usa tradicionalmente para el dolor lumbosacro y sacroilíaco. Las prescripciones clásicas lo combinan con GV2 (Park 2024).',
  'point.BL28.location.practitioner':
    'Región sacra, al nivel del segundo agujero sacro posterior, 1,5 B-cun lateral a la cresta sacra media (al mismo nivel que BL32 y los bordes inferiores de las EIPS).',
  'point.BL28.location.patient':
    'En la parte posterior de la pelvis, a unos dos dedos de distancia del centro del sacro, a la altura de los hoyuelos de la parte posterior de los huesos de la cadera.',
  'point.BL28.needling.angle': 'perpendicular u oblicua',
  'point.BL28.needling.notes': TEXTBOOK_CAM,
  'point.BL28.cautions.pregnancy': PREGNANCY_LUMBOSACRAL,
  'point.BL28.cautions.depth': 'Hay hueso (el sacro y la articulación sacroilíaca) muy cerca, por debajo; a este nivel no hay pleura ni riñón.',
  'point.BL28.cautions.structures':
    'Erector de la columna y origen del glúteo mayor; ramas laterales de los ramos posteriores de los nervios sacros (los nervios clúneos medios).',

  'point.BL54.english': 'Borde del Orden',
  'point.BL54.channel': BLADDER,
  'point.BL54.role':
    'Punto de la nalga junto a la parte baja del sacro, usado tradicionalmente para el dolor lumbosacro y para el dolor que se irradia a la nalga y la pierna.',
  'point.BL54.location.practitioner':
    'En la nalga, a la altura del cuarto agujero sacro posterior, 3 B-cun lateral a la cresta sacra media; en la práctica, 3 B-cun lateral al hiato sacro.',
  'point.BL54.location.patient':
    'En la nalga, a unos cuatro dedos de distancia del extremo inferior del sacro, justo por encima del comienzo del pliegue entre las nalgas.',
  'point.BL54.needling.angle': PERPENDICULAR,
  'point.BL54.needling.notes':
    'Rango según los manuales (CAM); algunos textos describen una punción más profunda por el grosor de los músculos glúteos. La longitud de la aguja debe adecuarse a la constitución.',
  'point.BL54.cautions.pregnancy': PREGNANCY_LUMBOSACRAL,
  'point.BL54.cautions.structures':
    'El nervio ciático y el nervio y los vasos glúteos inferiores discurren en profundidad en esta zona, por debajo del piriforme. Una sensación eléctrica repentina que baja por la pierna indica que la aguja ha llegado al nervio: no se debe manipular con fuerza en ese punto.',

  'point.GB30.english': 'Salto en Círculo',
  'point.GB30.channel': GALLBLADDER,
  'point.GB30.role':
    'Punto de la nalga, sobre la cadera, usado tradicionalmente para el dolor lumbar y de cadera que baja por la pierna (ciática); está entre los puntos más usados en los estudios sobre dolor lumbar (Lee 2012).',
  'point.GB30.location.practitioner':
    'Región glútea, a un tercio de la línea que va de la prominencia del trocánter mayor al hiato sacro (unión del tercio lateral con los dos tercios mediales). La OMS (WHO 2008) recoge además una localización alternativa a un tercio de la distancia entre el trocánter mayor y la EIAS.',
  'point.GB30.location.patient':
    'En el lado de la nalga, aproximadamente a un tercio del camino que va desde el saliente óseo del costado de la cadera hasta la base de la columna.',
  'point.GB30.needling.angle': PERPENDICULAR,
  'point.GB30.needling.notes':
    'Rango según los manuales (Deadman; CAM); suele punzarse en decúbito lateral, con la cadera y la rodilla de arriba flexionadas. Hace falta una aguja larga por los músculos glúteos.',
  'point.GB30.cautions.structures':
    'El nervio ciático está en profundidad bajo este punto, junto con el nervio y los vasos glúteos inferiores. Una sensación eléctrica aguda que baja por la pierna indica que la aguja está en el nervio: no se debe levantar y empujar la aguja en ese punto.',
  'point.GB30.marker.1.label': 'Alternativa OMS',

  'point.EX-B2.english': 'Puntos que Abrazan la Columna (puntos paravertebrales de Hua Tuo)',
  'point.EX-B2.channel': EXTRA,
  'point.EX-B2.role':
    'Una hilera de puntos pegados a la columna; los lumbares (de L1 a L5) se eligen en los niveles dolorosos y son habituales en la práctica actual y en los ensayos sobre dolor lumbar.',
  'point.EX-B2.location.practitioner':
    'Espalda, 0,5 cun lateral a la línea media posterior, al nivel del borde inferior de cada apófisis espinosa de T1 a L5 (17 puntos a cada lado), según GB/T 12346 (edición de 2006); Deadman indica de 0,5 a 1 cun lateral. Solo se muestran los puntos lumbares, de L1 a L5, a 0,5 cun. Punto extra: no forma parte de WHO 2008.',
  'point.EX-B2.location.patient':
    'Una hilera de puntos muy cerca de la columna, separados del centro más o menos medio ancho de pulgar, uno junto a cada vértebra lumbar, a ambos lados.',
  'point.EX-B2.needling.angle': 'perpendicular u oblicua leve hacia la columna',
  'point.EX-B2.needling.notes':
    'Rango según los manuales (Deadman; CAM); algunos textos permiten hasta unos 1,5 cun en la región lumbar. Aquí nunca se debe inclinar la aguja lateralmente, hacia fuera.',
  'point.EX-B2.cautions.pregnancy': PREGNANCY_LUMBOSACRAL,
  'point.EX-B2.cautions.depth':
    'La punción profunda con inclinación medial puede pasar entre las láminas hacia el canal vertebral. Los puntos Jiaji torácicos (no mostrados) conllevan riesgo de neumotórax; de L1 a L5 no se alcanza la pleura y el riñón queda más lateral.',
  'point.EX-B2.cautions.structures':
    'Ramos posteriores de los nervios espinales y sus vasos; debajo están las articulaciones facetarias y las láminas.',

  'point.EX-B7.english': 'Ojos Lumbares',
  'point.EX-B7.channel': EXTRA,
  'point.EX-B7.role':
    'Punto extra local en los hoyos a ambos lados de la parte baja de la espalda, a la altura de L4, usado tradicionalmente para el dolor lumbar, a menudo con moxibustión o frotamiento.',
  'point.EX-B7.location.practitioner':
    'Región lumbar, a la altura del borde inferior de la apófisis espinosa de L4, unos 3,5 cun lateral a la línea media posterior, en la depresión que aparece con el paciente en decúbito prono. Punto extra, según GB/T 12346 (edición de 2006).',
  'point.EX-B7.location.patient':
    'Los dos hoyos a ambos lados de la parte baja de la espalda, a la altura de la parte más alta de los huesos de la cadera, que se ven cuando usted se acuesta boca abajo.',
  'point.EX-B7.needling.angle': PERPENDICULAR,
  'point.EX-B7.needling.notes':
    'Los valores de los manuales varían (aproximadamente de 1 a 1,5 cun en perpendicular en los textos chinos; algunos, más profundo). Tradicionalmente es habitual la moxibustión en este punto.',
  'point.EX-B7.cautions.pregnancy': PREGNANCY_LUMBOSACRAL,
  'point.EX-B7.cautions.depth': `El riñón suele terminar por encima de este nivel, pero hay que respetar la profundidad de los manuales, sobre todo en personas delgadas; más profundo están el cuadrado lumbar y luego la cavidad abdominal. ${PLEURA}`,
  'point.EX-B7.cautions.structures':
    'Dorsal ancho e iliocostal; ramas laterales de los ramos posteriores de los nervios torácicos inferiores y lumbares superiores.',
  'point.EX-B7.cautions.moxibustion': MOXIBUSTION,

  'point.EX-B8.english': 'Decimoséptima Vértebra',
  'point.EX-B8.channel': EXTRA,
  'point.EX-B8.role':
    'Punto extra local de la línea media en la unión lumbosacra (L5 contada como la 17.ª vértebra desde T1), usado tradicionalmente para el dolor lumbosacro.',
  'point.EX-B8.location.practitioner':
    'En la línea media posterior, en la depresión inmediatamente inferior a la apófisis espinosa de L5, en la unión lumbosacra. Punto extra, según GB/T 12346 (edición de 2006).',
  'point.EX-B8.location.patient':
    'En el centro de la parte baja de la espalda, en el hueco justo debajo de la última vértebra lumbar, en la parte alta del sacro.',
  'point.EX-B8.needling.angle': SLIGHTLY_UPWARD,
  'point.EX-B8.needling.notes': 'Rango según los manuales; los valores varían ligeramente entre textos.',
  'point.EX-B8.cautions.pregnancy': PREGNANCY_LUMBOSACRAL,
  'point.EX-B8.cautions.depth': `${MIDLINE_DEPTH} ${PLEURA}`,
  'point.EX-B8.cautions.structures':
    'Ligamentos supraespinoso e interespinoso; más profundo, en el canal, está el saco dural con la cola de caballo.',

  'point.BL36.english': 'Sostener y Apoyar',
  'point.BL36.channel': BLADDER,
  'point.BL36.role':
    'Punto del pliegue de la nalga en el canal de la Vejiga, usado tradicionalmente para el dolor lumbar que se irradia a la nalga y a la parte posterior del muslo.',
  'point.BL36.location.practitioner': 'Punto medio del pliegue glúteo, en el borde inferior de la nalga.',
  'point.BL36.location.patient': 'En el centro del pliegue que hay bajo la nalga.',
  'point.BL36.needling.angle': PERPENDICULAR,
  'point.BL36.needling.notes': TEXTBOOK,
  'point.BL36.cautions.structures':
    'El nervio ciático discurre en profundidad bajo este punto, y el nervio cutáneo femoral posterior más superficialmente. Una sensación eléctrica que baja por la pierna indica que la aguja está en el nervio.',

  'point.BL37.english': 'Puerta de la Abundancia',
  'point.BL37.channel': BLADDER,
  'point.BL37.role':
    'Punto de la parte posterior del muslo en el canal de la Vejiga, usado tradicionalmente para el dolor lumbar con dolor o rigidez por la parte posterior de la pierna.',
  'point.BL37.location.practitioner':
    'Cara posterior del muslo, 6 B-cun por debajo del pliegue glúteo, en el surco entre el bíceps femoral y el semitendinoso (1 B-cun por encima del punto medio de la línea de BL36 a BL40).',
  'point.BL37.location.patient':
    'En la parte de atrás del muslo, en el centro, un poco antes de la mitad del camino entre el pliegue de la nalga y el pliegue de detrás de la rodilla.',
  'point.BL37.needling.angle': PERPENDICULAR,
  'point.BL37.needling.notes': TEXTBOOK,
  'point.BL37.cautions.structures':
    'Aquí el nervio ciático discurre en profundidad entre los isquiotibiales; una sensación eléctrica que baja por la pierna indica que la aguja está en el nervio.',

  'point.GB31.english': 'Mercado del Viento',
  'point.GB31.channel': GALLBLADDER,
  'point.GB31.role':
    'Punto de la cara externa del muslo, usado tradicionalmente para el dolor, el entumecimiento y la debilidad a lo largo del costado del muslo, como cuando el dolor lumbar baja por la parte externa de la pierna.',
  'point.GB31.location.practitioner':
    'Cara lateral del muslo, en la depresión justo por detrás del tracto iliotibial, donde descansa la punta del dedo medio estando de pie con los brazos colgando a los lados (WHO 2008). WHO 2008 lo sitúa 9 B-cun por encima del pliegue poplíteo, 2 B-cun por encima de GB32 (del trocánter mayor al pliegue poplíteo hay 19 B-cun). Manuales anteriores (Deadman; CAM) indican 7 B-cun por encima del pliegue.',
  'point.GB31.location.patient':
    'En la parte externa del muslo, más o menos donde toca la punta de su dedo medio cuando está de pie con los brazos colgando a los lados.',
  'point.GB31.needling.angle': PERPENDICULAR,
  'point.GB31.needling.notes': TEXTBOOK,
  'point.GB31.cautions.structures':
    'El tracto iliotibial sobre el vasto lateral; el nervio cutáneo femoral lateral y ramas de los vasos circunflejos femorales laterales.',
  'point.GB31.marker.0.approximate':
    'La altura sigue la regla de B-cun de WHO 2008 (10 de los 19 B-cun por debajo del trocánter, es decir, 9 por encima del pliegue poplíteo; en este cuerpo, la punta del dedo medio con el brazo colgando queda a la misma altura); «justo por detrás del tracto iliotibial» se palpa, y el paso de 0,5 B-cun hacia atrás solo lo estima.',

  'point.BL40.english': 'Centro de la Corva',
  'point.BL40.channel': BLADDER,
  'point.BL40.role':
    'Punto distal clásico para la espalda: el tradicional «punto de mando» de la región lumbar y la espalda. Está entre los puntos más elegidos en los 53 estudios sobre dolor lumbar revisados por Lee 2012.',
  'point.BL40.location.practitioner':
    'Cara posterior de la rodilla, en el punto medio del pliegue poplíteo, entre los tendones del bíceps femoral y del semitendinoso.',
  'point.BL40.location.patient': 'En el centro del pliegue de detrás de la rodilla.',
  'point.BL40.needling.angle': PERPENDICULAR,
  'point.BL40.needling.notes':
    'Rango según los manuales (Deadman; CAM). Los textos clásicos describen también la punción de las venas superficiales de esta zona para extraer unas gotas de sangre en el dolor de espalda agudo, una técnica especializada.',
  'point.BL40.cautions.structures':
    'El nervio tibial y, más profundos, la vena y la arteria poplíteas están justo debajo de este punto. Hay que palpar el pulso, punzar con suavidad y evitar la manipulación profunda o enérgica. No se debe punzar ni presionar aquí sobre un bulto que late (posible aneurisma poplíteo) ni cuando la pantorrilla está hinchada, caliente o dolorida (posible trombosis venosa profunda): estos casos requieren valoración médica.',

  'point.BL55.english': 'Unión del Yang',
  'point.BL55.channel': BLADDER,
  'point.BL55.role':
    'Punto de la parte alta de la pantorrilla en el canal de la Vejiga, usado tradicionalmente para el dolor lumbar que baja por la parte posterior de la pierna. Es la «pantorrilla justo debajo de la rodilla» de los consejos habituales de acupresión en casa.',
  'point.BL55.location.practitioner':
    'Cara posterior de la pierna, entre las cabezas lateral y medial del gastrocnemio, 2 B-cun por debajo del pliegue poplíteo (2 B-cun por debajo de BL40, en la línea de BL40 a BL57).',
  'point.BL55.location.patient':
    'En la parte de atrás de la pantorrilla, a unos tres dedos por debajo del centro del pliegue de la rodilla, en el surco entre los dos músculos de la pantorrilla.',
  'point.BL55.needling.angle': PERPENDICULAR,
  'point.BL55.needling.notes': TEXTBOOK,
  'point.BL55.cautions.structures':
    'La vena safena menor y el nervio cutáneo sural medial discurren superficialmente; el nervio tibial y los vasos poplíteos están en profundidad en la parte alta de la pantorrilla.',

  'point.BL57.english': 'Soporte de la Montaña',
  'point.BL57.channel': BLADDER,
  'point.BL57.role':
    'Punto distal de la pantorrilla en el canal de la Vejiga, usado tradicionalmente para el dolor lumbar y para los calambres o el dolor de la pantorrilla y la pierna.',
  'point.BL57.location.practitioner':
    'Cara posterior de la pierna, donde el tendón calcáneo se une a los dos vientres del gastrocnemio: el vértice de la depresión en V invertida que se ve con la pierna extendida y el talón levantado. Unos 8 B-cun por debajo del pliegue poplíteo, a medio camino entre el pliegue y el nivel del maléolo lateral.',
  'point.BL57.location.patient':
    'En la parte de atrás de la pantorrilla, a mitad de camino entre el pliegue de la rodilla y el tobillo, donde el músculo de la pantorrilla se convierte en tendón: el vértice de la V invertida que se marca cuando usted se pone de puntillas.',
  'point.BL57.needling.angle': PERPENDICULAR,
  'point.BL57.needling.notes': TEXTBOOK,
  'point.BL57.cautions.structures':
    'El nervio sural y la vena safena menor discurren cerca de la piel en el centro de la pantorrilla; el nervio tibial y los vasos tibiales posteriores están en profundidad, bajo el sóleo.',

  'point.BL58.english': 'Vuelo Ascendente',
  'point.BL58.channel': BLADDER,
  'point.BL58.role':
    'Punto luo (de conexión) del canal de la Vejiga en la cara externa de la pantorrilla, usado tradicionalmente para el dolor de espalda con pesadez o dolor en las piernas.',
  'point.BL58.location.practitioner':
    'Cara posterolateral de la pierna, entre el borde inferior de la cabeza lateral del gastrocnemio y el tendón calcáneo, al nivel de un punto situado 7 B-cun por encima de BL60: lateral a BL57 y aproximadamente 1 B-cun por debajo de él.',
  'point.BL58.location.patient':
    'En la parte de atrás y hacia fuera de la pantorrilla, un poco por debajo y por fuera de su centro, donde el músculo se afina hacia el tendón.',
  'point.BL58.needling.angle': PERPENDICULAR,
  'point.BL58.needling.notes': TEXTBOOK,
  'point.BL58.cautions.structures': 'El nervio cutáneo sural lateral; la vena safena menor discurre cerca.',

  'point.BL59.english': 'Yang del Empeine',
  'point.BL59.channel': BLADDER,
  'point.BL59.role':
    'Punto xi (de hendidura) del Vaso Yang Qiao (vaso de la motilidad yang) en la parte baja de la pierna, usado tradicionalmente para el dolor de espalda agudo y para el dolor y la pesadez de la pierna.',
  'point.BL59.location.practitioner':
    'Cara posterolateral de la pierna, entre el peroné y el tendón calcáneo, 3 B-cun directamente por encima de BL60.',
  'point.BL59.location.patient':
    'En la parte de atrás y hacia fuera de la pierna, a unos cuatro dedos en línea recta por encima del hueco entre el hueso externo del tobillo y el tendón de Aquiles.',
  'point.BL59.needling.angle': PERPENDICULAR,
  'point.BL59.needling.notes': TEXTBOOK_CAM,
  'point.BL59.cautions.structures': 'Aquí el nervio sural y la vena safena menor discurren muy cerca, por detrás del peroné.',

  'point.GB34.english': 'Manantial de la Colina Yang',
  'point.GB34.channel': GALLBLADDER,
  'point.GB34.role':
    'Punto distal por debajo de la rodilla; tradicionalmente es el punto hui (de reunión) de los tendones, usado para el dolor a lo largo del costado de la pierna. Figura entre los puntos de uso frecuente en los estudios sobre dolor lumbar (Lee 2012).',
  'point.GB34.location.practitioner':
    'Cara lateral de la pierna, por debajo de la rodilla, en la depresión anterior e inferior a la cabeza del peroné.',
  'point.GB34.location.patient':
    'En la parte externa de la pierna, justo debajo de la rodilla, en el hueco que hay delante y por debajo del pequeño saliente óseo de esa zona (la cabeza del peroné).',
  'point.GB34.needling.angle': PERPENDICULAR,
  'point.GB34.needling.notes': TEXTBOOK,
  'point.GB34.cautions.structures':
    'El nervio fibular (peroneo) común rodea el cuello del peroné justo por debajo y por detrás de la cabeza y se divide en sus ramas superficial y profunda muy cerca de este punto; una sensación eléctrica que baja por la parte externa de la pierna indica que la aguja está en el nervio. Cerca están los vasos recurrentes tibiales anteriores.',
  'point.GB34.marker.0.approximate':
    'La OMS define GB34 como una depresión que se palpa delante y por debajo de la cabeza del peroné, no mediante B-cun; los pasos de 0,5 y 1 B-cun solo estiman dónde está esa depresión.',

  'point.ST36.english': 'Tres Millas de la Pierna',
  'point.ST36.channel': 'Estómago',
  'point.ST36.role':
    'Punto distal clásico por debajo de la rodilla, usado tradicionalmente para fortalecer el qi y la sangre en el dolor crónico y agotador. Está entre los puntos más frecuentes para el dolor lumbar en los textos clásicos (Park 2024) y en los estudios coreanos revisados por Lee 2012.',
  'point.ST36.location.practitioner':
    'Cara anterior de la pierna, en la línea de ST35 a ST41, 3 B-cun por debajo de ST35 (la depresión lateral al ligamento rotuliano), aproximadamente un través de dedo lateral a la cresta anterior de la tibia.',
  'point.ST36.location.patient':
    'En la parte delantera de la pierna, cuatro dedos por debajo de la rótula y un dedo hacia fuera del borde de la tibia (el hueso de la espinilla), en el músculo de esa zona.',
  'point.ST36.needling.angle': PERPENDICULAR,
  'point.ST36.needling.notes': TEXTBOOK_MOXA,
  'point.ST36.cautions.structures':
    'Tibial anterior; la arteria y la vena tibiales anteriores y el nervio fibular profundo están en profundidad, sobre la membrana interósea.',
  'point.ST36.marker.0.approximate':
    'Los 3 B-cun por debajo de la rodilla son una regla de B-cun, medida aquí desde el vértice de la rótula, al nivel de ST35; «un través de dedo lateral a la cresta tibial» es una medida con el dedo, dibujada como 1 B-cun.',

  'point.SP6.english': 'Intersección de los Tres Yin',
  'point.SP6.channel': 'Bazo',
  'point.SP6.role':
    'Punto de cruce de los canales del Bazo, el Hígado y el Riñón en la cara interna de la pierna, añadido tradicionalmente en el dolor lumbar crónico con debilidad del Riñón y en el dolor de espalda ligado al ciclo menstrual.',
  'point.SP6.location.practitioner':
    'Cara medial (tibial) de la pierna, justo por detrás del borde medial de la tibia, 3 B-cun por encima de la prominencia del maléolo medial (del vértice de la rótula al maléolo medial hay 15 B-cun).',
  'point.SP6.location.patient':
    'En la parte interna de la pierna, cuatro dedos por encima del hueso interno del tobillo, justo detrás del borde de la tibia.',
  'point.SP6.needling.angle': PERPENDICULAR,
  'point.SP6.needling.notes': TEXTBOOK,
  'point.SP6.cautions.pregnancy': pregnancyClassicalList('SP6', 'LI4, BL31, BL32, BL60, BL67, GB21 y CV4'),
  'point.SP6.cautions.structures':
    'La vena safena mayor y el nervio safeno discurren superficialmente; los vasos tibiales posteriores y el nervio tibial están más profundos, por detrás de la tibia.',
  'point.SP6.marker.0.approximate':
    'La altura sigue una regla de B-cun; «justo por detrás del borde medial de la tibia» se palpa: el marcador se dibuja en vertical sobre la prominencia del maléolo, por detrás del borde.',

  'point.GB39.english': 'Campana Suspendida',
  'point.GB39.channel': GALLBLADDER,
  'point.GB39.role':
    'Punto hui (de reunión) de la médula en la cara externa de la parte baja de la pierna, usado tradicionalmente para el dolor y la rigidez del cuello y la espalda y para el dolor a lo largo del costado de la pierna.',
  'point.GB39.location.practitioner':
    'Cara lateral (peronea) de la pierna, justo por delante del peroné, 3 B-cun por encima de la prominencia del maléolo lateral.',
  'point.GB39.location.patient':
    'En la parte externa de la pierna, cuatro dedos por encima del hueso externo del tobillo, justo delante del hueso delgado de la parte externa de la pierna.',
  'point.GB39.needling.angle': PERPENDICULAR,
  'point.GB39.needling.notes': TEXTBOOK,
  'point.GB39.cautions.structures':
    'El nervio fibular superficial sale a la superficie cerca de aquí; los tendones fibulares están por detrás y los vasos tibiales anteriores más profundos, por delante.',
  'point.GB39.marker.0.approximate':
    'La altura sigue una regla de B-cun; «por delante del peroné» se palpa, y el paso de 0,5 B-cun hacia delante solo lo estima.',

  'point.BL60.english': 'Montañas Kunlun',
  'point.BL60.channel': BLADDER,
  'point.BL60.role':
    'Punto distal en la cara externa del tobillo, en el canal de la Vejiga, usado tradicionalmente para el dolor y la rigidez de la espalda; está entre los puntos más usados en los estudios sobre dolor lumbar (Lee 2012).',
  'point.BL60.location.practitioner':
    'Por detrás del maléolo lateral: en la depresión entre su punto más prominente y el tendón calcáneo.',
  'point.BL60.location.patient': 'En la parte externa del tobillo, en el hueco entre el hueso del tobillo y el tendón de Aquiles.',
  'point.BL60.needling.angle': PERPENDICULAR,
  'point.BL60.needling.notes': TEXTBOOK,
  'point.BL60.cautions.pregnancy': pregnancyClassicalList('BL60', 'LI4, SP6, BL31, BL32, BL67, GB21 y CV4'),
  'point.BL60.cautions.structures':
    'El nervio sural y la vena safena menor pasan por detrás del maléolo lateral, muy cerca de este punto.',
  'point.BL60.marker.0.approximate':
    'La OMS define BL60 como la depresión entre la prominencia del maléolo lateral y el tendón calcáneo, que se localiza al tacto; el marcador se dibuja a medio camino entre ambos.',

  'point.BL62.english': 'Vaso Extendido',
  'point.BL62.channel': BLADDER,
  'point.BL62.role':
    'Punto distal por debajo del tobillo externo; tradicionalmente es el punto de confluencia (de apertura) del Vaso Yang Qiao (vaso de la motilidad yang), combinado con SI3 para el dolor y la rigidez de la espalda y la columna.',
  'point.BL62.location.practitioner':
    'Costado del pie, en la depresión directamente inferior a la prominencia del maléolo lateral, entre el borde inferior del maléolo y el calcáneo.',
  'point.BL62.location.patient': 'Justo debajo de la punta del hueso externo del tobillo, en el pequeño hueco que hay ahí.',
  'point.BL62.needling.angle': 'perpendicular u oblicua leve hacia arriba',
  'point.BL62.needling.notes': 'Rango según los manuales (Deadman; CAM); hay hueso muy cerca, por debajo.',
  'point.BL62.cautions.structures':
    'El nervio sural (rama cutánea dorsal lateral) y la vena safena menor discurren cerca; los tendones fibulares están justo por encima y por detrás.',
  'point.BL62.marker.0.approximate':
    'La OMS define BL62 como la depresión directamente inferior al maléolo lateral, no mediante B-cun; el paso de 0,8 B-cun solo estima a qué distancia por debajo de la prominencia del maléolo se encuentra.',

  'point.KI3.english': 'Arroyo Supremo',
  'point.KI3.channel': 'Riñón',
  'point.KI3.role':
    'Punto yuan (fuente) del canal del Riñón en la cara interna del tobillo, usado tradicionalmente para el dolor lumbar crónico atribuido a debilidad del Riñón; figura entre los puntos de uso frecuente en los estudios sobre dolor lumbar (Lee 2012).',
  'point.KI3.location.practitioner':
    'Por detrás del maléolo medial: en la depresión entre su punto más prominente y el tendón calcáneo.',
  'point.KI3.location.patient': 'En la parte interna del tobillo, en el hueco entre el hueso del tobillo y el tendón de Aquiles.',
  'point.KI3.needling.angle': PERPENDICULAR,
  'point.KI3.needling.notes': TEXTBOOK,
  'point.KI3.cautions.structures':
    'La arteria y la vena tibiales posteriores y el nervio tibial pasan justo por detrás del maléolo medial, muy cerca de este punto: hay que palpar el pulso y punzar a su lado, no en él.',
  'point.KI3.marker.0.approximate':
    'La OMS define KI3 como la depresión entre la prominencia del maléolo medial y el tendón calcáneo, que se localiza al tacto; el marcador se dibuja a medio camino entre ambos.',

  'point.LR3.english': 'Gran Embestida',
  'point.LR3.channel': 'Hígado',
  'point.LR3.role':
    'Punto yuan (fuente) del canal del Hígado en el pie. Con LI4 forma la combinación tradicional de las «cuatro puertas» para el dolor y la tensión, que se añade en el dolor de espalda con tensión muscular o estrés.',
  'point.LR3.location.practitioner':
    'Dorso del pie, entre el 1.er y el 2.º metatarsianos, en la depresión inmediatamente distal a la unión de sus bases, sobre la arteria dorsal del pie.',
  'point.LR3.location.patient':
    'En el empeine, en el surco entre el dedo gordo y el segundo dedo: deslice el dedo desde la membrana entre ambos hacia arriba hasta que los huesos se junten; el punto está en el hueco justo antes de ese lugar.',
  'point.LR3.needling.angle': 'perpendicular u oblicua hacia la planta',
  'point.LR3.needling.notes': TEXTBOOK,
  'point.LR3.cautions.structures':
    'Aquí discurre la arteria dorsal del pie (primera arteria metatarsiana dorsal): hay que palpar el pulso y punzar a su lado. El nervio fibular profundo la acompaña.',
  'point.LR3.marker.0.approximate':
    'La OMS define LR3 como la depresión inmediatamente distal a la unión de las bases de los metatarsianos, que se localiza al tacto; el marcador se dibuja a un cuarto del camino desde esa unión hacia las cabezas de los metatarsianos.',

  'point.SI3.english': 'Arroyo Posterior',
  'point.SI3.channel': 'Intestino Delgado',
  'point.SI3.role':
    'Punto distal de la mano; tradicionalmente es el punto de confluencia (de apertura) del Vaso Gobernador, que sube por la columna, y se usa para el dolor agudo y la rigidez de la espalda y el cuello, a menudo combinado con BL62.',
  'point.SI3.location.practitioner':
    'Borde cubital de la mano, en la depresión inmediatamente proximal a la quinta articulación metacarpofalángica, en la línea donde la piel palmar se une con la dorsal (con el puño relajado, en el extremo cubital del pliegue palmar distal).',
  'point.SI3.location.patient':
    'En el borde de la mano del lado del meñique, justo detrás del nudillo del meñique, donde la piel de la palma se une con la del dorso de la mano; con el puño relajado, está al final del pliegue.',
  'point.SI3.needling.angle': 'perpendicular, con la mano en puño relajado',
  'point.SI3.needling.notes': TEXTBOOK,
  'point.SI3.cautions.structures':
    'Ramas digitales dorsales y palmares del nervio cubital; el punto está contra el quinto metacarpiano, en el borde de los músculos hipotenares.',
  'point.SI3.marker.0.approximate':
    'La OMS define SI3 como la depresión inmediatamente proximal a la 5.ª articulación metacarpofalángica, no mediante B-cun; el paso de 0,5 B-cun solo estima dónde está esa depresión.',

  'point.EX-UE7.english': 'Punto del Dolor Lumbar',
  'point.EX-UE7.channel': EXTRA,
  'point.EX-UE7.role':
    'Puntos extra del dorso de la mano que deben su nombre al dolor lumbar; se usan tradicionalmente en la distensión lumbar aguda, estimulándolos mientras el paciente mueve suavemente la espalda.',
  'point.EX-UE7.location.practitioner':
    'Dorso de la mano, dos puntos en cada mano: en el espacio entre el 2.º y el 3.er metacarpianos y en el espacio entre el 4.º y el 5.º, a medio camino entre el pliegue dorsal de la muñeca y las articulaciones metacarpofalángicas. Sigue GB/T 12346 (edición de 2006); Deadman sitúa los puntos más proximales, justo distales a las bases de los metacarpianos.',
  'point.EX-UE7.location.patient':
    'En el dorso de la mano, dos puntos en cada mano: en el surco entre los huesos de los dedos índice y medio y en el surco entre los dedos anular y meñique, más o menos a mitad de camino entre la muñeca y los nudillos.',
  'point.EX-UE7.needling.angle': 'oblicua, desde cada lado hacia el centro de la palma',
  'point.EX-UE7.needling.notes':
    'Rango según los manuales chinos; algunos textos en inglés indican 0,5 a 1 cun perpendicular. La estimulación fuerte en este punto es dolorosa.',
  'point.EX-UE7.cautions.structures':
    'Tendones extensores, red venosa dorsal de la mano, músculos interóseos dorsales y ramas de los nervios radial y cubital. La estimulación fuerte puede provocar sensación de desmayo en personas sensibles. En la técnica clásica el paciente mueve la espalda mientras se estimulan las agujas, por lo que se hace sentado o de pie con apoyo y con alguien atento a los signos de desmayo; las personas propensas a desmayarse se tratan acostadas, sin el movimiento.',

  'point.LI4.english': 'Valle de la Unión',
  'point.LI4.channel': 'Intestino Grueso',
  'point.LI4.role':
    'Punto yuan (fuente) del canal del Intestino Grueso y punto clásico para el dolor en cualquier parte del cuerpo; en el dolor de espalda se añade como punto distal analgésico general, a menudo con LR3 (las «cuatro puertas»).',
  'point.LI4.location.practitioner': 'Dorso de la mano, radial al punto medio del 2.º metacarpiano.',
  'point.LI4.location.patient':
    'En el dorso de la mano, en el pliegue carnoso entre el pulgar y el índice, junto a la mitad del hueso largo del índice.',
  'point.LI4.needling.angle': PERPENDICULAR,
  'point.LI4.needling.notes': 'Rango según los manuales (Deadman; CAM). La estimulación fuerte en este punto es dolorosa.',
  'point.LI4.cautions.pregnancy': pregnancyClassicalList('LI4', 'SP6, BL31, BL32, BL60, BL67, GB21 y CV4'),
  'point.LI4.cautions.structures':
    'El primer músculo interóseo dorsal; la arteria radial pasa hacia la palma entre el 1.er y el 2.º metacarpianos, cerca de sus bases; ramas de la rama superficial del nervio radial.',

  'point.GV26.english': 'Surco del Agua (también Renzhong, Centro de la Persona)',
  'point.GV26.channel': GOVERNOR,
  'point.GV26.role':
    'Punto distal clásico para el esguince lumbar agudo, combinado con BL40 en las prescripciones clásicas (Park 2024 halló GV26 entre los puntos más frecuentes y GV26 con BL40 como una combinación principal). El Vaso Gobernador, en el que se encuentra, sube por la columna. Es también un punto tradicional para el desmayo.',
  'point.GV26.location.practitioner':
    'En la cara, en el punto medio del filtrum, en la línea media, a medio camino entre la base de la nariz y el borde superior del labio superior (WHO 2008). WHO 2008 recoge como localización alternativa la unión del tercio superior con los dos tercios inferiores del filtrum, donde la sitúan varios manuales (CAM, Deadman).',
  'point.GV26.location.patient': 'En el labio superior, en el centro del surco que va de la nariz al labio.',
  'point.GV26.needling.angle': 'oblicua, dirigida hacia arriba',
  'point.GV26.needling.notes':
    'Rango según los manuales (Deadman; CAM). La punción aquí produce un dolor agudo; en el esguince lumbar agudo se estimula la aguja mientras el paciente mueve suavemente la espalda.',
  'point.GV26.cautions.structures':
    'Orbicular de la boca; la arteria y la vena labiales superiores; ramas del nervio infraorbitario y la rama bucal del nervio facial. El labio sangra con facilidad.',

  'point.CV4.english': 'Puerta del Origen',
  'point.CV4.channel': 'Vaso Concepción',
  'point.CV4.role':
    'Punto de la parte baja del abdomen, a la altura de la zona lumbar, en la cara anterior del tronco; se usa tradicionalmente, a menudo con moxibustión, para fortalecer el Riñón y el qi original en el dolor de espalda crónico de tipo debilidad.',
  'point.CV4.location.practitioner':
    'En la línea media anterior de la parte baja del abdomen, 3 B-cun por debajo del centro del ombligo (del ombligo al borde superior de la sínfisis del pubis hay 5 B-cun).',
  'point.CV4.location.patient':
    'En la parte delantera del vientre, en la línea media, cuatro dedos por debajo del ombligo (el ancho de cuatro dedos juntos es la medida tradicional con la mano para 3 cun).',
  'point.CV4.needling.angle': PERPENDICULAR,
  'point.CV4.needling.notes':
    'Rango según los manuales (Deadman; CAM), con la vejiga vacía: el paciente orina antes. Tradicionalmente es habitual la moxibustión en este punto.',
  'point.CV4.cautions.pregnancy': `${pregnancyClassicalList('CV4', 'LI4, SP6, BL31, BL32, BL60, BL67 y GB21')} La guía de seguridad de la OMS (1999) también aconseja precaución con los puntos de la parte baja del abdomen al inicio del embarazo.`,
  'point.CV4.cautions.depth':
    'Una vejiga llena asciende por detrás de este punto y, en personas delgadas, la pared abdominal es fina sobre la cavidad peritoneal y el intestino: hay que respetar la profundidad de los manuales.',
  'point.CV4.cautions.structures':
    'Línea alba; rama cutánea anterior del nervio subcostal (12.º torácico); vasos epigástricos superficiales e inferiores.',
  'point.CV4.cautions.moxibustion': MOXIBUSTION,
};

const protocols: ContentTexts = {
  'protocol.chronic-nonspecific.name': 'Dolor lumbar crónico inespecífico',
  'protocol.chronic-nonspecific.rationale':
    'Puntos locales junto a la columna lumbar y sobre ella, en los niveles dolorosos, más puntos distales de los canales de la Vejiga y del Riñón en la rodilla y el tobillo. ' +
    'Todos están entre los puntos frecuentes de los estudios sobre dolor lumbar contabilizados por Lee 2012, salvo los puntos Jiaji, que son habituales en la práctica actual. ' +
    'Los profesionales suelen añadir puntos dolorosos «ashi», que no tienen una localización fija y por eso se describen en la lista en lugar de marcarse. ' +
    'En ensayos como GERAC, la acupuntura real solo fue algo mejor que la punción superficial en lugares que no son puntos, así que la elección de los puntos puede importar menos de lo que sugiere esta lista.',

  'protocol.acute-lumbar-strain.name': 'Distensión lumbar aguda',
  'protocol.acute-lumbar-strain.rationale':
    'Tradicionalmente, una espalda recién distendida se trata primero con puntos distales, lejos de la zona dolorida, que se estimulan mientras la persona mueve y flexiona suavemente la espalda. ' +
    'GV26, en el labio superior, con BL40, detrás de la rodilla, es la pareja clásica (Park 2024). Yaotongdian, en el dorso de la mano, es un punto extra moderno para el mismo uso (GB/T 12346). ' +
    'SI3 y BL62 son la pareja clásica de puntos de confluencia: SI3 abre el Vaso Gobernador, que recorre la columna, y BL62 el Vaso Yang Qiao, que sube por la cara externa de la pierna y el costado. ' +
    'La mayoría de los dolores de espalda agudos se calman en unas semanas se haga lo que se haga, y la evidencia sobre la acupuntura en este caso es escasa y de baja certeza (véase «Sobre la evidencia»).',

  'protocol.sciatica-posterior-leg.name': 'Dolor lumbar con ciática por la parte posterior de la pierna',
  'protocol.sciatica-posterior-leg.rationale':
    'En términos tradicionales, el dolor que baja por la parte posterior de la pierna sigue el canal de la Vejiga, por lo que se eligen puntos a lo largo de él, desde la zona lumbar y la nalga hasta el tobillo, incluido BL58, el punto luo (de conexión) del canal en la pantorrilla. ' +
    'GB30 y BL25 están entre los puntos más frecuentes de los estudios sobre dolor lumbar contabilizados por Lee 2012. Varios de estos puntos están sobre el nervio ciático, por lo que se punzan con cuidado. ' +
    'La ciática con debilidad o entumecimiento de la pierna requiere primero una valoración médica.',

  'protocol.sciatica-lateral-leg.name': 'Dolor lumbar con dolor por el costado de la pierna',
  'protocol.sciatica-lateral-leg.rationale':
    'En términos tradicionales, el dolor a lo largo de la cara externa del muslo y la pierna sigue el canal de la Vesícula Biliar, por lo que GB30 en la cadera, GB31 en la cara externa del muslo, GB34 por debajo de la rodilla y GB39 por encima del tobillo se combinan con puntos lumbares locales. ' +
    'GB30 y GB34 son ambos frecuentes en los estudios sobre dolor lumbar contabilizados por Lee 2012.',

  'protocol.kidney-pattern.name': 'Combinación del patrón de Riñón (espalda crónica, débil y cansada)',
  'protocol.kidney-pattern.rationale':
    'En la medicina tradicional china, un dolor sordo y prolongado de la zona lumbar que empeora con el cansancio y mejora con el reposo se atribuye a debilidad del Riñón. ' +
    'Esta combinación usa el punto shu de la espalda del Riñón, BL23, con BL52 y GV4 al mismo nivel, el punto yuan (fuente) del Riñón, KI3, SP6, donde se cruzan los tres canales yin de la pierna, y CV4 en la parte baja del abdomen, a menudo con moxibustión (que exige precaución: quemaduras, piel insensible, embarazo). ' +
    'El patrón es un concepto tradicional, no un diagnóstico de enfermedad renal. SP6 y CV4 se evitan tradicionalmente en el embarazo.',

  'protocol.acupressure-self-care.name': 'Acupresión para hacer en casa',
  'protocol.acupressure-self-care.rationale':
    'Puntos de bajo riesgo que usted puede alcanzar y presionar sin ayuda, tal como los describen las páginas de las clínicas: frote la parte baja de la espalda junto a la columna (BL23) y los hoyos a ambos lados (Yaoyan) con los nudillos o los puños; ' +
    'presione el centro de la nalga (GB30) apoyándose contra una pared o acostándose sobre una pelota de tenis; presione suavemente cuatro dedos por debajo del ombligo (CV4: cuatro dedos juntos son la medida tradicional de 3 cun), pero no si está o podría estar embarazada; ' +
    'presione el centro del pliegue de detrás de la rodilla (BL40) y la pantorrilla justo debajo de la rodilla (BL55), pero no detrás de la rodilla si hay ahí un bulto que late ni si la pantorrilla está hinchada, caliente o dolorida; ' +
    'y presione el borde de la mano (SI3) y el dorso de la mano (Yaotongdian) mientras mueve despacio la espalda. ' +
    'Aplique una presión firme pero cómoda durante un minuto aproximadamente, y evite las zonas con varices, hematomas o heridas en la piel. ' +
    'El automasaje puede aliviar las molestias a algunas personas, pero no sustituye la atención profesional: consulte a un profesional sanitario si el dolor es intenso, persiste o se acompaña de entumecimiento, debilidad o problemas para controlar la vejiga o el intestino. ' +
    'Si está embarazada, pregunte a un profesional antes de presionar cualquiera de estos puntos.',
};

const evidence: ContentTexts = {
  'evidence.title': 'Sobre la evidencia',
  'evidence.disclaimer':
    'Este mapa es para aprender. No es un consejo médico, ni un diagnóstico, ni un plan de tratamiento. El dolor lumbar tiene muchas causas: si el suyo es nuevo, intenso o va a peor, consulte a un médico, y para la acupuntura elija un profesional cualificado y registrado.',

  'evidence.section.0.heading': 'El mayor ensayo: acupuntura real, simulada y atención habitual',
  'evidence.section.0.paragraph.0':
    'El ensayo alemán GERAC siguió a 1162 adultos con dolor lumbar crónico. Recibieron uno de tres tratamientos: acupuntura tradicional; acupuntura «simulada» (sham), es decir, punción superficial en lugares que no son puntos de acupuntura; ' +
    'o tratamiento convencional según las guías (medicamentos, fisioterapia y ejercicio). Los grupos con agujas recibieron 10 sesiones de unos 30 minutos, normalmente dos veces por semana.',
  'evidence.section.0.paragraph.1':
    'Seis meses después, la proporción de personas cuyo dolor o función de la espalda había mejorado claramente fue del 47,6 % tras la acupuntura, del 44,2 % tras la acupuntura simulada y del 27,4 % tras el tratamiento convencional.',
  'evidence.section.0.paragraph.2':
    'La acupuntura real y la simulada dieron casi el mismo resultado: la pequeña diferencia entre ambas bien podría deberse al azar (P = 0,39). Los dos grupos con agujas obtuvieron mejores resultados que el tratamiento convencional en este ensayo. ' +
    'Esto sugiere que el simple hecho de recibir agujas, la atención que implica el tratamiento y las expectativas pueden importar más que la elección exacta de los puntos.',

  'evidence.section.1.heading': 'Qué dicen las revisiones de muchos ensayos',
  'evidence.section.1.paragraph.0':
    'Una revisión Cochrane de 2020 incluyó 33 ensayos con 8270 personas con dolor lumbar crónico sin una causa específica. No todos los ensayos podían combinarse con los demás: cada resultado que sigue agrupa los ensayos que lo midieron de la misma manera.',
  'evidence.section.1.paragraph.1':
    'Frente a la acupuntura simulada, puede que la acupuntura real no reduzca el dolor en una medida que las personas notarían como importante, medido justo al terminar el ciclo de tratamiento.',
  'evidence.section.1.paragraph.2':
    'Frente a no recibir tratamiento, las personas que recibieron acupuntura refirieron menos dolor y una mejor función en la vida diaria justo después del tratamiento. Esos ensayos no podían realizarse a ciegas: las personas sabían si habían recibido tratamiento, así que las expectativas pueden explicar parte de la diferencia. ' +
    'Frente a la atención habitual, cualquier beneficio fue pequeño.',
  'evidence.section.1.paragraph.3':
    'La revisión calificó como baja la certeza de la mayoría de estos resultados (GRADE): los efectos reales pueden ser bastante distintos, y nuevos ensayos podrían cambiarlos.',

  'evidence.section.2.heading': 'Qué recomiendan las guías: no coinciden',
  'evidence.section.2.paragraph.0':
    'El American College of Physicians (2017) aconseja que, en el dolor lumbar crónico, las personas y sus médicos prueben primero tratamientos sin medicamentos, como el ejercicio, la rehabilitación multidisciplinar, la acupuntura o la reducción del estrés basada en mindfulness (atención plena).',
  'evidence.section.2.paragraph.1':
    'El NICE, que asesora al NHS (el sistema público de salud de Inglaterra), dice en su guía NG59 (2016, actualizada en 2020): «no ofrecer acupuntura» para el manejo del dolor lumbar, con o sin ciática. ' +
    'Esto invirtió su recomendación de 2009, que había propuesto considerar un ciclo de acupuntura. El comité dio peso a ensayos en los que la acupuntura real fue poco mejor que la simulada.',
  'evidence.section.2.paragraph.2':
    'Así, grupos de expertos que examinan estudios parecidos llegan a conclusiones distintas. La acupuntura es una opción que algunas guías incluyen, junto a mantenerse activo y el ejercicio, no una primera elección en todas partes.',

  'evidence.section.3.heading': 'Dolor lumbar agudo: lo que se sabe',
  'evidence.section.3.paragraph.0':
    'Los ensayos y revisiones anteriores tratan del dolor crónico, el que dura más de tres meses. Para el dolor agudo, como una espalda recién distendida, la evidencia sobre la acupuntura es escasa: pocos ensayos, pequeños y de baja certeza.',
  'evidence.section.3.paragraph.1':
    'La mayor parte del dolor lumbar agudo mejora mucho en pocas semanas, sea cual sea el tratamiento, así que lo que más importa es mantenerse activo y el tiempo. ' +
    'El American College of Physicians (2017) sugiere que las personas con dolor agudo o subagudo que deseen un tratamiento elijan uno sin medicamentos, como el calor superficial, el masaje, la acupuntura o la manipulación vertebral, y califica de baja calidad la evidencia sobre la acupuntura en ese caso. ' +
    'La guía NICE NG59 desaconseja la acupuntura para el dolor lumbar de cualquier duración.',
  'evidence.section.3.paragraph.2':
    'La combinación «Distensión lumbar aguda» de este mapa es tradicional, no un protocolo que se haya puesto a prueba.',

  'evidence.section.4.heading': 'Con qué frecuencia hay efectos secundarios',
  'evidence.section.4.paragraph.0':
    'La acupuntura sí tiene efectos secundarios. Una revisión de 2021 de estudios que los registraron a medida que ocurrían halló que unos 9 de cada 100 pacientes (9,3 %) tuvieron al menos uno. ' +
    'La mayoría fueron leves y pasajeros: un pequeño hematoma o una gota de sangre, o dolor donde entró una aguja. Algunas personas se sienten cansadas o mareadas después.',
  'evidence.section.4.paragraph.1':
    'Los efectos graves son raros, aproximadamente 1 de cada 10 000 pacientes. Incluyen el colapso de un pulmón (neumotórax) por punzar demasiado profundo en el tórax o la parte alta de la espalda, y las infecciones. ' +
    'Los profesionales formados, las agujas estériles de un solo uso y una profundidad de punción cuidadosa reducen estos riesgos.',
  'evidence.section.4.paragraph.2':
    'Informe al profesional si toma anticoagulantes o tiene un trastorno de la coagulación, si lleva marcapasos (la estimulación eléctrica de las agujas puede no ser adecuada), si tiene el sistema inmunitario debilitado o si se ha desmayado alguna vez con agujas.',

  'evidence.section.5.heading': 'Embarazo',
  'evidence.section.5.paragraph.0':
    'Por tradición, algunos puntos se evitan durante el embarazo. De los puntos de este mapa, son LI4 en la mano, SP6 en la cara interna de la pierna, BL31 y BL32 en el sacro, BL60 en el tobillo y CV4 por debajo del ombligo (la lista clásica incluye también BL67 y GB21). ' +
    'La guía de seguridad de la OMS señala que los puntos de la parte baja del vientre y los de la zona lumbar y el sacro se evitan tradicionalmente al inicio del embarazo.',
  'evidence.section.5.paragraph.1':
    'Una revisión de 2015 de 15 ensayos con 823 mujeres embarazadas, en los que se punzaron estos puntos tradicionalmente «prohibidos», no halló pruebas objetivas de daño. ' +
    'Los estudios eran pocos y pequeños, por lo que los profesionales siguen actuando con precaución. Si está o podría estar embarazada, dígalo antes del tratamiento.',

  'evidence.section.6.heading': 'Cuándo consultar primero a un médico',
  'evidence.section.6.paragraph.0':
    'Busque atención médica sin demora, en lugar de acupuntura, si el dolor de espalda se acompaña de alguna de estas señales de alarma («banderas rojas»): entumecimiento alrededor de los genitales o del ano; ' +
    'dificultad nueva para orinar o para controlar la vejiga o el intestino; debilidad, entumecimiento u hormigueo en una pierna que va a peor; fiebre o sensación de estar enfermo; pérdida de peso sin explicación; antecedentes de cáncer; ' +
    'dolor que aparece por primera vez después de los 50 años; uso prolongado de corticoides en comprimidos o de medicamentos que debilitan el sistema inmunitario; consumo de drogas inyectadas; ' +
    'dolor constante que no cede con el reposo y empeora por la noche; dolor en la parte alta de la espalda (la parte torácica de la columna); o dolor tras una caída o un accidente graves.',
  'evidence.section.6.paragraph.1':
    'Las guías enumeran estas señales porque, en raras ocasiones, el dolor de espalda se debe a una fractura, una infección, un tumor o una compresión de los nervios de la base de la columna (síndrome de la cola de caballo), que requieren atención urgente.',

  'evidence.section.7.heading': 'Sobre este mapa',
  'evidence.section.7.paragraph.0':
    'Los puntos que se muestran se usan con frecuencia para el dolor lumbar en los estudios de acupuntura, los textos clásicos y los manuales. Los puntos dolorosos «ashi», que también usan la mayoría de los ensayos, no tienen un lugar fijo y se describen en la lista en lugar de marcarse. ' +
    'Las posiciones se calculan a partir de referencias anatómicas y medidas proporcionales (B-cun), por lo que son aproximadas: en una persona real, el profesional localiza cada punto palpando las referencias, y algunos puntos se definen solo como un hueco que se nota bajo el dedo.',
  'evidence.section.7.paragraph.1':
    'Las profundidades y los ángulos son valores de los manuales para profesionales formados. Nada de lo que aparece aquí le indica qué puntos convienen a su espalda, y no sustituye la valoración de un profesional sanitario.',
};

const session: ContentTexts = {
  'session.heading': 'Cómo es una sesión',
  'session.paragraph.0':
    'En la primera visita, el profesional le pregunta por su dolor de espalda, su salud y los medicamentos que toma, y comprueba si hay señales que requieran ver antes a un médico. Después, normalmente se acuesta boca abajo o de lado, con la zona lumbar y las piernas descubiertas.',
  'session.paragraph.1':
    'Las agujas son muy finas, estériles y de un solo uso. Al entrar, la mayoría se notan como un breve pinchazo o casi nada. Una vez colocada la aguja, puede notar un dolor sordo, pesadez, calor o un hormigueo que se extiende a su alrededor; en la medicina china esto se llama deqi («llegada del qi»). ' +
    'Un dolor agudo, ardiente o eléctrico no es lo que se busca: dígalo y el profesional ajustará la aguja.',
  'session.paragraph.2':
    'Las agujas suelen quedarse puestas de 20 a 30 minutos mientras usted descansa. El profesional puede girarlas suavemente, conectarles una corriente eléctrica suave (electroacupuntura) o aplicar calor, como la moxibustión. A menudo se usan, además de la espalda, puntos de las manos, las rodillas y los tobillos.',
  'session.paragraph.3':
    'La duración del tratamiento varía. En el gran ensayo GERAC, las personas recibieron 10 sesiones, normalmente dos por semana durante unas 5 a 6 semanas; las clínicas suelen proponer de 6 a 12 sesiones. Es razonable revisar con el profesional, tras unas cuantas sesiones, si le está ayudando.',
  'session.paragraph.4':
    'Los efectos leves son frecuentes: unas 9 de cada 100 personas tienen al menos uno, como un pequeño hematoma, una gota de sangre, dolor donde estuvo una aguja, o sentirse cansado o mareado. Si siente que se va a desmayar durante el tratamiento, dígalo enseguida. Los problemas graves son raros, aproximadamente 1 de cada 10 000 personas.',
  'session.paragraph.5':
    'Informe al profesional si está o podría estar embarazada, si toma anticoagulantes, si tiene un trastorno de la coagulación, marcapasos o el sistema inmunitario debilitado, o si las agujas le producen ansiedad.',
};

const ashi: ContentTexts = {
  'ashi.english': 'Puntos dolorosos («¡ahí es!»)',
  'ashi.paragraph.0':
    'Los puntos ashi no son puntos fijos. Son zonas que duelen, están tensas o molestan al presionarlas, y se encuentran palpando la zona dolorosa y sus alrededores; el nombre recuerda el «¡ahí es!» del paciente cuando se presiona el lugar.',
  'ashi.paragraph.1':
    'En el dolor lumbar es habitual añadirlos a los puntos fijos, en la práctica y en muchos ensayos, allí donde la persona tenga dolor: a menudo en los músculos junto a la columna, sobre el sacro o en la nalga.',
  'ashi.paragraph.2': 'Como no tienen una localización fija, este mapa los describe aquí y no los marca.',
};

const depth: ContentTexts = {
  'depth.BL23.structure': 'riñón',
  'depth.BL23.note':
    'A este nivel, el riñón está por delante de los músculos profundos de la espalda; una aguja introducida en profundidad, u oblicuamente hacia fuera, en BL23 puede alcanzarlo.',
  'depth.BL23.published': KIDNEY_MRI,
  'depth.BL52.structure': 'riñón',
  'depth.BL52.note': 'BL52 está sobre el riñón: la punción perpendicular profunda aquí supone un riesgo para él, mayor que en BL23.',
  'depth.BL52.published': KIDNEY_MRI,
  'depth.BL24.structure': 'riñón',
  'depth.BL24.note': 'El polo inferior del riñón llega aproximadamente al nivel de L3; la punción profunda en BL24 puede acercarse a él.',
  'depth.BL24.published': KIDNEY_MRI,
  'depth.GV3.structure': 'canal vertebral',
  'depth.GV3.note': SPINAL_CANAL_NOTE('L4', 'L5'),
  'depth.GV4.structure': 'canal vertebral',
  'depth.GV4.note': SPINAL_CANAL_NOTE('L2', 'L3'),
  'depth.EX-B8.structure': 'canal vertebral',
  'depth.EX-B8.note': SPINAL_CANAL_NOTE('L5', 'el sacro'),
  'depth.EX-B2.structure': 'arco vertebral',
  'depth.EX-B2.note': 'A medio cun de la línea media, la aguja encuentra la lámina de la vértebra; el nervio espinal sale de la columna justo a su lado.',
  'depth.BL31.structure': 'agujero sacro',
  'depth.BL31.note': SACRAL_FORAMEN_NOTE('BL31'),
  'depth.BL31.published': SACRAL_CT('BL31', '58,2 ± 12,4'),
  'depth.BL32.structure': 'agujero sacro',
  'depth.BL32.note': SACRAL_FORAMEN_NOTE('BL32'),
  'depth.BL32.published': SACRAL_CT('BL32', '44,6 ± 11,6'),
  'depth.BL33.structure': 'agujero sacro',
  'depth.BL33.note': SACRAL_FORAMEN_NOTE('BL33'),
  'depth.BL33.published': SACRAL_CT('BL33', '34,0 ± 10,7'),
  'depth.BL34.structure': 'agujero sacro',
  'depth.BL34.note': SACRAL_FORAMEN_NOTE('BL34'),
  'depth.BL34.published': SACRAL_CT('BL34', '31,1 ± 10,9'),
  'depth.GB30.structure': 'nervio ciático',
  'depth.GB30.note': `El nervio ciático discurre en profundidad en la nalga bajo GB30, por debajo del piriforme; ${SCIATIC_SENSATION}`,
  'depth.BL54.structure': 'nervio ciático',
  'depth.BL54.note': `El nervio ciático discurre en profundidad bajo BL54 al salir de la pelvis; ${SCIATIC_SENSATION}`,
  'depth.BL36.structure': 'nervio ciático',
  'depth.BL36.note': `El nervio ciático discurre en profundidad bajo el pliegue glúteo en BL36; ${SCIATIC_SENSATION}`,
  'depth.BL37.structure': 'nervio ciático',
  'depth.BL37.note': `El nervio ciático discurre en profundidad en la parte posterior del muslo en BL37; ${SCIATIC_SENSATION}`,
  'depth.BL40.structure': 'vasos poplíteos y nervio tibial',
  'depth.BL40.note':
    'En la fosa poplítea, el nervio tibial es lo más superficial, la vena poplítea está más profunda y la arteria es lo más profundo, contra la parte posterior de la articulación de la rodilla.',
  'depth.BL57.structure': 'nervio tibial',
  'depth.BL57.note': 'El nervio tibial y los vasos tibiales posteriores discurren en profundidad bajo los músculos de la pantorrilla, debajo de BL57.',
  'depth.BL55.structure': 'vasos poplíteos y nervio tibial',
  'depth.BL55.note':
    'Justo por debajo de la fosa poplítea, entre las dos cabezas del gastrocnemio, el nervio tibial y los vasos poplíteos discurren en profundidad bajo BL55.',
  'depth.SP6.structure': 'nervio tibial',
  'depth.SP6.note':
    'Aquí el nervio tibial y los vasos tibiales posteriores discurren por detrás de la tibia; la punción profunda y dirigida hacia atrás se acerca a ellos.',
  'depth.GB34.structure': 'nervio fibular común',
  'depth.GB34.note':
    'El nervio fibular común rodea el cuello del peroné justo por detrás y por debajo de GB34, donde se divide; está muy superficial, justo bajo la piel.',
  'depth.KI3.structure': 'nervio tibial',
  'depth.KI3.note': 'El nervio tibial y la arteria tibial posterior pasan por detrás del maléolo medial, muy cerca de KI3.',
};

const anatomy: ContentTexts = {
  'anatomy.bone.label': 'Hueso',
  'anatomy.bone.holds': 'T10 a L5, sacro, cóccix, pelvis, fémur, rótula, tibia, peroné, pie, escápula, costillas 9 a 12',
  'anatomy.cartilage.label': 'Disco',
  'anatomy.cartilage.holds': 'discos intervertebrales',
  'anatomy.organ.label': 'Riñón',
  'anatomy.organ.holds': 'riñones',
  'anatomy.nerve.label': 'Nervio',
  'anatomy.nerve.holds': 'nervios ciático, tibial y fibular común',
  'anatomy.artery.label': 'Arteria',
  'anatomy.artery.holds': 'arteria poplítea',
  'anatomy.vein.label': 'Vena',
  'anatomy.vein.holds': 'vena poplítea',
};

const channels: ContentTexts = {
  'channel.bladder.name': 'Vejiga (líneas interna y externa)',
  'channel.governor.name': 'Vaso Gobernador',
  'channel.gallbladder.name': 'Vesícula Biliar',
  'channel.kidney.name': 'Riñón',
  'channel.stomach.name': 'Estómago',
  'channel.spleen.name': 'Bazo',
  'channel.liver.name': 'Hígado',
  'channel.large-intestine.name': 'Intestino Grueso',
};

const texts: ContentTexts = { ...points, ...protocols, ...evidence, ...session, ...ashi, ...depth, ...anatomy, ...channels };
export default texts;
