import { statusOf } from "../knowledge/review.js";
import type { Knowledge } from "../knowledge/schema.js";
import { everyReply, readingUnits } from "./audit.js";
import { REVIEW_SIGN } from "./evidence.js";

/**
 * Where drafts are off, no reply may show an entry that is not reviewed: every reply of `shown` (the
 * knowledge answers were built from) is searched for the statements of the entries of `all` that are not
 * reviewed, and for the draft and dispute marks. One line per reply and entry.
 */
export function unreviewedShownProblems(all: Knowledge, shown: Knowledge): string[] {
  const reviewed = new Set(
    all.compounds.flatMap((c) => c.claims.filter((x) => statusOf(x) === "reviewed").map((x) => x.statement)),
  );
  const hidden = all.compounds.flatMap((c) =>
    c.claims
      .filter((x) => statusOf(x) !== "reviewed" && !reviewed.has(x.statement))
      .map((x) => ({ compound: c, claim: x })),
  );
  const marks = Object.values(REVIEW_SIGN);
  const problems: string[] = [];
  for (const [label, payload] of everyReply(shown)) {
    const units = readingUnits(payload);
    for (const { compound, claim } of hidden) {
      if (units.some((u) => u.includes(claim.statement)))
        problems.push(
          `${label}: shows the ${statusOf(claim)} claim "${claim.statement}" of ${compound.name}, with drafts off`,
        );
    }
    if (units.some((u) => marks.some((m) => u.includes(m))))
      problems.push(`${label}: shows a draft or disputed mark, with drafts off`);
  }
  return problems;
}
