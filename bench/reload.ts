/**
 * npm run bench:reload — reloading the knowledge while the bot answers, at 1,000 compounds and about 53,000
 * documents (bench/support/big-knowledge.ts), parsing the edited file in the answering thread and in a
 * worker thread (as the bot does): the reload's wall time and CPU, alone and while interactions arrive
 * every 10 ms, its steps on the answering thread (time, slices, longest slice), and those interactions'
 * latency (from when each was due to its answer) before and during the reload. Prints figures; asserts
 * nothing. bench/reload-rss.ts then measures the built bot's memory at rest and after a reload.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { registry } from "../commands/index.js";
import { route } from "../src/interactions/route.js";
import type { Incoming } from "../src/interactions/types.js";
import { loadKnowledge } from "../src/knowledge/load.js";
import { createLiveContext, type LiveContext } from "../src/live.js";
import { writeBigKnowledge } from "./support/big-knowledge.js";

const EVERY_MS = 10;
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

/** Interactions due every EVERY_MS while `during` runs (or for `ms`), each timed from when it was due. */
async function drive(live: LiveContext, during: Promise<unknown> | number): Promise<number[]> {
  const latencies: number[] = [];
  let done = false;
  const stop = typeof during === "number" ? sleep(during) : during;
  void stop.then(() => (done = true));
  const start = performance.now();
  let previous = start;
  for (let i = 0; !done; i++) {
    const due = start + i * EVERY_MS;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    else await new Promise((r) => setImmediate(r));
    route(live.ctx, ASKS[i % ASKS.length]!);
    const finished = performance.now();
    // From when it was due, or (behind a slower one) when the one before it was answered: the wait the
    // reload causes is counted, a queue of interactions behind each other is not.
    latencies.push(finished - Math.max(due, previous));
    previous = finished;
  }
  return latencies;
}

/** The longest a 1 ms timer fired late while `during` runs: how long the thread was kept from anything else. */
async function longestStall(during: Promise<unknown>): Promise<number> {
  let done = false;
  void during.then(() => (done = true));
  let longest = 0;
  while (!done) {
    const asked = performance.now();
    await sleep(1);
    longest = Math.max(longest, performance.now() - asked - 1);
  }
  return longest;
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

/** One LiveContext over the folder: its reload alone, then while answering; prints its figures. */
async function run(dir: string, worker: boolean, edits: [number, number]): Promise<void> {
  const t0 = performance.now();
  const live = createLiveContext(registry, { dir, worker });
  const startMs = performance.now() - t0;
  const docs = live.ctx.ask.fulltext.passages.length;
  console.log(
    `\n${worker ? "Loading in a worker thread" : "Loading in the answering thread"}. Knowledge: ${live.ctx.knowledge.compounds.length} compounds, ${docs} documents; first load and index ${Math.round(startMs)} ms (node ${process.version}, ${os.cpus().length} cores, load average ${os.loadavg()[0]!.toFixed(1)})`,
  );
  // Unchanged: with a worker, this waits for it to have read the folder once (it does at start).
  await live.reload();
  for (const q of ASKS) route(live.ctx, q);
  touch(dir, edits[0]);
  const mainBefore = answeringThreadCpuMs();
  const alone = await live.reload();
  const mainCpu = answeringThreadCpuMs() - mainBefore;
  if (!alone.ok) throw new Error(alone.problems.join("\n"));
  console.log(
    `Reload of one edited compound, nothing else running: ${Math.round(alone.ms)} ms wall, ${Math.round(alone.cpuMs)} ms CPU (the process's, all threads), ${Math.round(mainCpu)} ms of it on the answering thread`,
  );
  const baseline = await drive(live, 3000);
  touch(dir, edits[1]);
  let outcome: Awaited<ReturnType<LiveContext["reload"]>> | undefined;
  const reloading = live.reload().then((o) => (outcome = o));
  const stalls = longestStall(reloading);
  const during = await drive(live, reloading);
  if (!outcome?.ok) throw new Error("reload refused");
  console.log(
    `Reload while answering: ${Math.round(outcome.ms)} ms wall, ${Math.round(outcome.cpuMs)} ms CPU (the process's, answers included), the edited file parsed in the ${outcome.parsedIn === "worker" ? "worker" : "answering thread"}`,
  );
  console.log(
    `Longest slice of the reload on the answering thread: ${f(outcome.longestStepMs)} ms (alone: ${f(alone.longestStepMs)} ms); longest the event loop was held meanwhile (a 1 ms timer's lateness, GC and the machine's other jobs included): ${f(await stalls)} ms`,
  );
  console.log(
    `Its steps on the answering thread (ms in all / slices / longest slice): ${outcome.steps
      .map((s) => `${s.name} ${f(s.totalMs)}/${s.slices}/${f(s.longestMs)}`)
      .join(", ")}`,
  );
  console.log("interactions every 10 ms  count  p50 ms  p99 ms  max ms");
  for (const [label, xs] of [
    ["before the reload", baseline],
    ["during the reload", during],
  ] as const)
    console.log(
      `${label.padEnd(24)}  ${String(xs.length).padStart(5)}  ${f(pct(xs, 0.5)).padStart(6)}  ${f(pct(xs, 0.99)).padStart(6)}  ${f(Math.max(...xs)).padStart(6)}`,
    );
  await live.close();
}

const base = loadKnowledge().knowledge;
const dir = writeBigKnowledge(base, 1000);
try {
  await run(dir, false, [1, 2]);
  await run(dir, true, [3, 4]);
  console.log(
    "\nLatency: from when an interaction was due (or the one before it was answered, if later) to its answer: route + render in process, plus any wait for the reload.",
  );
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
