import type { CompoundClass, Language } from "../knowledge/vocabulary-data.js";
import type { Compound } from "../knowledge/schema.js";
import { harmPhrase } from "./harm.js";
import { findMentions, type Mention, type QuestionIndex } from "./names.js";
import { translate } from "./translate.js";
import { correctWords } from "./correct.js";
import {
  amounts,
  FREQUENCY_WORDS,
  MAX_QUESTION_LENGTH,
  tokenize,
  unitlessNumbers,
  type Amount,
} from "./tokens.js";
import {
  ADVICE_PHRASES,
  FACT_PARTICULARS,
  SAFETY_SUBJECTS,
  EVERYDAY_WORDS,
  QUESTION_GOALS,
  QUESTION_TOPICS,
  type QuestionGoal,
  type QuestionTopic,
  type Particular,
} from "./vocabulary.js";

/** What a question in plain words asks: about which compounds or drugs, on which topic, for which goal. */
export interface Question {
  /** Compounds and drugs named, in the order first named, each once. */
  mentions: Mention[];
  /** Topics signalled, in QUESTION_TOPICS order (interaction first, effect last). */
  topics: QuestionTopic[];
  goals: QuestionGoal[];
  amounts: Amount[];
  /** Numbers said without a unit ("is 900 too much?"): never compared, said to need one when a dose is asked. */
  unitless: string[];
  /** Names joined by "with", "+", "&" or "plus": a question about taking them together. */
  joined: boolean;
  /** "should I take", "can I", "do you recommend": a personal decision the bot does not make. */
  advice: boolean;
  /** Words that start the names of several covered compounds ("noo"), with those names: asked to be named in full. */
  unclear: { typed: string; names: readonly string[] }[];
  /** Particular matters asked about: safety subjects (children, driving, overdose ...) and facts (half-life). */
  subjects: Particular[];
  /** Words that are neither a name nor a vocabulary word: what a full-text search looks for. */
  rest: string[];
  /** Classes named ("racetams", "рацетамы"), with their members. */
  classes: { cls: CompoundClass; members: readonly Compound[] }[];
  /** The language the question is in, when it is not English (its answer says the quotes are in English). */
  language?: Language;
  /** What a comparison asks beyond a topic or goal ("stronger", "faster"). */
  purposes: string[];
  /** Words that point back at compounds named before ("which of them"), with none named here. */
  refersBack: boolean;
  /** The question's words as read (in English), names included, class words left out: what claims are ranked by. */
  words: string[];
}

const JOINED = /[+&]/;
const JOINING_WORDS = new Set(["with", "plus"]);
const CLASS_MARK = "§class";
const has = (text: string, phrase: string) => text.includes(` ${phrase} `);

/**
 * "noopept with choline", "stack X plus Y": a joining word after the first name and before the last joins
 * them; "noopept and piracetam, would it help with that" does not ("with" joins no names there).
 */
function joinsNames(words: readonly string[], mentions: readonly { first: number; last: number }[]): boolean {
  if (mentions.length === 0) return words.some((w) => JOINING_WORDS.has(w));
  const from = Math.min(...mentions.map((m) => m.last));
  const to = Math.max(...mentions.map((m) => m.first));
  return words.some((w, i) => JOINING_WORDS.has(w) && i > from && i < to);
}

/**
 * Reads a question in plain words. Pure and bounded: at most MAX_QUESTION_LENGTH characters and MAX_TOKENS
 * words are looked at, whatever the input, and it never throws.
 */
