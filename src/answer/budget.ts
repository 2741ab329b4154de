import { quoteText } from "../knowledge/quotes.js";
import type { Claim, Compound, Disagreement, Knowledge } from "../knowledge/schema.js";
import { disagreementsOf, ownerOf, qualifiersOf, sidesOf } from "./companions.js";
import type { Block, Budget, Role } from "./types.js";

/**
 * Claims with what always comes with them, within a budget: each lead becomes a group (the claim, every
 * claim qualifying it, every side of each disagreement it is in, to a fixed point); a group that does not
 * fit is left out whole, never cut, and counted for "…and N more". Pure.
 */

export interface Lead {
  claim: Claim;
  role: Role;
  /** Where in a view the group goes (a card's part, a /compare aspect); free for the caller. */
  part?: string;
  /** Verdicts shown before the claim in the same group: both fit, or neither is shown. */
  verdicts?: readonly Claim[];
}

export interface Group {
  lead: Lead;
  blocks: Block[];
}

export interface Fitted {
  groups: Group[];
  /** Leads neither shown nor shown as another's companion, by part ("" without one). */
  omitted: Map<string, number>;
  /** The room the groups take, as the budget measures it. */
  used: number;
}

export const estimate = (b: Block): number =>
  b.kind === "claim"
    ? b.claim.statement.length + quoteText(b.claim.quote).length + 120
    : b.kind === "dose"
      ? quoteText(b.dose.quote).length + 200
      : b.disagreement.about.length + 100;

export const blockKey = (b: Block): unknown =>
  b.kind === "claim" ? b.claim : b.kind === "dose" ? b.dose : b.disagreement;

/**
 * A claim and what always comes with it, in reading order, to a fixed point: the claims that qualify it,
 * every side of each disagreement it is in, and in turn what comes with each of those. The companions are
 * the claim owner's (a linking claim shown on its partner's card brings its own file's caveats).
 */
export function group(knowledge: Knowledge, fallback: Compound, lead: Claim, role: Role): Block[] {
  const owner = ownerOf(knowledge, lead) ?? fallback;
  const blocks: Block[] = [];
  const seen = new Set<Claim>();
  const seenD = new Set<Disagreement>();
  const pending: Claim[] = [];
  const add = (claim: Claim, r: Role) => {
    if (seen.has(claim)) return;
    seen.add(claim);
    blocks.push({ kind: "claim", claim, owner, role: r });
    pending.push(claim);
  };
  const expand = (claim: Claim, r: Role) => {
    for (const d of disagreementsOf(owner, claim)) {
      if (seenD.has(d)) continue;
      seenD.add(d);
      const sides = sidesOf(owner, d);
      blocks.push({ kind: "disagreement", disagreement: d, sides, owner });
      for (const side of sides) add(side, side === claim ? r : "answer");
    }
    add(claim, r);
  };
  expand(lead, role);
  while (pending.length > 0) {
    const claim = pending.shift()!;
    for (const d of disagreementsOf(owner, claim)) if (!seenD.has(d)) expand(claim, "answer");
    for (const q of qualifiersOf(knowledge, owner, claim)) if (!seen.has(q)) expand(q, "qualifier");
  }
  return blocks;
}

/**
 * The leads in order, each with its companions, while they fit. Once one does not fit, the rest are left
 * out too (so the order read is the order ranked), unless the budget fills (a view's summary: a smaller one
 * after it may still fit); one too big for its part's room (`partChars`, a
 * field's limit) is left out alone. Unless strict, the first group is shown whatever its
 * size (firstFree). `from.shown` carries what earlier calls showed (not shown twice) and `from.used` their room.
 */
export function fitGroups(
  knowledge: Knowledge,
  compound: Compound,
  leads: readonly Lead[],
  budget: Budget,
  from: { shown?: Set<unknown>; used?: number; firstFree?: boolean } = {},
): Fitted {
  const shown = from.shown ?? new Set<unknown>();
  let used = from.used ?? 0;
  const firstFree = !budget.strict && (from.firstFree ?? used === 0);
  const measure = budget.measure ?? estimate;
  const groups: Group[] = [];
  let count = 0;
  let full = false;
  const partUsed = new Map<string, number>();
  for (const lead of leads) {
    const part = lead.part ?? "";
    if (full || shown.has(lead.claim)) continue;
    const blocks = [
      ...(lead.verdicts ?? []).flatMap((v) => group(knowledge, compound, v, "verdict")),
      ...group(knowledge, compound, lead.claim, lead.role),
    ];
    const fresh = blocks.filter(
      (b, i) => !shown.has(blockKey(b)) && blocks.findIndex((x) => blockKey(x) === blockKey(b)) === i,
    );
    const more = fresh.reduce((n, b) => n + measure(b), 0);
    const first = firstFree && groups.length === 0;
    // Too big for its part: left out, and a smaller one after it may still fit there.
    if (budget.partChars !== undefined && (partUsed.get(part) ?? 0) + more > budget.partChars) continue;
    if (!first && (used + more > budget.chars || count + fresh.length > budget.blocks)) {
      full = !budget.fill;
      continue;
    }
    groups.push({ lead, blocks: fresh });
    fresh.forEach((b) => shown.add(blockKey(b)));
    used += more;
    partUsed.set(part, (partUsed.get(part) ?? 0) + more);
    count += fresh.length;
  }
  // A lead left out may have been shown after all, as another's companion; each counted once.
  const omitted = new Map<string, number>();
  const counted = new Set<Claim>();
  for (const lead of leads) {
    if (shown.has(lead.claim) || counted.has(lead.claim)) continue;
    counted.add(lead.claim);
    omitted.set(lead.part ?? "", (omitted.get(lead.part ?? "") ?? 0) + 1);
  }
  return { groups, omitted, used };
}

export const total = (omitted: ReadonlyMap<string, number>): number =>
  [...omitted.values()].reduce((a, b) => a + b, 0);
