/** The sections of a compound card, and what the buttons under it are called. */
export const SECTIONS = ["overview", "dosing", "mechanisms", "effects", "safety", "stacks", "sources"] as const;
export type Section = (typeof SECTIONS)[number];

export const SECTION_LABEL: Record<Section, string> = {
  overview: "Overview",
  dosing: "Dosing",
  mechanisms: "Mechanisms",
  effects: "Effects",
  safety: "Safety",
  stacks: "Stacks & comparisons",
  sources: "Sources & history",
};

export function isSection(value: unknown): value is Section {
  return typeof value === "string" && (SECTIONS as readonly string[]).includes(value);
}

/** What the sources never address, for any compound: said plainly rather than filled in. */
export const SILENT_TOPICS = "Drug interactions, use in pregnancy or nursing, and long-term safety";
