/**
 * Where the sources point different ways: the mark a view shows before the question. Which claims are the
 * sides, and that they always come together, is the answer planner's (src/answer/companions.ts, budget.ts).
 */
export const DIFFER = "⚖️";
