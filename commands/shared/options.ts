import { ApplicationCommandOptionType } from "discord-api-types/v10";
import type { BotContext, OptionValues } from "../../src/interactions/types.js";
import type { Compound } from "../../src/knowledge/schema.js";
import { notFoundReply } from "../../src/reply/not-found.js";
import type { MessagePayload } from "../../src/reply/payload.js";
import { resolve, type MatchKind } from "../../src/search/resolve.js";

/** Options several commands share, and reading option values. */

/** The `private` option every answering command has. */
export const privateOption = {
  type: ApplicationCommandOptionType.Boolean,
  name: "private",
  description: "Show the answer only to you",
} as const;

/** A compound name option with autocomplete. */
export function compoundOption<const N extends string, const R extends boolean>(
  name: N,
  description: string,
  required: R,
) {
  return {
    type: ApplicationCommandOptionType.String,
    name,
    description,
    required,
    autocomplete: true,
    max_length: 100,
  } as const;
}

export type Lookup = { compound: Compound; match: MatchKind } | { reply: MessagePayload };

/** Resolves a compound option; a miss comes back as the ready "not covered" reply. */
export function lookupCompound(ctx: BotContext, input: string): Lookup {
  const resolution = resolve(ctx.index, input);
  if (resolution.kind === "covered") return { compound: resolution.compound, match: resolution.match };
  return { reply: notFoundReply(ctx.knowledge, input, resolution) };
}

export function isPrivate(options: OptionValues): boolean {
  return options.private === true;
}
