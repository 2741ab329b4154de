import type { Compound } from "../knowledge/schema.js";
import type { QuestionIndex } from "./names.js";
import type { Mention } from "./names.js";
import { understand } from "./understand.js";
import type { QuestionTopic } from "./vocabulary.js";

/** The part of a compound's card a topic is shown in (the names match src/reply/compound/sections.ts). */
export type CardSection = "overview" | "dosing" | "mechanisms" | "effects" | "safety" | "stacks" | "sources";

export const SECTION_OF: Record<QuestionTopic, CardSection> = {
  dose: "dosing",
  pharmacokinetics: "dosing",
  cycling: "dosing",
  mechanism: "mechanisms",
  effect: "effects",
  safety: "safety",
  evidence: "safety",
  "legal-status": "safety",
  interaction: "safety",
  stack: "stacks",
  comparison: "stacks",
  history: "sources",
};
const BY_PRECEDENCE: readonly QuestionTopic[] = [
  "dose",
  "pharmacokinetics",
  "cycling",
  "mechanism",
  "safety",
  "interaction",
  "evidence",
  "legal-status",
  "stack",
  "comparison",
  "history",
  "effect",
];

export type PhraseReading =
  | { kind: "covered"; compound: Compound; section: CardSection; mention: Mention }
  | { kind: "uncovered"; mention: Mention }
  | { kind: "none" };

/**
 * A compound option typed as a phrase ("noopept dose?", "piracetam 800mg", "pira"): the one compound it
 * names and the section its words ask for. A phrase naming a compound we do not cover reads as that, never
 * as a covered one; a phrase naming two covered compounds reads as none.
 */
export function readPhrase(index: QuestionIndex, text: string): PhraseReading {
  const question = understand(index, text);
  const uncovered = question.mentions.find((m) => m.named.kind !== "covered");
  if (uncovered) return { kind: "uncovered", mention: uncovered };
  const covered = question.mentions.filter((m) => m.named.kind === "covered");
  const mention = covered[0];
  if (covered.length !== 1 || !mention || mention.named.kind !== "covered") return { kind: "none" };
  const topic = question.amounts.length > 0 ? "dose" : BY_PRECEDENCE.find((t) => question.topics.includes(t));
  return {
    kind: "covered",
    compound: mention.named.compound,
    section: topic ? SECTION_OF[topic] : "overview",
    mention,
  };
}
