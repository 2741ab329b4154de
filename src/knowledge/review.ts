import type { Claim, Compound, Dose, Knowledge, Status } from "./schema.js";
import { entryVersion } from "./version.js";
import { runWhole, type Sliced } from "../slices.js";

/** An entry's status: absent means draft. */
export const statusOf = (entry: Claim | Dose): Status => entry.status ?? "draft";

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * The review rules: a reviewed (or disputed) entry names its author and a reviewer who is someone else, and
 * is the version that was reviewed: an edit to its quote or statement makes a new version to review again.
 */
export function reviewProblems(knowledge: Knowledge): string[] {
  const problems: string[] = [];
  for (const compound of knowledge.compounds) {
    const file = knowledge.files.get(compound.id) ?? compound.id;
    const check = (entry: Claim | Dose, where: string) => {
      const status = statusOf(entry);
      if (status === "draft" || status === "retracted") return;
      if (!entry.author) problems.push(`${file}: ${where}.author: a ${status} entry names who wrote it`);
      if (!entry.reviewer) {
        problems.push(`${file}: ${where}.reviewer: a ${status} entry names who reviewed it`);
      } else if (entry.author && same(entry.author, entry.reviewer)) {
        problems.push(
          `${file}: ${where}.reviewer: '${entry.reviewer}' is also its author; an entry is reviewed by someone else`,
        );
      }
      const version = entryVersion(entry);
      if (entry.reviewed !== version) {
        problems.push(
          `${file}: ${where}: edited since it was reviewed (now version ${version}, reviewed ${entry.reviewed ?? "none"}); set status: draft, or have it reviewed again: npm run curate -- review ${version} --by NAME`,
        );
      }
    };
    compound.doses.forEach((d, i) => check(d, `doses[${i}]`));
    compound.claims.forEach((c, i) => check(c, `claims[${i}]`));
  }
  return problems;
}

/** Which entries an answer may show: reviewed ones only, or (a server that shows drafts) all but retracted ones. */
export type Showing = "reviewed" | "drafts";

function shown(entry: Claim | Dose, showing: Showing): boolean {
  const status = statusOf(entry);
  return showing === "reviewed" ? status === "reviewed" : status !== "retracted";
}

/**
 * The knowledge as answers see it: only the entries they may show (a draft marked as one, so that it wears
 * its badge); a disagreement keeps the sides still shown, if two are; a compound with no claim left is not
 * answered, and sources no longer list it.
 */
export function publishedKnowledge(knowledge: Knowledge, showing: Showing = "reviewed"): Knowledge {
  return runWhole(publishing(knowledge, showing));
}

/** publishedKnowledge as sliced work: it yields every few compounds (a reload runs it between interactions). */
export function* publishing(knowledge: Knowledge, showing: Showing = "reviewed"): Sliced<Knowledge> {
  const mark = <T extends Claim | Dose>(e: T): T => (e.status ? e : { ...e, status: "draft" });
  const compounds: Compound[] = [];
  for (const compound of knowledge.compounds) {
    const claims = compound.claims.filter((c) => shown(c, showing)).map(mark);
    if (claims.length === 0) continue;
    const ids = new Set(claims.map((c) => c.id).filter(Boolean));
    const disagreements = compound.disagreements
      .map((d) => ({ ...d, sides: d.sides.filter((s) => ids.has(s)) }))
      .filter((d) => d.sides.length >= 2);
    const doses = compound.doses.filter((d) => shown(d, showing)).map(mark);
    const unchanged =
      claims.length === compound.claims.length &&
      doses.length === compound.doses.length &&
      disagreements.length === compound.disagreements.length &&
      disagreements.every((d, i) => d.sides.length === compound.disagreements[i]?.sides.length) &&
      claims.every((c, i) => c === compound.claims[i]) &&
      doses.every((d, i) => d === compound.doses[i]);
    compounds.push(unchanged ? compound : { ...compound, claims, doses, disagreements });
    if (compounds.length % 16 === 0) yield;
  }
  if (
    compounds.length === knowledge.compounds.length &&
    compounds.every((c, i) => c === knowledge.compounds[i])
  )
    return knowledge;
  const kept = new Set(compounds.map((c) => c.id));
  // A claim linking to a compound no longer answered goes with it.
  for (const [i, c] of compounds.entries()) {
    if (c.claims.every((claim) => claim.with === undefined || kept.has(claim.with))) continue;
    compounds[i] = {
      ...c,
      claims: c.claims.filter((claim) => claim.with === undefined || kept.has(claim.with)),
    };
  }
  const sources = knowledge.sources.map((s) =>
    s.covers.every((c) => kept.has(c)) ? s : { ...s, covers: s.covers.filter((c) => kept.has(c)) },
  );
  return { ...knowledge, sources, compounds };
}

/** "151 reviewed, 2 draft" over every dose and claim. */
export function reviewTally(knowledge: Knowledge): string {
  const counts = new Map<Status, number>();
  for (const c of knowledge.compounds)
    for (const e of [...c.doses, ...c.claims]) counts.set(statusOf(e), (counts.get(statusOf(e)) ?? 0) + 1);
  return [...counts].map(([s, n]) => `${n} ${s}`).join(", ");
}
