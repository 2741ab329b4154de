import { InteractionResponseType, type APIInteractionResponse } from "discord-api-types/v10";
import type { Outgoing } from "./types.js";

/** What the router decided, as the interaction response Discord takes (inline over HTTP, or as a callback). */
export function toResponse(out: Outgoing): APIInteractionResponse {
  switch (out.type) {
    case "reply":
      return { type: InteractionResponseType.ChannelMessageWithSource, data: out.payload };
    case "update":
      return { type: InteractionResponseType.UpdateMessage, data: out.payload };
    case "choices":
      return {
        type: InteractionResponseType.ApplicationCommandAutocompleteResult,
        data: { choices: out.choices },
      };
    case "modal":
      return { type: InteractionResponseType.Modal, data: out.modal };
    case "acknowledge":
      return { type: InteractionResponseType.DeferredMessageUpdate };
  }
}
