import type { Compound } from "../knowledge/schema.js";
import { quoteText } from "../knowledge/quotes.js";
import type { AskIndex } from "../question/ask-index.js";
import { intentOf } from "../question/intent.js";
import { understand } from "../question/understand.js";
import { searchKnowledge } from "../search/fulltext.js";
import { CLAIM_TOPICS } from "./ask-found.js";
import { namedLabel } from "./ask-parts.js";

/** What a question asked that the sources could not answer: the compound (or name) and the subject. */
export interface Unanswered {
  compound: string;
  subject: string;
}

const NOT_COVERED = "not covered";
/**
 * The safety subjects (knowledge/subjects.yaml) the answer lists as silent, when the question itself asks
 * about them; no topic answers them by default, so a claim answers one only by naming it.
 */
const ASKS: Record<string, { label: string; asks: RegExp }> = {
  pregnancy: {
    label: "use in pregnancy or nursing",
    asks: /\b(pregnan\w*|breast ?feed\w*|nursing|conceive)\b/i,
  },
  "long-term-use": {
    label: "long-term or repeated use",
    asks: /\b(long[- ]term|for years|every day|daily|repeated(ly)?)\b/i,
  },
};
const SAFETY_SUBJECTS = ["long-term-use", "interactions", "pregnancy"];

function silentOn(compound: Compound, topic: keyof typeof CLAIM_TOPICS): boolean {
  if (topic === "dose" && compound.doses.length > 0) return false;
  return !compound.claims.some(
    (c) =>
      CLAIM_TOPICS[topic].includes(c.topic) ||
      (topic === "safety" && SAFETY_SUBJECTS.some((s) => c.subjects?.includes(s))),
  );
}

/**
 * The gaps an answer to this question admits, read the way askReply reads it: names the sources do not
 * cover, topics and safety subjects they are silent on for a named compound, and words that match nothing.
 * Pure; empty when the answer is all quoted claims.
 */
export function unansweredOf(index: AskIndex, text: string): Unanswered[] {
  const question = understand(index.question, text);
  const { intent, uncovered } = intentOf(question);
  const gaps: Unanswered[] = uncovered.map((m) => ({
    compound: namedLabel(m).toLowerCase(),
    subject: NOT_COVERED,
  }));
  if (intent.kind === "search" && searchKnowledge(index.fulltext, intent.words).length === 0)
    gaps.push({ compound: "(none named)", subject: intent.words.join(" ").slice(0, 60) });
  if (intent.kind === "claims" && intent.topics !== "overview") {
    const topics = intent.topics;
    for (const compound of intent.compounds) {
      for (const topic of topics)
        if (silentOn(compound, topic)) gaps.push({ compound: compound.id, subject: topic });
      if (topics.includes("safety"))
        for (const subject of question.subjects)
          if (!compound.claims.some((c) => subject.mentioned.test(`${c.statement} ${quoteText(c.quote)}`)))
            gaps.push({ compound: compound.id, subject: subject.label });
      if (topics.includes("safety"))
        for (const [id, { label, asks }] of Object.entries(ASKS))
          if (!compound.claims.some((c) => c.subjects?.includes(id)) && asks.test(text))
            gaps.push({ compound: compound.id, subject: label });
    }
  }
  return gaps;
}
