import { Client, Events, GatewayDispatchEvents, GatewayIntentBits, Options, Routes, type APIInteraction } from "discord.js";
import { answerInteraction, type BoundaryDeps } from "../interactions/boundary.js";
import { cachedRouter } from "../interactions/cache.js";
import type { Limiter } from "../interactions/limiter.js";
import type { BotContext } from "../interactions/types.js";
import type { Logger } from "../logger.js";
import { setShardStatus, type Metrics } from "../metrics.js";

export interface BotOptions {
  token: string;
  /** Discord's API base URL, e.g. https://discord.com/api; the end-to-end tests point it at a local fake. */
  apiUrl?: string;
  ctx: BotContext;
  logger: Logger;
  limiter?: Limiter;
  /** Counts interactions and each shard's status, when metrics are served. */
  metrics?: Metrics;
}

export interface RunningBot {
  client: Client;
  stop(): Promise<void>;
}

/** The only intent the bot asks for: it reads no messages and needs no privileged intent. */
export const INTENTS = [GatewayIntentBits.Guilds] as const;

/** What a failed callback is logged with: the route with the token left out, and Discord's status and code. */
function failure(error: unknown): Record<string, unknown> {
  const { status, code, name } = error as { status?: number; code?: number | string; name?: string };
  return { route: "POST /interactions/:id/:token/callback", status, code, error: name };
}

/**
 * The gateway adapter: the real discord.js client keeps the connection; each raw INTERACTION_CREATE goes
 * through the shared boundary, and its response is posted to the interaction's callback as it is.
 */
export async function startBot(options: BotOptions): Promise<RunningBot> {
  const { logger, metrics } = options;
  const client = new Client({
    intents: [...INTENTS],
    // As many shards as Discord recommends (GET /gateway/bot): required from 2,500 servers.
    shards: "auto",
    allowedMentions: { parse: [] },
    // The bot reads no messages and needs only the ids of whoever asks: keep the caches small.
    makeCache: Options.cacheWithLimits({
      ...Options.DefaultMakeCacheSettings,
      MessageManager: 0,
      UserManager: { maxSize: 1000, keepOverLimit: (user) => user.id === user.client.user.id },
      GuildMemberManager: { maxSize: 100, keepOverLimit: (member) => member.id === member.client.user.id },
    }),
    ...(options.apiUrl ? { rest: { api: options.apiUrl } } : {}),
  });
  const deps: BoundaryDeps = { answer: cachedRouter(options.ctx), logger, limiter: options.limiter, metrics };
  const shardStatus = (shard: number, status: Parameters<typeof setShardStatus>[2]) => metrics && setShardStatus(metrics, shard, status);
  const respond = async (raw: APIInteraction) => {
    const response = answerInteraction(raw, deps);
    if (!response) return;
    try {
      await client.rest.post(Routes.interactionCallback(raw.id, raw.token), { body: response, auth: false });
    } catch (error) {
      logger.error({ interactionId: raw.id, ...failure(error) }, "could not send the answer to Discord");
    }
  };
  client.ws.on(GatewayDispatchEvents.InteractionCreate, (raw: APIInteraction) => void respond(raw));
  client.once(Events.ClientReady, (ready) => logger.info({ user: ready.user.tag, guilds: ready.guilds.cache.size }, "connected to Discord"));
  client.on(Events.ShardDisconnect, (event, shard) => {
    logger.warn({ shard, code: event.code }, "gateway disconnected");
    shardStatus(shard, "disconnected");
  });
  client.on(Events.ShardReconnecting, (shard) => {
    logger.info({ shard }, "gateway reconnecting");
    shardStatus(shard, "reconnecting");
  });
  client.on(Events.ShardResume, (shard, replayed) => {
    logger.info({ shard, replayed }, "gateway resumed");
    shardStatus(shard, "ready");
  });
  client.on(Events.ShardReady, (shard) => {
    logger.info({ shard }, "gateway session ready");
    shardStatus(shard, "ready");
  });
  client.on(Events.ShardError, (err, shard) => logger.error({ shard, err }, "gateway error"));
  client.on(Events.Error, (err) => logger.error({ err }, "client error"));
  client.on(Events.Warn, (message) => logger.warn({ message }, "client warning"));
  client.rest.on("response", (request, response) => {
    if (response.status >= 500) logger.warn({ method: request.method, route: request.route, status: response.status, retry: request.retries }, "Discord answered with a server error");
  });
  client.rest.on("rateLimited", (info) => logger.warn({ route: info.route, retryAfterMs: info.retryAfter, global: info.global }, "rate limited by Discord"));

  await client.login(options.token);
  return {
    client,
    async stop() {
      await client.destroy();
    },
  };
}
