import type { Compound, Dose } from "../knowledge/schema.js";
import type { Amount } from "../question/tokens.js";
import type { AmountFinding, FigureRelation } from "./types.js";

/** One amount against one bounded figure. */
function relate(value: number, dose: Dose, max: number, day: boolean): FigureRelation {
  const basis = day ? { day: true as const } : {};
  if (value < dose.min) return { kind: "below", dose, ...basis };
  if (value <= max) return { kind: "within", dose, ...basis };
  return {
    kind: "above",
    dose,
    times: Math.round((value / max) * 10) / 10,
    over: Math.round((value - max) * 1000) / 1000,
    ...basis,
  };
}

/**
 * An amount the question says is a day's total (or one dose), without saying how often, against a figure per
 * dose (or per day): compared only where the answer cannot depend on how often. A day's total below a
 * figure per dose is below it whatever the doses, and one dose above a figure per day is above it whatever
 * the day; otherwise the two are not set against each other. Undefined when the bases agree.
 */
function acrossBasis(amount: Amount, dose: Dose, max: number): FigureRelation | undefined {
  if (amount.perDay !== undefined || amount.basis === undefined || dose.per === "unspecified")
    return undefined;
  if (amount.basis === dose.per) return undefined;
  if (amount.basis === "day" && amount.value < dose.min) return relate(amount.value, dose, max, true);
  if (amount.basis === "dose" && amount.value > max) return relate(amount.value, dose, max, false);
  return { kind: "unsplit", dose, basis: amount.basis };
}

/**
 * An amount against every dose figure the compound has, each in its own context. Only a bounded figure is
 * a range; an open one ("more than 100 mg") is reported as the source words it, never as containing the
 * amount. A figure in another unit (per kilogram) is never compared. When the question says how often a day
 * the amount is taken, a figure per day is compared with the day's total, and a figure that does not say
 * whether it is per dose or per day with one dose and with the day's total, so that an amount is never
 * called within a figure its day's total exceeds. Says what the sources state; advises nothing.
 */
export function compareAmount(compound: Compound, amount: Amount): AmountFinding {
  const figures: FigureRelation[] = [];
  const otherUnits: Dose[] = [];
  const total = amount.perDay !== undefined ? amount.value * amount.perDay : undefined;
  for (const dose of compound.doses) {
    if (dose.unit !== amount.unit) {
      otherUnits.push(dose);
      continue;
    }
    const { max } = dose;
    if (max === undefined) {
      figures.push({ kind: "open", dose });
      continue;
    }
    const across = acrossBasis(amount, dose, max);
    if (across) figures.push(across);
    else if (total !== undefined && dose.per === "day") figures.push(relate(total, dose, max, true));
    else figures.push(relate(amount.value, dose, max, false));
    if (total !== undefined && total !== amount.value && dose.per === "unspecified")
      figures.push(relate(total, dose, max, true));
  }
  // Most telling first: the figures it is above (furthest first), then within, below, and open ones.
  const order = { above: 0, within: 1, below: 2, unsplit: 3, open: 4 } as const;
  figures.sort(
    (a, b) =>
      order[a.kind] - order[b.kind] || (a.kind === "above" && b.kind === "above" ? b.times - a.times : 0),
  );
  return { amount, figures, otherUnits };
}
