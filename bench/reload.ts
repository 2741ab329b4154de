/**
 * npm run bench:reload — reloading the knowledge while the bot answers, at 1,000 compounds and about 65,000
 * documents (bench/support/big-knowledge.ts). It runs what npm start runs: the built code (dist/, rebuilt if
 * stale) under the start script's node flags and environment (this file runs itself again with them): one
 * reload with nothing else running (its wall time and CPU), then reloads while interactions arrive every
 * 10 ms, each after a quiet spell, so that the interactions answered during reloads and those answered
 * between them are about as many, on the same machine at the same time: their p50, p99 and max, and how
 * many of those answered during a reload took longer than the usual p99 (1 in 100 of the usual ones do).
 * `-- --slice-ms N` runs the reload's slices at N ms instead of the bot's default. Prints figures; asserts
 * nothing. bench/reload-rss.ts then measures the built bot's memory at rest and after a reload.
 */
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { setTimeout as sleep } from "node:timers/promises";
import type * as Commands from "../commands/index.js";
import type * as Route from "../src/interactions/route.js";
import type { Incoming } from "../src/interactions/types.js";
import type * as Load from "../src/knowledge/load.js";
import type * as Live from "../src/live.js";
import { PROJECT_ROOT } from "../src/paths.js";
import { writeBigKnowledge } from "./support/big-knowledge.js";
import { startCommand } from "./support/start-command.js";

const AGAIN = "NOOTROPIC_BENCH_RELOAD_RUN";
if (process.env[AGAIN] !== "1") {
  execFileSync(process.execPath, ["scripts/build.mjs", "--if-stale"], {
    cwd: PROJECT_ROOT,
    stdio: "inherit",
  });
  const { env, argv } = startCommand();
  const flags = argv.filter((a) => a.startsWith("--"));
  const self = [fileURLToPath(import.meta.url), ...process.argv.slice(2)];
  const run = spawnSync(process.execPath, [...flags, "--import", "tsx", ...self], {
    stdio: "inherit",
    env: { ...process.env, ...env, [AGAIN]: "1" },
  });
  process.exit(run.status ?? 1);
}

const built = (file: string) => pathToFileURL(path.join(PROJECT_ROOT, "dist", file)).href;
const { registry } = (await import(built("commands/index.js"))) as typeof Commands;
const { route } = (await import(built("src/interactions/route.js"))) as typeof Route;
const { loadKnowledge } = (await import(built("src/knowledge/load.js"))) as typeof Load;
const { createLiveContext } = (await import(built("src/live.js"))) as typeof Live;

const EVERY_MS = 10;
/** Reloads while answering, and the quiet spell before each. */
const RELOADS = 12;
const at = process.argv.indexOf("--slice-ms");
const SLICE_MS = at > 0 ? Number(process.argv[at + 1]) : undefined;
const restAt = process.argv.indexOf("--rest");
const REST = restAt > 0 ? Number(process.argv[restAt + 1]) : undefined;
const QUIET_MS = 500;
const ASKS: Incoming[] = [
  { type: "command", name: "ask", options: { question: "noopept dose?" } },
  { type: "command", name: "ask", options: { question: "is piracetam safe long term" } },
  { type: "command", name: "compound", options: { name: "fasoracetm" } },
  { type: "command", name: "ask", options: { question: "what helps memory" } },
  { type: "command", name: "compare", options: { first: "noopept", second: "piracetam" } },
  { type: "autocomplete", name: "compound", focused: { name: "name", value: "noo" }, options: {} },
];

const pct = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
};
const f = (n: number) => n.toFixed(2);
const median = (xs: number[]) => pct(xs, 0.5);

/**
 * How long the answering thread has waited for a core, runnable but not running (Linux's schedstat, in ms):
 * the time the machine's other jobs took from it. 0 elsewhere.
 */
function waitedForCoreMs(): number {
  try {
    const [, waitingNs] = fs.readFileSync(`/proc/self/task/${process.pid}/schedstat`, "utf8").split(" ");
    return Number(waitingNs) / 1e6;
  } catch {
    return 0;
  }
}

/** Each interaction's latency, and the same less the time the thread waited for a core meanwhile. */
interface Latencies {
  wall: number[];
  own: number[];
}

/** Interactions due every EVERY_MS while `during` runs (or for `ms`), each timed from when it was due. */
async function drive(
  live: Live.LiveContext,
  during: Promise<unknown> | number,
  into: Latencies,
): Promise<void> {
  let done = false;
  const stop = typeof during === "number" ? sleep(during) : during;
  void stop.then(() => (done = true));
  const start = performance.now();
  let previous = start;
  let waited = waitedForCoreMs();
  for (let i = 0; !done; i++) {
    const due = start + i * EVERY_MS;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    else await new Promise((r) => setImmediate(r));
    route(live.ctx, ASKS[i % ASKS.length]!);
    const finished = performance.now();
    // From when it was due, or (behind a slower one) when the one before it was answered: the wait the
    // reload causes is counted, a queue of interactions behind each other is not.
    const latency = finished - Math.max(due, previous);
    const stolen = waitedForCoreMs() - waited;
    into.wall.push(latency);
    into.own.push(Math.max(0, latency - stolen));
    previous = finished;
    waited += stolen;
  }
}

