import type { Compound, Knowledge } from "../../knowledge/schema.js";
import { LIMITS, reply, type ActionRow, type Button, type MessagePayload } from "../payload.js";
import { detailEmbed } from "./detail.js";
import { overviewEmbed } from "./overview.js";
import { SECTION_LABEL, SECTIONS, type Section } from "./sections.js";

/** Custom ids carry the compound and section, so any instance of the bot can answer a click. */
export const BUTTON_PREFIX = "compound";

export function sectionButtonId(compoundId: string, section: Section): string {
  return `${BUTTON_PREFIX}:${compoundId}:${section}`.slice(0, LIMITS.customId);
}

function sectionButtons(compound: Compound, current: Section): ActionRow[] {
  const buttons: Button[] = SECTIONS.map((section) => ({
    type: 2,
    style: section === current ? 1 : 2,
    label: SECTION_LABEL[section],
    custom_id: sectionButtonId(compound.id, section),
    disabled: section === current,
  }));
  const rows: ActionRow[] = [];
  for (let i = 0; i < buttons.length; i += LIMITS.buttonsPerRow) {
    rows.push({ type: 1, components: buttons.slice(i, i + LIMITS.buttonsPerRow) });
  }
  return rows;
}

/** A compound's card (overview) or one of its sections, with buttons to switch sections in place. */
export function compoundReply(knowledge: Knowledge, compound: Compound, section: Section, options: { ephemeral?: boolean; note?: string } = {}): MessagePayload {
  const embed = section === "overview" ? overviewEmbed(knowledge, compound) : detailEmbed(knowledge, compound, section);
  if (options.note) embed.description = [`*${options.note}*`, embed.description].filter(Boolean).join("\n\n");
  return reply([embed], {
    components: sectionButtons(compound, section),
    ephemeral: options.ephemeral,
    more: `the other sections (buttons below) or /compound name:${compound.id} section:${section}`,
  });
}
