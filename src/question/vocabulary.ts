/**
 * The words a question is understood by: what it asks about (the topic), what it is for (the goal), and
 * everyday words that are never read as a compound's name, not even as a typo or a short form.
 */

export const QUESTION_TOPICS = [
  "interaction",
  "comparison",
  "stack",
  "dose",
  "pharmacokinetics",
  "cycling",
  "mechanism",
  "safety",
  "evidence",
  "legal-status",
  "history",
  "effect",
] as const;
export type QuestionTopic = (typeof QUESTION_TOPICS)[number];

/** Phrases (lower case words separated by single spaces) that signal each topic. */
export const TOPIC_PHRASES: Record<QuestionTopic, readonly string[]> = {
  interaction: [
    "interact", "interacts", "interaction", "interactions", "mix", "mixing", "mixed", "combine", "combined", "combining",
    "together", "safe with", "safe to take with", "ok with", "okay with", "fine with", "take with", "taking with",
    "take it with", "along with", "while on", "while taking", "when on", "if i'm on", "if im on", "i'm on", "im on",
    "contraindicated", "contraindication", "contraindications",
  ],
  comparison: [
    "vs", "versus", "compare", "compared", "comparison", "comparing", "difference", "differences", "different from",
    "better than", "worse than", "stronger than", "weaker than", "better", "stronger", "weaker", "which is", "which one",
    "instead of", "rather than", "or",
  ],
  stack: ["stack", "stacks", "stacking", "stacked", "combo", "pair with", "pairs with", "pairing", "goes well with", "go with"],
  dose: [
    "dose", "doses", "dosage", "dosages", "dosing", "how much", "how many mg", "mg", "milligrams", "amount",
    "how to take", "how do i take", "how should i take", "how do you take", "take it", "sublingual", "sublingually",
    "oral", "orally", "under the tongue", "per day", "a day", "redose", "redosing", "powder", "capsule", "capsules", "доза", "дозировка",
  ],
  pharmacokinetics: [
    "half life", "halflife", "how long", "duration", "last", "lasts", "kick in", "kicks in", "onset", "bioavailability",
    "bioavailable", "absorbed", "absorption", "wear off", "wears off", "in your system", "peak", "metabolism", "metabolized",
  ],
  cycling: [
    "cycle", "cycles", "cycling", "tolerance", "every day", "everyday", "daily", "days off", "break", "long term",
    "longterm", "on and off", "build up", "weeks", "months", "chronic", "how often",
  ],
  mechanism: [
    "mechanism", "mechanisms", "moa", "how does it work", "how it works", "how does", "work on", "receptor", "receptors",
    "ampa", "nmda", "glutamate", "acetylcholine", "cholinergic", "bdnf", "ngf", "pathway", "neurotransmitter",
    "neurotransmitters", "dopamine", "serotonin", "gaba", "ampakine", "mechanism of action", "nicotinic", "muscarinic",
  ],
  safety: [
    "side effect", "side effects", "sideeffects", "sides", "safe", "safety", "safely", "dangerous", "danger", "risk", "risks",
    "risky", "harmful", "harm", "toxic", "toxicity", "bad for", "headache", "headaches", "addictive", "addiction",
    "withdrawal", "overdose", "damage", "caution", "cautions", "warning", "warnings", "careful", "hurt", "adverse",
    "downside", "downsides", "liver", "kidney", "kidneys", "abuse", "made me", "makes me", "is that normal", "nausea",
    "nauseous", "insomnia", "jittery", "irritable", "dizzy", "stomach", "upset stomach", "diarrhea", "bloating",
    "pregnant", "pregnancy", "breastfeeding", "breast feeding", "breastfeed", "nursing", "trying to conceive",
    "drive", "driving", "kids", "kid", "child", "children", "teen", "teens", "teenager", "teenagers",
    "dog", "dogs", "cat", "cats", "pet", "pets", "migraine", "migraines", "overdosing", "od",
  ],
  evidence: [
    "evidence", "study", "studies", "research", "researched", "proof", "proven", "prove", "clinical", "trial", "trials",
    "science", "scientific", "backed", "legit", "placebo", "data", "human studies", "peer reviewed",
  ],
  "legal-status": [
    "legal", "illegal", "legality", "prescription", "fda", "approved", "banned", "scheduled", "controlled", "law",
    "allowed", "buy", "purchase", "otc", "over the counter",
  ],
  history: ["history", "invented", "developed", "discovered", "who made", "origin", "origins", "when was", "created", "came from"],
  effect: [
    "effect", "effects", "benefit", "benefits", "does it work", "does it do", "what does", "work", "works", "worth",
    "help", "helps", "good for", "improve", "improves", "results", "feel", "feels", "experience", "experiences",
    "use", "used for", "useful", "effective", "effectiveness", "what is", "what's", "whats", "tell me about", "info",
  ],
};

/** Goals people ask for, with everyday words for each. The knowledge tags effect claims with the first six. */
export const QUESTION_GOALS = ["memory", "focus", "learning", "mood", "anxiety", "neuroprotection", "motivation", "sleep", "energy"] as const;
export type QuestionGoal = (typeof QUESTION_GOALS)[number];

