import type { Claim, Compound, Disagreement, Knowledge } from "../knowledge/schema.js";
import { answers, subjectsOf } from "../knowledge/subjects.js";

/** What always comes with a claim: what qualifies it, and every side of a disagreement it belongs to. */

/** The claims of the compound that qualify this one: by naming it, or a subject it answers. */
export function qualifiersOf(knowledge: Knowledge, compound: Compound, claim: Claim): Claim[] {
  const subjects = subjectsOf(knowledge, claim);
  return compound.claims.filter(
    (q) =>
      q !== claim &&
      ((claim.id !== undefined && (q.qualifies?.claims ?? []).includes(claim.id)) ||
        (q.qualifies?.subjects ?? []).some((s) => subjects.includes(s))),
  );
}

export function sidesOf(compound: Compound, d: Disagreement): Claim[] {
  return d.sides.flatMap((id) => compound.claims.filter((c) => c.id === id));
}

export function disagreementsOf(compound: Compound, claim: Claim): Disagreement[] {
  return compound.disagreements.filter((d) => sidesOf(compound, d).includes(claim));
}

/** The compound's verdict claims (whether it works, whether it is safe) that answer one of these subjects. */
export function verdictsOn(knowledge: Knowledge, compound: Compound, subjects: readonly string[]): Claim[] {
  return compound.claims.filter((c) => c.verdict && subjects.some((s) => answers(knowledge, c, s)));
}

/** The owner of a claim: the compound whose file holds it (a linking claim may be shown on its partner). */
export function ownerOf(knowledge: Knowledge, claim: Claim): Compound | undefined {
  return knowledge.compounds.find((c) => c.claims.includes(claim));
}

/**
 * What must be shown with a claim wherever it appears, owner's qualifiers and every side of its
 * disagreements (with their qualifiers), excluding the claim itself.
 */
export function companionsOf(knowledge: Knowledge, claim: Claim): Claim[] {
  const owner = ownerOf(knowledge, claim);
  if (!owner) return [];
  const out = new Set<Claim>(qualifiersOf(knowledge, owner, claim));
  for (const d of disagreementsOf(owner, claim))
    for (const side of sidesOf(owner, d)) {
      out.add(side);
      qualifiersOf(knowledge, owner, side).forEach((q) => out.add(q));
    }
  out.delete(claim);
  return [...out];
}
