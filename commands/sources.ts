import { isPrivate } from "../src/interactions/lookup.js";
import { privateOption, type CommandModule } from "../src/interactions/types.js";
import { sourcesReply } from "../src/reply/sources.js";

export const data = {
  name: "sources",
  description: "The sources every answer is quoted from",
  options: [privateOption],
} as const;

export const sources: CommandModule = {
  data,
  execute: (ctx, options) => sourcesReply(ctx.knowledge, { ephemeral: isPrivate(options) }),
};