/** The CPU the answering (main) thread has used, from Linux's /proc (10 ms ticks); NaN elsewhere. */
function answeringThreadCpuMs(): number {
  try {
    const stat = fs.readFileSync(`/proc/self/task/${process.pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // utime and stime, the 14th and 15th fields of the line (the 12th and 13th after the name), in ticks.
    return (Number(fields[11]) + Number(fields[12])) * (1000 / CLOCK_TICKS);
  } catch {
    return NaN;
  }
}
const CLOCK_TICKS = 100;

function touch(dir: string, i: number): void {
  const file = path.join(dir, "compounds", `syn-${i}.yaml`);
  fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace(/^summary: /m, "summary: Edited. "));
}

type Swapped = Extract<Awaited<ReturnType<Live.LiveContext["reload"]>>, { ok: true }>;

async function reloaded(outcome: Promise<Awaited<ReturnType<Live.LiveContext["reload"]>>>): Promise<Swapped> {
  const o = await outcome;
  if (!o.ok) throw new Error(o.problems.join("\n"));
  return o;
}

/** Each step's time in all, slices and longest slice, the median of each over the reloads. */
const steps = (outcomes: Swapped[]) =>
  outcomes[0]!.steps
    .map(({ name }) => {
      const of = outcomes.flatMap((o) => o.steps.filter((s) => s.name === name));
      const m = (pick: (s: (typeof of)[number]) => number) => median(of.map(pick));
      return `${name} ${f(m((s) => s.totalMs))}/${m((s) => s.slices)}/${f(m((s) => s.longestMs))}`;
    })
    .join(", ");

/** One LiveContext over the folder: a reload alone, then RELOADS while answering; prints its figures. */
async function run(dir: string): Promise<void> {
  const t0 = performance.now();
  const live = createLiveContext(registry, {
    dir,
    ...(SLICE_MS === undefined ? {} : { sliceMs: SLICE_MS }),
    ...(REST === undefined ? {} : { restRatio: REST }),
  });
  const startMs = performance.now() - t0;
  console.log(
    `\nSlices of ${SLICE_MS === undefined ? "the bot's default budget" : `${SLICE_MS} ms`}, rest after each ${REST === undefined ? "as the bot's default" : `${REST} times as long`}. Knowledge: ${live.ctx.knowledge.compounds.length} compounds, ${live.ctx.ask.fulltext.passages.length} documents; first load and index ${Math.round(startMs)} ms (node ${process.version}, ${os.cpus().length} cores, load average ${os.loadavg()[0]!.toFixed(1)})`,
  );
  await live.reload();
  for (const q of ASKS) route(live.ctx, q);
  touch(dir, 0);
  const mainBefore = answeringThreadCpuMs();
  const alone = await reloaded(live.reload());
  const mainCpu = answeringThreadCpuMs() - mainBefore;
  console.log(
    `Reload of one edited compound, nothing else running: ${Math.round(alone.ms)} ms wall, ${Math.round(alone.cpuMs)} ms CPU (the process's, all threads), ${Math.round(mainCpu)} ms of it on the answering thread; longest slice ${f(alone.longestStepMs)} ms`,
  );
  const usual: Latencies = { wall: [], own: [] };
  const during: Latencies = { wall: [], own: [] };
  const outcomes: Swapped[] = [];
  for (let r = 1; r <= RELOADS; r++) {
    await drive(live, QUIET_MS, usual);
    touch(dir, r);
    const reloading = reloaded(live.reload());
    await drive(live, reloading, during);
    outcomes.push(await reloading);
  }
  const longest = outcomes.reduce((a, b) => (b.longestStepMs > a.longestStepMs ? b : a));
  console.log(
    `${RELOADS} reloads while answering, each of one edited compound: ${Math.round(median(outcomes.map((o) => o.ms)))} ms wall and ${Math.round(median(outcomes.map((o) => o.cpuMs)))} ms CPU each (medians; the process's, answers included)`,
  );
  console.log(
    `Longest slice of a reload on the answering thread: ${f(longest.longestStepMs)} ms (median of the reloads' longest: ${f(median(outcomes.map((o) => o.longestStepMs)))} ms). Steps on the answering thread (ms in all / slices / longest slice, medians over the reloads): ${steps(outcomes)}`,
  );
  for (const [kind, title] of [
    ["wall", "as a member waits"],
    ["own", "less the time the machine's other jobs kept the answering thread from a core"],
  ] as const) {
    const usualP99 = pct(usual[kind], 0.99);
    console.log(`\nInteractions every 10 ms, ${title}:`);
    console.log("                            count  p50 ms  p99 ms  max ms  over the usual p99");
    for (const [label, xs] of [
      ["between reloads (usual)", usual[kind]],
      ["during reloads", during[kind]],
    ] as const) {
      const over = xs.filter((x) => x > usualP99).length;
      console.log(
        `${label.padEnd(24)}  ${String(xs.length).padStart(7)}  ${f(pct(xs, 0.5)).padStart(6)}  ${f(pct(xs, 0.99)).padStart(6)}  ${f(Math.max(...xs)).padStart(6)}  ${String(over).padStart(4)} (${((100 * over) / xs.length).toFixed(1)}%)`,
      );
    }
  }
}

const dir = writeBigKnowledge(loadKnowledge().knowledge, 1000);
try {
  await run(dir);
  console.log(
    "\nLatency: from when an interaction was due (or the one before it was answered, if later) to its answer: route + render in process, plus any wait for the reload.",
  );
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
