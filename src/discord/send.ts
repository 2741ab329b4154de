import type { BaseMessageOptions, InteractionReplyOptions, InteractionUpdateOptions, JSONEncodable } from "discord.js";
import type { MessagePayload } from "../reply/payload.js";

/**
 * Our payloads are already in the API's shape, so they go to discord.js as JSON-encodable values: it then
 * sends them as they are instead of re-walking every object to convert key case, which costs more than
 * building the reply did.
 */
function encodable<T>(value: T): JSONEncodable<T> {
  return { toJSON: () => value };
}

/** Our plain payload in the shape discord.js sends: the same embeds and components, mentions parsed: none. */
export function toMessageOptions(payload: MessagePayload): BaseMessageOptions {
  return {
    ...(payload.content !== undefined ? { content: payload.content } : {}),
    embeds: payload.embeds.map(encodable) as BaseMessageOptions["embeds"],
    components: payload.components.map(encodable) as BaseMessageOptions["components"],
    allowedMentions: { parse: [] },
  };
}

export function toReplyOptions(payload: MessagePayload): InteractionReplyOptions {
  return { ...toMessageOptions(payload), ...(payload.flags ? { flags: payload.flags as InteractionReplyOptions["flags"] } : {}) } as InteractionReplyOptions;
}

export function toUpdateOptions(payload: MessagePayload): InteractionUpdateOptions {
  return toMessageOptions(payload) as InteractionUpdateOptions;
}
