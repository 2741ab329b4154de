import type { Catalogue } from "./type.js";

/** Deutsch. Zitate aus den Quellen werden nicht übersetzt: Sie erscheinen wörtlich, auf Englisch. */
export const de = {
  meta: { locale: "de" as const, language: "Deutsch" },
  footer: {
    disclaimer:
      "Nur zur Information, keine medizinische Beratung. Aussagen sind aus den genannten Quellen zitiert, mit den Belegen, die diese angeben.",
  },
  notes: {
    quotesInEnglish: "Zitate stehen wörtlich auf Englisch, so wie die Quellen sie geschrieben haben.",
    closestMatch: "Nächster Treffer für „{{typed}}“.",
  },
  sections: {
    overview: "Überblick",
    dosing: "Dosierung",
    mechanisms: "Wirkmechanismen",
    effects: "Wirkungen",
    safety: "Sicherheit",
    evidence: "Vorbehalte zur Studienlage",
    stacks: "Kombinationen & Vergleiche",
    sources: "Quellen & Geschichte",
  },
  buttons: { report: "Problem melden" },
  evidence: {
    long: {
      "human-trial": "🟢 Studie am Menschen",
      "human-observation": "🟢 Beobachtung am Menschen",
      "animal-study": "🟡 Tierstudie",
      "cell-study": "🟠 Zellstudie",
      "cited-study": "⚪ zitiert eine Studie (Art nicht genannt)",
      "personal-experience": "🔵 persönliche Erfahrung",
      "none-given": "⚫ kein Beleg angegeben",
    },
    short: {
      "human-trial": "🟢 Studie am Menschen",
      "human-observation": "🟢 Beobachtung am Menschen",
      "animal-study": "🟡 Tier",
      "cell-study": "🟠 Zelle",
      "cited-study": "⚪ zitiert",
      "personal-experience": "🔵 persönlich",
      "none-given": "⚫ keiner",
    },
    caveat: "🔎 zur Studienlage",
  },
  notices: {
    expiredTitle: "Schaltfläche abgelaufen",
    expired: "Diese Schaltfläche passt zu nichts mehr, was ich kenne. Führe den Befehl erneut aus.",
    unknownCommandTitle: "Unbekannter Befehl",
    unknownCommand: "Ich habe keinen Befehl /{{name}}. Versuch es mit /help.",
    apologyTitle: "Etwas ist schiefgelaufen",
    apology:
      "Entschuldigung, ich konnte das nicht beantworten. Der Fehler wurde protokolliert; bitte versuch es erneut.",
    unsupportedTitle: "Das verarbeite ich nicht",
    unsupported: "Ich beantworte nur meine eigenen Slash-Befehle und Schaltflächen. Versuch es mit /help.",
    slowDownTitle: "Langsamer, bitte",
    slowDown_one:
      "Du sendest Befehle schneller, als ich sie beantworte. Versuch es in {{count}} Sekunde erneut.",
    slowDown_other:
      "Du sendest Befehle schneller, als ich sie beantworte. Versuch es in {{count}} Sekunden erneut.",
    restartingTitle: "Neustart",
    restarting: "Ich starte gerade neu. Bitte versuch es in ein paar Sekunden erneut.",
    sameTwiceTitle: "Derselbe Wirkstoff zweimal",
    sameTwiceCompare:
      "{{name}} wurde mehr als einmal angegeben. Vergleiche zwei oder drei verschiedene Wirkstoffe.",
    sameTwiceStack: "Wähle zwei verschiedene Wirkstoffe, um nach einer Kombination zu fragen.",
    twoNeededTitle: "Zwei Wirkstoffe nötig",
    twoNeeded: "Gib mindestens zwei Wirkstoffe zum Vergleichen an.",
    unknownGoalTitle: "Unbekanntes Ziel",
    unknownGoal: "Wähle eines von: {{goals}}.",
    whichPairingTitle: "Welche Kombination?",
    whichPairing:
      "`with` ist der zweite Wirkstoff einer Kombination: Gib auch `compound` an, um zu fragen, ob eine Quelle {{name}} damit beschreibt, oder nur `compound:{{id}}` für das, womit man {{name}} kombiniert.",
  },
  notFound: {
    notFoundTitle: "Nicht gefunden",
    notCoveredTitle: "Nicht abgedeckt",
    notCovered:
      "**{{name}}** ist ein Nootropikum, das ich kenne, aber meine Quellen behandeln es nicht, daher habe ich nichts Zitiertes dazu.",
    nameNeededTitle: "Name nötig",
    nameNeeded: "Gib mindestens zwei Buchstaben eines Wirkstoffnamens ein.",
    ambiguous: "„{{typed}}“ liegt gleich nah an mehreren Namen, daher rate ich nicht.",
    unknown: "„{{typed}}“ kenne ich nicht.",
    didYouMean: "Meintest du: {{names}}?",
    covered: "Ich behandle: {{names}}.",
  },
  report: {
    modalTitle: "Problem melden: {{name}}",
    whatLabel: "Was ist falsch?",
    whatPlaceholder: "z. B. die Dosis im Abschnitt Dosierung stimmt nicht mit der Quelle überein",
    sourceLabel: "Quelle (optional)",
    sourcePlaceholder: "ein Link oder der Titel einer Quelle, die etwas anderes sagt",
    thanksTitle: "Danke für die Meldung",
    thanksSent: "Deine Meldung zu **{{name}}** ({{section}}) wurde an die Betreuer gesendet.",
    thanksLogged: "Deine Meldung zu **{{name}}** ({{section}}) wurde für die Betreuer protokolliert.",
    thanksSaved: "Deine Meldung zu **{{name}}** ({{section}}) wurde für die Betreuer gespeichert.",
    tooManyTitle: "Meldung nicht gesendet",
    tooMany_one:
      "Du hast in kurzer Zeit mehrere Meldungen gesendet. Bitte versuch es in {{count}} Minute erneut.",
    tooMany_other:
      "Du hast in kurzer Zeit mehrere Meldungen gesendet. Bitte versuch es in {{count}} Minuten erneut.",
    failed: "Deine Meldung konnte gerade nicht angenommen werden. Bitte versuche es später noch einmal.",
  },
  sources: {
    title: "Quellen",
    provenance:
      "Jede Aussage des Bots ist ein wörtliches Zitat aus einer dieser Quellen, markiert mit dem Beleg, den die Quelle selbst angibt.\nNamen, Codenamen und Zusammenfassungen stammen von uns (aus allgemeinem Wissen), ebenso die einzeilige Aussage neben jedem Zitat, die nicht mehr sagt als das Zitat.",
    by: "von {{author}}",
    noAuthor: "Autor nicht angegeben",
    noDate: "Datum nicht angegeben",
    covers: "Behandelt: {{names}}",
    stance: "Haltung: {{stance}}",
    trust: "Wie weit ihr zu trauen ist: {{note}}",
  },
  help: {
    intro:
      "Antworten zu Nootropika aus wenigen ausgewählten Quellen. Namen dürfen Tippfehler haben oder als Alias oder Codename kommen.",
    covered: "**Behandelt:** {{names}}",
    example: "Beispiel: {{examples}}",
  },
  fit: { notShown: "Nicht gezeigt", more: "{{n}} weitere hier nicht gezeigt: {{more}}" },
  chart: {
    doseTitle: "Dosen laut den Quellen (mg, logarithmische Skala)",
    evidenceTitle: "Belege hinter den Aussagen (Vorbehalte nicht gezählt)",
    perDose: "pro Einnahme",
    perDay: "pro Tag",
    perUnspecified: "pro Einnahme oder Tag nicht angegeben",
    routeOral: "oral",
    routeSublingual: "sublingual",
    routeUnspecified: "Einnahmeweg nicht angegeben",
    open: "mehr als {{min}} mg",
    unit: "mg",
    noDoses: "Keine Quelle nennt eine Dosis in mg.",
    perKg: "Nicht gezeichnet (pro kg Körpergewicht, keine Menge für Menschen): {{figures}}",
    claims_one: "{{count}} Aussage",
    claims_other: "{{count}} Aussagen",
    altDoses: "Balkendiagramm der Dosen aus den Quellen, logarithmische mg-Skala: {{figures}}.",
    altEvidence: "Belegprofil, Aussagen je Belegstufe: {{profiles}}.",
    altNoDoses: "Die Quellen nennen keine Dosis in mg für {{names}}.",
    legendOpen: "offener Balken: nur eine Untergrenze",
  },
  commands: {
    private: { name: "privat", description: "Die Antwort nur dir zeigen" },
    ask: {
      name: "fragen",
      description: "Stell eine Frage in eigenen Worten; die Antwort wird aus den Quellen zitiert",
      options: {
        question: {
          name: "frage",
          description: "z. B. noopept dose? · is aniracetam safe with ssris · piracetam vs noopept",
        },
      },
    },
    "Ask the sources": { name: "Quellen fragen" },
    compound: {
      name: "wirkstoff",
      description: "Was die Quellen über ein Nootropikum sagen: Dosen, Mechanismen, Wirkungen, Sicherheit",
      options: {
        name: { name: "name", description: "Name, Alias oder Codename des Wirkstoffs (Tippfehler sind ok)" },
        section: { name: "abschnitt", description: "Einen Teil ausführlich zeigen" },
      },
    },
    compare: {
      name: "vergleichen",
      description: "Zwei oder drei Nootropika nebeneinander und was die Quellen im Vergleich sagen",
      options: {
        first: { name: "erster", description: "Erster Wirkstoff" },
        second: { name: "zweiter", description: "Zweiter Wirkstoff" },
        third: { name: "dritter", description: "Dritter Wirkstoff (optional)" },
        for: {
          name: "wofür",
          description: "Wofür vergleichen (optional), z. B. Gedächtnis, Angst, Nebenwirkungen",
        },
      },
    },
    stack: {
      name: "kombination",
      description:
        "Beschriebene Kombinationen, womit man einen Wirkstoff nimmt, oder welche für ein Ziel berichtet sind",
      options: {
        compound: { name: "wirkstoff", description: "Ein Wirkstoff zum Kombinieren" },
        with: { name: "mit", description: "Ein zweiter Wirkstoff: ist diese Kombination beschrieben?" },
        goal: { name: "ziel", description: "Wirkstoffe, für die die Quellen diese Wirkung berichten" },
      },
    },
    sources: { name: "quellen", description: "Die Quellen, aus denen jede Antwort zitiert wird" },
    help: { name: "hilfe", description: "Was der Bot kann, mit Beispielen" },
    settings: {
      name: "einstellungen",
      description: "Die Einstellungen des Bots für diesen Server zeigen oder ändern (Server verwalten)",
      options: {
        reports_channel: { name: "meldekanal", description: "Wohin Meldungen zu Karten gepostet werden" },
        private_answers: {
          name: "private_antworten",
          description: "Antworten sieht nur, wer fragt, außer die Option privat sagt anderes",
        },
        answer_mentions: {
          name: "erwähnungen_beantworten",
          description: "Fragen beantworten, die den Bot mit @ erwähnen",
        },
        keep_unanswered: {
          name: "unbeantwortete_behalten",
          description: "Fragen, die die Quellen nicht beantworten (nur Text), für die Kuratoren behalten",
        },
        reset: {
          name: "zurücksetzen",
          description: "Alle Einstellungen auf die Standardwerte des Bots zurücksetzen",
        },
      },
    },
  },
  goals: {
    memory: "Gedächtnis",
    focus: "Konzentration",
    mood: "Stimmung",
    anxiety: "Angst",
    neuroprotection: "Neuroprotektion",
    learning: "Lernen",
  },
} satisfies Catalogue;
