import type { Catalogue } from "../type.js";
import type { answers as en } from "./en.js";

/** Les mots du bot autour des réponses (/ask, paires, comparaisons, plusieurs questions, /stack, /settings). */
export const answers = {
  answer: {
    dose: "Dose : {{dose}}",
    qualifier: "Avec cela :",
    verdict: "Verdict d’une source :",
    nearest: "Mention la plus proche :",
    within: "{{shown}} est dans {{figure}}.",
    below: "{{shown}} est en dessous de {{figure}}.",
    times: "{{shown}} vaut {{times}}× le haut de {{figure}}.",
    over: "{{shown}} dépasse de {{over}} {{unit}} le haut de {{figure}}.",
    open: "Une source ne donne pas de fourchette ici, seulement une borne basse, selon ses mots : « {{quote}} » {{ref}} ({{context}}). Ce n’est pas une fourchette : aucune quantité n’est « dedans ».",
    silent: "Les sources ne disent rien sur {{subject}} pour {{name}}.",
    harmNearest_one:
      "Aucune source ne dit si {{name}} provoque {{harm}} ; {{count}} mention, la plus proche, est affichée ci-dessous.",
    harmNearest_many:
      "Aucune source ne dit si {{name}} provoque {{harm}} ; les {{count}} mentions les plus proches sont affichées ci-dessous.",
    harmNearest_other:
      "Aucune source ne dit si {{name}} provoque {{harm}} ; les {{count}} mentions les plus proches sont affichées ci-dessous.",
    elsewhere: "Ce que les sources disent de {{name}} figure ci-dessous.",
    harmNone: "Aucune source ne dit si {{name}} provoque {{harm}}, et aucune ne le mentionne.",
    safetyGaps: "Les sources ne disent rien sur {{name}} et {{subjects}}.",
    onlySideEffects_one:
      "Cette {{count}} entrée est le seul effet indésirable que les sources donnent pour {{name}} ; elles n’en nomment aucun autre.",
    onlySideEffects_many:
      "Ces {{count}} entrées sont les seuls effets indésirables que les sources donnent pour {{name}} ; elles n’en nomment aucun autre.",
    onlySideEffects_other:
      "Ces {{count}} entrées sont les seuls effets indésirables que les sources donnent pour {{name}} ; elles n’en nomment aucun autre.",
    noSideEffect: "Aucune source ne nomme d’effet indésirable de {{name}}.",
    length:
      "L’usage le plus long de {{name}} rapporté par les sources est {{longest}}. Rien de plus long n’est rapporté.",
    lengthSafety:
      "L’usage le plus long de {{name}} rapporté par les sources est {{longest}} ; une donnée de sécurité couvre {{safety}}. Rien de plus long n’est rapporté.",
    noUnit:
      "{{numbers}} n’a pas d’unité, donc n’est pas comparé aux chiffres que les sources donnent pour {{name}} (en {{units}}) : écrivez « {{example}} » pour le comparer.",
    noFigures:
      "Les sources ne donnent aucune dose pour {{name}} : {{amounts}} ne peut donc être comparé à rien.",
    against: "{{shown}} face à chaque chiffre que les sources donnent pour {{name}} :",
    otherUnits_one:
      "{{count}} chiffre dans une autre unité ({{units}}) n’est pas comparé à {{shown}} : un chiffre par kilogramme n’est jamais comparé à une quantité en mg, ni l’inverse.",
    otherUnits_many:
      "{{count}} chiffres dans une autre unité ({{units}}) ne sont pas comparés à {{shown}} : un chiffre par kilogramme n’est jamais comparé à une quantité en mg, ni l’inverse.",
    otherUnits_other:
      "{{count}} chiffres dans une autre unité ({{units}}) ne sont pas comparés à {{shown}} : un chiffre par kilogramme n’est jamais comparé à une quantité en mg, ni l’inverse.",
    amountCaveat:
      "Ceci compare la quantité seule (pas la fréquence de prise), chaque chiffre dans son propre contexte ; un chiffre rapporté par une source n’est pas une limite sûre, et rien de ceci n’est un conseil.",
    amountCaveatDaily:
      "Un chiffre par dose est comparé à une dose, un chiffre par jour au total de la journée, et un chiffre qui ne le dit pas aux deux, chacun dans son propre contexte ; un chiffre rapporté par une source n’est pas une limite sûre, et rien de ceci n’est un conseil.",
    dayTotal: "{{amount}} par jour",
    oneDose: "{{amount}} par prise",
    unsplitDay:
      "{{shown}} et {{figure}} : le nombre de prises dans la journée n’est pas dit, donc le total du jour n’est pas comparé à un chiffre par prise.",
    unsplitDose:
      "{{shown}} et {{figure}} : le nombre de prises par jour n’est pas dit, donc une prise n’est pas comparée à un chiffre par jour.",
    amountCaveatBasis:
      "Un chiffre par prise est comparé à une prise et un chiffre par jour au total du jour ; un chiffre qui ne le dit pas, à la quantité telle que donnée. Chaque chiffre dans son propre contexte ; un chiffre rapporté par une source n’est pas une limite sûre, et rien de ceci n’est un conseil.",
    more: "…et {{n}} de plus",
    moreShows: "{{command}} les affiche.",
    closest: "{{name}} : au plus près de vos mots",
    inPopulation: "chez : {{population}}",
    unknownKind: "type non indiqué",
  },
  ask: {
    mentionTitle: "Posez-moi une question",
    mention:
      "Mentionnez-moi avec une question, par exemple « @me noopept dose? » ou « @me is aniracetam safe with ssris ». /help liste tout ce que je fais.",
    advice:
      "Savoir si vous devriez en prendre n’est pas une décision que les sources, ni moi, pouvons prendre pour vous : voici seulement ce que disent les sources.",
    unclear: "« {{typed}} » pourrait être {{names}} : donnez le nom complet pour poser la question.",
    canAnswer:
      "Je réponds aux questions sur {{names}}. Par exemple : « noopept dose? », « is aniracetam safe with ssris », « piracetam vs noopept » ou « what helps memory » (aussi en français).",
    notInSourcesTitle: "Absent de mes sources",
    dontCover: "Mes sources ne traitent pas « {{typed}} ».",
    askAbout: "Posez une question sur un nootropique.",
    fromSourcesTitle: "D’après les sources",
    searchIntro:
      "Aucun composé n’est nommé : voici les affirmations citées qui correspondent le mieux à vos mots ({{words}}), tous composés confondus.",
    whatICanTitle: "Ce à quoi je peux répondre",
    replaceTitle: "Remplacer un médicament",
    replace:
      "Les sources ne traitent pas du remplacement d’un médicament par {{name}}, et je ne peux pas conseiller à ce sujet.",
    replaceNoName:
      "Les sources ne traitent pas du remplacement d’un médicament par un nootropique, et je ne peux pas conseiller à ce sujet.",
    replaceDoctor:
      "Savoir si un médicament prescrit peut être arrêté, modifié ou remplacé revient au médecin qui l’a prescrit : demandez-lui, s’il vous plaît.",
    goalTitle: "Rapporté pour : {{goal}}",
    goalTitleFor: "Rapporté pour : {{goal}} — {{name}}",
    goalMentions:
      "Les sources ne rapportent aucun effet sur {{goal}} en tant que tel. Ces citations le mentionnent ; une mention n’est pas une recommandation.",
    goalMentionsFor:
      "Les sources ne rapportent aucun effet de {{name}} sur {{goal}} en tant que tel. Ces citations le mentionnent ; une mention n’est pas une recommandation.",
    goalNothing: "Les sources ne rapportent rien sur {{goal}}.",
    goalNothingFor: "Les sources ne rapportent rien sur {{goal}} pour {{name}}.",
    goalClaims:
      "Affirmations des sources sur {{goal}}, les preuves les plus solides d’abord. Un rapport n’est pas une recommandation.",
    goalClaimsFor:
      "Affirmations des sources sur {{goal}} pour {{name}}, les preuves les plus solides d’abord. Un rapport n’est pas une recommandation.",
  },
  pair: {
    notSafe:
      "Absence d’information ne veut pas dire sans danger : rien ici ne dit que l’association est sûre, ou dangereuse.",
    memberOf: "{{name}} (parmi : {{group}})",
    otherDrug: "{{label}} n’est pas un nootropique couvert par mes sources : elles n’en disent rien.",
    onInteractions: "{{name}}, sur les interactions en général : {{statement}}",
    interactionsQuoted:
      "Ce que disent les sources des interactions de {{name}} en général est cité ci-dessous.",
    interactionsNone: "Les sources ne documentent aucune interaction médicamenteuse pour {{name}}.",
    onItsOwn: "{{name}} (seul) : {{statement}}",
    documented:
      "Une source documente la prise de {{first}} avec {{partner}} : cité ci-dessous, avec les preuves que chacune donne.",
    beyond:
      "Au-delà de ces citations, les sources ne disent rien de leur association, et absence d’information ne veut pas dire sans danger.",
    nothing: "Les sources ne documentent rien sur la prise de {{first}} avec {{partner}}.",
    compared: "Elles comparent les deux (voir une comparaison), mais ne disent rien de leur prise ensemble.",
    noCaution: "Elles ne nomment pas non plus d’effet indésirable ni de précaution pour {{name}}.",
    doseOf: "{{name}}, dose : {{dose}}",
    claimOf: "{{name}} : {{statement}}",
  },
  found: {
    silence:
      "Aucune affirmation des sources sur {{names}} ne mentionne « {{asked}} » : elles ne le disent pas. Ce qu’elles disent de plus proche est ci-dessous.",
    intro:
      "Les affirmations sur {{names}} qui correspondent le mieux à « {{matched}} », les plus proches d’abord. `/compound` montre tout.",
    sides:
      "{{noRanking}} : voici ce que les sources disent de chacun sur « {{asked}} », les preuves les plus solides d’abord.",
    sidesSilent: "Les sources n’en disent rien pour {{names}}.",
    sidesCut: "Ce que les sources en disent pour {{names}} ne tient pas à côté du reste : {{commands}}",
    notSettled: "Les sources ne tranchent pas lequel de {{names}} est le meilleur sur ce point",
    classIntro: "Les {{cls}} que couvrent mes sources : {{list}}.",
    classTitle: "{{cls}} : ce que couvrent les sources",
    classAsk: "Posez une question sur l’un d’eux, ou `/compound` pour tout voir sur l’un.",
    classNoRank: "Aucune source ne classe les {{cls}} entre eux",
  },
  message: {
    readAs: "Lu comme « {{text}} » (d’après le message auquel vous avez répondu ou le précédent).",
    readAbout: "(lu comme portant sur {{names}})",
    crowded:
      "Ce que les sources disent d’abord à ce sujet ne tient pas à côté des autres réponses : posez la question seule pour le voir.",
    asks: "Votre message pose {{count}} questions ; chacune reçoit sa réponse ci-dessous, dans sa propre section.",
    uncovered_one: "Les sources ne couvrent pas la partie {{parts}} : rien n’est cité pour elle.",
    uncovered_many: "Les sources ne couvrent pas les parties {{parts}} : rien n’est cité pour elles.",
    uncovered_other: "Les sources ne couvrent pas les parties {{parts}} : rien n’est cité pour elles.",
    dropped_one: "{{count}} autre question n’y reçoit pas de réponse ici : posez-la à part.",
    dropped_many: "{{count}} autres questions n’y reçoivent pas de réponse ici : posez-les une à une.",
    dropped_other: "{{count}} autres questions n’y reçoivent pas de réponse ici : posez-les une à une.",
  },
  which: {
    titleMany: "De quels composés parlez-vous ?",
    refersBack:
      "Votre question renvoie à des composés nommés avant, mais n’en nomme aucun et ne répond à aucun message qui les nomme, je ne vais donc pas les deviner.",
    title: "De quel composé parlez-vous ?",
    noName: "Votre question ne nomme aucun composé, je ne vais donc pas en deviner un.",
    noNamePair:
      "Votre question (sur la prise de quelque chose avec {{names}}) ne nomme aucun composé, je ne vais donc pas en deviner un.",
    press:
      "Les sources en disent quelque chose pour {{names}} : appuyez sur l’un, ou reposez la question avec son nom.",
    askWithName: "Les sources en disent quelque chose pour {{names}} : reposez la question avec son nom.",
    noneSay:
      "Aucune source que je cite ne dit quoi que ce soit sur {{asked}}, pour aucun des composés que je couvre.",
    askAgain: "Reposez la question avec le nom du composé. Je couvre {{names}}.",
  },
  differ: {
    named: "{{name}} : les sources divergent : {{about}}",
    sides_one: "L’affirmation ci-dessous ({{count}}) va dans un autre sens ; lisez-la avec les autres.",
    sides_many: "Les {{count}} affirmations ci-dessous vont dans des sens différents ; lisez-les ensemble.",
    sides_other: "Les {{count}} affirmations ci-dessous vont dans des sens différents ; lisez-les ensemble.",
  },
  stack: {
    noInfoAll:
      "Absence d’information ne veut pas dire sans danger : les sources ne disent rien des interactions médicamenteuses.",
    noInfoOf:
      "Absence d’information ne veut pas dire sans danger : les sources ne disent rien des interactions médicamenteuses de {{names}}.",
    longTerm: "{{name}}, sur l’usage prolongé",
    cycling: "{{name}}, cycles",
    caution: "{{name}}, précaution",
    moreCautions: "…et {{n}} de plus : {{commands}}",
    generalCautions: "Précautions générales",
    noneNamed: "Les sources n’en nomment aucune.",
    documentedTitle: "Associations documentées",
    documentedIntro:
      "Les associations que décrivent les sources. `/stack compound:<name>` montre les citations pour un composé.",
    withPartner: "Avec {{partner}} : {{statement}}",
    withIt: "Avec cela ({{name}}) : {{statement}}",
    stackingTitle: "Associer {{name}}",
    stackingIntro: "Ce que les sources disent de prendre avec {{name}}, et pourquoi.",
    noStack: "Aucune source ne documente d’association avec {{name}}.",
    cautionsTitle: "{{name}} : précautions",
    pairDocumented: "Une source documente cette association.",
    pairNone:
      "Aucune source ne documente la prise de {{a}} avec {{b}}. Cela ne veut pas dire sans danger : les sources ne disent rien dans un sens ou dans l’autre, et rien ici ne doit être lu comme une approbation.",
  },
  detail: {
    stackWith: "Associé à {{partner}} : {{statement}}",
    comparedWith: "Comparé à {{partner}} : {{statement}}",
    noStacks: "Les sources ne documentent aucune association ni comparaison avec {{name}}.",
    strongestFirst: "Les preuves les plus solides d’abord. Le niveau est celui que donne la source.",
    noEffects: "Les sources ne rapportent aucun effet.",
    entries_one: "{{count}} entrée citée sur {{name}}",
    entries_many: "{{count}} entrées citées sur {{name}}",
    entries_other: "{{count}} entrées citées sur {{name}}",
    ours: "Le nom, les alias, les noms de code et le résumé de cette fiche sont les nôtres ; chaque affirmation est une citation de l’une de ces sources.",
    noMechanism: "Les sources ne décrivent aucun mécanisme pour {{name}}.",
    noCaveat: "Les sources ne donnent aucune réserve propre sur les preuves pour {{name}}.",
  },
  compare: {
    description:
      "Côte à côte, d’après les sources ; chaque ligne avec sa preuve et sa source. /compound donne les citations.",
    noDose: "Les sources ne donnent aucune dose.",
    noDirect: "Aucune source ne compare directement {{a}} et {{b}}.",
    directTitle: "Ce que disent les sources en les comparant",
    twoAtATime: "comparez deux composés à la fois",
    everyComparison: "{{command}} montre chaque comparaison avec sa citation",
    columns: {
      class: "classe",
      doses: "doses",
      halfLife: "demi-vie et absorption",
      mechanisms: "mécanismes",
      evidence: "preuves",
      cautions: "précautions",
    },
    empty: {
      noClaims: "Aucune affirmation à peser.",
      noneNamed: "Les sources n’en nomment aucune.",
      noneDescribed: "Aucun décrit.",
      notGiven: "Non indiqué par les sources.",
    },
  },
  settings: {
    title: "Paramètres de ce serveur",
    intro: "Les paramètres de ce serveur :",
    saved: "Enregistré : {{names}}.",
    reportsChannel: "Salon des signalements :",
    noReportsChannel: "aucun : les signalements sont conservés pour les mainteneurs seulement",
    privateAnswers: "Réponses privées par défaut :",
    answerMentions: "Réponse aux questions posées en mentionnant le bot :",
    keepUnanswered: "Questions sans réponse conservées pour les curateurs",
    keepUnansweredNote: "(leur texte seulement, jamais qui a demandé)",
    byDefault: "(par défaut)",
    yes: "oui",
    no: "non",
    change: "Changez-en un avec `/settings` et son option ; `reset:true` les remet tous par défaut.",
    perServerTitle: "Les paramètres sont par serveur",
    perServer:
      "Les paramètres appartiennent à un serveur : une personne ayant « Gérer le serveur » lance /settings sur un serveur où le bot est ajouté. Ici, en message privé ou via votre propre installation, les valeurs par défaut du bot s’appliquent.",
  },
  subjects: {
    effect: "les effets",
    efficacy: "s’il est démontré que cela fonctionne",
    mechanism: "son fonctionnement",
    dose: "la dose",
    frequency: "la fréquence de prise",
    pharmacokinetics: "la demi-vie, l’absorption et la durée",
    safety: "la sécurité",
    "side-effects": "les effets indésirables",
    "long-term-use": "l’usage prolongé ou répété",
    "tolerance-dependence": "la tolérance et la dépendance",
    interactions: "les interactions médicamenteuses",
    pregnancy: "l’usage pendant la grossesse ou l’allaitement",
    populations: "les personnes étudiées",
    "stimulant-sedative": "s’il stimule ou apaise",
    "legal-status": "le statut légal",
    kind: "le type de composé",
    history: "l’histoire",
    stacks: "les associations",
    comparison: "les comparaisons",
  },
  topics: {
    dose: "la dose",
    pharmacokinetics: "la demi-vie et la durée",
    cycling: "les cycles",
    mechanism: "le mécanisme",
    effect: "les effets",
    safety: "la sécurité",
    evidence: "les preuves",
    "legal-status": "le statut légal",
    history: "l’histoire",
  },
  /** Who or what a safety question is about, as a sentence names it. */
  particulars: {
    children: "l’usage par des enfants ou des adolescents",
    pets: "le donner à des animaux de compagnie",
    driving: "la conduite",
    headaches: "les maux de tête",
    overdose: "une surdose",
    "half-life": "la demi-vie",
  },
  goalWords: {
    memory: "la mémoire",
    focus: "la concentration",
    mood: "l’humeur",
    anxiety: "l’anxiété",
    neuroprotection: "la neuroprotection",
    learning: "l’apprentissage",
  },
} satisfies Catalogue<typeof en>;
