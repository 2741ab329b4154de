import { GOALS, type Knowledge } from "../knowledge/schema.js";
import { compareReply } from "./compare.js";
import { compoundReply } from "./compound/card.js";
import { SECTIONS } from "./compound/sections.js";
import { unescapeMarkdown } from "./markdown.js";
import type { MessagePayload } from "./payload.js";
import { sourcesReply } from "./sources.js";
import { stackForReply, stackGoalReply, stackOverviewReply, stackPairReply } from "./stack.js";

/**
 * The provenance audit knowledge:check runs over every reply the bot can give: each claim statement shown
 * is whole (no hedge cut off), and the line or field that shows it carries an evidence badge and a source
 * (a [n] reference or the source's title); a caveat never wears the "no evidence given" badge.
 */

const BADGE = /🟢|🟡|🟠|⚪|🔵|⚫|🔎/u;
const SOURCE = /\[\d+\]|— \*/;
const CLAIM_FIELD = /^(🟢|🟡|🟠|⚪|🔵|⚫|🔎|\*\*For:\*\*)/u;

/** What a reader takes in as one unit: a claim field with its value, else each line. */
export function readingUnits(payload: MessagePayload): string[] {
  const out: string[] = [];
  for (const e of payload.embeds) {
    if (e.description) out.push(...e.description.split("\n"));
    for (const f of e.fields ?? []) {
      if (CLAIM_FIELD.test(f.value) || f.name.startsWith("⚖️")) out.push(`${f.name}\n${f.value}`);
      else out.push(f.name, ...f.value.split("\n"));
    }
  }
  return out.map((u) => unescapeMarkdown(u));
}

/** Every reply of every command for every compound, labelled. */
export function everyReply(knowledge: Knowledge): [string, MessagePayload][] {
  const all = knowledge.compounds;
  const out: [string, MessagePayload][] = [
    ["/stack", stackOverviewReply(knowledge)],
    ["/sources", sourcesReply(knowledge)],
  ];
  for (const c of all) {
    for (const s of SECTIONS)
      out.push([
        `/compound ${c.id} section:${s}`,
        compoundReply(knowledge, c, s, { buttonId: (x) => `compound:${c.id}:${x}` }),
      ]);
    out.push([`/stack ${c.id}`, stackForReply(knowledge, c)]);
    for (const d of all) {
      if (d === c) continue;
      out.push([`/compare ${c.id} ${d.id}`, compareReply(knowledge, [c, d])]);
      out.push([`/stack ${c.id} with:${d.id}`, stackPairReply(knowledge, c, d)]);
    }
    for (const g of GOALS) out.push([`/stack goal:${g} compound:${c.id}`, stackGoalReply(knowledge, g, c)]);
  }
  for (const g of GOALS) out.push([`/stack goal:${g}`, stackGoalReply(knowledge, g, undefined)]);
  return out;
}

const DOSE_FIGURE = /\d (mg|mg\/kg)\b/;
const DOSE_LINE = /^•|^\*\*|mg per|not stated/;

/**
 * Problems with the claims one reply shows, one line each naming the reply: a claim without its evidence
 * badge or source, a caveat wearing the no-evidence badge, a statement cut short (its start shown without
 * the whole of it).
 */
export function claimProblems(knowledge: Knowledge, label: string, payload: MessagePayload): string[] {
  const claims = knowledge.compounds.flatMap((c) => c.claims);
  const problems = new Set<string>();
  for (const unit of readingUnits(payload)) {
    for (const claim of claims) {
      const head = claim.statement.slice(0, 40);
      if (!unit.includes(head)) continue;
      if (!claims.some((other) => other.statement.startsWith(head) && unit.includes(other.statement)))
        problems.add(`${label}: "${claim.statement}" is cut short`);
      if (!unit.includes(claim.statement)) continue;
      if (!BADGE.test(unit) || !SOURCE.test(unit))
        problems.add(`${label}: "${claim.statement}" is shown without its evidence badge or source`);
      if (claim.topic === "evidence" && unit.includes("⚫"))
        problems.add(`${label}: the caveat "${claim.statement}" wears the no-evidence badge`);
    }
  }
  return [...problems];
}

/** Dose lines (a figure in mg or mg/kg in a list line) shown without their evidence badge or source. */
export function doseLineProblems(label: string, payload: MessagePayload): string[] {
  return readingUnits(payload)
    .filter((unit) => DOSE_FIGURE.test(unit) && DOSE_LINE.test(unit))
    .filter((unit) => !BADGE.test(unit) || !SOURCE.test(unit))
    .map((unit) => `${label}: a dose line is shown without its evidence badge or source: ${unit}`);
}

/** Everything wrong with the provenance of one reply: its claims and its dose lines. */
export function replyProblems(knowledge: Knowledge, label: string, payload: MessagePayload): string[] {
  return [...claimProblems(knowledge, label, payload), ...doseLineProblems(label, payload)];
}

/** Problems with the provenance of every reply the bot can give (see replyProblems). */
export function provenanceProblems(knowledge: Knowledge): string[] {
  return everyReply(knowledge).flatMap(([label, payload]) => replyProblems(knowledge, label, payload));
}
