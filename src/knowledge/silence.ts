import { QUESTIONS, type Claim, type Compound, type Question } from "./schema.js";

/** How each safety question is named when the bot says the sources are silent on it. */
export const QUESTION_LABEL: Record<Question, string> = {
  "long-term-use": "long-term or repeated use",
  interactions: "drug interactions",
  pregnancy: "use in pregnancy or nursing",
};

/** The claims about a compound that speak to a safety question. */
export function answersTo(compound: Compound, question: Question): Claim[] {
  return compound.claims.filter((c) => c.answers?.includes(question));
}

/** The safety questions no claim about the compound speaks to: the only ones the bot may call silent. */
export function silentQuestions(compound: Compound): Question[] {
  return QUESTIONS.filter((q) => answersTo(compound, q).length === 0);
}

/** "drug interactions and use in pregnancy or nursing" (or "…, or …") */
export function questionList(questions: readonly Question[], conjunction: "and" | "or" = "and"): string {
  const labels = questions.map((q) => QUESTION_LABEL[q]);
  return labels.length <= 1
    ? (labels[0] ?? "")
    : `${labels.slice(0, -1).join(", ")} ${conjunction} ${labels.at(-1)}`;
}
