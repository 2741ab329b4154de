import type { Claim, Compound, Disagreement, Knowledge } from "../knowledge/schema.js";
import { sourceById } from "../knowledge/lookup.js";
import { claimField } from "./claims.js";
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

/** " ⚖️ sources differ": the mark on a one-line claim whose other side is not on the same line. */
export function disputedMark(compound: Compound, claim: Claim): string {
  return disagreementsTouching(compound, [claim]).length > 0 ? ` ${DIFFER} sources differ` : "";
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

/**
 * Claims as fields with their quotes. Where a claim is one side of a disagreement, a flag field names the
 * question and every side follows it together (sides from other sections too), each once, with its quote.
 */
export function withDisagreements(
  knowledge: Knowledge,
  compound: Compound,
  claims: readonly Claim[],
  name?: (c: Claim) => string,
): EmbedField[] {
  const field = (c: Claim) => claimField(knowledge, c, name?.(c));
  const done = new Set<Claim>();
  const out: EmbedField[] = [];
  for (const claim of claims) {
    if (done.has(claim)) continue;
    for (const d of disagreementsTouching(compound, [claim])) {
      const sides = sidesOf(compound, d).filter((c) => !done.has(c));
      if (sides.length === 0) continue;
      out.push({
        name: shorten(`${DIFFER} The sources differ: ${d.about}`, LIMITS.fieldName),
        value: `The ${sides.length} claims below point different ways; read them together.`,
      });
      for (const side of sides) {
        out.push(field(side));
        done.add(side);
      }
    }
    if (!done.has(claim)) out.push(field(claim));
    done.add(claim);
  }
  return out;
}
