import { ApplicationCommandOptionType } from "discord-api-types/v10";
import { compoundById } from "../knowledge/lookup.js";
import type { Compound } from "../knowledge/schema.js";
import { compoundReply } from "../reply/compound/card.js";
import { isSection, SECTION_LABEL, SECTIONS, type Section } from "../reply/compound/sections.js";
import type { MessagePayload } from "../reply/payload.js";
import { withReportButton } from "../reply/report.js";
import { userText } from "../reply/text.js";
import { autocomplete } from "../search/autocomplete.js";
import { customId } from "./custom-id.js";
import type { SlashCommandData } from "../interactions/types.js";
import { EVERYWHERE, slashCommand } from "./define.js";
import { compoundOption, isPrivate, lookupCompound, privateOption } from "./options.js";

const data = {
  name: "compound",
  description: "What the sources say about one nootropic: doses, mechanisms, effects, safety, stacks",
  options: [
    compoundOption("name", "Compound name, alias or code name (typos are fine)", true),
    {
      type: ApplicationCommandOptionType.String,
      name: "section",
      description: "Show one part in depth",
      choices: SECTIONS.map((s) => ({ name: SECTION_LABEL[s], value: s })),
    },
    privateOption,
  ],
  ...EVERYWHERE,
} as const satisfies SlashCommandData;

/** The custom id of the button that opens a section of a compound's card. */
export const sectionButtonId = (compound: Compound) => (section: Section) => customId(compoundCommand, compound.id, section);

export const compoundCommand = slashCommand({
  data,
  examples: ["/compound name:noopept", "/compound name:NS-105 section:dosing"],
  execute(ctx, options) {
    const typed = options.name ?? "";
    const found = lookupCompound(ctx, typed);
    if ("reply" in found) return found.reply;
    // Say when a typo was corrected, so a wrong guess would be seen rather than trusted.
    const note = found.match === "fuzzy" ? `Closest match for “${userText(typed)}”.` : undefined;
    const section = isSection(options.section) ? options.section : "overview";
    const card = compoundReply(ctx.knowledge, found.compound, section, { buttonId: sectionButtonId(found.compound), ephemeral: isPrivate(options), note });
    return withReportButton(card, { compound: found.compound.id, section });
  },
  autocomplete: (ctx, focused) => autocomplete(ctx.index, focused.value),
  button(ctx, [id, section]): MessagePayload | undefined {
    const compound = id === undefined ? undefined : compoundById(ctx.knowledge, id);
    if (!compound || !isSection(section)) return undefined;
    return withReportButton(compoundReply(ctx.knowledge, compound, section, { buttonId: sectionButtonId(compound) }), { compound: compound.id, section });
  },
});
