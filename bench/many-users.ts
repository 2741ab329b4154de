import type { FakeDiscord } from "../test/support/fake-discord.js";
import { boundaryFor, TEST_TOKEN } from "../test/support/bot.js";
import { drive, trafficMix, type LoadResult } from "../test/support/load.js";
import { startBot } from "../src/discord/gateway.js";
import { Limiter } from "../src/interactions/limiter.js";
import type { BotContext } from "../src/interactions/types.js";
import type { Logger } from "../src/logger.js";

/**
 * Many distinct users: 50,000 interactions (BENCH_MANY_INTERACTIONS) from a pool of 60,000 user ids, 50 at a
 * time, through the real bot with the limiter on and off, in BENCH_MANY_PAIRS pairs (off-on, then on-off, …) so
 * that drift and order show. Throughput,
 * p99 and RSS per run; the limiter is cheap when "on" stays within 10 % of "off".
 */

const COUNT = Number(process.env.BENCH_MANY_INTERACTIONS ?? 50_000);
const USERS = 60_000;
const CONCURRENCY = 50;
const PAIRS = Number(process.env.BENCH_MANY_PAIRS ?? 2);

interface Row extends LoadResult {
  mode: "on" | "off";
  perSecond: number;
  /** CPU time of the whole process (bot and fake) per interaction: steadier than wall time on a shared machine. */
  cpuUs: number;
  rssMb: number;
  heapMb: number;
  tracked: number;
}

/** The limiter's own cost, free of network and machine noise: 1,000,000 checks spread over USERS users. */
function limiterCheckMicros(): number {
  const limiter = new Limiter({ command: { count: 5, windowMs: 10_000 } });
  const ids = Array.from({ length: USERS }, (_, i) => String(800000000000000000n + BigInt(i)));
  const kinds = ["command", "section", "autocomplete"] as const;
  const started = performance.now();
  for (let i = 0; i < 1_000_000; i++) limiter.check(ids[i % USERS]!, kinds[i % 3]!);
  return ((performance.now() - started) * 1000) / 1_000_000;
}

export async function manyUsers(fake: FakeDiscord, ctx: BotContext, logger: Logger): Promise<string> {
  const plan = trafficMix(COUNT, USERS);
  const rows: Row[] = [];
  fake.keepRequests = false;
  const modes = Array.from({ length: PAIRS }, (_, i) =>
    i % 2 === 0 ? (["off", "on"] as const) : (["on", "off"] as const),
  ).flat();
  for (const mode of modes) {
    const limiter = mode === "on" ? new Limiter({ command: { count: 5, windowMs: 10_000 } }) : undefined;
    const boundary = boundaryFor(ctx, { logger, limiter });
    const bot = await startBot({ token: TEST_TOKEN, apiUrl: fake.apiUrl, boundary, logger });
    await drive(fake, trafficMix(2000, 500), CONCURRENCY, "warm-up");
    global.gc?.();
    const cpu = process.cpuUsage();
    const result = await drive(fake, plan, CONCURRENCY, `limiter ${mode}`);
    const used = process.cpuUsage(cpu);
    global.gc?.();
    const memory = process.memoryUsage();
    rows.push({
      ...result,
      mode,
      perSecond: result.sent / (result.durationMs / 1000),
      cpuUs: (used.user + used.system) / result.sent,
      rssMb: memory.rss / 1024 / 1024,
      heapMb: memory.heapUsed / 1024 / 1024,
      tracked: limiter?.tracked ?? 0,
    });
    await bot.stop({ graceMs: 1000 });
  }
  fake.keepRequests = true;
  const best = (mode: Row["mode"]) =>
    rows.filter((r) => r.mode === mode).sort((a, b) => b.perSecond - a.perSecond)[0]!;
  const leastCpu = (mode: Row["mode"]) =>
    Math.min(...rows.filter((r) => r.mode === mode).map((r) => r.cpuUs));
  const [on, off] = [best("on"), best("off")];
  const columns = [
    "run",
    "sent",
    "lost",
    "errors",
    "per s",
    "p50 ms",
    "p99 ms",
    "CPU µs",
    "RSS MB",
    "heap MB",
    "tracked",
  ];
  const table = [
    columns,
    ...rows.map((r) =>
      [
        r.label,
        r.sent,
        r.lost,
        r.errors,
        r.perSecond.toFixed(0),
        r.p50.toFixed(2),
        r.p99.toFixed(2),
        r.cpuUs.toFixed(0),
        r.rssMb.toFixed(1),
        r.heapMb.toFixed(1),
        r.tracked,
      ].map(String),
    ),
  ];
  const lines = table.map((row) => row.map((c, i) => (i === 0 ? c.padEnd(12) : c.padStart(7))).join("  "));
  const ratio = `limiter on / off: throughput ${(on.perSecond / off.perSecond).toFixed(3)} and p99 ${(on.p99 / off.p99).toFixed(3)} (best run of each), CPU per interaction ${(leastCpu("on") / leastCpu("off")).toFixed(3)} (least of each)`;
  const checkUs = limiterCheckMicros();
  const share = `limiter.check alone: ${checkUs.toFixed(2)} µs per check over ${USERS} users and three kinds, ${((100 * checkUs) / leastCpu("off")).toFixed(2)} % of the CPU an interaction costs`;
  return [
    `${COUNT} interactions from ${USERS} distinct user ids, ${CONCURRENCY} at a time:`,
    ...lines,
    ratio,
    share,
  ].join("\n");
}

/** Run alone: `npx tsx --expose-gc bench/many-users.ts`. */
if (import.meta.url === `file://${process.argv[1]}`) {
  const { FakeDiscord } = await import("../test/support/fake-discord.js");
  const { createContext } = await import("../src/context.js");
  const { registry } = await import("../commands/index.js");
  const { createLogger } = await import("../src/logger.js");
  const { Writable } = await import("node:stream");
  const fake = await FakeDiscord.start();
  const quiet = createLogger({
    level: "warn",
    destination: new Writable({ write: (_c, _e, done) => done() }),
  });
  console.log(await manyUsers(fake, createContext(registry), quiet));
  await fake.stop();
}
