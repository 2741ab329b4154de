import { isPrivate, lookupCompound, stringOption } from "../src/interactions/lookup.js";
import { compoundOption, privateOption, type BotContext, type CommandModule, type OptionValues } from "../src/interactions/types.js";
import type { Compound } from "../src/knowledge/schema.js";
import { compareReply } from "../src/reply/compare.js";
import { noticeReply } from "../src/reply/not-found.js";
import { autocomplete as complete } from "../src/search/autocomplete.js";

export const data = {
  name: "compare",
  description: "Two or three nootropics side by side, and what the sources say comparing them",
  options: [
    compoundOption("first", "First compound", true),
    compoundOption("second", "Second compound", true),
    compoundOption("third", "Third compound (optional)", false),
    privateOption,
  ],
} as const;

function execute(ctx: BotContext, options: OptionValues) {
  const inputs = ["first", "second", "third"].map((n) => stringOption(options, n)).filter((v): v is string => v !== undefined);
  const compounds: Compound[] = [];
  for (const input of inputs) {
    const found = lookupCompound(ctx, input);
    if ("reply" in found) return found.reply;
    if (compounds.includes(found.compound)) {
      return noticeReply("Same compound twice", `${found.compound.name} was given more than once. Compare two or three different compounds.`);
    }
    compounds.push(found.compound);
  }
  if (compounds.length < 2) return noticeReply("Two compounds needed", "Give at least two compounds to compare.");
  return compareReply(ctx.knowledge, compounds, { ephemeral: isPrivate(options) });
}

export const compare: CommandModule = {
  data,
  execute,
  autocomplete: (ctx, focused) => complete(ctx.index, focused.value),
};
