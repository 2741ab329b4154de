import type { Claim, Compound, Goal, Knowledge } from "../knowledge/schema.js";
import { GOALS } from "../knowledge/schema.js";
import type { AskIndex } from "../question/ask-index.js";
import type { QuestionGoal } from "../question/vocabulary.js";
import { evidenceRank } from "./evidence.js";

/**
 * The claims that answer a goal: one definition for every answer that reports on a goal ("best for
 * anxiety", "aniracetam for anxiety", "nefiracetam or aniracetam for anxiety"), so they cannot disagree.
 * A goal of the schema is what the curated effect claims are tagged with; another ("sleep") is what the
 * claims' words mention.
 */

export interface GoalHit {
  c: Compound;
  claim: Claim;
}

export const isSchemaGoal = (goal: QuestionGoal): goal is Goal => (GOALS as readonly string[]).includes(goal);

const byGoal = new WeakMap<Knowledge, Map<Goal, GoalHit[]>>();

/**
 * The effect claims tagged with a goal, strongest evidence first, then by compound name: for one compound,
 * or for the whole knowledge sorted once per knowledge and goal (a question then costs the same at any size).
 */
export function goalHits(knowledge: Knowledge, goal: Goal, only: Compound | undefined): GoalHit[] {
  const of = (cs: readonly Compound[]) =>
    cs
      .flatMap((c) =>
        c.claims
          .filter((x) => x.topic === "effect" && x.goals?.includes(goal))
          .map((claim) => ({ c, claim })),
      )
      .sort(
        (x, y) =>
          evidenceRank(x.claim.evidence) - evidenceRank(y.claim.evidence) || x.c.name.localeCompare(y.c.name),
      );
  if (only) return of([only]);
  let goals = byGoal.get(knowledge);
  if (!goals) byGoal.set(knowledge, (goals = new Map<Goal, GoalHit[]>()));
  let hits = goals.get(goal);
  if (!hits) goals.set(goal, (hits = of(knowledge.compounds)));
  return hits;
}

/** One compound's claims on a goal, as its own goal answer shows them. */
export function goalClaims(
  knowledge: Knowledge,
  index: AskIndex,
  goal: QuestionGoal,
  compound: Compound,
): Claim[] {
  if (isSchemaGoal(goal)) return goalHits(knowledge, goal, compound).map((h) => h.claim);
  return (index.goalMentions.get(goal) ?? []).flatMap((h) =>
    h.kind === "claim" && h.compound === compound ? [h.claim] : [],
  );
}
