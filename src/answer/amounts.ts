import type { Compound, Dose } from "../knowledge/schema.js";
import type { Amount } from "../question/tokens.js";
import type { AmountFinding, FigureRelation } from "./types.js";

/**
 * An amount against every dose figure the compound has, each in its own context. Only a bounded figure is
 * a range; an open one ("more than 100 mg") is reported as the source words it, never as containing the
 * amount. A figure in another unit (per kilogram) is never compared. Says what the sources state; advises
 * nothing.
 */
export function compareAmount(compound: Compound, amount: Amount): AmountFinding {
  const figures: FigureRelation[] = [];
  const otherUnits: Dose[] = [];
  for (const dose of compound.doses) {
    if (dose.unit !== amount.unit) {
      otherUnits.push(dose);
      continue;
    }
    if (dose.max === undefined) figures.push({ kind: "open", dose });
    else if (amount.value < dose.min) figures.push({ kind: "below", dose });
    else if (amount.value <= dose.max) figures.push({ kind: "within", dose });
    else
      figures.push({
        kind: "above",
        dose,
        times: Math.round((amount.value / dose.max) * 10) / 10,
        over: Math.round((amount.value - dose.max) * 1000) / 1000,
      });
  }
  // Most telling first: the figures it is above (furthest first), then within, below, and open ones.
  const order = { above: 0, within: 1, below: 2, open: 3 } as const;
  figures.sort(
    (a, b) =>
      order[a.kind] - order[b.kind] || (a.kind === "above" && b.kind === "above" ? b.times - a.times : 0),
  );
  return { amount, figures, otherUnits };
}
