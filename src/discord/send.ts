import type { BaseMessageOptions, InteractionReplyOptions, InteractionUpdateOptions } from "discord.js";
import type { MessagePayload } from "../reply/payload.js";

/** Our plain payload in the shape discord.js sends: the same embeds and components, mentions parsed: none. */
export function toMessageOptions(payload: MessagePayload): BaseMessageOptions {
  return {
    ...(payload.content !== undefined ? { content: payload.content } : {}),
    embeds: payload.embeds,
    components: payload.components as BaseMessageOptions["components"],
    allowedMentions: { parse: [] },
  };
}

export function toReplyOptions(payload: MessagePayload): InteractionReplyOptions {
  return { ...toMessageOptions(payload), ...(payload.flags ? { flags: payload.flags as InteractionReplyOptions["flags"] } : {}) } as InteractionReplyOptions;
}

export function toUpdateOptions(payload: MessagePayload): InteractionUpdateOptions {
  return toMessageOptions(payload) as InteractionUpdateOptions;
}
