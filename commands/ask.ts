import { ApplicationCommandOptionType } from "discord-api-types/v10";
import type { OptionValues, SlashCommandData } from "../src/interactions/types.js";
import { answerMessage } from "../src/reply/message-answer.js";
import { sectionButtonId } from "./compound.js";
import { EVERYWHERE, slashCommand } from "../src/interactions/define.js";
import { isPrivate, privateOption } from "./shared/options.js";

/** Longest question taken: a question is a sentence or two, and the reply echoes at most the start of it. */
export const MAX_QUESTION = 300;

const data = {
  name: "ask",
  description: "Ask a question in plain words; the answer is quoted from the sources",
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: "question",
      description:
        "e.g. noopept dose? · is aniracetam safe with ssris · piracetam vs noopept · what helps memory",
      required: true,
      max_length: MAX_QUESTION,
    },
    privateOption,
  ],
  ...EVERYWHERE,
} as const satisfies SlashCommandData;

/**
 * A mention that replies to a message passes that message's text as `context` (not a slash option: only the
 * mention path sets it), so "and with choline?" takes the compounds of what it replies to.
 */
function followUpOf(options: OptionValues): { context?: string } {
  return typeof options.context === "string" && options.context !== "" ? { context: options.context } : {};
}

/** /ask question: a question in plain words, answered from the knowledge (see src/reply/ask.ts). */
export const askCommand = slashCommand({
  data,
  examples: [
    "/ask question:noopept dose?",
    "/ask question:is aniracetam safe with ssris",
    "/ask question:BDNF",
    "@nootropic-bot piracetam 800mg",
  ],
  execute: (ctx, options) =>
    answerMessage(ctx.knowledge, ctx.ask, options.question, {
      ephemeral: isPrivate(options),
      ...followUpOf(options),
      compoundButton: (compound, section) => sectionButtonId(compound)(section),
    }),
});
