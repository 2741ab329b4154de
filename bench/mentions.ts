/**
 * npm run bench:mentions — the soak: the real bot, mentions on, logged in to the fake Discord (in a process
 * of its own, so the RSS measured is the bot's), receives 100,000 ordinary channel messages (no mention)
 * over the gateway, in batches of 1,000 each followed by a mention it must answer. Prints RSS and heap
 * before, during and after, and the time per message in the mention filter itself. Asserts nothing.
 */
import { fork } from "node:child_process";
import path from "node:path";
import { Writable } from "node:stream";
import { fileURLToPath } from "node:url";
import { registry } from "../commands/index.js";
import { createContext } from "../src/context.js";
import { answerMention } from "../src/discord/mentions.js";
import { startBot } from "../src/discord/gateway.js";
import { cachedRouter } from "../src/interactions/cache.js";
import { createLogger } from "../src/logger.js";
import { boundaryFor, TEST_TOKEN } from "../test/support/bot.js";
import { botRest, createChannelPoster } from "../src/discord/channel-poster.js";
import { BOT_ID } from "../test/support/fake-discord.js";
import { channelMessage } from "../test/support/messages.js";

const TOTAL = Number(process.env.BENCH_MESSAGES ?? 100_000);
const BATCH = 1_000;
const REPORT = new Set([10_000, 50_000]);
const IDLE_MS = 5_000;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const gc = (globalThis as { gc?: () => void }).gc;

function memory(label: string): { rss: number; heap: number } {
  gc?.();
  const { rss, heapUsed, heapTotal } = process.memoryUsage();
  console.log(
    `${label.padEnd(34)} RSS ${mb(rss).padStart(9)}   heap used ${mb(heapUsed).padStart(8)} of ${mb(heapTotal).padStart(8)}`,
  );
  return { rss, heap: heapUsed };
}

type Reply = { apiUrl?: string; answered?: boolean };

async function main(): Promise<void> {
  const quiet = createLogger({
    level: "warn",
    destination: new Writable({ write: (_c, _e, done) => done() }),
  });
  const ctx = createContext(registry);

  // The filter alone: what every message of a busy server costs before it is dropped.
  const deps = { botId: () => BOT_ID, router: cachedRouter(ctx), logger: quiet };
  const sample = channelMessage("anyone tried noopept with coffee this morning? it was fine for me");
  const start = performance.now();
  for (let i = 0; i < 1_000_000; i++) answerMention(sample, deps);
  const filterNs = ((performance.now() - start) * 1e6) / 1_000_000;

  const script = path.join(path.dirname(fileURLToPath(import.meta.url)), "support", "fake-process.ts");
  const child = fork(script, [], { execArgv: ["--import", "tsx"] });
  const next = () => new Promise<Reply>((resolve) => child.once("message", (m) => resolve(m as Reply)));
  const { apiUrl } = await next();
  const poster = createChannelPoster({ rest: botRest(TEST_TOKEN, quiet, apiUrl), logger: quiet });
  const boundary = boundaryFor(ctx, { logger: quiet });
  const bot = await startBot({ token: TEST_TOKEN, apiUrl, boundary, logger: quiet, mentions: { poster } });
  const send = (command: object) => {
    const reply = next();
    child.send(command);
    return reply;
  };
  await send({ guild: true, burst: 0 });
  console.log(
    `Soak: ${TOTAL.toLocaleString("en")} ordinary messages through the fake gateway (another process), a mention after every ${BATCH.toLocaleString("en")}${gc ? "" : " (run with --expose-gc for settled figures)"}`,
  );
  const before = memory("after login, before the messages");
  let answered = 0;
  let warm = before;
  const t0 = performance.now();
  for (let sent = BATCH; sent <= TOTAL; sent += BATCH) {
    if ((await send({ burst: BATCH })).answered) answered += 1;
    if (REPORT.has(sent)) {
      const m = memory(`after ${sent.toLocaleString("en")} messages`);
      if (sent === 10_000) warm = m;
    }
  }
  const seconds = (performance.now() - t0) / 1000;
  const after = memory(`after ${TOTAL.toLocaleString("en")} messages`);
  await new Promise((resolve) => setTimeout(resolve, IDLE_MS));
  const idle = memory(`then ${IDLE_MS / 1000} s idle`);
  console.log(
    `Mentions answered: ${answered} of ${TOTAL / BATCH}; ${Math.round(TOTAL / seconds).toLocaleString("en")} messages/s through the gateway`,
  );
  console.log(
    `Growth from 10,000 to ${TOTAL.toLocaleString("en")} messages: heap used ${mb(after.heap - warm.heap)}, RSS ${mb(after.rss - warm.rss)}, RSS after idling ${mb(idle.rss - warm.rss)}`,
  );
  console.log(
    `Mention filter: ${filterNs.toFixed(0)} ns per message that does not mention the bot (in process, 1,000,000 messages)`,
  );
  await bot.stop();
  child.send({ stop: true });
}

void main();
