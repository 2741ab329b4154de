/**
 * The bot's own words in English: headings, notes, buttons, errors, the footer and the command data. Every
 * other catalogue has the same keys (checked by the type and by test/i18n.test.ts). Quotes from the sources
 * are never here: they are shown verbatim, in English, whatever the locale.
 */
export const en = {
  meta: { locale: "en" as const, language: "English" },
  footer: {
    disclaimer:
      "Educational only, not medical advice. Claims are quoted from the named sources, with the evidence they give.",
  },
  notes: {
    quotesInEnglish: "Quotes are shown verbatim in English, as the sources wrote them.",
    closestMatch: "Closest match for “{{typed}}”.",
  },
  sections: {
    overview: "Overview",
    dosing: "Dosing",
    mechanisms: "Mechanisms",
    effects: "Effects",
    safety: "Safety",
    evidence: "Evidence caveats",
    stacks: "Stacks & comparisons",
    sources: "Sources & history",
  },
  buttons: {
    report: "Report a problem",
  },
  evidence: {
    long: {
      "human-trial": "🟢 human trial",
      "human-observation": "🟢 human observation",
      "animal-study": "🟡 animal study",
      "cell-study": "🟠 cell study",
      "cited-study": "⚪ cites a study (kind not given)",
      "personal-experience": "🔵 personal experience",
      "none-given": "⚫ no evidence given",
    },
    short: {
      "human-trial": "🟢 human trial",
      "human-observation": "🟢 human observation",
      "animal-study": "🟡 animal",
      "cell-study": "🟠 cell",
      "cited-study": "⚪ cited",
      "personal-experience": "🔵 personal",
      "none-given": "⚫ none",
    },
    caveat: "🔎 about the evidence",
  },
  notices: {
    expiredTitle: "Button expired",
    expired: "That button no longer matches anything I know. Run the command again.",
    unknownCommandTitle: "Unknown command",
    unknownCommand: "I don't have a /{{name}} command. Try /help.",
    apologyTitle: "Something went wrong",
    apology: "Sorry, I couldn't answer that. The error has been logged; please try again.",
    unsupportedTitle: "Not something I handle",
    unsupported: "I only answer my own slash commands and buttons. Try /help.",
    slowDownTitle: "Slow down",
    slowDown_one: "You're sending commands faster than I answer them. Try again in {{count}} second.",
    slowDown_other: "You're sending commands faster than I answer them. Try again in {{count}} seconds.",
    restartingTitle: "Restarting",
    restarting: "I'm restarting right now. Please try again in a few seconds.",
    sameTwiceTitle: "Same compound twice",
    sameTwiceCompare: "{{name}} was given more than once. Compare two or three different compounds.",
    sameTwiceStack: "Choose two different compounds to ask about a pairing.",
    twoNeededTitle: "Two compounds needed",
    twoNeeded: "Give at least two compounds to compare.",
    unknownGoalTitle: "Unknown goal",
    unknownGoal: "Choose one of: {{goals}}.",
    whichPairingTitle: "Which pairing?",
    whichPairing:
      "`with` is the second compound of a pairing: give `compound` too to ask whether a source documents {{name}} with it, or `compound:{{id}}` alone for what to stack {{name}} with.",
  },
  notFound: {
    notFoundTitle: "Not found",
    notCoveredTitle: "Not covered",
    notCovered:
      "**{{name}}** is a nootropic I know of, but my sources do not cover it, so I have nothing quoted to say about it.",
    nameNeededTitle: "Name needed",
    nameNeeded: "Type at least two letters of a compound's name.",
    ambiguous: "“{{typed}}” is equally close to more than one name, so I won't guess.",
    unknown: "I don't know “{{typed}}”.",
    didYouMean: "Did you mean: {{names}}?",
    covered: "I cover: {{names}}.",
  },
  report: {
    modalTitle: "Report a problem: {{name}}",
    whatLabel: "What is wrong?",
    whatPlaceholder: "e.g. the dose in the Dosing section does not match the source",
    sourceLabel: "Source (optional)",
    sourcePlaceholder: "a link, or the title of a source that says otherwise",
    thanksTitle: "Thanks for the report",
    thanksSent: "Your report about **{{name}}** ({{section}}) was sent to the maintainers.",
    thanksLogged: "Your report about **{{name}}** ({{section}}) was logged for the maintainers.",
    thanksSaved: "Your report about **{{name}}** ({{section}}) was saved for the maintainers.",
    tooManyTitle: "Report not sent",
    tooMany_one: "You've sent several reports in a short time. Please try again in {{count}} minute.",
    tooMany_other: "You've sent several reports in a short time. Please try again in {{count}} minutes.",
    failed: "Sorry, I couldn't take your report just now. Please try again later.",
  },
  sources: {
    title: "Sources",
    provenance:
      "Every claim the bot shows is a verbatim quote of one of these sources, tagged with the evidence the source itself gives.\nNames, code names and summaries are ours (from general knowledge), as is the one-line statement beside each quote, which says no more than the quote.",
    by: "by {{author}}",
    noAuthor: "author not given",
    noDate: "date not given",
    covers: "Covers: {{names}}",
    stance: "Stance: {{stance}}",
    trust: "How far to trust it: {{note}}",
  },
  help: {
    intro:
      "Answers about nootropics from a small set of curated sources. Names may be misspelt or given as an alias or code name.",
    covered: "**Covered:** {{names}}",
    example: "Example: {{examples}}",
  },
  fit: { notShown: "Not shown", more: "{{n}} more not shown here: {{more}}" },
  chart: {
    doseTitle: "Doses the sources give (mg, logarithmic scale)",
    evidenceTitle: "Evidence behind the claims (caveats not counted)",
    perDose: "per dose",
    perDay: "per day",
    perUnspecified: "per dose or day not stated",
    routeOral: "oral",
    routeSublingual: "sublingual",
    routeUnspecified: "route not stated",
    open: "more than {{min}} mg",
    unit: "mg",
    noDoses: "No source gives a dose in mg.",
    perKg: "Not drawn (per kg of body weight, not a human amount): {{figures}}",
    claims_one: "{{count}} claim",
    claims_other: "{{count}} claims",
    altDoses: "Bar chart of the doses the sources give, on a logarithmic mg scale: {{figures}}.",
    altEvidence: "Evidence profile, claims at each evidence level: {{profiles}}.",
    altNoDoses: "No dose in mg is given by the sources for {{names}}.",
    legendOpen: "open bar: a lower bound only",
  },
  commands: {
    private: { name: "private", description: "Show the answer only to you" },
    ask: {
      name: "ask",
      description: "Ask a question in plain words; the answer is quoted from the sources",
      options: {
        question: {
          name: "question",
          description:
            "e.g. noopept dose? · is aniracetam safe with ssris · piracetam vs noopept · what helps memory",
        },
      },
    },
    "Ask the sources": { name: "Ask the sources" },
    compound: {
      name: "compound",
      description: "What the sources say about one nootropic: doses, mechanisms, effects, safety, stacks",
      options: {
        name: { name: "name", description: "Compound name, alias or code name (typos are fine)" },
        section: { name: "section", description: "Show one part in depth" },
      },
    },
    compare: {
      name: "compare",
      description: "Two or three nootropics side by side, and what the sources say comparing them",
      options: {
        first: { name: "first", description: "First compound" },
        second: { name: "second", description: "Second compound" },
        third: { name: "third", description: "Third compound (optional)" },
        for: {
          name: "for",
          description: "What to compare them for (optional), e.g. memory, anxiety, side effects",
        },
      },
    },
    stack: {
      name: "stack",
      description:
        "Documented stacks, what to take a compound with, or which compounds are reported for a goal",
      options: {
        compound: { name: "compound", description: "A compound to stack" },
        with: { name: "with", description: "A second compound: is this pairing documented?" },
        goal: { name: "goal", description: "Compounds whose sources report this effect" },
      },
    },
    sources: { name: "sources", description: "The sources every answer is quoted from" },
    help: { name: "help", description: "What the bot can do, with examples" },
    settings: {
      name: "settings",
      description: "Show or change this server's settings for the bot (Manage Server)",
      options: {
        reports_channel: { name: "reports_channel", description: "Where reports about cards are posted" },
        private_answers: {
          name: "private_answers",
          description: "Answers only the asker sees, unless a command's private option says otherwise",
        },
        answer_mentions: {
          name: "answer_mentions",
          description: "Answer questions asked by @mentioning the bot",
        },
        keep_unanswered: {
          name: "keep_unanswered",
          description: "Keep questions the sources could not answer (text only) for the curators",
        },
        reset: { name: "reset", description: "Return every setting to the bot's default" },
      },
    },
  },
  goals: {
    memory: "Memory",
    focus: "Focus",
    mood: "Mood",
    anxiety: "Anxiety",
    neuroprotection: "Neuroprotection",
    learning: "Learning",
  },
};
