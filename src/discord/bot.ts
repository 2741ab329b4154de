import { Client, Events, GatewayIntentBits } from "discord.js";
import type { BotContext } from "../interactions/types.js";
import type { Logger } from "../logger.js";
import { handleInteraction } from "./handle.js";
import type { Limiter } from "./limiter.js";

export interface BotOptions {
  token: string;
  /** Discord's API base URL, e.g. https://discord.com/api; the end-to-end tests point it at a local fake. */
  apiUrl?: string;
  ctx: BotContext;
  logger: Logger;
  limiter?: Limiter;
}

export interface RunningBot {
  client: Client;
  stop(): Promise<void>;
}

/** The only intent the bot asks for: it reads no messages and needs no privileged intent. */
export const INTENTS = [GatewayIntentBits.Guilds] as const;

/** Logs in with the real discord.js client and answers interactions until stopped. */
export async function startBot(options: BotOptions): Promise<RunningBot> {
  const { ctx, logger, limiter } = options;
  const client = new Client({
    intents: [...INTENTS],
    allowedMentions: { parse: [] },
    ...(options.apiUrl ? { rest: { api: options.apiUrl } } : {}),
  });
  client.on(Events.InteractionCreate, (interaction) => void handleInteraction(interaction, ctx, logger, limiter));
  client.once(Events.ClientReady, (ready) => logger.info({ user: ready.user.tag, guilds: ready.guilds.cache.size }, "connected to Discord"));
  client.on(Events.ShardDisconnect, (event, shard) => logger.warn({ shard, code: event.code }, "gateway disconnected"));
  client.on(Events.ShardReconnecting, (shard) => logger.info({ shard }, "gateway reconnecting"));
  client.on(Events.ShardResume, (shard, replayed) => logger.info({ shard, replayed }, "gateway resumed"));
  client.on(Events.ShardReady, (shard) => logger.info({ shard }, "gateway session ready"));
  client.on(Events.ShardError, (err, shard) => logger.error({ shard, err }, "gateway error"));
  client.on(Events.Error, (err) => logger.error({ err }, "client error"));
  client.on(Events.Warn, (message) => logger.warn({ message }, "client warning"));
  client.rest.on("rateLimited", (info) => logger.warn({ route: info.route, retryAfterMs: info.retryAfter, global: info.global }, "rate limited by Discord"));

  await client.login(options.token);
  return {
    client,
    async stop() {
      await client.destroy();
    },
  };
}
