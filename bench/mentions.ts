/**
 * npm run bench:mentions — the soak: the real bot, mentions on, logged in to the local fake Discord, receives
 * 100,000 ordinary channel messages (no mention) over the gateway, with a mention every 10,000 to check it
 * still answers. Prints RSS and heap before, during and after (after a GC), and the time per message in
 * the mention filter itself. Prints figures; asserts nothing. Run with --expose-gc for settled figures.
 */
import { Writable } from "node:stream";
import { registry } from "../src/commands/index.js";
import { createContext } from "../src/context.js";
import { answerMention } from "../src/discord/mentions.js";
import { startBot } from "../src/discord/gateway.js";
import { cachedRouter } from "../src/interactions/cache.js";
import { createLogger } from "../src/logger.js";
import { TEST_TOKEN } from "../test/support/bot.js";
import { BOT_ID, FakeDiscord } from "../test/support/fake-discord.js";
import { channelMessage, guildCreate } from "../test/support/messages.js";

const TOTAL = Number(process.env.BENCH_MESSAGES ?? 100_000);
/** A mention after every batch: awaiting its reply paces the sender, so the fake's send buffers stay small. */
const EVERY = 1_000;
const REPORT = new Set([10_000, 50_000]);
const IDLE_MS = 5_000;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const gc = (globalThis as { gc?: () => void }).gc;

function memory(label: string): { rss: number; heap: number } {
  gc?.();
  const { rss, heapUsed, heapTotal, external } = process.memoryUsage();
  console.log(`${label.padEnd(34)} RSS ${mb(rss).padStart(9)}   heap used ${mb(heapUsed).padStart(8)} of ${mb(heapTotal).padStart(8)}   external ${mb(external).padStart(7)}`);
  return { rss, heap: heapUsed };
}

async function main(): Promise<void> {
  const quiet = createLogger({ level: "warn", destination: new Writable({ write: (_c, _e, done) => done() }) });
  const ctx = createContext(registry);

  // The filter alone: what every message of a busy server costs before it is dropped.
  const deps = { botId: () => BOT_ID, answer: cachedRouter(ctx), logger: quiet };
  const sample = channelMessage("anyone tried noopept with coffee this morning? it was fine for me");
  const start = performance.now();
  for (let i = 0; i < 1_000_000; i++) answerMention(sample, deps);
  const filterNs = ((performance.now() - start) * 1e6) / 1_000_000;

  const fake = await FakeDiscord.start();
  const bot = await startBot({ token: TEST_TOKEN, apiUrl: fake.apiUrl, ctx, logger: quiet, mentions: true });
  console.log(`Soak: ${TOTAL.toLocaleString("en")} ordinary messages through the fake gateway, a mention every ${EVERY.toLocaleString("en")}${gc ? "" : " (run with --expose-gc for settled figures)"}`);
  // The server and its channel, as Discord sends them after READY, so discord.js handles each message as it
  // would in a real server (it builds a Message for its own event, and keeps none: the message cache is 0).
  fake.dispatch("GUILD_CREATE", guildCreate());
  await fake.message(channelMessage("noopept dose?", { mentionBot: true }));
  const before = memory("after login, before the messages");
  let answered = 0;
  let warm = before;
  const t0 = performance.now();
  for (let i = 1; i <= TOTAL; i++) {
    fake.dispatch("MESSAGE_CREATE", channelMessage(`ordinary chatter ${i}: did anyone compare noopept and piracetam?`, { authorId: String(500000000000000000n + BigInt(i % 5000)) }));
    if (i % EVERY === 0) {
      // A mention after each batch: its reply shows the bot has read every message before it, and still answers.
      const reply = await fake.message(channelMessage("noopept dose?", { mentionBot: true, authorId: String(600000000000000000n + BigInt(i)) }));
      if (JSON.stringify(reply?.body).includes("10–30 mg")) answered += 1;
      if (REPORT.has(i)) {
        const m = memory(`after ${i.toLocaleString("en")} messages`);
        if (i === 10_000) warm = m;
      }
    }
  }
  const seconds = (performance.now() - t0) / 1000;
  const after = memory(`after ${TOTAL.toLocaleString("en")} messages`);
  // V8 keeps freed pages committed while the process is busy, and gives them back once it idles.
  await new Promise((resolve) => setTimeout(resolve, IDLE_MS));
  const idle = memory(`then ${IDLE_MS / 1000} s idle`);
  const kept = JSON.stringify(fake.requests).length;
  console.log(`Mentions answered: ${answered} of ${TOTAL / EVERY}; channel posts: ${fake.channelPosts.length}; ${Math.round(TOTAL / seconds).toLocaleString("en")} messages/s through discord.js`);
  console.log(`Growth from 10,000 to ${TOTAL.toLocaleString("en")} messages: heap used ${mb(after.heap - warm.heap)} (the fake keeps every request it received: ${mb(kept)} of JSON), RSS ${mb(after.rss - warm.rss)}, RSS after idling ${mb(idle.rss - warm.rss)}`);
  console.log(`Mention filter: ${filterNs.toFixed(0)} ns per message that does not mention the bot (in process, 1,000,000 messages)`);
  await bot.stop();
  await fake.stop();
}

void main();
