import { describeCommand } from "../src/interactions/localize.js";
import { helpReply } from "../src/reply/help.js";
import type { SlashCommandData } from "../src/interactions/types.js";
import { EVERYWHERE, slashCommand } from "../src/interactions/define.js";
import { commandUsage } from "../src/interactions/usage.js";

const data = {
  name: "help",
  description: "What the bot can do, with examples",
  ...EVERYWHERE,
} as const satisfies SlashCommandData;

/** /help: derived from the registry, so every command is listed with its options and examples. */
export const helpCommand = slashCommand({
  data,
  examples: ["/help"],
  execute: (ctx) =>
    helpReply(
      ctx.index.covered.map((c) => c.name),
      ctx.commands.list.map((command) => ({
        usage: commandUsage(command),
        description: describeCommand(command.data),
        examples: command.examples,
      })),
    ),
});
