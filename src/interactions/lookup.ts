import type { Compound } from "../knowledge/schema.js";
import { notFoundReply } from "../reply/not-found.js";
import type { MessagePayload } from "../reply/payload.js";
import { resolve, type MatchKind } from "../search/resolve.js";
import type { BotContext, OptionValues } from "./types.js";

export type Lookup = { compound: Compound; match: MatchKind } | { reply: MessagePayload };

/** Resolves a compound option; a miss comes back as the ready "not covered" reply. */
export function lookupCompound(ctx: BotContext, input: string): Lookup {
  const resolution = resolve(ctx.index, input);
  if (resolution.kind === "covered") return { compound: resolution.compound, match: resolution.match };
  return { reply: notFoundReply(ctx.knowledge, input, resolution) };
}

export function stringOption(options: OptionValues, name: string): string | undefined {
  const value = options[name];
  return typeof value === "string" ? value : undefined;
}

export function isPrivate(options: OptionValues): boolean {
  return options.private === true;
}
