import { InteractionResponseType, InteractionType, type APIInteraction, type APIInteractionResponse } from "discord-api-types/v10";
import type { Logger } from "../logger.js";
import { noticeReply } from "../reply/notice.js";
import type { Answer } from "./cache.js";
import { ExpectedError } from "./errors.js";
import { toIncoming, userIdOf } from "./from-api.js";
import type { LimitKind, Limiter } from "./limiter.js";
import { toResponse } from "./to-api.js";
import type { Incoming } from "./types.js";

export const APOLOGY = noticeReply("Something went wrong", "Sorry, I couldn't answer that. The error has been logged; please try again.");
const UNSUPPORTED = noticeReply("Not something I handle", "I only answer my own slash commands and buttons. Try /help.");

/** The short ephemeral note for a command over the limit. */
export function slowDown(retryAfterMs: number): ReturnType<typeof noticeReply> {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return noticeReply("Slow down", `You're sending commands faster than I answer them. Try again in ${seconds} second${seconds === 1 ? "" : "s"}.`);
}

/** What each kind of interaction spends: pressing a card's buttons is cheap, a new answer less so. */
function limitKind(incoming: Incoming): LimitKind {
  switch (incoming.type) {
    case "autocomplete":
      return "autocomplete";
    case "button":
      return "section";
    case "modal":
      return "report";
    default:
      return "command";
  }
}

/** Over the limit, still answered: no choices, an acknowledgement that changes nothing, or a short note. */
function refusal(incoming: Incoming, retryAfterMs: number): APIInteractionResponse {
  if (incoming.type === "autocomplete") return toResponse({ type: "choices", choices: [] });
  if (incoming.type === "button") return { type: InteractionResponseType.DeferredMessageUpdate };
  return toResponse({ type: "reply", payload: slowDown(retryAfterMs) });
}

export interface BoundaryDeps {
  answer: Answer;
  logger: Logger;
  limiter?: Limiter;
}

function label(incoming: Incoming): string {
  switch (incoming.type) {
    case "button":
    case "modal":
      return incoming.customId;
    default:
      return incoming.name;
  }
}

/**
 * THE error boundary, shared by the gateway and the HTTP endpoint: turns raw interaction JSON into the
 * response to send, and logs the outcome with its latency. Never throws. Expected failures get a friendly
 * ephemeral note; anything else is logged with its stack and the user gets a generic apology; autocomplete
 * failures answer with no choices. Undefined means: send nothing (a user over the limit, already warned).
 */
export function answerInteraction(raw: APIInteraction, deps: BoundaryDeps): APIInteractionResponse | undefined {
  const { logger, limiter } = deps;
  const started = performance.now();
  const latencyMs = () => Math.round((performance.now() - started) * 100) / 100;
  const userId = userIdOf(raw);
  let fields: Record<string, unknown> = { interactionType: raw.type, userId, guildId: raw.guild_id };
  try {
    if (raw.type === InteractionType.Ping) return { type: InteractionResponseType.Pong };
    const incoming = toIncoming(raw);
    if (!incoming) {
      logger.warn({ ...fields, outcome: "unsupported" }, "interaction of a kind the bot does not handle");
      return toResponse({ type: "reply", payload: UNSUPPORTED });
    }
    fields = { kind: incoming.type, command: label(incoming), userId, guildId: raw.guild_id };
    const verdict = userId === undefined ? undefined : limiter?.check(userId, limitKind(incoming));
    if (verdict && !verdict.allowed) {
      logger.info({ ...fields, latencyMs: latencyMs(), outcome: "rate-limited", retryAfterMs: verdict.retryAfterMs }, "over the limit: answered with a short note");
      return refusal(incoming, verdict.retryAfterMs);
    }
    const response = toResponse(deps.answer(incoming));
    logger.info({ ...fields, latencyMs: latencyMs(), outcome: "ok" }, "interaction answered");
    return response;
  } catch (error) {
    const expected = error instanceof ExpectedError;
    if (expected) logger.warn({ ...fields, latencyMs: latencyMs(), outcome: "refused", reason: error.message }, "interaction refused");
    else logger.error({ ...fields, latencyMs: latencyMs(), outcome: "error", err: error }, "interaction failed");
    if (raw.type === InteractionType.ApplicationCommandAutocomplete) return toResponse({ type: "choices", choices: [] });
    return toResponse({ type: "reply", payload: expected ? noticeReply(error.title, error.message) : APOLOGY });
  }
}
