import { Writable } from "node:stream";
import { botRest, createChannelPoster } from "../../src/discord/channel-poster.js";
import { startBot, type RunningBot } from "../../src/discord/gateway.js";
import { createBoundary, type Boundary } from "../../src/interactions/boundary.js";
import { cachedRouter } from "../../src/interactions/cache.js";
import type { Limiter } from "../../src/interactions/limiter.js";
import { createRegistry } from "../../src/interactions/registry.js";
import type { BotContext, Feature } from "../../src/interactions/types.js";
import { createLogger, type Logger } from "../../src/logger.js";
import { observeInteraction, type Metrics } from "../../src/metrics.js";
import { channelReportSink } from "../../src/reports/channel-sink.js";
import { reportFeature } from "../../src/reports/feature.js";
import { loadOtherDrugs } from "../../src/knowledge/other-drugs.js";
import { buildAskIndex } from "../../src/question/ask-index.js";
import { buildSearchIndex } from "../../src/search/index.js";
import { registry } from "../../commands/index.js";
import { FakeDiscord } from "./fake-discord.js";
import { realKnowledge } from "./knowledge.js";

export const TEST_TOKEN = "MTExMTExMTExMTExMTExMTEx.GfakeT.ok-this-is-a-test-token-not-a-real-one";

type Entry = Record<string, unknown>;

/** Every JSON log line the bot wrote, as text and parsed; tests can wait for a line to appear. */
export class LogCapture {
  readonly lines: string[] = [];
  private waiters: Array<{ match: (e: Entry) => boolean; resolve: (e: Entry) => void }> = [];
  readonly stream = new Writable({
    write: (chunk: Buffer, _enc, done) => {
      for (const line of chunk.toString().split("\n").filter(Boolean)) {
        this.lines.push(line);
        const entry = JSON.parse(line) as Entry;
        this.waiters = this.waiters.filter((w) => (w.match(entry) ? (w.resolve(entry), false) : true));
      }
      done();
    },
  });
  get entries(): Entry[] {
    return this.lines.map((l) => JSON.parse(l) as Entry);
  }
  /** The first line (already written or still to come) that matches; rejects after timeoutMs, naming what it waited for. */
  waitFor(match: (e: Entry) => boolean, what = "a matching log line", timeoutMs = 5_000): Promise<Entry> {
    const seen = this.entries.find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w.match !== match);
        reject(new Error(`no log line within ${timeoutMs} ms: waited for ${what}`));
      }, timeoutMs);
      this.waiters.push({ match, resolve: (e) => (clearTimeout(timer), resolve(e)) });
    });
  }
}

export interface Harness {
  fake: FakeDiscord;
  bot: RunningBot;
  logs: LogCapture;
  stop(): Promise<void>;
}

/** A report sink that keeps nothing, for contexts whose tests do not look at reports. */
const KEEPS_NOTHING = { receive: () => Promise.resolve("logged" as const) };

/** The real knowledge and commands, and features (by default, reports going nowhere). */
export function testContext(features: readonly Feature[] = [reportFeature(KEEPS_NOTHING)]): BotContext {
  const knowledge = realKnowledge();
  const index = buildSearchIndex(knowledge);
  return {
    knowledge,
    index,
    ask: buildAskIndex(knowledge, loadOtherDrugs(knowledge), index),
    commands: createRegistry(registry.list, features),
  };
}

/** The boundary as the entry point builds it: the cached router, the limiter and metrics, if given. */
export function boundaryFor(
  ctx: BotContext,
  options: { logger: Logger; limiter?: Limiter; metrics?: Metrics },
): Boundary {
  const { logger, limiter, metrics } = options;
  return createBoundary({
    router: cachedRouter(ctx),
    logger,
    limiter,
    ...(metrics ? { onOutcome: (outcome) => observeInteraction(metrics, outcome) } : {}),
  });
}

/** A fake Discord and the real bot logged in to it. */
export async function startHarness(
  options: {
    limiter?: Limiter;
    ctx?: BotContext;
    reportChannelId?: string;
    shards?: number;
    metrics?: Metrics;
    mentions?: boolean;
  } = {},
): Promise<Harness> {
  const fake = await FakeDiscord.start({ shards: options.shards });
  const logs = new LogCapture();
  const logger = createLogger({ level: "debug", destination: logs.stream, secrets: [TEST_TOKEN] });
  // As the entry point wires it: one poster for reports and mentions, today's report sink, one boundary.
  const poster = createChannelPoster({ rest: botRest(TEST_TOKEN, logger, fake.apiUrl), logger });
  const reports = channelReportSink({ logger, channelId: options.reportChannelId, poster });
  const ctx = options.ctx ?? testContext([reportFeature(reports)]);
  const bot = await startBot({
    token: TEST_TOKEN,
    apiUrl: fake.apiUrl,
    boundary: boundaryFor(ctx, { logger, limiter: options.limiter, metrics: options.metrics }),
    logger,
    metrics: options.metrics,
    ...(options.mentions ? { mentions: { poster } } : {}),
  });
  return {
    fake,
    bot,
    logs,
    async stop() {
      await bot.stop();
      await fake.stop();
    },
  };
}
