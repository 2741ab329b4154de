import { InteractionResponseType, InteractionType, type APIInteraction, type APIInteractionResponse } from "discord-api-types/v10";
import type { Logger } from "../logger.js";
import { observeInteraction, type Metrics } from "../metrics.js";
import { noticeReply } from "../reply/notice.js";
import type { Answer } from "./cache.js";
import { ExpectedError } from "./errors.js";
import { toIncoming, userIdOf } from "./from-api.js";
import type { Limiter } from "./limiter.js";
import { toResponse } from "./to-api.js";
import type { Incoming } from "./types.js";

export const APOLOGY = noticeReply("Something went wrong", "Sorry, I couldn't answer that. The error has been logged; please try again.");
const UNSUPPORTED = noticeReply("Not something I handle", "I only answer my own slash commands and buttons. Try /help.");
const SLOW_DOWN = noticeReply("Slow down", "You're sending commands faster than I answer them. Try again in a few seconds.");

export interface BoundaryDeps {
  answer: Answer;
  logger: Logger;
  limiter?: Limiter;
  metrics?: Metrics;
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
  let counted: { kind: string; command?: string } = { kind: "unsupported" };
  const observe = (outcome: string) => {
    if (deps.metrics) observeInteraction(deps.metrics, { ...counted, outcome, latencyMs: latencyMs() });
  };
  try {
    if (raw.type === InteractionType.Ping) return { type: InteractionResponseType.Pong };
    const incoming = toIncoming(raw);
    if (!incoming) {
      logger.warn({ ...fields, outcome: "unsupported" }, "interaction of a kind the bot does not handle");
      observe("unsupported");
      return toResponse({ type: "reply", payload: UNSUPPORTED });
    }
    counted = { kind: incoming.type, command: label(incoming) };
    fields = { kind: incoming.type, command: label(incoming), userId, guildId: raw.guild_id };
    const limited = userId === undefined ? "allow" : limiter?.check(userId, incoming.type === "autocomplete" ? "autocomplete" : "command");
    if (limited === "refuse") {
      logger.debug({ ...fields, outcome: "rate-limited-silent" }, "over the limit: not answered");
      observe("rate-limited-silent");
      return undefined;
    }
    const response = toResponse(limited === "warn" ? { type: "reply", payload: SLOW_DOWN } : deps.answer(incoming));
    logger.info({ ...fields, latencyMs: latencyMs(), outcome: limited === "warn" ? "rate-limited" : "ok" }, "interaction answered");
    observe(limited === "warn" ? "rate-limited" : "ok");
    return response;
  } catch (error) {
    const expected = error instanceof ExpectedError;
    if (expected) logger.warn({ ...fields, latencyMs: latencyMs(), outcome: "refused", reason: error.message }, "interaction refused");
    else logger.error({ ...fields, latencyMs: latencyMs(), outcome: "error", err: error }, "interaction failed");
    observe(expected ? "refused" : "error");
    if (raw.type === InteractionType.ApplicationCommandAutocomplete) return toResponse({ type: "choices", choices: [] });
    return toResponse({ type: "reply", payload: expected ? noticeReply(error.title, error.message) : APOLOGY });
  }
}
