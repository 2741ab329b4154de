import { quoteText } from "../knowledge/quotes.js";
import type { Claim, Compound, Knowledge, Subject } from "../knowledge/schema.js";
import { claimsOn } from "../knowledge/lookup.js";
import { answers, subjectById } from "../knowledge/subjects.js";
import { compareAmount } from "./amounts.js";
import { blockKey, estimate, fitGroups, total, type Lead } from "./budget.js";
import { verdictsOn } from "./companions.js";
import { doseAnswers, silenceNotes } from "./silence.js";
import type { Block, Note, Plan, PlanRequest } from "./types.js";
import { EVIDENCE_LEVELS } from "../knowledge/schema.js";

/**
 * The one answer planner: subjects asked → the claims that answer them, ranked → each with its companions
 * (every caveat qualifying it, every side of a disagreement it is in; the verdict for efficacy and safety)
 * → a budget that drops whole claims, never a companion, and counts them for "…and N more". Pure.
 */

export const DEFAULT_BUDGET = { blocks: 20, chars: 4200 };
/** Subjects whose answers carry the compound's verdict on whether it works or is safe. */
const VERDICT_SUBJECTS = ["efficacy", "effect", "safety", "side-effects"];
const CAUTION_TOPICS: readonly Claim["topic"][] = ["caution", "side-effect", "evidence", "cycling"];
/** Words by which a source reassures: shown after the cautions. */
const REASSURING =
  /\b(safe|non-?toxic|little to no side|no tolerance|non-addictive|does not cause|well understood)\b/i;

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
 * Claims mentioning a harm word, split by whether they answer it as a harm: on side effects or safety, or on
 * the subject the word itself asks about ("tolerance": tolerance and dependence, so "with no tolerance or
 * addiction" answers "does it cause tolerance").
 */
function harmClaims(knowledge: Knowledge, compound: Compound, harm: string) {
  const stem = harm.replace(/s$/, "");
  const word = new RegExp(`\\b${stem.replace(/[^\p{L}\p{N}]/gu, ".")}`, "iu");
  const mentioning = compound.claims.filter((c) => word.test(`${c.statement} ${quoteText(c.quote)}`));
  const named = knowledge.subjects
    .filter((s) => s.words.some((w) => w === harm || w === stem))
    .map((s) => s.id);
  const subjects = ["side-effects", "safety", ...named];
  const asHarm = mentioning.filter((c) => subjects.some((s) => answers(knowledge, c, s)));
  return { asHarm, nearest: mentioning.filter((c) => !asHarm.includes(c)) };
}

export function planAnswer(knowledge: Knowledge, compound: Compound, request: PlanRequest): Plan {
  const subjects = request.subjects.flatMap((id) => subjectById(knowledge, id) ?? []);
  const budget: NonNullable<PlanRequest["budget"]> = request.budget ?? DEFAULT_BUDGET;
  const notes: Note[] = [];
  const leads: Lead[] = [];
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
    if (mentioning.length === 0)
      notes.push({
        kind: "unmentioned",
        label: p.label,
        ...(p.id ? { id: p.id } : {}),
        ...(p.safety === false ? { safety: false } : {}),
      });
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
  blocks.push(
    ...compound.doses
      .filter((dose) => subjects.some((s) => doseAnswers(dose, s.id)))
      .map((dose) => ({ kind: "dose" as const, dose })),
  );
  const answering = compound.claims
    .filter((c) => subjects.some((s) => answers(knowledge, c, s.id)))
    .sort(rank(knowledge, subjects));
  leads.push(...answering.map((claim) => ({ claim, role: "answer" as const })));
  // Nothing the sources say answers what was asked ("what does alpha gpc do"): say so, and show what they
  // do say of the compound as the nearest mentions, rather than an answer with nothing in it.
  // Not for a safety question: there the silence, and that no information is not safe, is the answer.
  const silent = leads.length === 0 && blocks.length === 0 && !subjects.some((s) => s.kind === "safety");
  const elsewhere = request.nearestWhenSilent && subjects.length > 0 && silent && compound.claims.length > 0;
  if (elsewhere) {
    // What they say of it in another compound's file counts too ("stacking fasoracetam with Alpha GPC").
    const linking = claimsOn(knowledge, compound, ["stack", "comparison"])
      .filter((on) => on.owner !== compound)
      .map((on) => on.claim);
    const nearest = [...compound.claims, ...linking].sort(rank(knowledge, subjects));
    leads.push(...nearest.map((claim) => ({ claim, role: "nearest" as const })));
  }

  const shown = new Set<unknown>(blocks.map(blockKey));
  const used = blocks.reduce((n, b) => n + (budget.measure ?? estimate)(b), 0);
  const fitted = fitGroups(knowledge, compound, leads, budget, {
    shown,
    used,
    firstFree: !blocks.some((b) => b.kind === "claim"),
  });
  blocks.push(...fitted.groups.flatMap((g) => g.blocks));
  const omitted = total(fitted.omitted);

  for (const amount of request.amounts ?? [])
    notes.push(
      compound.doses.length > 0
        ? { kind: "amount", finding: compareAmount(compound, amount) }
        : { kind: "no-figures", amounts: [amount] },
    );
  const unitless = request.unitless ?? [];
  if (unitless.length > 0 && compound.doses.length > 0 && subjects.some((s) => s.id === "dose"))
    notes.push({
      kind: "no-unit",
      numbers: unitless,
      units: [...new Set(compound.doses.map((d) => d.unit))],
    });
  notes.push(...silenceNotes(knowledge, compound, subjects));
  if (elsewhere) notes.push({ kind: "elsewhere" });
  return { compound, subjects, blocks, notes, omitted };
}
