import type { PayloadFile } from "../reply/payload.js";
import { REST } from "@discordjs/rest";
import { Routes, type APIInteraction, type APIInteractionResponse } from "discord-api-types/v10";
import type { Logger } from "../logger.js";
import { logRestEvents, restFailure } from "./rest-log.js";

/** Discord takes an interaction's first answer for 3 s after it was sent. */
export const CALLBACK_WINDOW_MS = 3_000;
/** Kept back from the window for the dispatch's own trip and the last request's. */
const MARGIN_MS = 200;
const FIRST_BACKOFF_MS = 100;
const MAX_BACKOFF_MS = 500;
const ROUTE = "POST /interactions/:id/:token/callback";

/** Discord's "Unknown interaction" and "Interaction has already been acknowledged". */
const UNKNOWN_INTERACTION = 10062;
const ALREADY_ACKNOWLEDGED = 40060;

export interface CallbackOptions {
  /** Discord's API base URL, e.g. https://discord.com/api; the end-to-end tests point it at a local fake. */
  apiUrl?: string;
  logger: Logger;
}

/** What happened to one answer; each is logged once. */
export type Delivery = "sent" | "delivered-after-error" | "expired" | "failed";

/** A server error or a connection lost before an answer: the request may or may not have reached Discord. */
function retryable(error: unknown): boolean {
  const { status } = (error ?? {}) as { status?: number };
  if (typeof status === "number") return status >= 500;
  const { name } = (error ?? {}) as { name?: string };
  return name !== "AbortError" && name !== "TimeoutError";
}

/**
 * Posts an interaction's answer to its callback. A server error (or a dropped connection) is retried with
 * backoff, 100 ms doubling to 500 ms, for as long as the 3 s window allows: the REST client's own retries
 * would all land within milliseconds of each other, inside the same fault. When a retry is refused with
 * "already acknowledged", the earlier attempt reached Discord although it answered with an error: that is
 * logged as delivered. A callback Discord says is gone is logged once and never followed by an apology.
 */
export function createCallbackSender(
  options: CallbackOptions,
): (
  raw: APIInteraction,
  response: APIInteractionResponse,
  receivedAt: number,
  files?: readonly PayloadFile[],
) => Promise<Delivery> {
  const { logger } = options;
  // No token (callbacks carry their own), and no retries of its own: this module decides them.
  const rest = new REST({ retries: 0, ...(options.apiUrl ? { api: options.apiUrl } : {}) });
  logRestEvents(rest, logger);
  return async (raw, response, receivedAt, files) => {
    // A chart goes with the answer as a multipart attachment (the JSON as payload_json).
    const attached = files?.length
      ? { files: files.map((f) => ({ name: f.name, data: Buffer.from(f.data), contentType: "image/png" })) }
      : {};
    const deadline = receivedAt + CALLBACK_WINDOW_MS - MARGIN_MS;
    let backoff = FIRST_BACKOFF_MS;
    let erred = 0;
    // The last status Discord answered with: a retry that then gets no answer in time is still reported
    // with the server errors that led to it.
    let seen: number | undefined;
    for (;;) {
      try {
        await rest.post(Routes.interactionCallback(raw.id, raw.token), {
          body: response,
          ...attached,
          auth: false,
          signal: AbortSignal.timeout(Math.max(1, deadline - Date.now())),
        });
        if (erred) logger.info({ interactionId: raw.id, attempts: erred + 1 }, "answer sent after a retry");
        return "sent";
      } catch (error) {
        const failure = restFailure(error, ROUTE);
        seen = failure.status ?? seen;
        if (erred && failure.code === ALREADY_ACKNOWLEDGED) {
          logger.info(
            { interactionId: raw.id, attempts: erred + 1 },
            "answer delivered: Discord had taken it although it answered with a server error",
          );
          return "delivered-after-error";
        }
        const wait = backoff + Math.floor(Math.random() * (backoff / 2));
        if (retryable(error) && Date.now() + wait < deadline) {
          erred += 1;
          await new Promise((resolve) => setTimeout(resolve, wait));
          backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
          continue;
        }
        const expired = failure.code === UNKNOWN_INTERACTION || failure.code === ALREADY_ACKNOWLEDGED;
        const unanswered =
          failure.status === undefined && seen !== undefined
            ? { status: seen, lastAttempt: "no answer in time" }
            : {};
        logger[expired ? "warn" : "error"](
          { interactionId: raw.id, ...failure, ...unanswered, attempts: erred + 1 },
          expired
            ? "the interaction was no longer open: answer not delivered"
            : "could not send the answer to Discord",
        );
        return expired ? "expired" : "failed";
      }
    }
  };
}
