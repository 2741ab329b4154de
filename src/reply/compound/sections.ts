import { localizedRecord } from "../../i18n/record.js";
import { t } from "../../i18n/t.js";
import { TOPICS, type Topic } from "../../knowledge/schema.js";

/** The sections of a compound card, and what the buttons under it are called. */
export const SECTIONS = [
  "overview",
  "dosing",
  "mechanisms",
  "effects",
  "safety",
  "evidence",
  "stacks",
  "sources",
] as const;
export type Section = (typeof SECTIONS)[number];

/** In the locale of the reply being built (src/i18n). */
export const SECTION_LABEL = localizedRecord(SECTIONS, (section) => t(`sections.${section}`));

export function isSection(value: unknown): value is Section {
  return typeof value === "string" && (SECTIONS as readonly string[]).includes(value);
}

/**
 * The section that shows each topic in depth. A Record, so a new topic in the schema is a compile error
 * here until it is given a place on the card.
 */
export const TOPIC_SECTION: Record<Topic, Exclude<Section, "overview">> = {
  mechanism: "mechanisms",
  effect: "effects",
  "side-effect": "safety",
  caution: "safety",
  evidence: "evidence",
  "legal-status": "safety",
  dose: "dosing",
  pharmacokinetics: "dosing",
  cycling: "dosing",
  stack: "stacks",
  comparison: "stacks",
  history: "sources",
};

/** The topics one section shows, in the schema's order. */
export function topicsIn(section: Exclude<Section, "overview">): Topic[] {
  return TOPICS.filter((topic) => TOPIC_SECTION[topic] === section);
}
