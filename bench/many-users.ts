import type { FakeDiscord } from "../test/support/fake-discord.js";
import { TEST_TOKEN } from "../test/support/bot.js";
import { drive, trafficMix, type LoadResult } from "../test/support/load.js";
import { startBot } from "../src/discord/gateway.js";
import { Limiter } from "../src/interactions/limiter.js";
import type { BotContext } from "../src/interactions/types.js";
import type { Logger } from "../src/logger.js";

/**
 * Many distinct users: 50,000 interactions (BENCH_MANY_INTERACTIONS) from a pool of 60,000 user ids, 50 at a
 * time, through the real bot with the limiter on and off, alternated twice so that drift shows. Throughput,
 * p99 and RSS per run; the limiter is cheap when "on" stays within 10 % of "off".
 */

const COUNT = Number(process.env.BENCH_MANY_INTERACTIONS ?? 50_000);
const USERS = 60_000;
const CONCURRENCY = 50;

interface Row extends LoadResult {
  mode: "on" | "off";
  perSecond: number;
  rssMb: number;
  tracked: number;
}

export async function manyUsers(fake: FakeDiscord, ctx: BotContext, logger: Logger): Promise<string> {
  const plan = trafficMix(COUNT, USERS);
  const rows: Row[] = [];
  fake.keepRequests = false;
  for (const mode of ["off", "on", "off", "on"] as const) {
    const limiter = mode === "on" ? new Limiter({ command: { count: 5, windowMs: 10_000 } }) : undefined;
    const bot = await startBot({ token: TEST_TOKEN, apiUrl: fake.apiUrl, ctx, logger, limiter });
    await drive(fake, trafficMix(2000, 500), CONCURRENCY, "warm-up");
    global.gc?.();
    const result = await drive(fake, plan, CONCURRENCY, `limiter ${mode}`);
    rows.push({ ...result, mode, perSecond: result.sent / (result.durationMs / 1000), rssMb: process.memoryUsage().rss / 1024 / 1024, tracked: limiter?.tracked ?? 0 });
    await bot.stop({ graceMs: 1000 });
  }
  fake.keepRequests = true;
  const best = (mode: Row["mode"]) => rows.filter((r) => r.mode === mode).sort((a, b) => b.perSecond - a.perSecond)[0]!;
  const [on, off] = [best("on"), best("off")];
  const header = `${"run".padEnd(12)}  ${"sent".padStart(6)}  ${"lost".padStart(4)}  ${"errors".padStart(6)}  ${"per s".padStart(7)}  ${"p50 ms".padStart(7)}  ${"p99 ms".padStart(7)}  ${"RSS MB".padStart(7)}  ${"tracked".padStart(7)}`;
  const lines = rows.map((r) =>
    `${r.label.padEnd(12)}  ${String(r.sent).padStart(6)}  ${String(r.lost).padStart(4)}  ${String(r.errors).padStart(6)}  ${r.perSecond.toFixed(0).padStart(7)}  ${r.p50.toFixed(2).padStart(7)}  ${r.p99.toFixed(2).padStart(7)}  ${r.rssMb.toFixed(1).padStart(7)}  ${String(r.tracked).padStart(7)}`,
  );
  const ratio = `best of two, limiter on / off: throughput ${(on.perSecond / off.perSecond).toFixed(3)}, p99 ${(on.p99 / off.p99).toFixed(3)}`;
  return [`${COUNT} interactions from ${USERS} distinct user ids, ${CONCURRENCY} at a time:`, header, ...lines, ratio].join("\n");
}
