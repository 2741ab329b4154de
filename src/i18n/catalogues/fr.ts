import type { Catalogue } from "./type.js";

/** Français. Les citations des sources ne sont pas traduites : elles restent mot pour mot, en anglais. */
export const fr = {
  meta: { locale: "fr" as const, language: "Français" },
  footer: {
    disclaimer:
      "À titre éducatif uniquement, pas un avis médical. Les affirmations sont citées des sources nommées, avec les preuves qu'elles donnent.",
  },
  notes: {
    quotesInEnglish:
      "Les citations sont reproduites mot pour mot en anglais, telles que les sources les ont écrites.",
    closestMatch: "Correspondance la plus proche pour « {{typed}} ».",
  },
  sections: {
    overview: "Aperçu",
    dosing: "Posologie",
    mechanisms: "Mécanismes",
    effects: "Effets",
    safety: "Sécurité",
    evidence: "Réserves sur les preuves",
    stacks: "Associations et comparaisons",
    sources: "Sources et historique",
  },
  buttons: { report: "Signaler un problème" },
  evidence: {
    long: {
      "human-trial": "🟢 essai chez l'humain",
      "human-observation": "🟢 observation chez l'humain",
      "animal-study": "🟡 étude animale",
      "cell-study": "🟠 étude cellulaire",
      "cited-study": "⚪ cite une étude (type non précisé)",
      "personal-experience": "🔵 expérience personnelle",
      "none-given": "⚫ aucune preuve donnée",
    },
    short: {
      "human-trial": "🟢 essai humain",
      "human-observation": "🟢 observation humaine",
      "animal-study": "🟡 animal",
      "cell-study": "🟠 cellule",
      "cited-study": "⚪ citée",
      "personal-experience": "🔵 personnelle",
      "none-given": "⚫ aucune",
    },
    caveat: "🔎 sur les preuves",
  },
  notices: {
    expiredTitle: "Bouton expiré",
    expired: "Ce bouton ne correspond plus à rien que je connaisse. Relancez la commande.",
    unknownCommandTitle: "Commande inconnue",
    unknownCommand: "Je n'ai pas de commande /{{name}}. Essayez /help.",
    apologyTitle: "Une erreur s'est produite",
    apology: "Désolé, je n'ai pas pu répondre. L'erreur a été enregistrée ; veuillez réessayer.",
    unsupportedTitle: "Je ne traite pas cela",
    unsupported: "Je ne réponds qu'à mes propres commandes slash et boutons. Essayez /help.",
    slowDownTitle: "Doucement",
    slowDown_one:
      "Vous envoyez des commandes plus vite que je n'y réponds. Réessayez dans {{count}} seconde.",
    slowDown_many:
      "Vous envoyez des commandes plus vite que je n'y réponds. Réessayez dans {{count}} secondes.",
    slowDown_other:
      "Vous envoyez des commandes plus vite que je n'y réponds. Réessayez dans {{count}} secondes.",
    restartingTitle: "Redémarrage",
    restarting: "Je redémarre en ce moment. Réessayez dans quelques secondes.",
    sameTwiceTitle: "Deux fois le même composé",
    sameTwiceCompare: "{{name}} a été donné plus d'une fois. Comparez deux ou trois composés différents.",
    sameTwiceStack: "Choisissez deux composés différents pour poser une question sur une association.",
    twoNeededTitle: "Deux composés requis",
    twoNeeded: "Donnez au moins deux composés à comparer.",
    unknownGoalTitle: "Objectif inconnu",
    unknownGoal: "Choisissez parmi : {{goals}}.",
    whichPairingTitle: "Quelle association ?",
    whichPairing:
      "`with` est le second composé d'une association : donnez aussi `compound` pour savoir si une source documente {{name}} avec lui, ou seulement `compound:{{id}}` pour savoir avec quoi associer {{name}}.",
  },
  notFound: {
    notFoundTitle: "Introuvable",
    notCoveredTitle: "Non couvert",
    notCovered:
      "**{{name}}** est un nootropique que je connais, mais mes sources n'en parlent pas : je n'ai rien de cité à en dire.",
    nameNeededTitle: "Nom requis",
    nameNeeded: "Tapez au moins deux lettres du nom d'un composé.",
    ambiguous: "« {{typed}} » est aussi proche de plusieurs noms : je ne devinerai pas.",
    unknown: "Je ne connais pas « {{typed}} ».",
    didYouMean: "Vouliez-vous dire : {{names}} ?",
    covered: "Je couvre : {{names}}.",
  },
  report: {
    modalTitle: "Signaler un problème : {{name}}",
    whatLabel: "Qu'est-ce qui ne va pas ?",
    whatPlaceholder: "ex. la dose de la section Posologie ne correspond pas à la source",
    sourceLabel: "Source (facultatif)",
    sourcePlaceholder: "un lien, ou le titre d'une source qui dit autre chose",
    thanksTitle: "Merci pour le signalement",
    thanksSent: "Votre signalement sur **{{name}}** ({{section}}) a été envoyé aux responsables.",
    thanksLogged: "Votre signalement sur **{{name}}** ({{section}}) a été enregistré pour les responsables.",
    thanksSaved: "Votre signalement sur **{{name}}** ({{section}}) a été sauvegardé pour les responsables.",
    tooManyTitle: "Signalement non envoyé",
    tooMany_one: "Vous avez envoyé plusieurs signalements en peu de temps. Réessayez dans {{count}} minute.",
    tooMany_many:
      "Vous avez envoyé plusieurs signalements en peu de temps. Réessayez dans {{count}} minutes.",
    tooMany_other:
      "Vous avez envoyé plusieurs signalements en peu de temps. Réessayez dans {{count}} minutes.",
    failed: "Je n'ai pas pu prendre votre signalement pour le moment. Réessayez plus tard.",
  },
  sources: {
    title: "Sources",
    provenance:
      "Chaque affirmation du bot est une citation mot pour mot de l'une de ces sources, marquée des preuves que la source elle-même donne.\nLes noms, noms de code et résumés sont les nôtres (connaissances générales), tout comme la phrase à côté de chaque citation, qui n'en dit pas plus que la citation.",
    by: "par {{author}}",
    noAuthor: "auteur non indiqué",
    noDate: "date non indiquée",
    covers: "Couvre : {{names}}",
    stance: "Position : {{stance}}",
    trust: "Quelle confiance lui accorder : {{note}}",
  },
  help: {
    intro:
      "Des réponses sur les nootropiques tirées d'un petit ensemble de sources choisies. Les noms peuvent comporter des fautes ou être un alias ou un nom de code.",
    covered: "**Couverts :** {{names}}",
    example: "Exemple : {{examples}}",
  },
  fit: { notShown: "Non affiché", more: "{{n}} de plus non affichés ici : {{more}}" },
  chart: {
    doseTitle: "Doses données par les sources (mg, échelle logarithmique)",
    evidenceTitle: "Preuves derrière les affirmations (réserves non comptées)",
    perDose: "par prise",
    perDay: "par jour",
    perUnspecified: "par prise ou par jour non précisé",
    routeOral: "orale",
    routeSublingual: "sublinguale",
    routeUnspecified: "voie non précisée",
    open: "plus de {{min}} mg",
    unit: "mg",
    noDoses: "Aucune source ne donne de dose en mg.",
    perKg: "Non dessiné (par kg de poids corporel, pas une quantité humaine) : {{figures}}",
    claims_one: "{{count}} affirmation",
    claims_many: "{{count}} affirmations",
    claims_other: "{{count}} affirmations",
    altDoses: "Diagramme en barres des doses des sources, sur une échelle logarithmique en mg : {{figures}}.",
    altEvidence: "Profil des preuves, affirmations par niveau : {{profiles}}.",
    altNoDoses: "Les sources ne donnent aucune dose en mg pour {{names}}.",
    legendOpen: "barre ouverte : seulement une borne inférieure",
  },
  commands: {
    private: { name: "privé", description: "N'afficher la réponse qu'à vous" },
    ask: {
      name: "demander",
      description: "Posez une question avec vos mots ; la réponse est citée des sources",
      options: {
        question: {
          name: "question",
          description: "ex. noopept dose? · is aniracetam safe with ssris · piracetam vs noopept",
        },
      },
    },
    "Ask the sources": { name: "Demander aux sources" },
    compound: {
      name: "composé",
      description: "Ce que disent les sources d'un nootropique : doses, mécanismes, effets, sécurité",
      options: {
        name: { name: "nom", description: "Nom, alias ou nom de code (les fautes sont acceptées)" },
        section: { name: "section", description: "Afficher une partie en détail" },
      },
    },
    compare: {
      name: "comparer",
      description: "Deux ou trois nootropiques côte à côte, et ce que disent les sources en les comparant",
      options: {
        first: { name: "premier", description: "Premier composé" },
        second: { name: "second", description: "Deuxième composé" },
        third: { name: "troisième", description: "Troisième composé (facultatif)" },
        for: {
          name: "pour",
          description: "Pour quoi les comparer (facultatif), p. ex. mémoire, anxiété, effets secondaires",
        },
      },
    },
    stack: {
      name: "association",
      description:
        "Associations documentées, avec quoi prendre un composé, ou lesquels sont cités pour un objectif",
      options: {
        compound: { name: "composé", description: "Un composé à associer" },
        with: { name: "avec", description: "Un second composé : cette association est-elle documentée ?" },
        goal: { name: "objectif", description: "Composés dont les sources rapportent cet effet" },
      },
    },
    sources: { name: "sources", description: "Les sources dont chaque réponse est citée" },
    help: { name: "aide", description: "Ce que sait faire le bot, avec des exemples" },
    settings: {
      name: "paramètres",
      description: "Afficher ou modifier les paramètres du bot pour ce serveur (Gérer le serveur)",
      options: {
        reports_channel: {
          name: "salon_signalements",
          description: "Où les signalements sur les fiches sont publiés",
        },
        private_answers: {
          name: "réponses_privées",
          description: "Réponses visibles seulement par qui demande, sauf si l'option privé dit autrement",
        },
        answer_mentions: {
          name: "répondre_mentions",
          description: "Répondre aux questions posées en @mentionnant le bot",
        },
        keep_unanswered: {
          name: "garder_sans_réponse",
          description: "Garder pour les curateurs les questions sans réponse des sources (texte seul)",
        },
        reset: {
          name: "réinitialiser",
          description: "Remettre tous les paramètres aux valeurs par défaut du bot",
        },
      },
    },
  },
  goals: {
    memory: "Mémoire",
    focus: "Concentration",
    mood: "Humeur",
    anxiety: "Anxiété",
    neuroprotection: "Neuroprotection",
    learning: "Apprentissage",
  },
} satisfies Catalogue;
