import { runConsole } from "../cli/console.js";
import { registry } from "../../commands/index.js";
import { loadConfigOrExit } from "../config.js";
import { createContext } from "../context.js";
import { startBot } from "../discord/gateway.js";
import { describeLoginError } from "../discord/login-error.js";
import type { Config } from "../env.js";
import { botRest, createChannelPoster, type RunningPoster } from "../discord/channel-poster.js";
import { ListenError, listenOrExplain } from "../http/listen-error.js";
import { startHttpMode } from "../http/serve.js";
import type { ReloadOutcome } from "../live.js";
import { tokenize } from "../question/tokens.js";
import { translate } from "../question/translate.js";
import { reloader } from "../reload.js";
import { createBoundary, type Boundary } from "../interactions/boundary.js";
import { cachedRouter } from "../interactions/cache.js";
import { byServer } from "../interactions/drafts.js";
import { Limiter } from "../interactions/limiter.js";
import { createRegistry } from "../interactions/registry.js";
import { KnowledgeError } from "../knowledge/parse.js";
import { createLogger, type Logger } from "../logger.js";
import { createMetrics, observeInteraction, startMetricsServer, type Metrics } from "../metrics.js";
import { INDEX_DIR, PROJECT_ROOT } from "../paths.js";
import { ReportOutbox } from "../reports/outbox.js";
import { reportPost } from "../reports/payloads.js";
import { storeReportSink } from "../reports/store-sink.js";
import { gapRecorder } from "../gaps/recorder.js";
import { compoundById } from "../knowledge/lookup.js";
import type { Knowledge } from "../knowledge/schema.js";
import { RedisLimiter } from "../limits/redis.js";
import type { StoredReport } from "../store/reports.js";
import { serverSettings } from "../store/server-settings.js";
import { reportFeature } from "../reports/feature.js";
import { StoreError } from "../store/open.js";
import { openStore, type Store } from "../store/store.js";

const HOW_TO_CONNECT = `No DISCORD_TOKEN is set, so I am not connecting to Discord.
To run the bot in a server: copy .env.example to .env, set DISCORD_TOKEN and DISCORD_APPLICATION_ID
(README.md, "Connect it to Discord"), run npm run deploy-commands, then npm start again.
To answer over HTTP instead (Interactions Endpoint URL), set DISCORD_PUBLIC_KEY and PORT.
`;

type Stop = (graceMs: number) => Promise<void>;
interface Deps {
  boundary: Boundary;
  logger: Logger;
  metrics?: Metrics;
  /** Posts to channels with the bot token (reports, answers to mentions); none without a token. */
  poster?: RunningPoster;
  /** SIGHUP and POST /reload (HTTP mode): the knowledge reloaded without a restart. */
  reload: (by: string) => Promise<ReloadOutcome>;
  knowledgeVersion: () => string;
  /** The language a question is written in, when it is not English (mentions are answered in it). */
  languageOf: (text: string) => string | undefined;
}

/**
 * npm start: with DISCORD_PUBLIC_KEY, an HTTP interactions endpoint; else with a token, the gateway bot;
 * with neither, a local console answering the same commands.
 */
