/**
 * The shared limit across replicas: one user's burst of /compound commands sent round-robin straight to
 * 1 and to 3 replicas (separate processes), with REDIS_URL (shared in Redis) and without (each replica
 * limits alone). Prints how many were answered before the first "Slow down" note. With Redis, the count is
 * the same for one replica and for three. Uses REDIS_URL, else TEST_REDIS_URL, else a redis-server it
 * starts on a free port when one is installed; without any, the shared rows are skipped.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { generateSigningKeys, SignedClient } from "../../test/support/signed-client.js";
import { chatInput } from "../../test/support/interactions.js";
import { freePort } from "../../test/support/ports.js";
import { startProcess, type Proc } from "./processes.js";

const BURST = 12;
const LIMIT = 5;

async function redisUrl(): Promise<{ url?: string; stop: () => void }> {
  const given = process.env.REDIS_URL || process.env.TEST_REDIS_URL;
  if (given) return { url: given, stop: () => undefined };
  if (spawnSync("redis-server", ["--version"]).status !== 0) return { stop: () => undefined };
  const port = await freePort();
  const child: ChildProcess = spawn(
    "redis-server",
    ["--port", String(port), "--bind", "127.0.0.1", "--save", ""],
    {
      stdio: "ignore",
    },
  );
  await new Promise((r) => setTimeout(r, 300));
  return { url: `redis://127.0.0.1:${port}`, stop: () => child.kill() };
}

/** Sends the burst from one user, round-robin over the replicas; how many were answered before a refusal. */
async function burst(
  procs: Proc[],
  keys: ReturnType<typeof generateSigningKeys>,
  user: string,
): Promise<number> {
  const clients = procs.map((p) => new SignedClient(`http://127.0.0.1:${p.port}`, keys));
  let answered = 0;
  for (let i = 0; i < BURST; i++) {
    const res = await clients[i % clients.length]!.post(chatInput("compound", { name: "noopept" }, user));
    if (/Slow down/.test(res.text)) break;
    answered += 1;
  }
  clients.forEach((c) => c.close());
  return answered;
}

export async function burstRows(): Promise<string[]> {
  const keys = generateSigningKeys();
  const redis = await redisUrl();
  const rows: string[] = [];
  const base = {
    DISCORD_PUBLIC_KEY: keys.publicKeyHex,
    LOG_LEVEL: "warn",
    COMMAND_COOLDOWN_COUNT: String(LIMIT),
    COMMAND_COOLDOWN_SECONDS: "60",
  };
  const setups: Array<{ label: string; env: Record<string, string> }> = [
    { label: "in memory", env: { REDIS_URL: "" } },
  ];
  if (redis.url) setups.push({ label: "Redis", env: { REDIS_URL: redis.url } });
  try {
    for (const setup of setups) {
      for (const replicas of [1, 3]) {
        const procs: Proc[] = [];
        try {
          for (let i = 0; i < replicas; i++)
            procs.push(await startProcess(`burst ${i}`, "src/bin/start.ts", { ...base, ...setup.env }));
          const user = String(100000000000000000n + BigInt(Math.floor(Math.random() * 1e12)));
          const answered = await burst(procs, keys, user);
          rows.push(
            `${setup.label.padEnd(12)}${String(replicas).padStart(9)}${String(answered).padStart(10)}`,
          );
        } finally {
          await Promise.all(procs.map((p) => p.stop()));
        }
      }
    }
  } finally {
    redis.stop();
  }
  if (!redis.url) rows.push("(no Redis: set REDIS_URL or install redis-server for the shared rows)");
  return [`limit${" ".repeat(7)}replicas  answered   (burst of ${BURST}, limit ${LIMIT} per user)`, ...rows];
}
