import { randomBytes } from "node:crypto";
import { REST } from "@discordjs/rest";
import { Routes } from "discord-api-types/v10";
import { InFlight, type DrainResult } from "../in-flight.js";
import type { ChannelPoster } from "../interactions/types.js";
import type { Logger } from "../logger.js";
import { logRestEvents, restFailure } from "./rest-log.js";

export type { ChannelPoster } from "../interactions/types.js";

/**
 * A REST client for the bot's own posts, against https://discord.com/api or `apiUrl` (a local fake in tests);
 * its server errors and rate limits are logged. It waits out rate limits itself but does not retry a server
 * error (its retries would land within milliseconds, inside the same fault): the poster does, with backoff.
 */
export function botRest(token: string, logger: Logger, apiUrl?: string): REST {
  const rest = new REST({ retries: 0, ...(apiUrl ? { api: apiUrl } : {}) }).setToken(token);
  logRestEvents(rest, logger);
  return rest;
}

/** The poster the entry point holds: it can also wait for the posts in flight at shutdown. */
export interface RunningPoster extends ChannelPoster {
  /** Waits up to graceMs for the posts in flight; logs each one still waiting then as abandoned. */
  settle(graceMs: number): Promise<DrainResult>;
}

/** A Discord nonce (at most 25 characters) for a post that brings none of its own. */
const newNonce = () => randomBytes(16).toString("base64url");

/** How a post is tried again after a server error or a lost connection: attempts in all, first and longest wait. */
export interface PostRetry {
  attempts: number;
  firstMs: number;
  maxMs: number;
}
/** 5 attempts over about 8 s (0.5, 1, 2, 4 s apart, with jitter): past a burst of 5xx, within the shutdown grace. */
export const DEFAULT_POST_RETRY: PostRetry = { attempts: 5, firstMs: 500, maxMs: 4_000 };

/** A server error, or no answer at all (the post may have reached Discord): worth another try, with its nonce. */
function retryable(error: unknown): boolean {
  const { status } = (error ?? {}) as { status?: unknown };
  return typeof status === "number" ? status >= 500 : true;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * THE way the bot posts to a channel, whichever front door runs (gateway mentions, reports in gateway and
 * HTTP mode): one REST client, rate limits respected, mentions never parsed, posts in flight known. Every
 * post carries a nonce with enforce_nonce (its own, such as a mention's or a stored report's, or a new one),
 * so when Discord processed a post but answered 5xx, the REST client's retry gets the message already
 * created instead of creating a second one. That makes a post safe to try again: a server error or a lost
 * connection is retried with backoff (a burst of 5xx is waited out rather than retried inside it), and the
 * failure is logged once, after the last attempt.
 */
export function createChannelPoster(options: {
  rest: REST;
  logger: Logger;
  retry?: PostRetry;
}): RunningPoster {
  const { rest, logger } = options;
  const retry = options.retry ?? DEFAULT_POST_RETRY;
  const inFlight = new InFlight(logger);
  const send = async (channelId: string, body: object, what: string): Promise<boolean> => {
    const nonce = "nonce" in body && body.nonce !== undefined ? body.nonce : newNonce();
    const message = {
      ...body,
      allowed_mentions: { parse: [], replied_user: false },
      nonce,
      enforce_nonce: true,
    };
    let backoff = retry.firstMs;
    for (let attempt = 1; ; attempt++) {
      try {
        await rest.post(Routes.channelMessages(channelId), { body: message });
        if (attempt > 1) logger.info({ channelId, what, attempts: attempt }, `${what} posted after a retry`);
        return true;
      } catch (error) {
        if (attempt < retry.attempts && retryable(error)) {
          await sleep(backoff + Math.floor(Math.random() * (backoff / 2)));
          backoff = Math.min(backoff * 2, retry.maxMs);
          continue;
        }
        logger.error(
          { channelId, what, attempts: attempt, ...restFailure(error, "POST /channels/:id/messages") },
          `could not post the ${what} to the channel`,
        );
        return false;
      }
    }
  };
  return {
    async post(channelId, body, what) {
      let posted = false;
      await inFlight.track({ what, channelId }, async () => (posted = await send(channelId, body, what)));
      return posted;
    },
    settle: (graceMs) => inFlight.drain(Date.now() + graceMs),
  };
}
