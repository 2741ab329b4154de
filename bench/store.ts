/**
 * npm run bench:store — what the store costs: reports stored per second (one at a time, and 50 at once),
 * the store's cost per interaction (a server's settings, read on every interaction in a server: cached and
 * not; and keeping an unanswered question), and the process's RSS with the store open. On a SQLite file
 * in a temporary folder, and on PostgreSQL too when BENCH_DATABASE_URL (or TEST_DATABASE_URL) is set.
 * Prints; asserts nothing. Run with node --expose-gc (npm run bench:store does) for RSS after a collection.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openStore, type Store } from "../src/store/store.js";

const REPORTS = Number(process.env.BENCH_REPORTS ?? 2000);
const READS = 20_000;
const mb = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(1)} MB`;

async function perSecond(
  n: number,
  work: (i: number) => Promise<unknown>,
  parallel: number,
): Promise<number> {
  const started = performance.now();
  for (let i = 0; i < n; i += parallel)
    await Promise.all(Array.from({ length: Math.min(parallel, n - i) }, (_, j) => work(i + j)));
  return n / ((performance.now() - started) / 1000);
}

async function microseconds(n: number, work: (i: number) => Promise<unknown>): Promise<number> {
  const started = performance.now();
  for (let i = 0; i < n; i++) await work(i);
  return ((performance.now() - started) * 1000) / n;
}

async function measure(label: string, store: Store): Promise<void> {
  const report = (i: number) =>
    store.reports.add({
      compound: "noopept",
      section: "dosing",
      claims: ["10–30 mg a day — “…” (source)"],
      text: `bench report ${i}: the dose in the dosing section does not match the source`,
      guildId: "444444444444444444",
      reporterId: "555555555555555555",
      postChannelId: "990000000000000001",
    });
  const one = await perSecond(REPORTS, report, 1);
  const fifty = await perSecond(REPORTS, report, 50);
  const guilds = Array.from({ length: 100 }, (_, i) => String(800000000000000000n + BigInt(i)));
  for (const g of guilds) await store.settings.set(g, { privateAnswers: true });
  const cached = await microseconds(READS, (i) => store.settings.get(guilds[i % guilds.length]!));
  const uncached = await microseconds(2000, async (i) => {
    const fresh = await openStoreLike(store, i);
    return fresh;
  });
  const gap = await microseconds(2000, (i) =>
    store.gaps.add({ text: `what about bromantane ${i}`, compound: "bromantane", subject: "not covered" }),
  );
  console.log(
    `${label.padEnd(10)}${one.toFixed(0).padStart(12)}${fifty.toFixed(0).padStart(14)}${cached.toFixed(2).padStart(14)}${uncached.toFixed(1).padStart(16)}${gap.toFixed(1).padStart(14)}`,
  );
}

/** A settings read that misses the cache: a server never seen (one query). */
function openStoreLike(store: Store, i: number) {
  return store.settings.get(String(900000000000000000n + BigInt(i)));
}

async function main(): Promise<void> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "nb-bench-store-"));
  try {
    const rssBefore = process.memoryUsage().rss;
    const sqlite = await openStore({ url: `sqlite:${path.join(tmp, "bench.db")}`, root: tmp });
    const rssOpen = process.memoryUsage().rss;
    console.log(`Machine: ${os.cpus().length} cores, ${os.cpus()[0]?.model ?? "?"}, Node ${process.version}`);
    console.log(
      `${"store".padEnd(10)}${"reports/s".padStart(12)}${"reports/s ×50".padStart(14)}${"settings µs".padStart(14)}${"uncached µs".padStart(16)}${"gap µs".padStart(14)}`,
    );
    await measure("sqlite", sqlite);
    (globalThis as { gc?: () => void }).gc?.();
    const rssUsed = process.memoryUsage().rss;
    const heapUsed = process.memoryUsage().heapUsed;
    await sqlite.close();
    const pgUrl = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL;
    if (pgUrl) {
      const pg = await openStore({ url: pgUrl, root: tmp });
      await measure("postgres", pg);
      await pg.close();
    } else console.log("(postgres: set BENCH_DATABASE_URL or TEST_DATABASE_URL to measure it too)");
    console.log(
      `\nRSS: ${mb(rssBefore)} before opening the store, ${mb(rssOpen)} with the SQLite store open (+${mb(rssOpen - rssBefore)}), ${mb(rssUsed)} after ${REPORTS * 2} reports (heap ${mb(heapUsed)}${(globalThis as { gc?: unknown }).gc ? ", after a GC" : ""}).`,
    );
    console.log(
      "settings µs: a server's settings read from the 10 s cache (what most interactions in a server cost);",
    );
    console.log("uncached µs: the same read on a miss (one query); gap µs: keeping one unanswered question.");
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
