import { localizedRecord } from "../i18n/record.js";
import { t } from "../i18n/t.js";
import {
  EVIDENCE_LEVELS,
  type Claim,
  type Compound,
  type Dose,
  type Evidence,
  type Status,
} from "../knowledge/schema.js";

/** How each evidence level is shown: strongest first. */
export const EVIDENCE_LABEL = localizedRecord(EVIDENCE_LEVELS, (level) => t(`evidence.long.${level}`));

/**
 * A caveat (topic "evidence") is a statement about the evidence, not a claim that needs some: it is shown as
 * such, never with the "no evidence given" badge of an unsupported promotional claim.
 */
export function caveatLabel(): string {
  return t("evidence.caveat");
}

/**
 * Where a server shows drafts (answers otherwise show reviewed entries only): the sign before the badge of
 * a draft, and of an entry a report against it put in dispute; the words after it are the locale's.
 */
export const REVIEW_SIGN: Readonly<Partial<Record<Status, string>>> = { draft: "🚧", disputed: "⚠️" };

/** The mark before a draft's or a disputed entry's badge ("🚧 draft, not yet reviewed · "); none for others. */
export function reviewMark(status: Status | undefined): string {
  if (status !== "draft" && status !== "disputed") return "";
  return `${REVIEW_SIGN[status]} ${t(`review.${status}`)} · `;
}

/** The badge shown beside a claim or dose wherever it appears. */
export function badge(
  item: (Pick<Claim, "evidence" | "status"> & { topic?: Claim["topic"] }) | Dose,
): string {
  const level = "topic" in item && item.topic === "evidence" ? caveatLabel() : EVIDENCE_LABEL[item.evidence];
  return `${reviewMark(item.status)}${level}`;
}

/** The colour of each evidence level, as in the badges and the evidence chart. */
export const EVIDENCE_COLOR: Record<Evidence, number> = {
  "human-trial": 0x3ba55d,
  "human-observation": 0x2d7d46,
  "animal-study": 0xf0b232,
  "cell-study": 0xe67e22,
  "cited-study": 0xb5bac1,
  "personal-experience": 0x3498db,
  "none-given": 0x4e5058,
};

/** A compound's accent: the colour of the strongest evidence behind any of its claims (caveats aside). */
export function accentColor(compound: Compound): number {
  const levels = compound.claims.filter((c) => c.topic !== "evidence").map((c) => evidenceRank(c.evidence));
  return EVIDENCE_COLOR[EVIDENCE_LEVELS[Math.min(EVIDENCE_LEVELS.length - 1, ...levels)]!];
}

/** 0 is the strongest. */
export function evidenceRank(level: Evidence): number {
  return EVIDENCE_LEVELS.indexOf(level);
}

/** The same levels, short, for tallies. */
const EVIDENCE_SHORT = localizedRecord(EVIDENCE_LEVELS, (level) => t(`evidence.short.${level}`));

/** "2 × 🟢 human trial, 5 × 🟡 animal study, ..." over the given levels, strongest first. */
export function evidenceTally(levels: readonly Evidence[], style: "long" | "short" = "long"): string {
  const labels = style === "short" ? EVIDENCE_SHORT : EVIDENCE_LABEL;
  const counts = new Map<Evidence, number>();
  for (const level of levels) counts.set(level, (counts.get(level) ?? 0) + 1);
  return EVIDENCE_LEVELS.filter((l) => counts.has(l))
    .map((l) => (style === "short" ? `${counts.get(l)} ${labels[l]}` : `${counts.get(l)} × ${labels[l]}`))
    .join(style === "short" ? " · " : ", ");
}
