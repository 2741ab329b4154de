import type { Knowledge } from "../knowledge/schema.js";
import type { AskIndex } from "../question/ask-index.js";
import { intentOf } from "../question/intent.js";
import { understand } from "../question/understand.js";
import { searchKnowledge } from "../search/fulltext.js";
import { namedLabel } from "./ask-parts.js";
import { answerPlans } from "./ask.js";

/** What a question asked that the sources could not answer: the compound (or name) and the subject. */
export interface Unanswered {
  compound: string;
  subject: string;
}

const NOT_COVERED = "not covered";

/**
 * The gaps an answer to this question admits: names the sources do not cover, words that match nothing,
 * and, from the answer's own plan (src/answer/), each subject or particular matter it says the sources are
 * silent on for a named compound, by the label the answer says it with. Pure; empty when the answer is all
 * quoted claims.
 */
export function unansweredOf(knowledge: Knowledge, index: AskIndex, text: string): Unanswered[] {
  const question = understand(index.question, text);
  const { intent, uncovered } = intentOf(question);
  const gaps: Unanswered[] = uncovered.map((m) => ({
    compound: namedLabel(m).toLowerCase(),
    subject: NOT_COVERED,
  }));
  if (intent.kind === "search" && searchKnowledge(index.fulltext, intent.words).length === 0)
    gaps.push({ compound: "(none named)", subject: intent.words.join(" ").slice(0, 60) });
  for (const plan of answerPlans(knowledge, index, text))
    for (const note of plan.notes)
      if (note.kind === "silent" || note.kind === "unmentioned")
        gaps.push({
          compound: plan.compound.id,
          subject: note.kind === "silent" ? note.subject.label : note.label,
        });
  return gaps;
}
