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
 * its server errors and rate limits are logged.
 */
export function botRest(token: string, logger: Logger, apiUrl?: string): REST {
  const rest = new REST({ ...(apiUrl ? { api: apiUrl } : {}) }).setToken(token);
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

/**
 * THE way the bot posts to a channel, whichever front door runs (gateway mentions, reports in gateway and
 * HTTP mode): one REST client, rate limits respected, mentions never parsed, posts in flight known. Every
 * post carries a nonce with enforce_nonce (its own, such as a mention's or a stored report's, or a new one),
 * so when Discord processed a post but answered 5xx, the REST client's retry gets the message already
 * created instead of creating a second one.
 */
export function createChannelPoster(options: { rest: REST; logger: Logger }): RunningPoster {
  const { rest, logger } = options;
  const inFlight = new InFlight(logger);
  const send = async (channelId: string, body: object, what: string): Promise<boolean> => {
    try {
      await rest.post(Routes.channelMessages(channelId), {
        body: {
          ...body,
          allowed_mentions: { parse: [], replied_user: false },
          nonce: "nonce" in body && body.nonce !== undefined ? body.nonce : newNonce(),
          enforce_nonce: true,
        },
      });
      return true;
    } catch (error) {
      logger.error(
        { channelId, what, ...restFailure(error, "POST /channels/:id/messages") },
        `could not post the ${what} to the channel`,
      );
      return false;
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
