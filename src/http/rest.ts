import { REST } from "@discordjs/rest";
import { Routes } from "discord-api-types/v10";
import type { ChannelPost } from "../interactions/report.js";
import type { Logger } from "../logger.js";

export interface ChannelPosterOptions {
  /** The bot token: the only thing HTTP mode uses it for. Without it, posts are logged and skipped. */
  token?: string;
  /** Discord's API base URL, e.g. https://discord.com/api; tests point it at a local server. */
  apiUrl?: string;
  logger: Logger;
}

/**
 * Posts messages through Discord's REST API in HTTP mode, where no gateway client exists: one REST client,
 * rate limits respected, mentions never parsed. Never throws; a failure is logged with the route and
 * Discord's status, never with the token.
 */
export function createChannelPoster(options: ChannelPosterOptions): (post: ChannelPost) => Promise<void> {
  const { logger, token } = options;
  const rest = token
    ? new REST({ ...(options.apiUrl ? { api: options.apiUrl } : {}) }).setToken(token)
    : undefined;
  return async ({ channelId, body }) => {
    if (!rest) {
      logger.warn({ channelId }, "not posted: DISCORD_TOKEN is not set");
      return;
    }
    try {
      await rest.post(Routes.channelMessages(channelId), {
        body: { ...body, allowed_mentions: { parse: [] } },
      });
    } catch (error) {
      const { status, name } = error as { status?: number; name?: string };
      logger.error(
        { channelId, route: "POST /channels/:id/messages", status, error: name },
        "could not post to the channel",
      );
    }
  };
}
