import { TOPICS, type Compound, type Knowledge, type Topic } from "./schema.js";

export interface CoverageRow {
  compound: string;
  /** Structured dose entries. */
  doses: number;
  counts: Record<Topic, number>;
  empty: Topic[];
}

/** How many quoted entries each compound has per topic, and which topics the sources leave empty. */
export function coverage(knowledge: Knowledge): CoverageRow[] {
  return knowledge.compounds.map((compound: Compound) => {
    const counts = Object.fromEntries(TOPICS.map((t) => [t, 0])) as Record<Topic, number>;
    for (const claim of compound.claims) counts[claim.topic] += 1;
    for (const other of knowledge.compounds) {
      for (const claim of other.claims) if (claim.with === compound.id) counts[claim.topic] += 1;
    }
    return {
      compound: compound.id,
      doses: compound.doses.length,
      counts,
      empty: TOPICS.filter((t) => counts[t] === 0),
    };
  });
}

const SHORT: Record<Topic, string> = {
  mechanism: "mech",
  effect: "eff",
  "side-effect": "side",
  caution: "caut",
  evidence: "evid",
  cycling: "cycl",
  pharmacokinetics: "pk",
  dose: "dose*",
  stack: "stack",
  comparison: "comp",
  history: "hist",
  "legal-status": "legal",
};

/** The coverage as a fixed-width text table. */
export function formatCoverage(rows: readonly CoverageRow[]): string {
  const header = ["compound", "doses", ...TOPICS.map((t) => SHORT[t])];
  const body = rows.map((r) => [
    r.compound,
    String(r.doses),
    ...TOPICS.map((t) => String(r.counts[t] || "-")),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  const out = [line(header), ...body.map(line), ""];
  out.push(
    "dose* = prose claims about dosing; doses = structured dose ranges. '-' = the sources say nothing.",
  );
  for (const r of rows) {
    const gaps = [...(r.doses === 0 ? ["doses"] : []), ...r.empty];
    out.push(`${r.compound}: empty: ${gaps.join(", ") || "none"}`);
  }
  return out.join("\n");
}
