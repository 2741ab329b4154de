import type { Claim, Compound, Knowledge, Source } from "./schema.js";

/** Look-ups by id, and the claims that concern a compound. */

export function sourceById(knowledge: Knowledge, id: string): Source | undefined {
  return knowledge.sources.find((s) => s.id === id);
}

export function compoundById(knowledge: Knowledge, id: string): Compound | undefined {
  return knowledge.compounds.find((c) => c.id === id);
}

/** A claim about a compound: its own claim, or a linking claim (stack, comparison) from another file. */
export type ClaimOn =
  | { claim: Claim; owner: Compound; partner?: undefined }
  /** A linking claim: `partner` is the other compound of the pair (never missing: the loader checks links). */
  | { claim: Claim; owner: Compound; partner: Compound };

/** Claims about a compound: its own of the topics, and those in other compounds' files that link to it. */
export function claimsOn(
  knowledge: Knowledge,
  compound: Compound,
  topics: readonly Claim["topic"][],
): ClaimOn[] {
  const out: ClaimOn[] = [];
  for (const claim of compound.claims) {
    if (!topics.includes(claim.topic)) continue;
    const partner = claim.with === undefined ? undefined : compoundById(knowledge, claim.with);
    out.push(partner ? { claim, owner: compound, partner } : { claim, owner: compound });
  }
  for (const other of knowledge.compounds) {
    if (other === compound) continue;
    for (const claim of other.claims) {
      if (claim.with === compound.id && topics.includes(claim.topic))
        out.push({ claim, owner: other, partner: other });
    }
  }
  return out;
}
