/**
 * The bot's own words around answers in English (/ask's planned answers and notes, pairings, comparisons,
 * several questions at once, /stack, /settings), spread into the English catalogue. Every other language
 * has the same keys in its file beside this one.
 */
export const answers = {
  answer: {
    dose: "Dose: {{dose}}",
    qualifier: "With it:",
    verdict: "Verdict of a source:",
    nearest: "Nearest mention:",
    within: "{{shown}} is within {{figure}}.",
    below: "{{shown}} is below {{figure}}.",
    times: "{{shown}} is {{times}}× the top of {{figure}}.",
    over: "{{shown}} is {{over}} {{unit}} above the top of {{figure}}.",
    open: "A source gives no range here, only a lower bound, in its words: “{{quote}}” {{ref}} ({{context}}). It is not a range, so no amount is “within” it.",
    silent: "The sources say nothing about {{subject}} for {{name}}.",
    harmNearest_one: "No source says whether {{name}} causes {{harm}}; the nearest mention is shown below.",
    harmNearest_other:
      "No source says whether {{name}} causes {{harm}}; the nearest {{count}} mentions are shown below.",
    elsewhere: "What the sources do say about {{name}} is below.",
    harmNone: "No source says whether {{name}} causes {{harm}}, and none mentions it.",
    safetyGaps: "The sources say nothing about {{name}} and {{subjects}}.",
    onlySideEffects_one:
      "This is the only side effect entry the sources give for {{name}}; they name no other.",
    onlySideEffects_other:
      "These {{count}} entries are the only side effects the sources give for {{name}}; they name no other.",
    noSideEffect: "No source names a side effect of {{name}}.",
    length: "The longest use the sources report for {{name}} is {{longest}}. Nothing longer is reported.",
    lengthSafety:
      "The longest use the sources report for {{name}} is {{longest}}; a safety finding covers {{safety}}. Nothing longer is reported.",
    noUnit:
      "{{numbers}} has no unit, so it is not compared with the figures the sources give for {{name}} (in {{units}}): say “{{example}}” to compare it.",
    noFigures: "The sources give no dose for {{name}}, so {{amounts}} cannot be compared with anything.",
    against: "{{shown}} against every figure the sources give for {{name}}:",
    otherUnits_one:
      "One figure in another unit ({{units}}) is not compared with {{shown}}: a per-kilogram figure is never compared with an amount in mg, nor the other way round.",
    otherUnits_other:
      "{{count}} figures in another unit ({{units}}) are not compared with {{shown}}: a per-kilogram figure is never compared with an amount in mg, nor the other way round.",
    amountCaveat:
      "This compares the amount alone (not how often it is taken), each figure in its own context; a figure a source reports is not a safe limit, and none of this is advice.",
    amountCaveatDaily:
      "A figure per dose is compared with one dose, a figure per day with the day's total, and a figure that does not say with both, each in its own context; a figure a source reports is not a safe limit, and none of this is advice.",
    dayTotal: "{{amount}} a day",
    oneDose: "{{amount}} a dose",
    unsplitDay:
      "{{shown}} and {{figure}}: how many doses make up the day is not said, so the day's total is not set against a figure per dose.",
    unsplitDose:
      "{{shown}} and {{figure}}: how many doses a day is not said, so one dose is not set against a figure per day.",
    amountCaveatBasis:
      "A figure per dose is compared with one dose and a figure per day with a day's total; a figure that does not say is compared with the amount as given. Each figure in its own context; a figure a source reports is not a safe limit, and none of this is advice.",
    more: "…and {{n}} more",
    moreShows: "{{command}} shows them.",
    closest: "{{name}}: closest to your words",
    inPopulation: "in {{population}}",
    unknownKind: "unknown kind",
  },
  ask: {
    mentionTitle: "Ask me a question",
    mention:
      "Mention me with a question, for example “@me noopept dose?” or “@me is aniracetam safe with ssris”. /help lists everything I do.",
    advice:
      "Whether you should take it is not something the sources, or I, can decide for you: here is only what the sources say.",
    unclear: "“{{typed}}” could be {{names}}: name it in full to ask about it.",
    canAnswer:
      "I can answer questions about {{names}}. For example: “noopept dose?”, “is aniracetam safe with ssris”, “piracetam vs noopept” or “what helps memory”.",
    notInSourcesTitle: "Not in my sources",
    dontCover: "My sources don't cover “{{typed}}”.",
    askAbout: "Ask a question about a nootropic.",
    fromSourcesTitle: "From the sources",
    searchIntro:
      "No compound is named, so here are the quoted claims that best match your words ({{words}}), across compounds.",
    whatICanTitle: "What I can answer",
    replaceTitle: "Replacing a medicine",
    replace: "The sources do not discuss replacing a medicine with {{name}}, and I cannot advise on it.",
    replaceNoName:
      "The sources do not discuss replacing a medicine with a nootropic, and I cannot advise on it.",
    replaceDoctor:
      "Whether a prescribed medicine can be stopped, changed or replaced is for the doctor who prescribed it: please ask them.",
    goalTitle: "Reported for {{goal}}",
    goalTitleFor: "Reported for {{goal}}: {{name}}",
    goalMentions:
      "The sources report no effect on {{goal}} as such. These quotes mention it; a mention is not a recommendation.",
    goalMentionsFor:
      "The sources report no effect on {{goal}} for {{name}} as such. These quotes mention it; a mention is not a recommendation.",
    goalNothing: "The sources report nothing about {{goal}}.",
    goalNothingFor: "The sources report nothing about {{goal}} for {{name}}.",
    goalClaims:
      "Claims the sources make about {{goal}}, strongest evidence first. A report is not a recommendation.",
    goalClaimsFor:
      "Claims the sources make about {{goal}} for {{name}}, strongest evidence first. A report is not a recommendation.",
  },
  pair: {
    notSafe: "No information is not the same as safe: nothing here says the combination is safe, or unsafe.",
    memberOf: "{{name}} (one of the {{group}})",
    otherDrug: "{{label}} is not a nootropic my sources cover: they say nothing about it.",
    onInteractions: "{{name}}, on interactions in general: {{statement}}",
    interactionsQuoted: "What the sources say about {{name}}'s drug interactions in general is quoted below.",
    interactionsNone: "The sources document no drug interactions for {{name}}.",
    onItsOwn: "{{name}} (on its own): {{statement}}",
    documented:
      "A source documents taking {{first}} with {{partner}}: quoted below, with the evidence each gives.",
    beyond:
      "Beyond these quotes the sources say nothing about combining them, and no information is not the same as safe.",
    nothing: "The sources document nothing about taking {{first}} with {{partner}}.",
    compared: "They compare the two (see a comparison), but say nothing about taking them together.",
    noCaution: "They name no side effect or caution for {{name}} either.",
    doseOf: "{{name}} dose: {{dose}}",
    claimOf: "{{name}}: {{statement}}",
  },
  found: {
    silence:
      "No claim about {{names}} in the sources mentions “{{asked}}”: they do not say. The nearest they do say is below.",
    intro:
      "The claims about {{names}} that best match “{{matched}}”, the closest first. `/compound` shows everything.",
    sides:
      "{{noRanking}}: below is what the sources say about each on “{{asked}}”, strongest evidence first.",
    sidesSilent: "The sources say nothing on it for {{names}}.",
    sidesCut: "What the sources say on it for {{names}} does not fit beside the rest: {{commands}}",
    notSettled: "The sources do not settle which of {{names}} is better on it",
    classIntro: "The {{cls}} my sources cover: {{list}}.",
    classTitle: "{{cls}}: what the sources cover",
    classAsk: "Ask about one of them, or `/compound` for everything on one.",
    classNoRank: "No source ranks the {{cls}} against each other",
  },
  message: {
    readAs: "Read as “{{text}}” (from the message you replied to or the one before).",
    readAbout: "(read as about {{names}})",
    crowded:
      "What the sources lead with on this does not fit beside the other answers: ask it on its own to see it.",
    asks: "Your message asks {{count}} things; each is answered below in its own section.",
    uncovered_one: "The sources do not cover part {{parts}}: nothing is quoted for it.",
    uncovered_other: "The sources do not cover parts {{parts}}: nothing is quoted for them.",
    dropped_one: "{{count}} more question in it is not answered here: ask it on its own.",
    dropped_other: "{{count}} more questions in it are not answered here: ask them one at a time.",
  },
  which: {
    titleMany: "Which compounds do you mean?",
    refersBack:
      "Your question points back at compounds named before, but names none and replies to no message naming them, so I will not guess them.",
    title: "Which compound do you mean?",
    noName: "Your question names no compound, so I will not guess one.",
    noNamePair:
      "Your question (about taking something with {{names}}) names no compound, so I will not guess one.",
    press: "The sources say something on it about {{names}}: press one, or ask again with its name.",
    askWithName: "The sources say something on it about {{names}}: ask again with its name.",
    noneSay: "No source I quote says anything about {{asked}}, for any compound I cover.",
    askAgain: "Ask again with the compound's name. I cover {{names}}.",
  },
  differ: {
    named: "{{name}}: the sources differ: {{about}}",
    sides_one: "The {{count}} claim below points another way; read it with the rest.",
    sides_other: "The {{count}} claims below point different ways; read them together.",
  },
  stack: {
    noInfoAll: "No information is not the same as safe: the sources say nothing about drug interactions.",
    noInfoOf:
      "No information is not the same as safe: the sources say nothing about drug interactions of {{names}}.",
    longTerm: "{{name}}, on long-term use",
    cycling: "{{name}}, cycling",
    caution: "{{name}}, caution",
    moreCautions: "…and {{n}} more: {{commands}}",
    generalCautions: "General cautions",
    noneNamed: "None named by the sources.",
    documentedTitle: "Documented stacks",
    documentedIntro:
      "The combinations the sources describe. `/stack compound:<name>` shows the quotes for one compound.",
    withPartner: "With {{partner}}: {{statement}}",
    withIt: "With it ({{name}}): {{statement}}",
    stackingTitle: "Stacking {{name}}",
    stackingIntro: "What the sources say to take with {{name}}, and why.",
    noStack: "No source documents a stack with {{name}}.",
    cautionsTitle: "{{name}}: cautions",
    pairDocumented: "A source documents this pairing.",
    pairNone:
      "No source documents taking {{a}} with {{b}}. That is not the same as safe: the sources say nothing either way, and nothing here should be read as approval.",
  },
  detail: {
    stackWith: "Stack with {{partner}}: {{statement}}",
    comparedWith: "Compared with {{partner}}: {{statement}}",
    noStacks: "The sources document no stack or comparison with {{name}}.",
    strongestFirst: "Strongest evidence first. The level is the one the source gives.",
    noEffects: "The sources report no effects.",
    entries_one: "One quoted entry about {{name}}",
    entries_other: "{{count}} quoted entries about {{name}}",
    ours: "The name, aliases, code names and summary on this card are ours; every claim is a quote of one of these sources.",
    noMechanism: "The sources describe no mechanism for {{name}}.",
    noCaveat: "The sources give no evidence caveat of their own for {{name}}.",
  },
  compare: {
    description:
      "Side by side, from the sources; every line with its evidence and source. /compound has the quotes.",
    noDose: "The sources give no dose.",
    noDirect: "No source compares {{a}} and {{b}} directly.",
    directTitle: "What the sources say comparing them",
    twoAtATime: "compare two compounds at a time",
    everyComparison: "{{command}} shows every comparison with its quote",
    columns: {
      class: "class",
      doses: "doses",
      halfLife: "half-life and uptake",
      mechanisms: "mechanisms",
      evidence: "evidence",
      cautions: "cautions",
    },
    empty: {
      noClaims: "No claims to weigh.",
      noneNamed: "None named by the sources.",
      noneDescribed: "None described.",
      notGiven: "Not given by the sources.",
    },
  },
  settings: {
    title: "Settings for this server",
    intro: "This server's settings:",
    saved: "Saved: {{names}}.",
    reportsChannel: "Reports channel:",
    noReportsChannel: "none: reports are stored for the maintainers only",
    privateAnswers: "Answers private by default:",
    answerMentions: "Questions asked by mentioning the bot are answered:",
    keepUnanswered: "Unanswered questions kept for the curators",
    keepUnansweredNote: "(their text only, never who asked)",
    byDefault: "(default)",
    yes: "yes",
    no: "no",
    change: "Change one with `/settings` and its option; `reset:true` returns them all to the defaults.",
    perServerTitle: "Settings are per server",
    perServer:
      "Settings belong to a server: someone with Manage Server runs /settings in a server where the bot is added. Here, in a direct message or through your own install, the bot's defaults apply.",
  },
  /** Subjects of knowledge/subjects.yaml as a sentence names them (English answers use the file's own labels). */
  subjects: {
    effect: "effects",
    efficacy: "whether it is shown to work",
    mechanism: "how it works",
    dose: "dose",
    frequency: "how often it is taken",
    pharmacokinetics: "half-life, absorption and duration",
    safety: "safety",
    "side-effects": "side effects",
    "long-term-use": "long-term or repeated use",
    "tolerance-dependence": "tolerance and dependence",
    interactions: "drug interactions",
    pregnancy: "use in pregnancy or nursing",
    populations: "who it was studied in",
    "stimulant-sedative": "whether it stimulates or sedates",
    "legal-status": "legal status",
    kind: "what kind of compound it is",
    history: "history",
    stacks: "stacks",
    comparison: "comparisons",
  },
  /** What a question asks about, as a sentence names it. */
  topics: {
    dose: "dose",
    pharmacokinetics: "half-life and duration",
    cycling: "cycling",
    mechanism: "mechanism",
    effect: "effects",
    safety: "safety",
    evidence: "evidence",
    "legal-status": "legal status",
    history: "history",
  },
  /** Goals as a sentence names them ("reported for memory"). */
  /** Who or what a safety question is about, as a sentence names it. */
  particulars: {
    children: "use by children or teenagers",
    pets: "giving it to pets",
    driving: "driving",
    headaches: "headaches",
    overdose: "overdose",
    "half-life": "half-life",
  },
  goalWords: {
    memory: "memory",
    focus: "focus",
    mood: "mood",
    anxiety: "anxiety",
    neuroprotection: "neuroprotection",
    learning: "learning",
  },
};
