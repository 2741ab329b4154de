/**
 * npm run bench:scale — the HTTP interactions mode scaled out: replicas as separate processes behind
 * HAProxy (health checks on /readyz, retry on another replica when a connection fails), driven with signed
 * interactions of a realistic mix on 127.0.0.1. Throughput and p50/p99 with 1 and 3 replicas, a failover
 * run that kills one replica mid-run and counts lost interactions, and the same runs against a bare
 * node:http server that checks the same signature and answers a fixed PONG (the floor). Prints; asserts nothing.
 */
import os from "node:os";
import { generateSigningKeys } from "../test/support/signed-client.js";
import { trafficMix, type Kind } from "../test/support/load.js";
import { burstRows } from "./scale/burst.js";
import { measureCosts } from "./scale/costs.js";
import { cpuMs } from "./scale/cpu.js";
import { drive, presign, type RunResult, type SignedItem } from "./scale/drive.js";
import { haproxyVersion, INSTALL_HINT, startHaproxy, type Backend } from "./scale/haproxy.js";
import { freePort } from "../test/support/ports.js";
import { startProcess, type Proc } from "./scale/processes.js";

const COUNT = Number(process.env.BENCH_INTERACTIONS ?? 4000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 50);
const WARM_UP = Number(process.env.BENCH_WARM_UP ?? 8000);
const REPEAT = 3;
const REPLICAS = 3;
const REPLICA_SCRIPT = "src/bin/start.ts";
const FLOOR_SCRIPT = "bench/scale/pong-floor.ts";
const EXPECT: Record<Kind, number> = { compound: 4, compare: 4, stack: 4, autocomplete: 8, button: 7 };

/** The run with the median throughput (runs on a shared 2-core machine vary by ±20%). */
const median = (runs: RunResult[]) =>
  [...runs].sort((x, y) => x.perSecond - y.perSecond)[Math.floor(runs.length / 2)]!;
const pad = (v: string | number, n: number) => String(v).padStart(n);
const ms = (v: number) => v.toFixed(2);

function row(r: RunResult): string {
  const cpu = r.cpuUs === undefined || Number.isNaN(r.cpuUs) ? "" : r.cpuUs.toFixed(0);
  return `${r.label.padEnd(30)}${pad(r.sent, 6)}${pad(r.lost, 6)}${pad(r.wrong, 7)}${pad(r.perSecond.toFixed(0), 8)}${pad(ms(r.p50), 9)}${pad(ms(r.p99), 9)}${pad(cpu, 13)}`;
}

