import { execFileSync, fork } from "node:child_process";
import { readFileSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chatInput } from "../test/support/interactions.js";
import { generateSigningKeys, SignedClient } from "../test/support/signed-client.js";
import { PROJECT_ROOT } from "../src/paths.js";
import { startProcess, type Proc } from "./scale/processes.js";
import { startCommand } from "./support/start-command.js";

/**
 * The memory attack on the HTTP endpoint, on 127.0.0.1 only, with bounded loops: N connections that each send
 * a request head with a made-up (well-formed, fresh) signature and all but the last byte of a 255 KB body,
 * then wait. A connection the server closes is opened again while the attack lasts (at most 3 N in all). The
 * bot runs as `npm start` runs it (dist/ rebuilt if stale, node with the start script's environment and
 * flags), in a process of its own; its RSS is read from /proc before, during and 30 s after each attack.
 * Legitimate signed requests (/compound, 4 at a time) run throughout: their p99 during the attack is compared
 * with the p99 of the quiet phase just before it.
 *
 * Goal: RSS during the attack under 200 MB, back within 20 MB of the start (the RSS after warm-up) 30 s later,
 * p99 within 2x quiet. The attacker runs in a process of its own (bench/support/attacker.ts): in this one its
 * writes of 255 KB bodies to thousands of sockets held up the legitimate client's own event loop, and that
 * wait was counted in the p99.
 */

const WAVES = (process.env.BENCH_ABUSE_CONNECTIONS ?? "1500,3000").split(",").map(Number);
const ATTACK_MS = Number(process.env.BENCH_ABUSE_SECONDS ?? 15) * 1000;
const QUIET_MS = 10_000;
const AFTER_MS = 30_000;
const LEGIT_CONCURRENCY = 4;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const loadAverage = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(" ");

function rssMb(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return match ? Number(match[1]) / 1024 : NaN;
}

function p99(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.99))] ?? NaN;
}

/** Legitimate traffic until stop() is called: latencies of the answers that came back 200, and the others. */
function legitimate(client: SignedClient) {
  const latencies: number[] = [];
  let failed = 0;
  let running = true;
  let users = 0;
  const worker = async () => {
    while (running) {
      const user = String(900000000000000000n + BigInt(++users % 50_000));
      const started = performance.now();
      const res = await client.post(chatInput("compound", { name: "noopept" }, user)).catch(() => undefined);
      if (res?.status === 200) latencies.push(performance.now() - started);
      else failed += 1;
    }
  };
  const done = Promise.all(Array.from({ length: LEGIT_CONCURRENCY }, worker));
  return {
    async stop() {
      running = false;
      await done;
      return { latencies, failed };
    },
  };
}

type Attacker = ReturnType<typeof startAttacker>;

/** The attack, run by bench/support/attacker.ts in a process of its own (its own event loop and CPU time). */
function startAttacker() {
  const script = path.join(path.dirname(fileURLToPath(import.meta.url)), "support", "attacker.ts");
  const child = fork(script, [], { execArgv: ["--import", "tsx"] });
  const ready = new Promise<void>((resolve) => child.once("message", () => resolve()));
  return {
    ready,
    attack(port: number, connections: number, ms: number) {
      const done = new Promise<{ opened: number; answered: Record<string, number> }>((resolve) =>
        child.once("message", resolve),
      );
      child.send({ port, connections, ms });
      return done;
    },
    stop: () => child.kill(),
  };
}

async function wave(bot: Proc, client: SignedClient, attacker: Attacker, connections: number) {
  const pid = bot.child.pid!;
  const quietTraffic = legitimate(client);
  await sleep(QUIET_MS);
  const quiet = await quietTraffic.stop();
  const before = rssMb(pid);

  const attackTraffic = legitimate(client);
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 200);
  const attacked = await attacker.attack(bot.port, connections, ATTACK_MS);
  const during = await attackTraffic.stop();
  clearInterval(sampler);
  peak = Math.max(peak, rssMb(pid));

  await sleep(AFTER_MS);
  const after = rssMb(pid);
  const quietP99 = p99(quiet.latencies);
  const attackP99 = p99(during.latencies);
  return {
    connections,
    opened: attacked.opened,
    answered: attacked.answered,
    before,
    peak,
    after,
    quietP99,
    attackP99,
    legit: during.latencies.length,
    legitFailed: during.failed,
  };
}

execFileSync(process.execPath, ["scripts/build.mjs", "--if-stale"], { cwd: PROJECT_ROOT, stdio: "inherit" });
const { env, argv } = startCommand();
const keys = generateSigningKeys();
const bot = await startProcess(
  "bot",
  "dist/src/bin/start.js",
  { ...env, DISCORD_PUBLIC_KEY: keys.publicKeyHex, HOST: "127.0.0.1", LOG_LEVEL: "info" },
  argv,
);
const client = new SignedClient(`http://127.0.0.1:${bot.port}`, keys);
// Warm up the bot (JIT, caches) and the client's keep-alive connections before measuring.
for (let i = 0; i < 200; i++)
  await client.post(chatInput("compound", { name: "noopept" }, String(910000000000000000n + BigInt(i))));
const start = rssMb(bot.child.pid!);
console.log(
  `bot: ${Object.entries(env)
    .map(([k, v]) => `${k}=${v} `)
    .join(
      "",
    )}node ${argv.join(" ")}; load average ${loadAverage()}; RSS after warm-up: ${start.toFixed(0)} MB; attack ${ATTACK_MS / 1000} s per wave, quiet ${QUIET_MS / 1000} s before, RSS read ${AFTER_MS / 1000} s after\n`,
);
console.log(
  "connections  opened  server answered        RSS before  during  +30 s  quiet p99  attack p99  ratio  legit ok/failed",
);
const attacker = startAttacker();
await attacker.ready;
const rows = [];
for (const connections of WAVES) {
  const row = await wave(bot, client, attacker, connections);
  rows.push(row);
  const answered = Object.entries(row.answered)
    .map(([status, n]) => `${status}:${n}`)
    .join(" ");
  console.log(
    [
      String(row.connections).padStart(11),
      String(row.opened).padStart(7),
      answered.padEnd(22),
      `${row.before.toFixed(0)} MB`.padStart(10),
      `${row.peak.toFixed(0)} MB`.padStart(7),
      `${row.after.toFixed(0)} MB`.padStart(6),
      `${row.quietP99.toFixed(1)} ms`.padStart(10),
      `${row.attackP99.toFixed(1)} ms`.padStart(11),
      (row.attackP99 / row.quietP99).toFixed(2).padStart(6),
      `${row.legit}/${row.legitFailed}`.padStart(16),
    ].join("  "),
  );
}
attacker.stop();
client.close();
http.globalAgent.destroy();
await bot.stop();
const peakAndP99 = rows.every((r) => r.peak < 200 && r.attackP99 <= 2 * r.quietP99);
// "Back within 20 MB of the start": the RSS just before the attack (what the attack may leave behind), and,
// stricter, the RSS after warm-up (which the legitimate traffic's garbage also moves, attack or not).
const sinceBefore = peakAndP99 && rows.every((r) => r.after - r.before <= 20);
const sinceWarmUp = peakAndP99 && rows.every((r) => r.after - start <= 20);
console.log(
  `\ngoal (during < 200 MB, +30 s within 20 MB of the start, p99 within 2x quiet): ` +
    `${sinceBefore ? "met" : "NOT met"} with the RSS before each attack as the start, ` +
    `${sinceWarmUp ? "met" : "NOT met"} with the RSS after warm-up` +
    `; load average ${loadAverage()} (2-core machines shared with other jobs: the p99 ratio moves with it)`,
);
