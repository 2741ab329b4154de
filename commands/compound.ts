import { compoundOption, OptionType, privateOption, type BotContext, type CommandModule, type OptionValues } from "../src/interactions/types.js";
import { isPrivate, lookupCompound, stringOption } from "../src/interactions/lookup.js";
import { compoundReply } from "../src/reply/compound/card.js";
import { isSection, SECTION_LABEL, SECTIONS } from "../src/reply/compound/sections.js";
import { autocomplete as complete } from "../src/search/autocomplete.js";
import { compoundById } from "../src/reply/claims.js";
import { userText } from "../src/reply/text.js";

export const data = {
  name: "compound",
  description: "What the sources say about one nootropic: doses, mechanisms, effects, safety, stacks",
  options: [
    compoundOption("name", "Compound name, alias or code name (typos are fine)", true),
    {
      type: OptionType.String,
      name: "section",
      description: "Show one part in depth",
      choices: SECTIONS.map((s) => ({ name: SECTION_LABEL[s], value: s })),
    },
    privateOption,
  ],
} as const;

function execute(ctx: BotContext, options: OptionValues) {
  const typed = stringOption(options, "name") ?? "";
  const found = lookupCompound(ctx, typed);
  if ("reply" in found) return found.reply;
  const section = stringOption(options, "section");
  // Say when a typo was corrected, so a wrong guess would be seen rather than trusted.
  const note = found.match === "fuzzy" ? `Closest match for “${userText(typed)}”.` : undefined;
  return compoundReply(ctx.knowledge, found.compound, isSection(section) ? section : "overview", { ephemeral: isPrivate(options), note });
}

function button(ctx: BotContext, [id, section]: readonly string[]) {
  const compound = id ? compoundById(ctx.knowledge, id) : undefined;
  return compound && isSection(section) ? compoundReply(ctx.knowledge, compound, section) : undefined;
}

export const compound: CommandModule = {
  data,
  execute,
  autocomplete: (ctx, focused) => complete(ctx.index, focused.value),
  button,
};
