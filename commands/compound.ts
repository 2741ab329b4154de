import { compoundOption, OptionType, privateOption, type BotContext, type CommandModule, type OptionValues } from "../src/interactions/types.js";
import { isPrivate, lookupCompound, stringOption } from "../src/interactions/lookup.js";
import { compoundReply } from "../src/reply/compound/card.js";
import { isSection, SECTION_LABEL, SECTIONS } from "../src/reply/compound/sections.js";
import { autocomplete as complete } from "../src/search/autocomplete.js";
import { compoundById } from "../src/reply/claims.js";

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
  const found = lookupCompound(ctx, stringOption(options, "name") ?? "");
  if ("reply" in found) return found.reply;
  const section = stringOption(options, "section");
  return compoundReply(ctx.knowledge, found.compound, isSection(section) ? section : "overview", { ephemeral: isPrivate(options) });
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
