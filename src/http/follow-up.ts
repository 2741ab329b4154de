import { REST } from "@discordjs/rest";
import {
  InteractionResponseType,
  MessageFlags,
  Routes,
  type APIInteraction,
  type APIInteractionResponse,
} from "discord-api-types/v10";
import type { Logger } from "../logger.js";
import { isEphemeral, type PayloadFile } from "../reply/payload.js";

/**
 * An answer with a file (a chart) in HTTP mode. The inline answer to Discord's POST is JSON, so it defers
 * ("thinking…" for a new message, nothing visible for a card switched in place), and the answer itself
 * follows as an edit of the original message with the file attached (multipart, the JSON as payload_json).
 */

type MessageResponse = Extract<
  APIInteractionResponse,
  { type: InteractionResponseType.ChannelMessageWithSource | InteractionResponseType.UpdateMessage }
>;

const isMessage = (response: APIInteractionResponse): response is MessageResponse =>
  response.type === InteractionResponseType.ChannelMessageWithSource ||
  response.type === InteractionResponseType.UpdateMessage;

/** What to answer inline instead: a deferral, ephemeral if the answer will be. */
export function deferralFor(response: APIInteractionResponse): APIInteractionResponse {
  if (!isMessage(response)) return response;
  if (response.type === InteractionResponseType.UpdateMessage)
    return { type: InteractionResponseType.DeferredMessageUpdate };
  const ephemeral = response.data !== undefined && isEphemeral(response.data);
  return {
    type: InteractionResponseType.DeferredChannelMessageWithSource,
    ...(ephemeral ? { data: { flags: MessageFlags.Ephemeral } } : {}),
  };
}

const ROUTE = "PATCH /webhooks/:id/:token/messages/@original";
const ATTEMPTS = 5;

export interface FollowUpOptions {
  apiUrl?: string;
  logger: Logger;
}

/** Sends the deferred answer as the original message's edit, with its files. Never throws; logs a failure once. */
export function createFollowUp(
  options: FollowUpOptions,
): (raw: APIInteraction, response: APIInteractionResponse, files: readonly PayloadFile[]) => Promise<void> {
  const { logger } = options;
  // The interaction's token authorizes the webhook: no bot token is needed or sent.
  const rest = new REST({ ...(options.apiUrl ? { api: options.apiUrl } : {}) });
  return async (raw, response, files) => {
    if (!isMessage(response) || !response.data) return;
    // Ephemeral is fixed by the deferral; only the V2 flag may be set on the edit.
    const flags = (response.data.flags ?? 0) & MessageFlags.IsComponentsV2;
    // The deferral is sent as this starts: until Discord has it, the original message is unknown (404).
    for (let attempt = 1; ; attempt++) {
      try {
        await rest.patch(Routes.webhookMessage(raw.application_id, raw.token, "@original"), {
          body: { ...response.data, flags },
          files: files.map((f) => ({ name: f.name, data: Buffer.from(f.data), contentType: "image/png" })),
          auth: false,
        });
        return;
      } catch (error) {
        const { status, name } = error as { status?: number; name?: string };
        if (status === 404 && attempt < ATTEMPTS) {
          await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
          continue;
        }
        logger.error(
          { interactionId: raw.id, route: ROUTE, status, error: name, attempts: attempt },
          "could not send the answer that follows the deferral",
        );
        return;
      }
    }
  };
}
