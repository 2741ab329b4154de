import {
  Client,
  Events,
  GatewayDispatchEvents,
  GatewayIntentBits,
  Options,
  Routes,
  type APIInteraction,
} from "discord.js";
import { handleInteraction, shuttingDown, type BoundaryDeps } from "../interactions/boundary.js";
import { cachedRouter } from "../interactions/cache.js";
import type { Limiter } from "../interactions/limiter.js";
import type { ChannelPost } from "../interactions/report.js";
import type { BotContext } from "../interactions/types.js";
import type { Logger } from "../logger.js";
import { observeInteraction, setShardStatus, type Metrics } from "../metrics.js";
import { switchOffAction } from "./actions.js";
import { logRestEvents, restFailure } from "./rest-log.js";
import { listenForMentions } from "./mentions.js";

export interface BotOptions {
  token: string;
  /** Discord's API base URL, e.g. https://discord.com/api; the end-to-end tests point it at a local fake. */
  apiUrl?: string;
  ctx: BotContext;
  logger: Logger;
  limiter?: Limiter;
  /** Where "Report a problem" reports are posted; logged only when unset. */
  reportChannelId?: string;
  /** Counts interactions and each shard's status, when metrics are served. */
  metrics?: Metrics;
  /** Answer questions that @mention the bot in chat (src/discord/mentions.ts); needs the message intents. */
  mentions?: boolean;
}

export interface DrainResult {
  /** Interactions that were being answered when the drain began, or arrived during it, and were answered. */
  finished: number;
  /** Those still unanswered when the grace period ran out. */
  abandoned: number;
}

export interface RunningBot {
  client: Client;
  /** Stops taking new work (what arrives is told the bot is restarting), waits for what is in flight up to graceMs, then disconnects. */
  stop(options?: { graceMs?: number }): Promise<DrainResult>;
}

/** The intents the bot asks for: none is privileged. Guilds for interactions' context. */
export const INTENTS = [GatewayIntentBits.Guilds] as const;
/** With mentions on: the messages of servers and DMs (content arrives only for those that mention the bot). */
export const MENTION_INTENTS = [GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages] as const;
const DEFAULT_GRACE_MS = 10_000;

/**
 * The gateway adapter: the real discord.js client keeps the connection; each raw INTERACTION_CREATE goes
 * through the shared boundary, and its response is posted to the interaction's callback as it is. A failed
 * callback is logged once and never followed by an apology through the same dead interaction.
 */
export async function startBot(options: BotOptions): Promise<RunningBot> {
  const { logger } = options;
  const client = new Client({
    intents: [...INTENTS, ...(options.mentions ? MENTION_INTENTS : [])],
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
  const deps: BoundaryDeps = {
    answer: cachedRouter(options.ctx),
    logger,
    limiter: options.limiter,
    reportChannelId: options.reportChannelId,
  };
  const { metrics } = options;
  if (metrics) deps.onOutcome = (outcome) => observeInteraction(metrics, outcome);
  const shardStatus = (shard: number, status: Parameters<typeof setShardStatus>[2]) =>
    metrics && setShardStatus(metrics, shard, status);
  const inFlight = new Set<Promise<void>>();
  let draining = false;
  let finished = 0;

  const post = async (channel: ChannelPost) => {
    try {
      await client.rest.post(Routes.channelMessages(channel.channelId), { body: channel.body });
    } catch (error) {
      logger.error(
        { channelId: channel.channelId, ...restFailure(error, "POST /channels/:id/messages") },
        "could not post the report to the reports channel",
      );
    }
  };
  const respond = async (raw: APIInteraction) => {
    const answered = draining ? { response: shuttingDown(raw) } : handleInteraction(raw, deps);
    try {
      await client.rest.post(Routes.interactionCallback(raw.id, raw.token), {
        body: answered.response,
        auth: false,
      });
    } catch (error) {
      const failure = restFailure(error, "POST /interactions/:id/:token/callback");
      const expired = failure.code === 10062 || failure.code === 40060;
      logger[expired ? "warn" : "error"](
        { interactionId: raw.id, ...failure },
        expired
          ? "the interaction was no longer open: answer not delivered"
          : "could not send the answer to Discord",
      );
    }
    if (answered.post) await post(answered.post);
  };
  const track = (raw: APIInteraction) => {
    const job = respond(raw)
      .catch((err: unknown) => logger.error({ err }, "could not handle an INTERACTION_CREATE dispatch"))
      .finally(() => {
        inFlight.delete(job);
        if (draining) finished += 1;
      });
    inFlight.add(job);
  };
  switchOffAction(client, "InteractionCreate", undefined, logger);
  client.ws.on(GatewayDispatchEvents.InteractionCreate, track);
  // While draining, mentions are left unanswered like any new work.
  if (options.mentions)
    listenForMentions(client, { ...deps, botId: () => (draining ? undefined : client.user?.id) });
  client.once(Events.ClientReady, (ready) =>
    logger.info({ user: ready.user.tag, guilds: ready.guilds.cache.size }, "connected to Discord"),
  );
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
  logRestEvents(client.rest, logger);

  try {
    await client.login(options.token);
  } catch (error) {
    await client.destroy().catch(() => undefined);
    throw error;
  }
  return {
    client,
    async stop(stopOptions = {}) {
      draining = true;
      const graceMs = stopOptions.graceMs ?? DEFAULT_GRACE_MS;
      if (inFlight.size > 0)
        logger.info({ inFlight: inFlight.size, graceMs }, "draining: finishing the answers in flight");
      const deadline = Date.now() + graceMs;
      while (inFlight.size > 0 && Date.now() < deadline) {
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, deadline - Date.now())));
        await Promise.race([Promise.allSettled([...inFlight]), timeout]);
        clearTimeout(timer);
      }
      const result = { finished, abandoned: inFlight.size };
      client.ws.off(GatewayDispatchEvents.InteractionCreate, track);
      await client.destroy();
      return result;
    },
  };
}
