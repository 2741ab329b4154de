import type { Claim, Compound, Disagreement, Knowledge } from "../knowledge/schema.js";
import { quoteParts } from "../knowledge/quotes.js";
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

const claimsById = new WeakMap<Compound, Map<string, Claim[]>>();

/** A compound's claims by id, indexed once per compound (a question reads it many times). */
function byId(compound: Compound): Map<string, Claim[]> {
  let ids = claimsById.get(compound);
  if (!ids) {
    ids = new Map();
    for (const c of compound.claims) if (c.id !== undefined) ids.set(c.id, [...(ids.get(c.id) ?? []), c]);
    claimsById.set(compound, ids);
  }
  return ids;
}

export function sidesOf(compound: Compound, d: Disagreement): Claim[] {
  const ids = byId(compound);
  return d.sides.flatMap((id) => ids.get(id) ?? []);
}

const disagreementsByClaim = new WeakMap<Compound, Map<Claim, Disagreement[]>>();

/** Whether a claim quotes all of a side's words from the same source (a sentence quoted again elsewhere). */
function quotesSide(claim: Claim, side: Claim): boolean {
  if (claim.source !== side.source) return false;
  const runs = quoteParts(claim.quote);
  return quoteParts(side.quote).every((part) => runs.some((run) => run.includes(part)));
}

/**
 * The compound's disagreements this claim touches (indexed once per compound): those it is a side of, and
 * those whose side it quotes again ("piracetam's bioavailability is low, while nearly the whole dose of
 * Noopept reaches the brain" carries the side "nearly the whole dose reaches the brain", so the other side,
 * that oral doses are poorly absorbed, comes with it too).
 */
export function disagreementsOf(compound: Compound, claim: Claim): Disagreement[] {
  let byClaim = disagreementsByClaim.get(compound);
  if (!byClaim) {
    const index = new Map<Claim, Disagreement[]>();
    const add = (c: Claim, d: Disagreement) => {
      const list = index.get(c) ?? [];
      if (!list.includes(d)) index.set(c, [...list, d]);
    };
    for (const d of compound.disagreements) {
      const sides = sidesOf(compound, d);
      for (const side of sides) add(side, d);
      for (const c of compound.claims)
        if (!sides.includes(c) && sides.some((side) => quotesSide(c, side))) add(c, d);
    }
    byClaim = index;
    disagreementsByClaim.set(compound, byClaim);
  }
  return byClaim.get(claim) ?? [];
}

/** The compound's verdict claims (whether it works, whether it is safe) that answer one of these subjects. */
export function verdictsOn(knowledge: Knowledge, compound: Compound, subjects: readonly string[]): Claim[] {
  return compound.claims.filter((c) => c.verdict && subjects.some((s) => answers(knowledge, c, s)));
}

/** Each knowledge's claims by the compound whose file holds them: built once, so a look-up does not scan. */
const ownersOf = new WeakMap<Knowledge, Map<Claim, Compound>>();

/** The owner of a claim: the compound whose file holds it (a linking claim may be shown on its partner). */
export function ownerOf(knowledge: Knowledge, claim: Claim): Compound | undefined {
  let owners = ownersOf.get(knowledge);
  if (!owners) {
    owners = new Map();
    for (const c of knowledge.compounds) for (const x of c.claims) if (!owners.has(x)) owners.set(x, c);
    ownersOf.set(knowledge, owners);
  }
  return owners.get(claim);
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
