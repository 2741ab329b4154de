import { EVIDENCE_LEVELS, type Evidence } from "../knowledge/schema.js";

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

/** 0 is the strongest. */
export function evidenceRank(level: Evidence): number {
  return EVIDENCE_LEVELS.indexOf(level);
}

/** "2 human trial, 5 animal study, ..." over the given levels, strongest first. */
export function evidenceTally(levels: readonly Evidence[]): string {
  const counts = new Map<Evidence, number>();
  for (const level of levels) counts.set(level, (counts.get(level) ?? 0) + 1);
  return EVIDENCE_LEVELS.filter((l) => counts.has(l))
    .map((l) => `${counts.get(l)} × ${EVIDENCE_LABEL[l]}`)
    .join(", ");
}
