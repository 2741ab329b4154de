import type { Subject } from "../knowledge/schema.js";
import type { Question } from "./understand.js";
import { tokenize } from "./tokens.js";

/**
 * Which subjects (knowledge/subjects.yaml) a question asks about, read from their words; whether it asks
 * if a compound causes a harm ("can noopept cause headaches"), a property ("is noopept a stimulant"), or
 * about replacing a medicine. Pure and bounded like understand().
 */

/** Subjects asked, longest phrase first: "how does it work" is the mechanism, not "does it work". */
export function subjectsAsked(
  subjects: readonly Subject[],
  text: string,
  names: readonly { first: number; last: number }[] = [],
): string[] {
  const words = tokenize(text).map((t, i) =>
    names.some((n) => n.first <= i && i <= n.last) ? "it" : t.word,
  );
  const used = new Array<boolean>(words.length).fill(false);
  const phrases = subjects
    .flatMap((s) => s.words.map((w) => ({ id: s.id, parts: w.split(" ") })))
    .sort((a, b) => b.parts.length - a.parts.length);
  const found: { id: string; at: number; size: number }[] = [];
  for (const { id, parts } of phrases) {
    for (let i = 0; i + parts.length <= words.length; i++) {
      if (parts.some((p, j) => words[i + j] !== p || used[i + j])) continue;
      for (let j = 0; j < parts.length; j++) used[i + j] = true;
      found.push({ id, at: i, size: parts.length });
    }
  }
  found.sort((a, b) => b.size - a.size || a.at - b.at);
  return [...new Set(found.map((f) => f.id))];
}

/** The subjects that are properties of a compound ("is it a stimulant", "is it addictive", "is it a racetam"). */
const PROPERTIES = ["stimulant-sedative", "tolerance-dependence", "kind"];

/**
 * "is noopept a stimulant": a property, not a pairing. Named classes of other drugs whose name is one of a
 * property subject's words are dropped from the mentions, unless the question joins them ("with", "+").
 */
export function asProperty(question: Question, subjects: readonly Subject[]): Question {
  if (question.joined) return question;
  const words = new Set(subjects.filter((s) => PROPERTIES.includes(s.id)).flatMap((s) => s.words));
  const mentions = question.mentions.filter(
    (m) =>
      !(
        m.named.kind === "other" &&
        (words.has(m.matched.toLowerCase()) || words.has(m.typed.toLowerCase()) || m.match === "fuzzy")
      ),
  );
  return mentions.length === question.mentions.length ? question : { ...question, mentions };
}

const REPLACE =
  /\b(replace|replacing|substitute|substituting|instead of (?:my|a|the)|swap|switch from|come off|get off|stop taking)\b/i;

/** "can noopept replace my adderall": the sources do not discuss replacing a medicine. */
export function asksToReplace(text: string): boolean {
  return REPLACE.test(text.slice(0, 600));
}
