import type { Compound, Knowledge } from "../../knowledge/schema.js";
import { accentColor } from "../evidence.js";
import type { MessagePayload } from "../payload.js";
import { chartFor } from "./render.js";

/**
 * A reply with the dose and evidence chart of its compounds attached: the file (with its alt text), shown
 * as the first embed's image, or in a V2 card as a media gallery under the heading.
 */
export function withChart(
  payload: MessagePayload,
  knowledge: Knowledge,
  compounds: readonly Compound[],
): MessagePayload {
  const chart = chartFor(knowledge, compounds);
  const [first, ...rest] = payload.embeds;
  return {
    ...payload,
    embeds: first ? [{ ...first, image: { url: `attachment://${chart.name}` } }, ...rest] : [],
    files: [{ name: chart.name, data: chart.png, description: chart.alt }],
  };
}

/** A reply whose V2 containers take each compound's colour (its strongest evidence), found by its name. */
export function withAccents(payload: MessagePayload, compounds: readonly Compound[]): MessagePayload {
  return { ...payload, accents: Object.fromEntries(compounds.map((c) => [c.name, accentColor(c)])) };
}
