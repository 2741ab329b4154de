import { ButtonStyle, ComponentType } from "discord-api-types/v10";
import type { Compound, Knowledge } from "../../knowledge/schema.js";
import { LIMITS } from "../limits.js";
import { actionRow, reply, type ActionRow, type Button, type MessagePayload } from "../payload.js";
import { sectionHasContent } from "./content.js";
import { detailEmbed } from "./detail.js";
import { overviewEmbed } from "./overview.js";
import { SECTION_LABEL, SECTIONS, type Section } from "./sections.js";

export interface CardOptions {
  /** The custom id of the button that opens a section: it carries the compound and section, so any replica can answer. */
  buttonId: (section: Section) => string;
  ephemeral?: boolean;
  note?: string;
}

/** A button for each section with something in it: a button that leads nowhere is not offered. */
function sectionButtons(
  knowledge: Knowledge,
  compound: Compound,
  current: Section,
  buttonId: CardOptions["buttonId"],
): ActionRow[] {
  const offered = SECTIONS.filter((s) => s === current || sectionHasContent(knowledge, compound, s));
  const buttons: Button[] = offered.map((section) => ({
    type: ComponentType.Button,
    style: section === current ? ButtonStyle.Primary : ButtonStyle.Secondary,
    label: SECTION_LABEL[section],
    custom_id: buttonId(section).slice(0, LIMITS.customId),
    disabled: section === current,
  }));
  const rows: ActionRow[] = [];
  for (let i = 0; i < buttons.length; i += LIMITS.buttonsPerRow)
    rows.push(actionRow(buttons.slice(i, i + LIMITS.buttonsPerRow)));
  return rows;
}

/** A compound's card (overview) or one of its sections, with buttons to switch sections in place. */
export function compoundReply(
  knowledge: Knowledge,
  compound: Compound,
  section: Section,
  options: CardOptions,
): MessagePayload {
  const embed =
    section === "overview" ? overviewEmbed(knowledge, compound) : detailEmbed(knowledge, compound, section);
  if (options.note) embed.description = [`*${options.note}*`, embed.description].filter(Boolean).join("\n\n");
  return reply([embed], {
    components: sectionButtons(knowledge, compound, section, options.buttonId),
    ephemeral: options.ephemeral,
    more: `the other sections (buttons below) or /compound name:${compound.id} section:${section}`,
  });
}