async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const logger = createLogger({
    level: config.LOG_LEVEL,
    pretty: process.stdout.isTTY,
    secrets: config.DISCORD_TOKEN ? [config.DISCORD_TOKEN] : [],
  });

  const { DISCORD_PUBLIC_KEY: publicKey, DISCORD_TOKEN: token } = config;
  const store = await openStoreOrExit(config);
  logger.debug({ store: store.where }, "store open");
  // Where reports go: one sink, built once, for whichever front door runs.
  const poster = token
    ? createChannelPoster({ rest: botRest(token, logger, config.DISCORD_API_URL), logger })
    : undefined;
  const settings = serverSettings(store.settings, {
    reportChannelId: config.REPORT_CHANNEL_ID,
    privateAnswers: config.PRIVATE_ANSWERS,
    answerMentions: config.MENTIONS_ENABLED,
    keepUnanswered: config.KEEP_UNANSWERED,
  });
  const metrics = publicKey || config.METRICS_PORT ? createMetrics() : undefined;
  const countReport = (outcome: string) => metrics?.reports.inc({ outcome });
  let ctx: ReturnType<typeof createContext> | undefined;
  const outbox = poster
    ? new ReportOutbox({
        reports: store.reports,
        post: (channelId, body) => poster.post(channelId, body, "report"),
        render: (r) => reportPost(asReport(r), ctx ? compoundName(ctx.knowledge, r.compound) : r.compound),
        logger,
        onSettled: countReport,
      })
    : undefined;
  const reports = storeReportSink({
    store,
    settings,
    logger,
    outbox,
    onOutcome: countReport,
  });
  try {
    ctx = createContext(createRegistry(registry.list, [reportFeature(reports)]), {
      dir: config.NOOTROPIC_KNOWLEDGE_DIR,
      sourcesDir: config.NOOTROPIC_SOURCES_DIR,
      settings,
      indexDir: INDEX_DIR,
      // A bot draws the dose charts in the background after each load, so no member waits for one.
      predrawCharts: Boolean(publicKey || token),
    });
  } catch (error) {
    if (!(error instanceof KnowledgeError)) throw error;
    console.error(`Not starting: ${error.message}`);
    process.exit(1);
  }
  if (ctx.quoteCheck.status === "skipped")
    logger.warn({ dir: ctx.quoteCheck.dir }, "source texts not found: quotes not re-checked at startup");

  if (!publicKey && !token) {
    // The console takes a curator's change without a restart too (SIGHUP's default would end it).
    const reload = reloader(ctx.live, logger);
    process.on("SIGHUP", () => void reload("SIGHUP"));
    console.log(
      `${HOW_TO_CONNECT}After a knowledge change, kill -HUP ${process.pid} (or npm run curate -- reload --pid ${process.pid}) reloads it here.\n`,
    );
    await runConsole(ctx);
    return;
  }

  process.on("unhandledRejection", (reason) => logger.error({ err: reason }, "unhandled rejection"));
  process.on("uncaughtException", (err) => {
    logger.fatal({ err }, "uncaught exception: exiting");
    process.exit(1);
  });
  const rates = {
    command: { count: config.COMMAND_COOLDOWN_COUNT, windowMs: config.COMMAND_COOLDOWN_SECONDS * 1000 },
    autocomplete: { count: config.AUTOCOMPLETE_PER_MINUTE, windowMs: 60_000 },
  };
  // REDIS_URL: one limit shared by every replica; else each process limits in memory.
  const limiter = config.REDIS_URL
    ? new RedisLimiter({ url: config.REDIS_URL, rates, logger })
    : new Limiter(rates);
  if (limiter instanceof RedisLimiter) await limiter.ready();
  const gaps = gapRecorder({
    ask: () => ctx.ask,
    knowledge: () => ctx.knowledge,
    gaps: store.gaps,
    settings,
    logger,
  });
  outbox?.start();
  const boundary = createBoundary({
    router: byServer(cachedRouter(ctx), cachedRouter(ctx.drafts)),
    logger,
    limiter,
    settings,
    onAnswered: gaps.onAnswered,
    ...(metrics ? { onOutcome: (outcome) => observeInteraction(metrics, outcome) } : {}),
  });
  const reload = reloader(ctx.live, logger, metrics);
  process.on("SIGHUP", () => void reload("SIGHUP"));
  const deps: Deps = {
    boundary,
    logger,
    metrics,
    poster,
    reload,
    knowledgeVersion: () => ctx.version,
    languageOf: (text) => translate(ctx.ask.question.translator, tokenize(text)).language?.id,
  };
  let stop: Stop | undefined;
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) {
      logger.warn({ signal }, "second signal: exiting without waiting for answers in flight");
      process.exit(1);
    }
    stopping = true;
    logger.info({ signal }, "shutting down: taking no new interactions");
    const deadline = Date.now() + config.SHUTDOWN_GRACE_SECONDS * 1000;
    await stop?.(config.SHUTDOWN_GRACE_SECONDS * 1000).catch((err: unknown) =>
      logger.error({ err }, "error while stopping"),
    );
    // Posts the front door started (reports, in either mode) are in-flight work too.
    if (poster) {
      const posts = await poster.settle(Math.max(0, deadline - Date.now()));
      if (posts.finished + posts.abandoned > 0) logger.info(posts, "channel posts drained");
    }
    // A report whose post is still pending stays in the store and is posted after the restart.
    await outbox?.stop(Math.max(0, deadline - Date.now()));
    gaps.stop();
    if (limiter instanceof RedisLimiter) await limiter.close();
    await store.close().catch((err: unknown) => logger.error({ err }, "could not close the store"));
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  try {
    stop = publicKey
      ? await serveHttp(config, publicKey, deps)
      : await connectGateway(config, token ?? "", deps);
  } catch (error) {
    if (stopping) return;
    const reason =
      error instanceof ListenError ? error.message : describeLoginError(error, config.DISCORD_API_URL);
    logger.fatal({ code: (error as { code?: unknown }).code }, `not starting: ${reason}`);
    process.exit(1);
  }
}

