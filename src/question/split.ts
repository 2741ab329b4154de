import { keepEnds } from "./bound.js";
import type { QuestionIndex } from "./names.js";
import { MAX_QUESTION_LENGTH, withoutNoise } from "./tokens.js";
import { understand, type Question } from "./understand.js";
import type { QuestionTopic } from "./vocabulary.js";

/**
 * A message split into the questions it asks. A long message (up to Discord's 4,000 characters) is read
 * whole: its sentences that are questions are answered; a sentence asking two things ("noopept dose and half
 * life?") is two parts. A part that names no compound takes the names of the nearest part, or the nearest
 * earlier sentence, that does ("I take noopept. Is it safe with alcohol?"). Bounded: at most MAX_MESSAGE
 * characters (a longer message's start and end) and MAX_SENTENCES sentences are read, and MAX_PARTS parts
 * answered, whatever the input.
 */

export const MAX_MESSAGE = 4000;
const MAX_SENTENCES = 60;
export const MAX_PARTS = 4;

export interface Part {
  /** What is read: the part, with the names it takes from its neighbours put first. */
  text: string;
  /** The part as typed, for echoing (shortened and made safe by the reply). */
  typed: string;
  question: Question;
  /** The names it took from a neighbour, as typed ("noopept"). */
  inherited: string[];
}

export interface SplitMessage {
  parts: Part[];
  /** Questions found beyond MAX_PARTS, left unanswered (the answer says so). */
  dropped: number;
}

/** Sentence ends: ., ! or ? followed by a space, and line breaks. "1.2 g" and "e.g." stay whole. */
const SENTENCE = /(?<=[?!])\s+|(?<=[^\s.]{3}\.)\s+|\n+/u;
/** Where one sentence may ask two things: "and", "also", ";" and commas (and the same words in other languages). */
const JOINS =
  /\s*[;,]\s*(?:(?:and|also|plus|и|а также|y|und|et|e)\s+)?|\s+(?:and also|and|also|plus|и|а также|y|und|et|e)\s+/iu;
/** Words that start a sentence without being part of its question. */
const LEADING = /^(?:(?:and|also|so|but|ok|okay|anyway|btw|plus)\b[\s,]*)+/iu;
/** Words a question starts with, as the (translated) reading sees them. */
const QUESTION_STARTS = new Set(
  "what whats what's how is are am can could does do did should would will which who why when where any anyone anybody has have was were tell whats".split(
    " ",
  ),
);

const names = (q: Question) => q.mentions.some((m) => m.named.kind === "covered") || q.classes.length > 0;
const asks = (q: Question) =>
  q.topics.some((t) => t !== "comparison") ||
  q.amounts.length > 0 ||
  q.goals.length > 0 ||
  q.mentions.some((m) => m.named.kind === "other");

/** A question asked without a question mark: "wondering if it would help", "curious whether it's safe". */
const INDIRECT =
  /\b(?:wonder(?:ing|ed)?|curious|not sure|(?:want|wanted|wanna|like|need) to know)\s+(?:if|whether)\b/iu;

/** A sentence asks when it ends with "?" or starts like a question; without any such sentence, when it names and asks something. */
function isQuestion(sentence: string, q: Question, loose: boolean): boolean {
  return (
    sentence.includes("?") ||
    INDIRECT.test(sentence) ||
    QUESTION_STARTS.has(q.words[0] ?? "") ||
    q.advice ||
    (loose && names(q) && asks(q))
  );
}

/** The compounds and classes a part names, as typed, to put before a neighbour that names none (not the other drugs). */
function typedNames(q: Question): string[] {
  return [
    ...q.mentions.filter((m) => m.named.kind === "covered").map((m) => m.typed),
    ...q.classes.map((c) => c.cls.words[0]!),
  ];
}

/** A sentence split where each piece asks something of its own; otherwise the sentence whole. */
function pieces(
  index: QuestionIndex,
  sentence: string,
  question: Question,
): { typed: string; question: Question }[] {
  const whole = [{ typed: sentence, question }];
  const split = sentence
    .split(JOINS)
    .map((s) => s.trim())
    .filter((s) => /[\p{L}\p{N}]/u.test(s));
  if (split.length < 2) return whole;
  const read = split.map((typed) => ({ typed, question: understand(index, typed) }));
  // Every piece must ask something ("dose", "half life", "is it safe"): "noopept and alcohol" stays whole.
  if (!read.every((p) => asks(p.question) || p.question.advice)) return whole;
  // A piece that only names a goal ("for memory and focus") is not a question of its own.
  const ownTopic = (q: Question) =>
    q.topics.some((t) => t !== "comparison") ||
    q.amounts.length > 0 ||
    q.advice ||
    q.mentions.some((m) => m.named.kind === "other");
  if (!read.every((p) => ownTopic(p.question))) return whole;
  return read;
}

