import { quoteText } from "../knowledge/quotes.js";
import type { Claim, Compound, Disagreement, Knowledge, Subject } from "../knowledge/schema.js";
import { answers, subjectById } from "../knowledge/subjects.js";
import { compareAmount } from "./amounts.js";
import { disagreementsOf, qualifiersOf, sidesOf, verdictsOn } from "./companions.js";
import { silenceNotes } from "./silence.js";
import type { Block, Note, Plan, PlanRequest, Role } from "./types.js";
import { EVIDENCE_LEVELS } from "../knowledge/schema.js";

/**
 * The one answer planner: subjects asked → the claims that answer them, ranked → each with its companions
 * (every caveat qualifying it, every side of a disagreement it is in; the verdict for efficacy and safety)
 * → a budget that drops whole claims, never a companion, and counts them for "…and N more". Pure.
 */

export const DEFAULT_BUDGET = { blocks: 20, chars: 4200 };
/** Subjects whose answers carry the compound's verdict on whether it works or is safe. */
const VERDICT_SUBJECTS = ["efficacy", "effect", "safety", "side-effects"];
const CAUTION_TOPICS: readonly Claim["topic"][] = ["caution", "side-effect", "evidence"];
/** Words by which a source reassures: shown after the cautions. */
const REASSURING =
  /\b(safe|non-?toxic|little to no side|no tolerance|non-addictive|does not cause|well understood)\b/i;

const cost = (b: Block): number =>
  b.kind === "claim"
    ? b.claim.statement.length + quoteText(b.claim.quote).length + 120
    : b.kind === "dose"
      ? quoteText(b.dose.quote).length + 200
      : b.disagreement.about.length + 100;

/** Cautions before reassurance; stronger evidence (a human result before an animal one) first. */
function rank(knowledge: Knowledge, subjects: readonly Subject[]) {
  const subjectRank = (c: Claim) => {
    const i = subjects.findIndex((s) => answers(knowledge, c, s.id));
    return i < 0 ? subjects.length : i;
  };
  // Side effects first, then cautions and caveats, then reassurance ("safe and non-toxic"), then the rest.
  const caution = (c: Claim) =>
    c.topic === "side-effect"
      ? 0
      : REASSURING.test(quoteText(c.quote))
        ? 2
        : CAUTION_TOPICS.includes(c.topic) || c.verdict
          ? 1
          : 3;
  return (a: Claim, b: Claim) =>
    subjectRank(a) - subjectRank(b) ||
    caution(a) - caution(b) ||
    EVIDENCE_LEVELS.indexOf(a.evidence) - EVIDENCE_LEVELS.indexOf(b.evidence);
}

/**
 * A claim and what always comes with it, in reading order, to a fixed point: the claims that qualify it,
 * every side of each disagreement it is in, and in turn what comes with each of those.
 */
function group(knowledge: Knowledge, compound: Compound, lead: Claim, role: Role): Block[] {
  const blocks: Block[] = [];
  const seen = new Set<Claim>();
  const seenD = new Set<Disagreement>();
  const pending: Claim[] = [];
  const add = (claim: Claim, r: Role) => {
    if (seen.has(claim)) return;
    seen.add(claim);
    blocks.push({ kind: "claim", claim, owner: compound, role: r });
    pending.push(claim);
  };
  const expand = (claim: Claim, r: Role) => {
    for (const d of disagreementsOf(compound, claim)) {
      if (seenD.has(d)) continue;
      seenD.add(d);
      const sides = sidesOf(compound, d);
      blocks.push({ kind: "disagreement", disagreement: d, sides, owner: compound });
      for (const side of sides) add(side, side === claim ? r : "answer");
    }
    add(claim, r);
  };
  expand(lead, role);
  while (pending.length > 0) {
    const claim = pending.shift()!;
    for (const d of disagreementsOf(compound, claim)) if (!seenD.has(d)) expand(claim, "answer");
    for (const q of qualifiersOf(knowledge, compound, claim)) if (!seen.has(q)) expand(q, "qualifier");
  }
  return blocks;
}

