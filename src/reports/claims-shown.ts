import { compoundById } from "../knowledge/lookup.js";
import { quoteText } from "../knowledge/quotes.js";
import type { Knowledge } from "../knowledge/schema.js";
import { doseText } from "../reply/claims.js";
import { isSection, topicsIn } from "../reply/compound/sections.js";

const MAX = 20;

/**
 * The claims a card's section shows, as "statement — “quote” (source)", kept with a report so that a curator
 * sees what the member was looking at even after the knowledge changed. The overview (a summary of other
 * sections) keeps none.
 */
export function claimsShown(knowledge: Knowledge, compoundId: string, section: string): string[] {
  const compound = compoundById(knowledge, compoundId);
  if (!compound || !isSection(section) || section === "overview") return [];
  const topics = topicsIn(section);
  const doses =
    section === "dosing"
      ? compound.doses.map((d) => `${doseText(d)} — “${quoteText(d.quote)}” (${d.source})`)
      : [];
  const claims = compound.claims
    .filter((c) => topics.includes(c.topic))
    .map((c) => `${c.statement} — “${quoteText(c.quote)}” (${c.source})`);
  return [...doses, ...claims].slice(0, MAX);
}
