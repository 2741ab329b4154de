import { localizeCommand } from "../src/interactions/localize.js";
import { ApplicationCommandType } from "discord-api-types/v10";
import type { CommandModule, ContextMenuCommandData } from "../src/interactions/types.js";
import { answerMessage } from "../src/reply/message-answer.js";
import { sectionButtonId } from "./compound.js";
import { EVERYWHERE } from "../src/interactions/define.js";

const data = {
  type: ApplicationCommandType.Message,
  name: "Ask the sources",
  ...EVERYWHERE,
} as const satisfies ContextMenuCommandData;

/**
 * The message context-menu command (Apps › Ask the sources): answers the selected message's question,
 * only to whoever asked. Discord sends the message's content with the interaction, so it works where the
 * bot cannot read messages.
 */
export const askMessageCommand: CommandModule = {
  data: localizeCommand(data),
  examples: ["Apps › Ask the sources (on a message such as “is noopept safe with ssris?”)"],
  message: (ctx, content, context) =>
    answerMessage(ctx.knowledge, ctx.ask, content, {
      ephemeral: true,
      ...(context !== undefined ? { context } : {}),
      compoundButton: (compound, section) => sectionButtonId(compound)(section),
    }),
};
