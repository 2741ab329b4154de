import { statusOf } from "../knowledge/review.js";
import type { Claim, Compound, Dose, Knowledge } from "../knowledge/schema.js";
import { everyReply, readingUnits } from "./audit.js";
import { doseText } from "./claims.js";
import { REVIEW_SIGN } from "./evidence.js";

/** What gives an entry away in a reply: a claim's statement; a dose's figures ("800 mg, per dose, oral") and its quote. */
function tellTales(entry: Claim | Dose): string[] {
  if ("statement" in entry) return [entry.statement];
  const quotes = Array.isArray(entry.quote) ? entry.quote : [entry.quote];
  return [doseText(entry), ...quotes];
}

/**
 * Where drafts are off, no reply may show an entry that is not reviewed: every reply of `shown` (the
 * knowledge answers were built from) is searched for what gives away the claims and doses of `all` that are
 * not reviewed (a claim's statement; a dose's figures or quote, unless a reviewed entry shows the same), and
 * for the draft and dispute marks. One line per reply and entry.
 */
export function unreviewedShownProblems(all: Knowledge, shown: Knowledge): string[] {
  const entries = (c: Compound) => [...c.doses, ...c.claims];
  const reviewed = new Set(
    all.compounds.flatMap((c) =>
      entries(c)
        .filter((x) => statusOf(x) === "reviewed")
        .flatMap(tellTales),
    ),
  );
  const hidden = all.compounds.flatMap((c) =>
    entries(c)
      .filter((x) => statusOf(x) !== "reviewed")
      .map((x) => ({ compound: c, entry: x, tells: tellTales(x).filter((s) => !reviewed.has(s)) }))
      .filter((h) => h.tells.length > 0),
  );
  const marks = Object.values(REVIEW_SIGN);
  const problems: string[] = [];
  for (const [label, payload] of everyReply(shown)) {
    const units = readingUnits(payload);
    for (const { compound, entry, tells } of hidden) {
      if (units.some((u) => tells.some((s) => u.includes(s))))
        problems.push(
          "statement" in entry
            ? `${label}: shows the ${statusOf(entry)} claim "${entry.statement}" of ${compound.name}, with drafts off`
            : `${label}: shows the ${statusOf(entry)} dose "${doseText(entry)}" of ${compound.name}, with drafts off`,
        );
    }
    if (units.some((u) => marks.some((m) => u.includes(m))))
      problems.push(`${label}: shows a draft or disputed mark, with drafts off`);
  }
  return problems;
}
