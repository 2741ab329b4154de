import { EVIDENCE_LEVELS, type Claim, type Dose, type Evidence } from "../knowledge/schema.js";

/** How each evidence level is shown: strongest first. */
export const EVIDENCE_LABEL: Record<Evidence, string> = {
  "human-trial": "🟢 human trial",
  "human-observation": "🟢 human observation",
  "animal-study": "🟡 animal study",
  "cell-study": "🟠 cell study",
  "cited-study": "⚪ cites a study (kind not given)",
  "personal-experience": "🔵 personal experience",
  "none-given": "⚫ no evidence given",
};

/**
 * A caveat (topic "evidence") is a statement about the evidence, not a claim that needs some: it is shown as
 * such, never with the "no evidence given" badge of an unsupported promotional claim.
 */
export const CAVEAT_LABEL = "🔎 about the evidence";

/** The badge shown beside a claim or dose wherever it appears. */
export function badge(item: (Pick<Claim, "evidence"> & { topic?: Claim["topic"] }) | Dose): string {
  return "topic" in item && item.topic === "evidence" ? CAVEAT_LABEL : EVIDENCE_LABEL[item.evidence];
}

/** 0 is the strongest. */
export function evidenceRank(level: Evidence): number {
  return EVIDENCE_LEVELS.indexOf(level);
}

/** The same levels, short, for tallies. */
const EVIDENCE_SHORT: Record<Evidence, string> = {
  "human-trial": "🟢 human trial",
  "human-observation": "🟢 human observation",
  "animal-study": "🟡 animal",
  "cell-study": "🟠 cell",
  "cited-study": "⚪ cited",
  "personal-experience": "🔵 personal",
  "none-given": "⚫ none",
};

/** "2 × 🟢 human trial, 5 × 🟡 animal study, ..." over the given levels, strongest first. */
export function evidenceTally(levels: readonly Evidence[], style: "long" | "short" = "long"): string {
  const labels = style === "short" ? EVIDENCE_SHORT : EVIDENCE_LABEL;
  const counts = new Map<Evidence, number>();
  for (const level of levels) counts.set(level, (counts.get(level) ?? 0) + 1);
  return EVIDENCE_LEVELS.filter((l) => counts.has(l))
    .map((l) => (style === "short" ? `${counts.get(l)} ${labels[l]}` : `${counts.get(l)} × ${labels[l]}`))
    .join(style === "short" ? " · " : ", ");
}
