import type { Claim, Compound, Disagreement, Knowledge } from "../knowledge/schema.js";
import { sourceById } from "../knowledge/lookup.js";
import { badge } from "./evidence.js";
import { LIMITS } from "./limits.js";
import { escapeMarkdown } from "./markdown.js";
import type { EmbedField } from "./payload.js";
import { shorten } from "./text.js";

/** Where the sources point different ways: both sides together, each with its evidence and source. */

export const DIFFER = "⚖️";

export function sidesOf(compound: Compound, d: Disagreement): Claim[] {
  return d.sides
    .map((id) => compound.claims.find((c) => c.id === id))
    .filter((c): c is Claim => c !== undefined);
}

/** The disagreements of a compound that any of the shown claims takes part in. */
export function disagreementsTouching(compound: Compound, shown: readonly Claim[]): Disagreement[] {
  return compound.disagreements.filter((d) => sidesOf(compound, d).some((c) => shown.includes(c)));
}

/** One disagreement as a field: the compound and the question, then every side with its badge and its source's title. */
export function disagreementField(knowledge: Knowledge, compound: Compound, d: Disagreement): EmbedField {
  const sides = sidesOf(compound, d).map((c) => {
    const title = sourceById(knowledge, c.source)?.title ?? c.source;
    return `• ${escapeMarkdown(c.statement)} — ${badge(c)} — *${escapeMarkdown(title)}*`;
  });
  return {
    name: shorten(`${DIFFER} ${compound.name}: the sources differ: ${d.about}`, LIMITS.fieldName),
    value: shorten(sides.join("\n"), LIMITS.fieldValue),
  };
}
