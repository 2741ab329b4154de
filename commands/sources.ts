import { sourcesReply } from "../src/reply/sources.js";
import type { SlashCommandData } from "../src/interactions/types.js";
import { EVERYWHERE, slashCommand } from "../src/interactions/define.js";
import { isPrivate, privateOption } from "./shared/options.js";

const data = {
  name: "sources",
  description: "The sources every answer is quoted from",
  options: [privateOption],
  ...EVERYWHERE,
} as const satisfies SlashCommandData;

export const sourcesCommand = slashCommand({
  data,
  examples: ["/sources"],
  execute: (ctx, options) => sourcesReply(ctx.knowledge, { ephemeral: isPrivate(options) }),
});
