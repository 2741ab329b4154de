import type { Knowledge } from "../knowledge/schema.js";
import type { ClaimTopic } from "../question/intent.js";
import { harmAsked } from "../question/harm.js";
import { subjectsAsked } from "../question/subjects.js";
import type { Question } from "../question/understand.js";
import type { PlanRequest } from "./types.js";

/** What a question read by src/question asks the planner: its subjects, amounts, harms and particulars. */

/** The subject a question's broad topic stands for, when none of its words names a subject. */
const TOPIC_SUBJECTS: Record<ClaimTopic, readonly string[]> = {
  dose: ["dose"],
  pharmacokinetics: ["pharmacokinetics"],
  cycling: ["tolerance-dependence", "long-term-use"],
  mechanism: ["mechanism"],
  effect: ["effect"],
  safety: ["safety"],
  evidence: ["efficacy"],
  "legal-status": ["legal-status"],
  history: ["history"],
};
/** "tell me about noopept": its doses and effects, with the verdict and caveats they bring. */
const OVERVIEW = ["dose", "effect"];
const MAX_SUBJECTS = 3;

export function requestFor(
  knowledge: Knowledge,
  question: Question,
  text: string,
  topics: readonly ClaimTopic[] | "overview",
  /** Claims were found for the question's other words: they lead, so no overview is added. */
  found = false,
): PlanRequest {
  const harm = harmAsked(text);
  // The compound's name reads as "it", so "how does noopept work" asks how it works.
  const asked = subjectsAsked(knowledge.subjects, text, question.mentions);
  const fromTopics =
    topics !== "overview"
      ? topics.flatMap((t) => TOPIC_SUBJECTS[t])
      : asked.length > 0 || harm || found
        ? []
        : OVERVIEW;
  const subjects = [
    ...new Set([
      ...(harm ? ["side-effects"] : []),
      ...asked,
      ...(question.amounts.length > 0 ? ["dose"] : []),
      ...fromTopics,
    ]),
  ].slice(0, MAX_SUBJECTS);
  return {
    subjects,
    amounts: question.amounts,
    unitless: question.unitless,
    harms: harm ? [harm] : [],
    particulars: question.subjects.filter((s) => !harm || !s.mentioned.test(harm)),
  };
}
