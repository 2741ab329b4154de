import { verdictsOn } from "../../answer/companions.js";
import { t } from "../../i18n/t.js";
import type { Claim, Compound, Knowledge } from "../../knowledge/schema.js";
import { LIMITS } from "../limits.js";
import type { EmbedField } from "../payload.js";
import { FIELD_OVERHEAD, MESSAGE_TEXT, omittedCount, plannedFields } from "../planned.js";

/** What a card section shows, before it is fitted: its claims go through the planner. */
export interface SectionContent {
  title: string;
  description?: string;
  /** Shown before the claims, whole (dose figures, the sources list). */
  fields?: EmbedField[];
  /** The claims the section is about, in the order to show them. */
  claims: Claim[];
  /** Verdict subjects ("efficacy", "safety") whose source verdicts lead the section. */
  verdicts?: readonly string[];
  /** A claim's heading other than its statement (a linking claim names its partner). */
  heading?: (claim: Claim, owner: Compound) => string | undefined;
}

/**
 * Room for the footer (the disclaimer, in another language with the note on quotes), "…and N more", and the
 * card's own headings.
 */
const RESERVE = 700;

export interface SectionPage {
  fields: EmbedField[];
  /** Claims left for the next pages (0 on the last page). */
  more: number;
}

/**
 * One page of the section: its fixed fields, then its claims each with what always comes with it (caveats,
 * every side of a disagreement, the verdict), as many whole groups as fit one message; then how many more,
 * and the next page shows them (each page whole: a claim's companions come again where it is shown).
 */
export function planSection(
  knowledge: Knowledge,
  compound: Compound,
  content: SectionContent,
  page = 0,
): SectionPage {
  const fixed = page === 0 ? (content.fields ?? []) : [];
  let leads = [
    ...verdictsOn(knowledge, compound, content.verdicts ?? []).map((claim) => ({
      claim,
      role: "verdict" as const,
    })),
    ...content.claims.map((claim) => ({ claim, role: "answer" as const })),
  ];
  const overhead =
    content.title.length +
    (content.description?.length ?? 0) +
    fixed.reduce((n, f) => n + f.name.length + f.value.length + FIELD_OVERHEAD, 0) +
    RESERVE;
  const room = { chars: MESSAGE_TEXT - overhead, fields: LIMITS.fields - 1 - fixed.length };
  let planned = plannedFields(knowledge, compound, leads, room, content.heading);
  for (let p = 0; p < page && leads.length > 0; p++) {
    const shown = new Set(planned.claims);
    leads = leads.filter((l) => !shown.has(l.claim));
    planned = plannedFields(knowledge, compound, leads, room, content.heading);
  }
  const n = omittedCount(planned);
  const more = n > 0 ? [{ name: t("planned.moreName", { n }), value: t("planned.morePage") }] : [];
  return { fields: [...fixed, ...planned.fields, ...more], more: n };
}
