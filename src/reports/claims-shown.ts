import { compoundById } from "../knowledge/lookup.js";
import { quoteText } from "../knowledge/quotes.js";
import type { Claim, Dose, Knowledge } from "../knowledge/schema.js";
import { entryVersion } from "../knowledge/version.js";
import { doseText } from "../reply/claims.js";
import { isSection, topicsIn } from "../reply/compound/sections.js";

const MAX = 20;

/** One claim (or dose) a card showed: its id, as the curate verbs take it, and its words. */
export interface ShownClaim {
  /** The entry's version (src/knowledge/version.ts): `npm run curate -- dispute <id>` finds it by this. */
  id: string;
  /** "statement — “quote” (source)". */
  text: string;
}

const shown = (entry: Claim | Dose, text: string): ShownClaim => ({ id: entryVersion(entry), text });

/**
 * The claims a card's section shows, each with its id and as "statement — “quote” (source)", kept with a
 * report so that a curator sees what the member was looking at even after the knowledge changed, and an
 * accepted report can dispute them. The overview (a summary of other sections) keeps none.
 */
export function claimsShown(knowledge: Knowledge, compoundId: string, section: string): ShownClaim[] {
  const compound = compoundById(knowledge, compoundId);
  if (!compound || !isSection(section) || section === "overview") return [];
  const topics = topicsIn(section);
  const doses =
    section === "dosing"
      ? compound.doses.map((d) => shown(d, `${doseText(d)} — “${quoteText(d.quote)}” (${d.source})`))
      : [];
  const claims = compound.claims
    .filter((c) => topics.includes(c.topic))
    .map((c) => shown(c, `${c.statement} — “${quoteText(c.quote)}” (${c.source})`));
  return [...doses, ...claims].slice(0, MAX);
}
