/**
 * npm run bench:e2e — the real bot through the local fake Discord under a realistic mix of 2,000
 * interactions, sequentially and 50 at a time, against a bare discord.js pong bot through the same fake.
 * Also cold start to ready and the in-process reply time per command. Prints figures; asserts nothing.
 */
import os from "node:os";
import { Writable } from "node:stream";
import { registry } from "../commands/index.js";
import { createContext } from "../src/context.js";
import { startBot } from "../src/discord/gateway.js";
import { Limiter } from "../src/interactions/limiter.js";
import { route, type Incoming } from "../src/interactions/route.js";
import { createLogger } from "../src/logger.js";
import type { MessagePayload } from "../src/reply/payload.js";
import { boundaryFor, TEST_TOKEN } from "../test/support/bot.js";
import { FakeDiscord } from "../test/support/fake-discord.js";
import { manyUsers } from "./many-users.js";
import { drive, formatLoadTable, startPongBot, trafficMix, type LoadResult } from "../test/support/load.js";

const COUNT = Number(process.env.BENCH_INTERACTIONS ?? 2000);
const CONCURRENCY = 50;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function main(): Promise<void> {
  const fake = await FakeDiscord.start();
  const plan = trafficMix(COUNT * 2, 2000);
  const [sequential, parallel] = [plan.slice(0, COUNT), plan.slice(COUNT)];
  /** Both bots get the same warm-up, so that neither is measured while V8 is still compiling its hot paths. */
  const warmUp = async (strict: boolean) => {
    const plan = trafficMix(1000, 1000);
    await drive(fake, plan.slice(0, 500), 1, "warm-up", { strict });
    await drive(fake, plan.slice(500), CONCURRENCY, "warm-up", { strict });
  };
  const quiet = createLogger({
    level: "warn",
    destination: new Writable({ write: (_c, _e, done) => done() }),
  });

  const t0 = performance.now();
  const ctx = createContext(registry);
  const loadedMs = performance.now() - t0;
  const limiter = new Limiter({ command: { count: 5, windowMs: 10_000 } });
  const boundary = boundaryFor(ctx, { logger: quiet, limiter });
  const bot = await startBot({ token: TEST_TOKEN, apiUrl: fake.apiUrl, boundary, logger: quiet });
  const readyMs = performance.now() - t0;

  await warmUp(true);
  const rssBefore = process.memoryUsage().rss;
  const ours: LoadResult[] = [
    await drive(fake, sequential, 1, "sequential"),
    await drive(fake, parallel, CONCURRENCY, `${CONCURRENCY} at a time`),
  ];
  const rssAfter = process.memoryUsage().rss;
  await bot.stop();

  const floorRun = async (payload?: MessagePayload): Promise<LoadResult[]> => {
    const pong = await startPongBot(fake, TEST_TOKEN, payload);
    await warmUp(false);
    const rows = [
      await drive(fake, sequential, 1, "sequential", { strict: false }),
      await drive(fake, parallel, CONCURRENCY, `${CONCURRENCY} at a time`, { strict: false }),
    ];
    await pong.destroy();
    return rows;
  };
  const floor = await floorRun();
  const card = route(ctx, { type: "command", name: "compound", options: { name: "noopept" } });
  const sized = await floorRun(card.type === "reply" ? card.payload : undefined);
  await fake.stop();

  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  console.log(
    `Machine: ${os.cpus().length} cores, ${cpu}, ${mb(os.totalmem())} RAM, Node ${process.version}`,
  );
  console.log(
    `Cold start: knowledge loaded, quotes checked and index built in ${loadedMs.toFixed(0)} ms; ready on the gateway after ${readyMs.toFixed(0)} ms`,
  );
  console.log(`\nRound trip, dispatch to interaction callback (our bot; ratio to the bare pong bot):`);
  console.log(formatLoadTable(ours, new Map(floor.map((r) => [r.label, r]))));
  console.log(`\nBare discord.js pong bot through the same fake:`);
  console.log(formatLoadTable(floor));
  console.log(
    `\nThe same bare bot sending a fixed reply the size of /compound noopept (${JSON.stringify(card).length} bytes), and our bot's ratio to it:`,
  );
  console.log(formatLoadTable(sized));
  console.log(
    formatLoadTable(ours, new Map(sized.map((r) => [r.label, r])))
      .split("\n")
      .slice(1)
      .map((l) => `ours vs sized: ${l}`)
      .join("\n"),
  );
  console.log(`\nRSS before the runs ${mb(rssBefore)}, after ${mb(rssAfter)}`);

  const cases: Array<[string, Incoming]> = [
    ["/compound nopept", { type: "command", name: "compound", options: { name: "nopept" } }],
    [
      "/compound noopept section:safety",
      { type: "command", name: "compound", options: { name: "noopept", section: "safety" } },
    ],
    [
      "/compare noopept piracetam",
      { type: "command", name: "compare", options: { first: "noopept", second: "piracetam" } },
    ],
    ["/stack", { type: "command", name: "stack", options: {} }],
    ["/stack goal:memory", { type: "command", name: "stack", options: { goal: "memory" } }],
    ["/sources", { type: "command", name: "sources", options: {} }],
    [
      "autocomplete 'noo'",
      { type: "autocomplete", name: "compound", focused: { name: "name", value: "noo" }, options: {} },
    ],
    ["button dosing", { type: "button", customId: "compound:noopept:dosing" }],
  ];
  console.log(`\nIn-process reply time (route + render, no network), ms over 2,000 runs:`);
  console.log(`${"command".padEnd(36)}  ${"p50".padStart(6)}  ${"p99".padStart(6)}`);
  for (const [label, incoming] of cases) {
    const samples: number[] = [];
    for (let i = 0; i < 2000; i++) {
      const s = performance.now();
      route(ctx, incoming);
      samples.push(performance.now() - s);
    }
    samples.sort((a, b) => a - b);
    console.log(
      `${label.padEnd(36)}  ${samples[1000]!.toFixed(3).padStart(6)}  ${samples[1980]!.toFixed(3).padStart(6)}`,
    );
  }
  if (process.env.BENCH_MANY !== "0") {
    const again = await FakeDiscord.start();
    console.log(`\n${await manyUsers(again, ctx, quiet)}`);
    await again.stop();
  }
  const lost = ours.reduce((n, r) => n + r.lost + r.errors, 0);
  if (lost > 0) process.exitCode = 1;
}

await main();
