import { ButtonStyle, ComponentType } from "discord-api-types/v10";
import type { Compound, Knowledge } from "../../knowledge/schema.js";
import { t } from "../../i18n/t.js";
import { LIMITS } from "../limits.js";
import { actionRow, reply, type ActionRow, type Button, type MessagePayload } from "../payload.js";
import { sectionHasContent } from "./content.js";
import { detailEmbed } from "./detail.js";
import { overviewEmbed } from "./overview.js";
import { SECTION_LABEL, SECTIONS, type Section } from "./sections.js";

export interface CardOptions {
  /**
   * The custom id of the button that opens a section (at a page after the first): it carries the compound,
   * section and page, so any replica can answer.
   */
  buttonId: (section: Section, page?: number) => string;
  ephemeral?: boolean;
  note?: string;
  /** The page of a section whose claims fill more than one message (0, the first, by default). */
  page?: number;
}

/**
 * A button for each section with something in it (a button that leads nowhere is not offered), and "More"
 * when the section's claims go on on another page.
 */
function sectionButtons(
  knowledge: Knowledge,
  compound: Compound,
  current: Section,
  buttonId: CardOptions["buttonId"],
  next: Button[],
): ActionRow[] {
  const offered = SECTIONS.filter((s) => s === current || sectionHasContent(knowledge, compound, s));
  const buttons: Button[] = offered.map((section) => ({
    type: ComponentType.Button,
    style: section === current ? ButtonStyle.Primary : ButtonStyle.Secondary,
    label: SECTION_LABEL[section],
    custom_id: buttonId(section).slice(0, LIMITS.customId),
    disabled: section === current,
  }));
  buttons.push(...next);
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
  const page = options.page ?? 0;
  const { embed, more } =
    section === "overview"
      ? { embed: overviewEmbed(knowledge, compound), more: 0 }
      : detailEmbed(knowledge, compound, section, page);
  if (options.note) embed.description = [`*${options.note}*`, embed.description].filter(Boolean).join("\n\n");
  const next: Button[] =
    more > 0
      ? [
          {
            type: ComponentType.Button,
            style: ButtonStyle.Primary,
            label: t("planned.moreButton"),
            custom_id: options.buttonId(section, page + 1).slice(0, LIMITS.customId),
          },
        ]
      : [];
  return reply([embed], {
    components: sectionButtons(knowledge, compound, section, options.buttonId, next),
    ephemeral: options.ephemeral,
    more: `the other sections (buttons below) or /compound name:${compound.id} section:${section}`,
  });
}
