import { type CommandModule } from "../src/interactions/types.js";
import { helpReply } from "../src/reply/help.js";

export const data = {
  name: "help",
  description: "What the bot can do, with examples",
} as const;

export const help: CommandModule = {
  data,
  execute: (ctx) => helpReply(ctx.index.covered.map((c) => c.name)),
};
