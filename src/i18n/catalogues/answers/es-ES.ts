import type { Catalogue } from "../type.js";
import type { answers as en } from "./en.js";

/** Las palabras del bot alrededor de las respuestas (/ask, parejas, comparaciones, varias preguntas, /stack, /settings). */
export const answers = {
  answer: {
    dose: "Dosis: {{dose}}",
    qualifier: "Con ello:",
    verdict: "Veredicto de una fuente:",
    nearest: "Mención más cercana:",
    within: "{{shown}} está dentro de {{figure}}.",
    below: "{{shown}} está por debajo de {{figure}}.",
    times: "{{shown}} es {{times}}× el máximo de {{figure}}.",
    over: "{{shown}} supera en {{over}} {{unit}} el máximo de {{figure}}.",
    open: "Una fuente no da aquí un rango, solo un límite inferior, con sus palabras: «{{quote}}» {{ref}} ({{context}}). No es un rango, así que ninguna cantidad está «dentro» de él.",
    silent: "Las fuentes no dicen nada sobre {{subject}} de {{name}}.",
    harmNearest_one:
      "Ninguna fuente dice si {{name}} causa {{harm}}; abajo se muestra {{count}} mención, la más cercana.",
    harmNearest_many:
      "Ninguna fuente dice si {{name}} causa {{harm}}; abajo se muestran las {{count}} menciones más cercanas.",
    harmNearest_other:
      "Ninguna fuente dice si {{name}} causa {{harm}}; abajo se muestran las {{count}} menciones más cercanas.",
    elsewhere: "Lo que las fuentes sí dicen sobre {{name}} está abajo.",
    harmNone: "Ninguna fuente dice si {{name}} causa {{harm}}, y ninguna lo menciona.",
    safetyGaps: "Las fuentes no dicen nada sobre {{name}} y {{subjects}}.",
    onlySideEffects_one:
      "Esta {{count}} entrada es el único efecto secundario que las fuentes dan para {{name}}; no nombran ningún otro.",
    onlySideEffects_many:
      "Estas {{count}} entradas son los únicos efectos secundarios que las fuentes dan para {{name}}; no nombran ningún otro.",
    onlySideEffects_other:
      "Estas {{count}} entradas son los únicos efectos secundarios que las fuentes dan para {{name}}; no nombran ningún otro.",
    noSideEffect: "Ninguna fuente nombra un efecto secundario de {{name}}.",
    length:
      "El uso más largo de {{name}} que recogen las fuentes es {{longest}}. No se recoge nada más largo.",
    lengthSafety:
      "El uso más largo de {{name}} que recogen las fuentes es {{longest}}; un dato de seguridad cubre {{safety}}. No se recoge nada más largo.",
    noUnit:
      "{{numbers}} no tiene unidad, así que no se compara con las cifras que dan las fuentes para {{name}} (en {{units}}): escribe «{{example}}» para compararlo.",
    noFigures:
      "Las fuentes no dan ninguna dosis de {{name}}, así que {{amounts}} no se puede comparar con nada.",
    against: "{{shown}} frente a cada cifra que las fuentes dan para {{name}}:",
    otherUnits_one:
      "{{count}} cifra en otra unidad ({{units}}) no se compara con {{shown}}: una cifra por kilogramo nunca se compara con una cantidad en mg, ni al revés.",
    otherUnits_many:
      "{{count}} cifras en otra unidad ({{units}}) no se comparan con {{shown}}: una cifra por kilogramo nunca se compara con una cantidad en mg, ni al revés.",
    otherUnits_other:
      "{{count}} cifras en otra unidad ({{units}}) no se comparan con {{shown}}: una cifra por kilogramo nunca se compara con una cantidad en mg, ni al revés.",
    amountCaveat:
      "Esto compara solo la cantidad (no con qué frecuencia se toma), cada cifra en su propio contexto; una cifra que recoge una fuente no es un límite seguro, y nada de esto es un consejo.",
    amountCaveatDaily:
      "Una cifra por dosis se compara con una dosis, una cifra por día con el total del día y una que no lo dice con ambos, cada una en su propio contexto; una cifra que recoge una fuente no es un límite seguro, y nada de esto es un consejo.",
    dayTotal: "{{amount}} al día",
    oneDose: "{{amount}} por toma",
    unsplitDay:
      "{{shown}} y {{figure}}: no se dice cuántas tomas hacen el día, así que el total del día no se compara con una cifra por toma.",
    unsplitDose:
      "{{shown}} y {{figure}}: no se dice cuántas tomas al día, así que una toma no se compara con una cifra por día.",
    amountCaveatBasis:
      "Una cifra por toma se compara con una toma y una cifra por día con el total del día; una cifra que no lo dice, con la cantidad tal como se dio. Cada cifra en su propio contexto; una cifra que da una fuente no es un límite seguro, y nada de esto es un consejo.",
    more: "…y {{n}} más",
    moreShows: "{{command}} los muestra.",
    closest: "{{name}}: lo más cercano a tus palabras",
    inPopulation: "en {{population}}",
    unknownKind: "tipo no indicado",
  },
  ask: {
    mentionTitle: "Hazme una pregunta",
    mention:
      "Mencióname con una pregunta, por ejemplo «@me noopept dosis?» o «@me is aniracetam safe with ssris». /help enumera todo lo que hago.",
    advice:
      "Si debes tomarlo no es algo que las fuentes, ni yo, podamos decidir por ti: aquí solo está lo que dicen las fuentes.",
    unclear: "«{{typed}}» podría ser {{names}}: escribe el nombre completo para preguntar por ello.",
    canAnswer:
      "Respondo preguntas sobre {{names}}. Por ejemplo: «noopept dose?», «is aniracetam safe with ssris», «piracetam vs noopept» o «what helps memory» (también en español).",
    notInSourcesTitle: "No está en mis fuentes",
    dontCover: "Mis fuentes no tratan «{{typed}}».",
    askAbout: "Haz una pregunta sobre un nootrópico.",
    fromSourcesTitle: "De las fuentes",
    searchIntro:
      "No se nombra ningún compuesto, así que aquí están las afirmaciones citadas que mejor coinciden con tus palabras ({{words}}), de todos los compuestos.",
    whatICanTitle: "Lo que puedo responder",
    replaceTitle: "Sustituir un medicamento",
    replace:
      "Las fuentes no tratan la sustitución de un medicamento por {{name}}, y no puedo aconsejar sobre ello.",
    replaceNoName:
      "Las fuentes no tratan la sustitución de un medicamento por un nootrópico, y no puedo aconsejar sobre ello.",
    replaceDoctor:
      "Si un medicamento recetado se puede dejar, cambiar o sustituir lo decide el médico que lo recetó: pregúntale, por favor.",
    goalTitle: "Recogido para {{goal}}",
    goalTitleFor: "Recogido para {{goal}}: {{name}}",
    goalMentions:
      "Las fuentes no recogen ningún efecto sobre {{goal}} como tal. Estas citas lo mencionan; una mención no es una recomendación.",
    goalMentionsFor:
      "Las fuentes no recogen ningún efecto de {{name}} sobre {{goal}} como tal. Estas citas lo mencionan; una mención no es una recomendación.",
    goalNothing: "Las fuentes no recogen nada sobre {{goal}}.",
    goalNothingFor: "Las fuentes no recogen nada sobre {{goal}} para {{name}}.",
    goalClaims:
      "Afirmaciones de las fuentes sobre {{goal}}, primero las de pruebas más sólidas. Que se recoja no es una recomendación.",
    goalClaimsFor:
      "Afirmaciones de las fuentes sobre {{goal}} para {{name}}, primero las de pruebas más sólidas. Que se recoja no es una recomendación.",
  },
  pair: {
    notSafe:
      "No tener información no significa que sea seguro: nada aquí dice que la combinación sea segura, ni insegura.",
    memberOf: "{{name}} (uno de: {{group}})",
    otherDrug: "{{label}} no es un nootrópico que cubran mis fuentes: no dicen nada sobre ello.",
    onInteractions: "{{name}}, sobre interacciones en general: {{statement}}",
    interactionsQuoted:
      "Lo que las fuentes dicen sobre las interacciones de {{name}} en general está citado abajo.",
    interactionsNone: "Las fuentes no documentan interacciones farmacológicas de {{name}}.",
    onItsOwn: "{{name}} (por sí solo): {{statement}}",
    documented:
      "Una fuente documenta tomar {{first}} con {{partner}}: citado abajo, con las pruebas que da cada una.",
    beyond:
      "Más allá de estas citas, las fuentes no dicen nada sobre combinarlos, y no tener información no significa que sea seguro.",
    nothing: "Las fuentes no documentan nada sobre tomar {{first}} con {{partner}}.",
    compared: "Los comparan (ver una comparación), pero no dicen nada sobre tomarlos juntos.",
    noCaution: "Tampoco nombran ningún efecto secundario ni precaución para {{name}}.",
    doseOf: "{{name}}, dosis: {{dose}}",
    claimOf: "{{name}}: {{statement}}",
  },
  found: {
    silence:
      "Ninguna afirmación de las fuentes sobre {{names}} menciona «{{asked}}»: no lo dicen. Lo más cercano que sí dicen está abajo.",
    intro:
      "Las afirmaciones sobre {{names}} que mejor coinciden con «{{matched}}», las más cercanas primero. `/compound` lo muestra todo.",
    sides:
      "{{noRanking}}: abajo está lo que las fuentes dicen de cada uno sobre «{{asked}}», primero las pruebas más sólidas.",
    sidesSilent: "Las fuentes no dicen nada sobre ello para {{names}}.",
    sidesCut: "Lo que las fuentes dicen sobre ello para {{names}} no cabe junto al resto: {{commands}}",
    notSettled: "Las fuentes no deciden cuál de {{names}} es mejor en ello",
    classIntro: "Los {{cls}} que cubren mis fuentes: {{list}}.",
    classTitle: "{{cls}}: lo que cubren las fuentes",
    classAsk: "Pregunta por uno de ellos, o usa `/compound` para verlo todo sobre uno.",
    classNoRank: "Ninguna fuente ordena los {{cls}} entre sí",
  },
  message: {
    readAs: "Leído como «{{text}}» (del mensaje al que respondiste o del anterior).",
    readAbout: "(leído como sobre {{names}})",
    crowded:
      "Lo primero que dicen las fuentes sobre esto no cabe junto a las otras respuestas: pregúntalo por separado para verlo.",
    asks: "Tu mensaje pregunta {{count}} cosas; cada una se responde abajo en su propia sección.",
    uncovered_one: "Las fuentes no cubren la parte {{parts}}: no se cita nada para ella.",
    uncovered_many: "Las fuentes no cubren las partes {{parts}}: no se cita nada para ellas.",
    uncovered_other: "Las fuentes no cubren las partes {{parts}}: no se cita nada para ellas.",
    dropped_one: "{{count}} pregunta más no se responde aquí: hazla por separado.",
    dropped_many: "{{count}} preguntas más no se responden aquí: hazlas de una en una.",
    dropped_other: "{{count}} preguntas más no se responden aquí: hazlas de una en una.",
  },
  which: {
    titleMany: "¿A qué compuestos te refieres?",
    refersBack:
      "Tu pregunta se refiere a compuestos nombrados antes, pero no nombra ninguno ni responde a un mensaje que los nombre, así que no voy a adivinarlos.",
    title: "¿A qué compuesto te refieres?",
    noName: "Tu pregunta no nombra ningún compuesto, así que no voy a adivinarlo.",
    noNamePair:
      "Tu pregunta (sobre tomar algo con {{names}}) no nombra ningún compuesto, así que no voy a adivinarlo.",
    press:
      "Las fuentes dicen algo al respecto sobre {{names}}: pulsa uno, o vuelve a preguntar con su nombre.",
    askWithName: "Las fuentes dicen algo al respecto sobre {{names}}: vuelve a preguntar con su nombre.",
    noneSay: "Ninguna fuente que cito dice nada sobre {{asked}}, para ningún compuesto que cubro.",
    askAgain: "Vuelve a preguntar con el nombre del compuesto. Cubro {{names}}.",
  },
  differ: {
    named: "{{name}}: las fuentes discrepan: {{about}}",
    sides_one: "La {{count}} afirmación de abajo apunta en otra dirección; léela con las demás.",
    sides_many: "Las {{count}} afirmaciones de abajo apuntan en direcciones distintas; léelas juntas.",
    sides_other: "Las {{count}} afirmaciones de abajo apuntan en direcciones distintas; léelas juntas.",
  },
  stack: {
    noInfoAll:
      "No tener información no significa que sea seguro: las fuentes no dicen nada sobre interacciones farmacológicas.",
    noInfoOf:
      "No tener información no significa que sea seguro: las fuentes no dicen nada sobre interacciones farmacológicas de {{names}}.",
    longTerm: "{{name}}, sobre el uso prolongado",
    cycling: "{{name}}, ciclos",
    caution: "{{name}}, precaución",
    moreCautions: "…y {{n}} más: {{commands}}",
    generalCautions: "Precauciones generales",
    noneNamed: "Las fuentes no nombran ninguna.",
    documentedTitle: "Combinaciones documentadas",
    documentedIntro:
      "Las combinaciones que describen las fuentes. `/stack compound:<name>` muestra las citas de un compuesto.",
    withPartner: "Con {{partner}}: {{statement}}",
    withIt: "Con ello ({{name}}): {{statement}}",
    stackingTitle: "Combinar {{name}}",
    stackingIntro: "Lo que las fuentes dicen que se tome con {{name}}, y por qué.",
    noStack: "Ninguna fuente documenta una combinación con {{name}}.",
    cautionsTitle: "{{name}}: precauciones",
    pairDocumented: "Una fuente documenta esta combinación.",
    pairNone:
      "Ninguna fuente documenta tomar {{a}} con {{b}}. Eso no significa que sea seguro: las fuentes no dicen nada en ningún sentido, y nada aquí debe leerse como aprobación.",
  },
  detail: {
    stackWith: "Combinado con {{partner}}: {{statement}}",
    comparedWith: "Comparado con {{partner}}: {{statement}}",
    noStacks: "Las fuentes no documentan ninguna combinación ni comparación con {{name}}.",
    strongestFirst: "Primero las pruebas más sólidas. El nivel es el que da la fuente.",
    noEffects: "Las fuentes no recogen ningún efecto.",
    entries_one: "{{count}} entrada citada sobre {{name}}",
    entries_many: "{{count}} entradas citadas sobre {{name}}",
    entries_other: "{{count}} entradas citadas sobre {{name}}",
    ours: "El nombre, los alias, los nombres en clave y el resumen de esta tarjeta son nuestros; cada afirmación es una cita de una de estas fuentes.",
    noMechanism: "Las fuentes no describen ningún mecanismo de {{name}}.",
    noCaveat: "Las fuentes no dan ninguna salvedad propia sobre las pruebas de {{name}}.",
  },
  compare: {
    description:
      "Lado a lado, según las fuentes; cada línea con sus pruebas y su fuente. /compound tiene las citas.",
    noDose: "Las fuentes no dan ninguna dosis.",
    noDirect: "Ninguna fuente compara {{a}} y {{b}} directamente.",
    directTitle: "Lo que dicen las fuentes al compararlos",
    twoAtATime: "compara dos compuestos cada vez",
    everyComparison: "{{command}} muestra cada comparación con su cita",
    columns: {
      class: "clase",
      doses: "dosis",
      halfLife: "vida media y absorción",
      mechanisms: "mecanismos",
      evidence: "pruebas",
      cautions: "precauciones",
    },
    empty: {
      noClaims: "No hay afirmaciones que sopesar.",
      noneNamed: "Las fuentes no nombran ninguna.",
      noneDescribed: "Ninguno descrito.",
      notGiven: "Las fuentes no lo indican.",
    },
  },
  settings: {
    title: "Ajustes de este servidor",
    intro: "Los ajustes de este servidor:",
    saved: "Guardado: {{names}}.",
    reportsChannel: "Canal de reportes:",
    noReportsChannel: "ninguno: los reportes se guardan solo para los mantenedores",
    privateAnswers: "Respuestas privadas por defecto:",
    answerMentions: "Se responden las preguntas que mencionan al bot:",
    keepUnanswered: "Preguntas sin respuesta guardadas para los curadores",
    keepUnansweredNote: "(solo su texto, nunca quién preguntó)",
    byDefault: "(por defecto)",
    yes: "sí",
    no: "no",
    change:
      "Cambia uno con `/settings` y su opción; `reset:true` los devuelve todos a los valores por defecto.",
    perServerTitle: "Los ajustes son por servidor",
    perServer:
      "Los ajustes pertenecen a un servidor: alguien con «Gestionar servidor» usa /settings en un servidor donde esté el bot. Aquí, en un mensaje directo o en tu propia instalación, se aplican los valores por defecto del bot.",
  },
  subjects: {
    effect: "efectos",
    efficacy: "si está demostrado que funciona",
    mechanism: "cómo funciona",
    dose: "dosis",
    frequency: "con qué frecuencia se toma",
    pharmacokinetics: "vida media, absorción y duración",
    safety: "seguridad",
    "side-effects": "efectos secundarios",
    "long-term-use": "uso prolongado o repetido",
    "tolerance-dependence": "tolerancia y dependencia",
    interactions: "interacciones con medicamentos",
    pregnancy: "uso en el embarazo o la lactancia",
    populations: "en quién se estudió",
    "stimulant-sedative": "si estimula o seda",
    "legal-status": "situación legal",
    kind: "qué tipo de compuesto es",
    history: "historia",
    stacks: "combinaciones",
    comparison: "comparaciones",
  },
  topics: {
    dose: "dosis",
    pharmacokinetics: "vida media y duración",
    cycling: "ciclos",
    mechanism: "mecanismo",
    effect: "efectos",
    safety: "seguridad",
    evidence: "pruebas",
    "legal-status": "situación legal",
    history: "historia",
  },
  /** Who or what a safety question is about, as a sentence names it. */
  particulars: {
    children: "el uso en niños o adolescentes",
    pets: "dárselo a mascotas",
    driving: "conducir",
    headaches: "los dolores de cabeza",
    overdose: "una sobredosis",
    "half-life": "la vida media",
  },
  goalWords: {
    memory: "memoria",
    focus: "concentración",
    mood: "estado de ánimo",
    anxiety: "ansiedad",
    neuroprotection: "neuroprotección",
    learning: "aprendizaje",
  },
} satisfies Catalogue<typeof en>;