export const GOAL_PHRASES: Record<QuestionGoal, readonly string[]> = {
  memory: ["memory", "memories", "remember", "remembering", "recall", "forgetful", "forgetting", "memorize", "memorise", "memorizing", "memorising", "retention"],
  focus: ["focus", "focused", "focusing", "concentration", "concentrate", "attention", "adhd", "productivity", "productive", "alert", "alertness", "clarity", "mental clarity", "brain fog", "clear headed"],
  learning: ["learning", "learn", "studying", "exam", "exams", "school", "cognition", "cognitive", "smarter", "iq", "intelligence", "learning rate"],
  mood: ["mood", "depression", "depressed", "happy", "happier", "happiness", "sad", "wellbeing", "well being", "feel better"],
  anxiety: ["anxiety", "anxious", "anxiolytic", "stress", "stressed", "calm", "calmer", "nervous", "panic", "relax", "relaxed", "relaxation", "social anxiety"],
  neuroprotection: ["neuroprotection", "neuroprotective", "protect", "protection", "brain health", "aging", "ageing", "dementia", "alzheimer", "alzheimers", "alzheimer's", "cognitive decline", "neurodegeneration", "stroke", "brain damage"],
  motivation: ["motivation", "motivated", "lazy", "procrastination", "procrastinate"],
  sleep: ["sleep", "sleeping", "insomnia", "asleep", "dreams", "dreaming"],
  energy: ["energy", "energetic", "tired", "tiredness", "fatigue", "fatigued", "wakefulness", "awake", "stamina"],
};

/**
 * Who or what a safety question may be about that a compound's sources may never mention: when none of its
 * claims does, the answer says the sources are silent on it, rather than showing other cautions as if they
 * answered it.
 */
export const SAFETY_SUBJECTS = [
  { words: ["kids", "kid", "child", "children", "teen", "teens", "teenager", "teenagers"], mentioned: /\b(child|children|kids?|teen\w*|adolescen\w*|minors?)\b/i, label: "use by children or teenagers" },
  { words: ["dog", "dogs", "cat", "cats", "pet", "pets"], mentioned: /\b(dogs?|cats?|pets?)\b/i, label: "giving it to pets" },
  { words: ["drive", "driving"], mentioned: /\bdriv(e|es|ing)\b/i, label: "driving" },
  { words: ["headache", "headaches", "migraine", "migraines"], mentioned: /\b(headaches?|migraines?)\b/i, label: "headaches" },
  { words: ["overdose", "overdosing", "od"], mentioned: /\boverdos\w*/i, label: "overdose" },
] as const;
export type SafetySubject = (typeof SAFETY_SUBJECTS)[number];

/** "should I take", "can I take", "is it worth": personal decisions the bot answers only with what the sources say. */
export const ADVICE_PHRASES = ["should i", "should we", "can i", "could i", "would you", "do you recommend", "recommend", "is it ok", "is it okay", "worth it", "should take"];

/**
 * Everyday words that are never a compound's name: not as a short form ("alpha" is not Alpha-GPC in "alpha
 * waves"), nor as a typo ("create" is not creatine). Every vocabulary phrase's words are added to it.
 */
const EVERYDAY = `
a about above actually after again against ago all almost also always am an and another any anyone anything are
around as ask asked asking at away back bad be because been before being best between big bit both brain brains but by
came can cant can't case cause change check come coming could couldnt day days did didnt different do does doesnt
doing done dont don't down during each either else enough even ever every everyone find first for found free friend
from full get gets getting give go going gone good got great guy guys had has have having he hear heard hello help her
here hey hi high him his hit how however i i'd i'll i'm i've if im in into is isnt it its it's just keep kind know
last least less let like likely little long look looking lot lots low made make makes making many may maybe me mean
might mind more most much must my myself need needs never new next nice no none nope not nothing now of off often oh
ok okay old on once one only or other others our out over own people per person pls please plus pretty probably put
quite rather really right said same say saying see seem seems seen she should since so some someone something sometimes
soon still stuff such sure take takes taking tell than thank thanks that that's thats the their them then there these
they thing things think this those though thought through time times to today too took tried try trying two under
until up us use used using very want wanted was way we week well went were what whats when where whether which while
who whole why will with within without wonder wondering wont won't would wouldnt yeah yes yet you your yours yourself
alpha beta gamma delta omega vitamin vitamins mineral minerals supplement supplements nootropic nootropics drug drugs
medication medications meds pill pills stuff tablet tablets powder natural synthetic racetam racetams peptide peptides
chemical compound compounds substance substances dosing pro anti mod mods admin bot bots server channel discord thread
create created creates creating creation creations creative creatives creature creator cheating creaming creasing
select selected nation nations ration rations meantime chlorine thiamine vitamine protein proteins caffeinated
animal animals human humans rat rats mouse mice cell cells test tests paper papers article source sources reddit forum
morning night evening afternoon breakfast lunch dinner food water tea juice empty stomach fasting meal meals
guide beginner newbie noob noobs question questions answer answers anybody somebody everybody hello thanks cheers lol
lmao idk imo tbh btw fyi omg wtf pls plz thx ty np
`;

function phraseWords(phrases: readonly string[]): string[] {
  return phrases.flatMap((p) => p.split(" "));
}

/** Words too common to search the knowledge for. */
export const EVERYDAY_WORDS: ReadonlySet<string> = new Set(EVERYDAY.split(/\s+/).filter(Boolean));

export const NEVER_A_NAME: ReadonlySet<string> = new Set([
  ...EVERYDAY_WORDS,
  ...Object.values(TOPIC_PHRASES).flatMap(phraseWords),
  ...Object.values(GOAL_PHRASES).flatMap(phraseWords),
  ...phraseWords(ADVICE_PHRASES),
]);