const key = (b: Block): unknown =>
  b.kind === "claim" ? b.claim : b.kind === "dose" ? b.dose : b.disagreement;

/** Claims mentioning a harm word, split by whether they answer it as a harm (side effects, safety). */
function harmClaims(knowledge: Knowledge, compound: Compound, harm: string) {
  const word = new RegExp(`\\b${harm.replace(/s$/, "").replace(/[^\p{L}\p{N}]/gu, ".")}`, "iu");
  const mentioning = compound.claims.filter((c) => word.test(`${c.statement} ${quoteText(c.quote)}`));
  const asHarm = mentioning.filter((c) => ["side-effects", "safety"].some((s) => answers(knowledge, c, s)));
  return { asHarm, nearest: mentioning.filter((c) => !asHarm.includes(c)) };
}

export function planAnswer(knowledge: Knowledge, compound: Compound, request: PlanRequest): Plan {
  const subjects = request.subjects.flatMap((id) => subjectById(knowledge, id) ?? []);
  const budget: NonNullable<PlanRequest["budget"]> = request.budget ?? DEFAULT_BUDGET;
  const notes: Note[] = [];
  const leads: { claim: Claim; role: Role }[] = [];
  const blocks: Block[] = [];

  const verdictOn = subjects.some((s) => VERDICT_SUBJECTS.includes(s.id))
    ? verdictsOn(knowledge, compound, ["efficacy", "safety"])
    : [];
  leads.push(...verdictOn.map((claim) => ({ claim, role: "verdict" as const })));
  leads.push(...(request.leads ?? []).map((claim) => ({ claim, role: "answer" as const })));
  for (const p of request.particulars ?? []) {
    const mentioning = compound.claims.filter((c) =>
      p.mentioned.test(`${c.statement} ${quoteText(c.quote)}`),
    );
    if (mentioning.length === 0) notes.push({ kind: "unmentioned", label: p.label });
    leads.push(...mentioning.map((claim) => ({ claim, role: "answer" as const })));
  }
  for (const harm of request.harms ?? []) {
    const { asHarm, nearest } = harmClaims(knowledge, compound, harm);
    leads.push(...asHarm.map((claim) => ({ claim, role: "answer" as const })));
    if (asHarm.length === 0) {
      notes.push({ kind: "harm-unsaid", harm, nearest: nearest.length });
      leads.push(...nearest.map((claim) => ({ claim, role: "nearest" as const })));
    }
  }
  if (subjects.some((s) => s.id === "dose"))
    blocks.push(...compound.doses.map((dose) => ({ kind: "dose" as const, dose })));
  const answering = compound.claims
    .filter((c) => subjects.some((s) => answers(knowledge, c, s.id)))
    .sort(rank(knowledge, subjects));
  leads.push(...answering.map((claim) => ({ claim, role: "answer" as const })));

  const shown = new Set<unknown>(blocks.map(key));
  let used = blocks.reduce((n, b) => n + cost(b), 0);
  let omitted = 0;
  let full = false;
  for (const lead of leads) {
    if (shown.has(lead.claim)) continue;
    const fresh = group(knowledge, compound, lead.claim, lead.role).filter((b) => !shown.has(key(b)));
    const more = fresh.reduce((n, b) => n + cost(b), 0);
    const first = !budget.strict && !blocks.some((b) => b.kind === "claim");
    if (full || (!first && (used + more > budget.chars || blocks.length + fresh.length > budget.blocks))) {
      full = true;
      omitted += 1;
      continue;
    }
    blocks.push(...fresh);
    fresh.forEach((b) => shown.add(key(b)));
    used += more;
  }
  // A lead counted as omitted may have been shown after all, as another's companion.
  omitted = leads.filter(
    (l, i) => leads.findIndex((m) => m.claim === l.claim) === i && !shown.has(l.claim),
  ).length;

  for (const amount of request.amounts ?? [])
    notes.push(
      compound.doses.length > 0
        ? { kind: "amount", finding: compareAmount(compound, amount) }
        : { kind: "no-figures", amounts: [amount] },
    );
  notes.push(...silenceNotes(knowledge, compound, subjects));
  return { compound, subjects, blocks, notes, omitted };
}
