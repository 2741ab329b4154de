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

/**
 * THE way the bot posts to a channel, whichever front door runs (gateway mentions, reports in gateway and
 * HTTP mode): one REST client, rate limits respected, mentions never parsed, posts in flight known.
 */
export function createChannelPoster(options: { rest: REST; logger: Logger }): RunningPoster {
  const { rest, logger } = options;
  const inFlight = new InFlight(logger);
  const send = async (channelId: string, body: object, what: string): Promise<boolean> => {
    try {
      await rest.post(Routes.channelMessages(channelId), {
        body: { ...body, allowed_mentions: { parse: [], replied_user: false } },
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
