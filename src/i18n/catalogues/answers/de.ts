import type { Catalogue } from "../type.js";
import type { answers as en } from "./en.js";

/** Die Worte des Bots rund um Antworten (/ask, Paare, Vergleiche, mehrere Fragen, /stack, /settings), auf Deutsch. */
export const answers = {
  answer: {
    dose: "Dosis: {{dose}}",
    qualifier: "Dazu:",
    verdict: "Urteil einer Quelle:",
    nearest: "Nächste Erwähnung:",
    within: "{{shown}} liegt innerhalb von {{figure}}.",
    below: "{{shown}} liegt unter {{figure}}.",
    times: "{{shown}} ist das {{times}}-Fache der Obergrenze von {{figure}}.",
    over: "{{shown}} liegt {{over}} {{unit}} über der Obergrenze von {{figure}}.",
    open: "Eine Quelle nennt hier keinen Bereich, nur eine Untergrenze, in ihren Worten: „{{quote}}“ {{ref}} ({{context}}). Das ist kein Bereich, also liegt keine Menge „innerhalb“ davon.",
    silent: "Die Quellen sagen nichts zu {{name}} beim Thema {{subject}}.",
    harmNearest_one:
      "Keine Quelle sagt, ob {{name}} Folgendes verursacht: {{harm}}; die {{count}} nächste Erwähnung steht unten.",
    harmNearest_other:
      "Keine Quelle sagt, ob {{name}} Folgendes verursacht: {{harm}}; die {{count}} nächsten Erwähnungen stehen unten.",
    elsewhere: "Was die Quellen über {{name}} sagen, steht unten.",
    harmNone: "Keine Quelle sagt, ob {{name}} Folgendes verursacht: {{harm}}, und keine erwähnt es.",
    safetyGaps: "Die Quellen sagen nichts zu {{name}} bei diesen Themen: {{subjects}}.",
    onlySideEffects_one:
      "Dieser {{count}} Eintrag ist die einzige Nebenwirkung von {{name}} in den Quellen; sie nennen keine weitere.",
    onlySideEffects_other:
      "Diese {{count}} Einträge sind die einzigen Nebenwirkungen von {{name}} in den Quellen; sie nennen keine weiteren.",
    noSideEffect: "Keine Quelle nennt eine Nebenwirkung von {{name}}.",
    length:
      "Die längste Anwendung von {{name}}, von der die Quellen berichten: {{longest}}. Über Längeres wird nicht berichtet.",
    lengthSafety:
      "Die längste Anwendung von {{name}}, von der die Quellen berichten: {{longest}}; ein Sicherheitsbefund umfasst {{safety}}. Über Längeres wird nicht berichtet.",
    noUnit:
      "{{numbers}} hat keine Einheit und wird daher nicht mit den Angaben der Quellen zu {{name}} (in {{units}}) verglichen: schreibe „{{example}}“, um es zu vergleichen.",
    noFigures:
      "Die Quellen nennen keine Dosis für {{name}}, daher lässt sich {{amounts}} mit nichts vergleichen.",
    against: "{{shown}} im Vergleich mit jeder Dosisangabe der Quellen für {{name}}:",
    otherUnits_one:
      "{{count}} Angabe in einer anderen Einheit ({{units}}) wird nicht mit {{shown}} verglichen: Eine Angabe pro Kilogramm wird nie mit einer Menge in mg verglichen, und umgekehrt.",
    otherUnits_other:
      "{{count}} Angaben in einer anderen Einheit ({{units}}) werden nicht mit {{shown}} verglichen: Eine Angabe pro Kilogramm wird nie mit einer Menge in mg verglichen, und umgekehrt.",
    amountCaveat:
      "Verglichen wird nur die Menge (nicht, wie oft sie genommen wird), jede Angabe in ihrem eigenen Zusammenhang; eine Angabe einer Quelle ist keine sichere Grenze, und nichts davon ist ein Rat.",
    amountCaveatDaily:
      "Eine Angabe pro Dosis wird mit einer Dosis verglichen, eine Angabe pro Tag mit der Tagesmenge und eine, die es nicht sagt, mit beidem, jede in ihrem eigenen Zusammenhang; eine Angabe einer Quelle ist keine sichere Grenze, und nichts davon ist ein Rat.",
    dayTotal: "{{amount}} am Tag",
    oneDose: "{{amount}} pro Einnahme",
    unsplitDay:
      "{{shown}} und {{figure}}: Wie viele Einnahmen den Tag ausmachen, wird nicht gesagt, daher wird die Tagesmenge nicht mit einer Angabe pro Einnahme verglichen.",
    unsplitDose:
      "{{shown}} und {{figure}}: Wie viele Einnahmen am Tag, wird nicht gesagt, daher wird eine Einnahme nicht mit einer Angabe pro Tag verglichen.",
    amountCaveatBasis:
      "Eine Angabe pro Einnahme wird mit einer Einnahme verglichen, eine Angabe pro Tag mit der Tagesmenge; eine Angabe, die es nicht sagt, mit der genannten Menge. Jede Angabe in ihrem eigenen Zusammenhang; eine Angabe einer Quelle ist keine sichere Grenze, und nichts davon ist ein Rat.",
    more: "…und {{n}} weitere",
    moreShows: "{{command}} zeigt sie.",
    closest: "{{name}}: am nächsten an Ihren Worten",
    inPopulation: "bei: {{population}}",
    unknownKind: "Art nicht angegeben",
  },
  ask: {
    mentionTitle: "Stellen Sie mir eine Frage",
    mention:
      "Erwähnen Sie mich mit einer Frage, zum Beispiel „@me noopept Dosis?“ oder „@me is aniracetam safe with ssris“. /help zeigt alles, was ich kann.",
    advice:
      "Ob Sie es nehmen sollten, können weder die Quellen noch ich für Sie entscheiden: Hier steht nur, was die Quellen sagen.",
    unclear: "„{{typed}}“ könnte {{names}} sein: Nennen Sie den vollen Namen, um danach zu fragen.",
    canAnswer:
      "Ich beantworte Fragen zu {{names}}. Zum Beispiel: „noopept dose?“, „is aniracetam safe with ssris“, „piracetam vs noopept“ oder „what helps memory“ (auch auf Deutsch).",
    notInSourcesTitle: "Nicht in meinen Quellen",
    dontCover: "Meine Quellen behandeln „{{typed}}“ nicht.",
    askAbout: "Stellen Sie eine Frage zu einem Nootropikum.",
    fromSourcesTitle: "Aus den Quellen",
    searchIntro:
      "Es wird keine Substanz genannt, daher hier die zitierten Aussagen, die am besten zu Ihren Worten passen ({{words}}), über alle Substanzen.",
    whatICanTitle: "Was ich beantworten kann",
    replaceTitle: "Ein Medikament ersetzen",
    replace:
      "Die Quellen behandeln nicht, ein Medikament durch {{name}} zu ersetzen, und ich kann dazu nicht raten.",
    replaceNoName:
      "Die Quellen behandeln nicht, ein Medikament durch ein Nootropikum zu ersetzen, und ich kann dazu nicht raten.",
    replaceDoctor:
      "Ob ein verschriebenes Medikament abgesetzt, geändert oder ersetzt werden kann, entscheidet die Ärztin oder der Arzt, die es verschrieben haben: Bitte fragen Sie dort.",
    goalTitle: "Berichtet für {{goal}}",
    goalTitleFor: "Berichtet für {{goal}}: {{name}}",
    goalMentions:
      "Die Quellen berichten keine Wirkung auf {{goal}} als solche. Diese Zitate erwähnen es; eine Erwähnung ist keine Empfehlung.",
    goalMentionsFor:
      "Die Quellen berichten keine Wirkung von {{name}} auf {{goal}} als solche. Diese Zitate erwähnen es; eine Erwähnung ist keine Empfehlung.",
    goalNothing: "Die Quellen berichten nichts zu {{goal}}.",
    goalNothingFor: "Die Quellen berichten nichts zu {{goal}} bei {{name}}.",
    goalClaims:
      "Aussagen der Quellen zu {{goal}}, die stärksten Belege zuerst. Ein Bericht ist keine Empfehlung.",
    goalClaimsFor:
      "Aussagen der Quellen zu {{goal}} bei {{name}}, die stärksten Belege zuerst. Ein Bericht ist keine Empfehlung.",
  },
  pair: {
    notSafe:
      "Keine Information heißt nicht sicher: Nichts hier sagt, dass die Kombination sicher oder unsicher ist.",
    memberOf: "{{name}} (gehört zu: {{group}})",
    otherDrug: "{{label}} ist kein Nootropikum, das meine Quellen behandeln: Sie sagen nichts darüber.",
    onInteractions: "{{name}}, zu Wechselwirkungen allgemein: {{statement}}",
    interactionsQuoted:
      "Was die Quellen allgemein zu Wechselwirkungen von {{name}} sagen, ist unten zitiert.",
    interactionsNone: "Die Quellen dokumentieren keine Wechselwirkungen für {{name}}.",
    onItsOwn: "{{name}} (für sich): {{statement}}",
    documented:
      "Eine Quelle dokumentiert die Einnahme von {{first}} mit {{partner}}: unten zitiert, mit den Belegen, die jede nennt.",
    beyond:
      "Über diese Zitate hinaus sagen die Quellen nichts über die Kombination, und keine Information heißt nicht sicher.",
    nothing: "Die Quellen dokumentieren nichts zur Einnahme von {{first}} mit {{partner}}.",
    compared:
      "Sie vergleichen die beiden (siehe einen Vergleich), sagen aber nichts über die gemeinsame Einnahme.",
    noCaution: "Sie nennen auch keine Nebenwirkung oder Warnung für {{name}}.",
    doseOf: "{{name}}, Dosis: {{dose}}",
    claimOf: "{{name}}: {{statement}}",
  },
  found: {
    silence:
      "Keine Aussage der Quellen über {{names}} erwähnt „{{asked}}“: Sie sagen es nicht. Das Nächste, was sie sagen, steht unten.",
    intro:
      "Die Aussagen über {{names}}, die am besten zu „{{matched}}“ passen, die nächsten zuerst. `/compound` zeigt alles.",
    sides:
      "{{noRanking}}: Unten steht, was die Quellen zu jeder zu „{{asked}}“ sagen, die stärksten Belege zuerst.",
    sidesSilent: "Für {{names}} sagen die Quellen nichts dazu.",
    sidesCut: "Was die Quellen dazu für {{names}} sagen, passt nicht neben den Rest: {{commands}}",
    notSettled: "Die Quellen entscheiden nicht, was davon darin besser ist: {{names}}",
    classIntro: "Die Gruppe „{{cls}}“ in meinen Quellen: {{list}}.",
    classTitle: "{{cls}}: was die Quellen behandeln",
    classAsk: "Fragen Sie nach einer davon, oder `/compound` für alles zu einer.",
    classNoRank: "Keine Quelle stellt die Gruppe „{{cls}}“ untereinander in eine Rangfolge",
  },
  message: {
    readAs: "Gelesen als „{{text}}“ (aus der Nachricht, auf die Sie geantwortet haben, oder der davor).",
    readAbout: "(gelesen als Frage zu {{names}})",
    crowded:
      "Was die Quellen hierzu zuerst sagen, passt nicht neben die anderen Antworten: Stellen Sie die Frage einzeln, um es zu sehen.",
    asks: "Ihre Nachricht stellt {{count}} Fragen; jede wird unten in einem eigenen Abschnitt beantwortet.",
    uncovered_one: "Die Quellen behandeln Teil {{parts}} nicht: Dazu wird nichts zitiert.",
    uncovered_other: "Die Quellen behandeln die Teile {{parts}} nicht: Dazu wird nichts zitiert.",
    dropped_one: "{{count}} weitere Frage darin wird hier nicht beantwortet: Stellen Sie sie einzeln.",
    dropped_other: "{{count}} weitere Fragen darin werden hier nicht beantwortet: Stellen Sie sie einzeln.",
  },
  which: {
    titleMany: "Welche Substanzen meinen Sie?",
    refersBack:
      "Ihre Frage verweist auf zuvor genannte Substanzen, nennt aber keine und antwortet auf keine Nachricht, die sie nennt, also rate ich keine.",
    title: "Welche Substanz meinen Sie?",
    noName: "Ihre Frage nennt keine Substanz, also rate ich keine.",
    noNamePair: "Ihre Frage (zur Einnahme zusammen mit {{names}}) nennt keine Substanz, also rate ich keine.",
    press:
      "Die Quellen sagen dazu etwas über {{names}}: Drücken Sie eine, oder fragen Sie erneut mit ihrem Namen.",
    askWithName: "Die Quellen sagen dazu etwas über {{names}}: Fragen Sie erneut mit ihrem Namen.",
    noneSay:
      "Keine der zitierten Quellen sagt etwas über {{asked}}, für keine der Substanzen, die ich behandle.",
    askAgain: "Fragen Sie erneut mit dem Namen der Substanz. Ich behandle {{names}}.",
  },
  differ: {
    named: "{{name}}: Die Quellen sind uneins: {{about}}",
    sides_one: "Die {{count}} Aussage unten weist in eine andere Richtung; lesen Sie sie mit den übrigen.",
    sides_other: "Die {{count}} Aussagen unten weisen in verschiedene Richtungen; lesen Sie sie zusammen.",
  },
  stack: {
    noInfoAll: "Keine Information heißt nicht sicher: Die Quellen sagen nichts über Wechselwirkungen.",
    noInfoOf:
      "Keine Information heißt nicht sicher: Die Quellen sagen nichts über Wechselwirkungen von {{names}}.",
    longTerm: "{{name}}, zur Langzeitanwendung",
    cycling: "{{name}}, Zyklen",
    caution: "{{name}}, Warnung",
    moreCautions: "…und {{n}} weitere: {{commands}}",
    generalCautions: "Allgemeine Warnungen",
    noneNamed: "Die Quellen nennen keine.",
    documentedTitle: "Dokumentierte Kombinationen",
    documentedIntro:
      "Die Kombinationen, die die Quellen beschreiben. `/stack compound:<name>` zeigt die Zitate zu einer Substanz.",
    withPartner: "Mit {{partner}}: {{statement}}",
    withIt: "Dazu ({{name}}): {{statement}}",
    stackingTitle: "{{name}} kombinieren",
    stackingIntro: "Was die Quellen zusammen mit {{name}} zu nehmen sagen, und warum.",
    noStack: "Keine Quelle dokumentiert eine Kombination mit {{name}}.",
    cautionsTitle: "{{name}}: Warnungen",
    pairDocumented: "Eine Quelle dokumentiert diese Kombination.",
    pairNone:
      "Keine Quelle dokumentiert die Einnahme von {{a}} mit {{b}}. Das heißt nicht sicher: Die Quellen sagen weder dafür noch dagegen etwas, und nichts hier ist als Zustimmung zu lesen.",
  },
  detail: {
    stackWith: "Kombiniert mit {{partner}}: {{statement}}",
    comparedWith: "Verglichen mit {{partner}}: {{statement}}",
    noStacks: "Die Quellen dokumentieren keine Kombination und keinen Vergleich mit {{name}}.",
    strongestFirst: "Die stärksten Belege zuerst. Die Stufe ist die, die die Quelle angibt.",
    noEffects: "Die Quellen berichten keine Wirkungen.",
    entries_one: "{{count}} zitierter Eintrag zu {{name}}",
    entries_other: "{{count}} zitierte Einträge zu {{name}}",
    ours: "Name, Alias- und Codenamen und Zusammenfassung auf dieser Karte sind von uns; jede Aussage ist ein Zitat einer dieser Quellen.",
    noMechanism: "Die Quellen beschreiben keinen Wirkmechanismus von {{name}}.",
    noCaveat: "Die Quellen nennen keinen eigenen Vorbehalt zu den Belegen für {{name}}.",
  },
  compare: {
    description:
      "Nebeneinander, aus den Quellen; jede Zeile mit ihrem Beleg und ihrer Quelle. /compound zeigt die Zitate.",
    noDose: "Die Quellen nennen keine Dosis.",
    noDirect: "Keine Quelle vergleicht {{a}} und {{b}} direkt.",
    directTitle: "Was die Quellen im Vergleich sagen",
    twoAtATime: "vergleichen Sie zwei Substanzen auf einmal",
    everyComparison: "{{command}} zeigt jeden Vergleich mit seinem Zitat",
    columns: {
      class: "Klasse",
      doses: "Dosen",
      halfLife: "Halbwertszeit und Aufnahme",
      mechanisms: "Wirkmechanismen",
      evidence: "Belege",
      cautions: "Warnungen",
    },
    empty: {
      noClaims: "Keine Aussagen abzuwägen.",
      noneNamed: "Die Quellen nennen keine.",
      noneDescribed: "Keine beschrieben.",
      notGiven: "Von den Quellen nicht angegeben.",
    },
  },
  settings: {
    title: "Einstellungen für diesen Server",
    intro: "Die Einstellungen dieses Servers:",
    saved: "Gespeichert: {{names}}.",
    reportsChannel: "Kanal für Meldungen:",
    noReportsChannel: "keiner: Meldungen werden nur für die Betreuer gespeichert",
    privateAnswers: "Antworten standardmäßig privat:",
    answerMentions: "Fragen per Erwähnung des Bots werden beantwortet:",
    keepUnanswered: "Unbeantwortete Fragen für die Kuratoren aufbewahrt",
    keepUnansweredNote: "(nur ihr Text, nie wer gefragt hat)",
    byDefault: "(Standard)",
    yes: "ja",
    no: "nein",
    change:
      "Ändern Sie eine mit `/settings` und ihrer Option; `reset:true` setzt alle auf die Standardwerte zurück.",
    perServerTitle: "Einstellungen gelten pro Server",
    perServer:
      "Einstellungen gehören zu einem Server: Jemand mit „Server verwalten“ führt /settings auf einem Server aus, dem der Bot hinzugefügt wurde. Hier, in einer Direktnachricht oder über Ihre eigene Installation, gelten die Standardwerte des Bots.",
  },
  subjects: {
    effect: "Wirkungen",
    efficacy: "ob die Wirkung belegt ist",
    mechanism: "Wirkweise",
    dose: "Dosis",
    frequency: "wie oft es genommen wird",
    pharmacokinetics: "Halbwertszeit, Aufnahme und Wirkdauer",
    safety: "Sicherheit",
    "side-effects": "Nebenwirkungen",
    "long-term-use": "lange oder wiederholte Anwendung",
    "tolerance-dependence": "Toleranz und Abhängigkeit",
    interactions: "Wechselwirkungen mit Medikamenten",
    pregnancy: "Anwendung in Schwangerschaft oder Stillzeit",
    populations: "an wem es untersucht wurde",
    "stimulant-sedative": "ob es anregt oder beruhigt",
    "legal-status": "Rechtsstatus",
    kind: "was für ein Stoff es ist",
    history: "Geschichte",
    stacks: "Kombinationen",
    comparison: "Vergleiche",
  },
  topics: {
    dose: "Dosis",
    pharmacokinetics: "Halbwertszeit und Wirkdauer",
    cycling: "Zyklen",
    mechanism: "Wirkmechanismus",
    effect: "Wirkungen",
    safety: "Sicherheit",
    evidence: "Belege",
    "legal-status": "Rechtsstatus",
    history: "Geschichte",
  },
  /** Who or what a safety question is about, as a sentence names it. */
  particulars: {
    children: "die Anwendung bei Kindern oder Jugendlichen",
    pets: "die Gabe an Haustiere",
    driving: "das Autofahren",
    headaches: "Kopfschmerzen",
    overdose: "eine Überdosis",
    "half-life": "die Halbwertszeit",
  },
  goalWords: {
    memory: "Gedächtnis",
    focus: "Konzentration",
    mood: "Stimmung",
    anxiety: "Angst",
    neuroprotection: "Neuroprotektion",
    learning: "Lernen",
  },
} satisfies Catalogue<typeof en>;
