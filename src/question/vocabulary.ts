import type { Phrases } from "../knowledge/phrases.js";

/**
 * The words a question is understood by beside knowledge/phrases.yaml (what it asks about, what it is for):
 * safety subjects, advice phrases, and everyday words that are never read as a compound's name, not even as
 * a typo or a short form.
 */

export {
  QUESTION_GOALS,
  QUESTION_TOPICS,
  type Phrases,
  type QuestionGoal,
  type QuestionTopic,
} from "../knowledge/phrases.js";

/**
 * A particular matter a question names that a compound's sources may never mention. `safety`: a safety
 * matter, whose silence is never safe; a fact ("half-life") is only said to be absent.
 */
export interface Particular {
  readonly words: readonly string[];
  readonly mentioned: RegExp;
  readonly label: string;
  readonly id: string;
  readonly safety: boolean;
}

const safety = <T extends Omit<Particular, "safety">>(p: T): Particular => ({ ...p, safety: true });

/**
 * Who or what a safety question may be about that a compound's sources may never mention: when none of its
 * claims does, the answer says the sources are silent on it, rather than showing other cautions as if they
 * answered it.
 */
export const SAFETY_SUBJECTS: readonly Particular[] = [
  {
    words: ["kids", "kid", "child", "children", "teen", "teens", "teenager", "teenagers"],
    mentioned: /\b(child|children|kids?|teen\w*|adolescen\w*|minors?)\b/i,
    label: "use by children or teenagers",
    id: "children",
  },
  {
    words: ["dog", "dogs", "cat", "cats", "pet", "pets"],
    mentioned: /\b(dogs?|cats?|pets?)\b/i,
    label: "giving it to pets",
    id: "pets",
  },
  { words: ["drive", "driving"], mentioned: /\bdriv(e|es|ing)\b/i, label: "driving", id: "driving" },
  {
    words: ["headache", "headaches", "migraine", "migraines"],
    mentioned: /\b(headaches?|migraines?)\b/i,
    label: "headaches",
    id: "headaches",
  },
  { words: ["overdose", "overdosing", "od"], mentioned: /\boverdos\w*/i, label: "overdose", id: "overdose" },
].map(safety);

/**
 * Facts a question may ask for by name that a topic's other claims do not answer: "piracetam half life" is
 * answered by its bioavailability only after saying that no source gives its half-life.
 */
export const FACT_PARTICULARS: readonly Particular[] = [
  {
    words: ["half life", "halflife", "half lives"],
    mentioned: /\bhalf[- ]?li(fe|ves)\b/i,
    label: "half-life",
    id: "half-life",
    safety: false,
  },
];

/** "should I take", "can I take", "is it worth": personal decisions the bot answers only with what the sources say. */
export const ADVICE_PHRASES = [
  "should i",
  "should we",
  "can i",
  "could i",
  "would you",
  "do you recommend",
  "recommend",
  "is it ok",
  "is it okay",
  "worth it",
  "should take",
];

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
ve ll re lately recently reading read heard told says basically literally honestly apparently
`;

function phraseWords(phrases: readonly string[]): string[] {
  return phrases.flatMap((p) => p.split(" "));
}

/** Words too common to search the knowledge for. */
export const EVERYDAY_WORDS: ReadonlySet<string> = new Set(EVERYDAY.split(/\s+/).filter(Boolean));

/** Words never read as a compound's name: the everyday words and every word of a vocabulary phrase. */
export function neverAName(phrases: Phrases): ReadonlySet<string> {
  return new Set([
    ...EVERYDAY_WORDS,
    ...Object.values(phrases.topics).flatMap(phraseWords),
    ...Object.values(phrases.goals).flatMap(phraseWords),
    ...phraseWords(phrases.purposes),
    ...phraseWords(ADVICE_PHRASES),
  ]);
}