async function main(): Promise<void> {
  const version = haproxyVersion();
  if (!version) {
    console.log(`bench:scale's load runs skipped. ${INSTALL_HINT}`);
    for (const line of await burstRows()) console.log(line);
    return;
  }
  const loadBefore = os.loadavg()[0] ?? 0;
  const keys = generateSigningKeys();
  const replicaEnv = {
    DISCORD_PUBLIC_KEY: keys.publicKeyHex,
    LOG_LEVEL: "warn",
    // The bench sends thousands of interactions from a small pool of users: measure answering, not the limiter.
    COMMAND_COOLDOWN_COUNT: "1000000",
    AUTOCOMPLETE_PER_MINUTE: "1000000",
  };
  const procs: Proc[] = [];
  const cleanup = async () => {
    await Promise.all(procs.map((p) => p.stop()));
  };
  try {
    const ours: Proc[] = [];
    const floors: Proc[] = [];
    for (let i = 0; i < REPLICAS; i++) {
      ours.push(await startProcess(`replica ${i}`, REPLICA_SCRIPT, replicaEnv));
      procs.push(ours[i]!);
      floors.push(await startProcess(`floor ${i}`, FLOOR_SCRIPT, { DISCORD_PUBLIC_KEY: keys.publicKeyHex }));
      procs.push(floors[i]!);
    }
    const backends: Backend[] = [
      { name: "ours1", frontendPort: await freePort(), servers: [ours[0]!.port] },
      { name: "ours3", frontendPort: await freePort(), servers: ours.map((p) => p.port) },
      { name: "floor1", frontendPort: await freePort(), servers: [floors[0]!.port] },
      { name: "floor3", frontendPort: await freePort(), servers: floors.map((p) => p.port) },
    ];
    const haproxy = await startHaproxy(backends);
    try {
      await haproxy.waitAllUp();
      const url = (port: number) => `http://127.0.0.1:${port}/interactions`;
      const via = (name: string) => url(backends.find((b) => b.name === name)!.frontendPort);
      const mix = (n: number) =>
        presign(
          keys,
          trafficMix(n, 1000).map((p) => ({ payload: p.payload, expect: EXPECT[p.kind] })),
        );
      const pongs = (n: number) =>
        presign(
          keys,
          trafficMix(n, 1000).map((p) => ({ payload: { ...p.payload, type: 1 }, expect: 1 })),
        );

      for (const target of [...ours, ...floors])
        await drive(
          "warm-up",
          url(target.port),
          target.name.startsWith("floor") ? pongs(WARM_UP) : mix(WARM_UP),
          CONCURRENCY,
        );
      /** A run, with the CPU the serving processes spent on it per interaction (robust on a busy machine). */
      const measured = async (
        label: string,
        target: string,
        items: SignedItem[],
        servers: Proc[],
      ): Promise<RunResult> => {
        const before = servers.map((p) => cpuMs(p.child.pid));
        const result = await drive(label, target, items, CONCURRENCY);
        const spent = servers.map((p, i) => (cpuMs(p.child.pid) ?? NaN) - (before[i] ?? NaN));
        return { ...result, cpuUs: (spent.reduce((x, y) => x + y, 0) * 1000) / items.length };
      };
      const pair = async (
        label: string,
        oursUrl: string,
        floorUrl: string,
        n: number,
      ): Promise<[RunResult, RunResult]> => {
        const a: RunResult[] = [];
        const b: RunResult[] = [];
        for (let i = 0; i < REPEAT; i++) {
          a.push(await measured(`ours ${label}`, oursUrl, mix(COUNT), ours.slice(0, n)));
          b.push(await measured(`floor ${label}`, floorUrl, pongs(COUNT), floors.slice(0, n)));
        }
        return [median(a), median(b)];
      };
      const runs = [
        await pair("×1 direct", url(ours[0]!.port), url(floors[0]!.port), 1),
        await pair("×1 via HAProxy", via("ours1"), via("floor1"), 1),
        await pair("×3 via HAProxy", via("ours3"), via("floor3"), REPLICAS),
      ];

      const retriedBefore = await haproxy.retries("be_ours3");
      let killedAt = 0;
      const killAfter = Math.floor(COUNT / 3);
      const failover = await drive(
        `ours ×3, one killed mid-run`,
        via("ours3"),
        mix(COUNT),
        CONCURRENCY,
        (done) => {
          if (done === killAfter) {
            killedAt = done;
            void ours[2]!.kill();
          }
        },
      );
      const after = await haproxy.status();
      const retried = await haproxy.retries("be_ours3");

      const cpu = os.cpus()[0]?.model ?? "unknown CPU";
      console.log(
        `Machine: ${os.cpus().length} cores, ${cpu}, ${(os.totalmem() / 1024 ** 3).toFixed(1)} GB RAM, Node ${process.version}, HAProxy ${version}`,
      );
      console.log(
        `Every run: ${COUNT} signed interactions (realistic mix; PONGs for the floor), ${CONCURRENCY} in flight, keep-alive, after a warm-up of ${WARM_UP};`,
      );
      console.log(
        `each line is the median of ${REPEAT} runs (ours and the floor alternating), except the failover run.`,
      );
      console.log(
        `Replicas run with LOG_LEVEL=warn (info writes one line per interaction) and the limiter raised out of the way.`,
      );
      console.log(
        `Replicas, floors, HAProxy and the load generator share the same ${os.cpus().length} cores; load average before the bench ${loadBefore.toFixed(1)}.\n`,
      );
      console.log(
        `${"run".padEnd(30)}${pad("sent", 6)}${pad("lost", 6)}${pad("wrong", 7)}${pad("req/s", 8)}${pad("p50 ms", 9)}${pad("p99 ms", 9)}${pad("cpu µs/req", 13)}`,
      );
      for (const [a, b] of runs) console.log(`${row(a)}\n${row(b)}`);
      console.log(`${row(failover)}\n`);
      console.log(
        `Failover: replica 2 killed with SIGKILL after ${killedAt} of ${COUNT} answers; lost ${failover.lost}, wrong ${failover.wrong}; HAProxy counted ${retried.retries - retriedBefore.retries} retries and ${retried.redispatches - retriedBefore.redispatches} redispatches to another replica, and then saw: ${Object.entries(
          after,
        )
          .filter(([k]) => k.startsWith("be_ours3/"))
          .map(([k, v]) => `${k.split("/")[1]} ${v}`)
          .join(", ")}\n`,
      );
      console.log(
        "Ours as a ratio of the floor at the same concurrency (throughput: goal ≥ 0.8; p99: lower is better;",
      );
      console.log(
        "floor CPU / our CPU per interaction: the throughput ratio a machine with cores to spare would see):",
      );
      console.log(
        `${"setup".padEnd(22)}${pad("ours req/s", 12)}${pad("floor req/s", 13)}${pad("throughput", 12)}${pad("p99 ratio", 11)}${pad("CPU ratio", 11)}`,
      );
      for (const [a, b] of runs) {
        const setup = a.label.replace(/^ours /, "");
        const cpu = (b.cpuUs ?? NaN) / (a.cpuUs ?? NaN);
        console.log(
          `${setup.padEnd(22)}${pad(a.perSecond.toFixed(0), 12)}${pad(b.perSecond.toFixed(0), 13)}${pad((a.perSecond / b.perSecond).toFixed(2), 12)}${pad((a.p99 / b.p99).toFixed(2), 11)}${pad(cpu.toFixed(2), 11)}`,
        );
      }
      const c = await measureCosts(keys);
      const us = (v: number) => `${v.toFixed(1)} µs`;
      console.log(
        `\nWhere a replica's time goes, per interaction of the mix, in one process without the network:`,
      );
      console.log(
        `signature check ${us(c.verifyUs)} (the floor does the same), parse ${us(c.parseUs)}, answer ${us(c.answerUs)} (route, render, cache, limiter, metrics), serialise ${us(c.stringifyUs)};`,
      );
      console.log(
        `mean request ${c.requestBytes.toFixed(0)} B, mean answer ${c.responseBytes.toFixed(0)} B (the floor's PONG is 10 B).`,
      );
    } finally {
      await haproxy.stop();
    }
  } finally {
    await cleanup();
  }
  console.log("\nOne user's burst of /compound, round-robin over the replicas (bench/scale/burst.ts):");
  for (const line of await burstRows()) console.log(line);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