export function understand(index: QuestionIndex, text: string): Question {
  const { tokens, language } = translate(
    index.translator,
    tokenize(text),
    text.slice(0, MAX_QUESTION_LENGTH),
  );
  // Classes first, so "choline sources" is the class, not the compound Choline.
  const classes: Question["classes"] = [];
  const marked = tokens.map((t) => t.word);
  for (const entry of index.classes) {
    for (const phrase of entry.phrases) {
      const parts = phrase.split(" ");
      for (let i = 0; i + parts.length <= marked.length; i++) {
        if (!parts.every((p, j) => marked[i + j] === p)) continue;
        for (let j = 0; j < parts.length; j++) marked[i + j] = CLASS_MARK;
        if (!classes.some((c) => c.cls === entry.cls))
          classes.push({ cls: entry.cls, members: entry.members });
      }
    }
  }
  const { mentions, used } = findMentions(
    index,
    tokens.map((t, i) => (marked[i] === CLASS_MARK ? { raw: t.raw, word: CLASS_MARK, key: "" } : t)),
  );
  // The words around the names, with each name replaced by a marker so a phrase never runs across one.
  // Typos in the words that ask are read too ("half lfe"): a word the reading knows is never changed.
  const words = correctWords(
    index.corrector,
    tokens.map((t, i) => (used[i] || marked[i] === CLASS_MARK ? "§" : t.word)),
    (w) => index.neverAName.has(w) || index.related.has(w),
  );
  const asked = amounts(text);
  const often = asked.some((a) => a.perDay !== undefined);
  // "1.2g once daily" says how often an amount is taken (read with the amount); its words ask no topic of
  // their own, so "daily" is not also a question about daily, long-term use.
  const padded = ` ${words.map((w) => (often && FREQUENCY_WORDS.has(w) ? "§" : w)).join(" ")} `;
  const { topics: topicPhrases, goals: goalPhrases } = index.phrases;
  const topics = QUESTION_TOPICS.filter((topic) => topicPhrases[topic].some((p) => has(padded, p)));
  // "can nefiracetam cause depression" asks about a harm, not about the goal of mood its word also names.
  const harm = harmPhrase(text);
  const saidAs = new Set(harm?.otherwise ? harm.words.split(/[^\p{L}']+/u) : []);
  const names = (p: string) =>
    harm !== undefined &&
    (p.trim().split(" ").includes(harm.harm) || ` ${harm.words} `.includes(` ${p.trim()} `));
  const goals = QUESTION_GOALS.filter(
    (goal) => goalPhrases[goal].some((p) => has(padded, p)) && !goalPhrases[goal].some(names),
  );
  const rest = words.filter(
    (w) =>
      w !== "§" &&
      w.length > 1 &&
      !EVERYDAY_WORDS.has(w) &&
      !/^\d+(?:\.\d+)?(?:mg|g|mcg|x)?$/.test(w) &&
      !(often && FREQUENCY_WORDS.has(w)),
  );
  return {
    mentions,
    topics,
    goals,
    amounts: asked,
    // A number in a name ("GVS 111", "NS 105") is the name's, not an amount.
    unitless:
      asked.length > 0
        ? []
        : unitlessNumbers(text).filter((n) => !mentions.some((m) => m.typed.split(/\s+/).includes(n))),
    joined: JOINED.test(text.slice(0, MAX_QUESTION_LENGTH)) || joinsNames(words, mentions),
    advice: ADVICE_PHRASES.some((p) => has(padded, p)),
    purposes: index.phrases.purposes.filter((p) => has(padded, p)),
    refersBack: mentions.length === 0 && index.phrases.back.some((p) => has(padded, p)),
    subjects: [...SAFETY_SUBJECTS, ...FACT_PARTICULARS].filter((s) => s.words.some((w) => has(padded, w))),
    unclear: tokens.flatMap((t, i) => {
      const names = used[i] || EVERYDAY_WORDS.has(t.word) ? undefined : index.unclearShortForms.get(t.key);
      return names ? [{ typed: t.raw, names }] : [];
    }),
    rest: [...new Set(rest)],
    classes,
    ...(language ? { language } : {}),
    words: [
      ...tokens.flatMap((t, i) => {
        if (marked[i] === CLASS_MARK) return [];
        // A name counts as the name it was read as, however it was typed (a typo: "pirecetam"; a short form;
        // another script: "ноопепт"), so the typed word is never taken for something else the question asks about.
        const read = mentions.find((m) => i >= m.first && i <= m.last);
        const word = words[i] === "§" ? t.word : words[i]!;
        // "does it keep you awake" is read as the harm it names (insomnia), not as its everyday words.
        if (!read) return (often && FREQUENCY_WORDS.has(word)) || saidAs.has(word) ? [] : [word];
        return i === read.first ? read.matched.toLowerCase().split(/\s+/) : [];
      }),
      ...(harm?.otherwise ? [harm.harm] : []),
    ],
  };
}