/** "and with choline?", "what about with alcohol": a pairing with whatever the earlier message was about. */
const WITH_FIRST = /^(?:(?:and|so|what about|how about|and what about)\s+)?(?:with|\+|plus)\b/iu;
/** One phrase of each topic, to carry the earlier message's topic into "and aniracetam?". */
const TOPIC_WORD: Partial<Record<QuestionTopic, string>> = {
  dose: "dose",
  pharmacokinetics: "half life",
  cycling: "tolerance",
  mechanism: "mechanism",
  safety: "side effects",
  evidence: "evidence",
  "legal-status": "legal",
  history: "history",
};

/**
 * A part that names nothing takes the compounds (or class) of the message it replies to ("what about for
 * sleep", "so is it safe or not"); one that starts with "with" pairs with them ("and with choline?"); one
 * that names a compound but asks nothing takes that message's topic ("and aniracetam?").
 */
function followUp(index: QuestionIndex, part: Part, context: Question): Part {
  const q = part.question;
  const carry = typedNames(context);
  const asksNothing =
    q.topics.length === 0 && q.goals.length === 0 && q.amounts.length === 0 && q.rest.length === 0;
  let text = part.text;
  let inherited = part.inherited;
  if (carry.length > 0 && (!names(q) || WITH_FIRST.test(part.typed.trim()))) {
    text = `${carry.join(" ")} ${text}`;
    inherited = [...inherited, ...carry];
  } else if (names(q) && asksNothing) {
    const topic = context.topics.map((t) => TOPIC_WORD[t]).find(Boolean);
    const goal = context.goals[0];
    const carried = topic ?? (goal ? `for ${goal}` : undefined);
    if (carried) {
      text = `${text} ${carried}`;
      inherited = [...inherited, carried];
    }
  }
  return text === part.text ? part : { ...part, text, inherited, question: understand(index, text) };
}

/**
 * Splits a message into the questions it asks, each with the names it refers to; `context` is the message
 * it replies to (its text, or the title of the bot's answer), whose names and topic a part without its own
 * takes. Pure; never throws.
 */
export function splitMessage(index: QuestionIndex, message: string, context?: string): SplitMessage {
  const text = withoutNoise(keepEnds(message, MAX_MESSAGE, "\n"));
  const all = text
    .split(SENTENCE)
    .map((s) => s.trim().replace(LEADING, ""))
    .filter((s) => /[\p{L}\p{N}]/u.test(s));
  // Past MAX_SENTENCES, the sentences with a question mark and the last ones are read (a question usually ends a message).
  const asked = new Set(all.flatMap((s, i) => (s.includes("?") ? [i] : [])).slice(0, MAX_SENTENCES / 2));
  const tailFrom = all.length - (MAX_SENTENCES - asked.size);
  const sentences = all
    .filter((_, i) => all.length <= MAX_SENTENCES || asked.has(i) || i >= tailFrom)
    .map((s) => keepEnds(s, MAX_QUESTION_LENGTH));
  if (sentences.length === 0) return { parts: [], dropped: 0 };
  const read = sentences.map((s) => ({ sentence: s, question: understand(index, s) }));
  const loose = !read.some((r) => r.sentence.includes("?") || QUESTION_STARTS.has(r.question.words[0] ?? ""));
  const questions = read.filter((r) => isQuestion(r.sentence, r.question, loose));
  // A message with no question in it is read as one question, as typed.
  const chosen = questions.length > 0 ? questions : [read[read.length === 1 ? 0 : read.length - 1]!];
  const parts: Part[] = [];
  let dropped = 0;
  for (const { sentence, question } of chosen) {
    const within = pieces(index, sentence, question);
    // Names from the nearest earlier sentence that has some: what "it" refers to.
    const before = read
      .slice(
        0,
        read.findIndex((r) => r.sentence === sentence),
      )
      .reverse()
      .find((r) => names(r.question));
    within.forEach((piece, i) => {
      if (parts.length >= MAX_PARTS) {
        dropped++;
        return;
      }
      const neighbour =
        within
          .slice(0, i)
          .reverse()
          .find((p) => names(p.question)) ??
        within.slice(i + 1).find((p) => names(p.question)) ??
        (names(question) ? undefined : before);
      const inherited = names(piece.question) || !neighbour ? [] : typedNames(neighbour.question);
      const partText = inherited.length > 0 ? `${inherited.join(" ")} ${piece.typed}` : piece.typed;
      parts.push({
        text: partText,
        typed: piece.typed,
        question: inherited.length > 0 ? understand(index, partText) : piece.question,
        inherited,
      });
    });
  }
  if (context === undefined || context.trim() === "") return { parts, dropped };
  const before = understand(index, context);
  return { parts: parts.map((p) => followUp(index, p, before)), dropped };
}