const compoundName = (knowledge: Knowledge, id: string) => compoundById(knowledge, id)?.name ?? id;

/** A stored report as the channel post shows it. */
function asReport(r: StoredReport) {
  return {
    compound: r.compound,
    section: r.section,
    reporterId: r.reporterId,
    what: r.text,
    ...(r.source ? { source: r.source } : {}),
    ...(r.guildId ? { guildId: r.guildId } : {}),
    ...(r.channelId ? { channelId: r.channelId } : {}),
    ...(r.messageId ? { messageId: r.messageId } : {}),
  };
}

/** The store DATABASE_URL names (a SQLite file under data/ by default), migrated; exits 1 with one line if it cannot. */
async function openStoreOrExit(config: Config): Promise<Store> {
  try {
    return await openStore({
      url: config.DATABASE_URL,
      root: PROJECT_ROOT,
      retentionDays: config.UNANSWERED_RETENTION_DAYS,
    });
  } catch (error) {
    if (!(error instanceof StoreError)) throw error;
    console.error(`Not starting: ${error.message}`);
    process.exit(1);
  }
}

/** Metrics on their own port (127.0.0.1 by default) when METRICS_PORT is set, in either mode; never public by default. */
async function startExporter(config: Config, deps: Deps): Promise<{ close(): void } | undefined> {
  const { metrics } = deps;
  const port = config.METRICS_PORT;
  if (!metrics || !port) return undefined;
  const exporter = await listenOrExplain(config.METRICS_HOST, port, () =>
    startMetricsServer(metrics, port, config.METRICS_HOST),
  );
  deps.logger.info({ port: exporter.port, host: config.METRICS_HOST }, "serving metrics on /metrics");
  return { close: () => exporter.server.close() };
}

/** HTTP interactions mode; stopping finishes the requests in flight. Reports are posted with the token, if set. */
async function serveHttp(config: Config, publicKey: string, deps: Deps): Promise<Stop> {
  const exporter = await startExporter(config, deps);
  const { server } = await startHttpMode({
    boundary: deps.boundary,
    logger: deps.logger,
    metrics: deps.metrics,
    publicKey,
    apiUrl: config.DISCORD_API_URL,
    port: config.PORT,
    host: config.HOST,
    knowledgeVersion: deps.knowledgeVersion,
    reload: () => deps.reload("POST /reload"),
    limits: {
      maxConnections: config.HTTP_MAX_CONNECTIONS,
      maxBufferedBytes: config.HTTP_MAX_BUFFERED_MB * 1024 * 1024,
    },
  }).catch((error: unknown) => {
    exporter?.close();
    throw error;
  });
  return (graceMs) => {
    exporter?.close();
    return server.close(graceMs);
  };
}

/** Gateway mode, with metrics on their own port when METRICS_PORT is set. */
async function connectGateway(config: Config, token: string, deps: Deps): Promise<Stop> {
  // The metrics port first: a port in use stops the bot before it logs in to Discord.
  const exporter = await startExporter(config, deps);
  const bot = await startBot({
    boundary: deps.boundary,
    logger: deps.logger,
    metrics: deps.metrics,
    token,
    apiUrl: config.DISCORD_API_URL,
    ...(config.MENTIONS_ENABLED && deps.poster
      ? { mentions: { poster: deps.poster, languageOf: deps.languageOf } }
      : {}),
  }).catch((error: unknown) => {
    exporter?.close();
    throw error;
  });
  return async (graceMs) => {
    exporter?.close();
    const drained = await bot.stop({ graceMs });
    deps.logger[drained.abandoned ? "warn" : "info"](drained, "drained: disconnected from Discord");
  };
}

main().catch((error: unknown) => {
  console.error(`nootropic-bot stopped: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
