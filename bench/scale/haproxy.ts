import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

/** HAProxy (Debian's package) in front of the replicas, driven through its admin socket. */

export const INSTALL_HINT =
  "HAProxy is not installed. On Debian or Ubuntu: sudo apt-get update && sudo apt-get install -y haproxy";

export function haproxyVersion(): string | undefined {
  const result = spawnSync("haproxy", ["-v"], { encoding: "utf8" });
  if (result.error || result.status !== 0) return undefined;
  return /HAProxy version (\S+)/.exec(result.stdout)?.[1] ?? "unknown";
}

export interface Backend {
  name: string;
  frontendPort: number;
  servers: number[];
}

/**
 * The configuration an operator would use: round robin, health checks on /readyz, and a request whose
 * connection failed (or that came back empty because the replica died) is retried on another replica.
 * Answering an interaction twice is harmless here, so retrying is safe.
 */
export function haproxyConfig(backends: readonly Backend[], socketPath: string): string {
  const lines = [
    "global",
    "  maxconn 4096",
    `  stats socket ${socketPath} mode 600 level admin`,
    "defaults",
    "  mode http",
    "  timeout connect 1s",
    "  timeout client 30s",
    "  timeout server 5s",
    "  timeout http-keep-alive 60s",
    "  option http-buffer-request",
    "  retries 3",
    "  option redispatch 1",
    "  retry-on conn-failure empty-response response-timeout",
  ];
  for (const b of backends) {
    lines.push(
      `frontend fe_${b.name}`,
      `  bind 127.0.0.1:${b.frontendPort}`,
      `  default_backend be_${b.name}`,
    );
    lines.push(
      `backend be_${b.name}`,
      "  balance roundrobin",
      "  option httpchk GET /readyz",
      "  http-check expect status 200",
    );
    lines.push("  default-server check inter 250ms fall 2 rise 1");
    b.servers.forEach((port, i) => lines.push(`  server s${i} 127.0.0.1:${port}`));
  }
  return `${lines.join("\n")}\n`;
}

export interface RunningHaproxy {
  child: ChildProcess;
  /** Each server's status by "backend/server", e.g. { "be_ours3/s0": "UP" }. */
  status(): Promise<Record<string, string>>;
  /** Requests a backend retried (wretr) and sent to another server (wredis), from HAProxy's own counters. */
  retries(backend: string): Promise<{ retries: number; redispatches: number }>;
  waitAllUp(timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

function adminCommand(socketPath: string, command: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(socketPath);
    let out = "";
    socket.on("data", (d: Buffer) => (out += d.toString()));
    socket.on("end", () => resolve(out));
    socket.on("error", reject);
    socket.end(`${command}\n`);
  });
}

export async function startHaproxy(backends: readonly Backend[]): Promise<RunningHaproxy> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nootropic-haproxy-"));
  const socketPath = path.join(dir, "admin.sock");
  const configPath = path.join(dir, "haproxy.cfg");
  fs.writeFileSync(configPath, haproxyConfig(backends, socketPath));
  const child = spawn("haproxy", ["-db", "-f", configPath], { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr?.on("data", (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));

  /** HAProxy's stats as rows of named cells. */
  const stats = async () => {
    const csv = await adminCommand(socketPath, "show stat");
    const [header = "", ...rows] = csv.trim().split("\n");
    const columns = header.replace(/^# /, "").split(",");
    return rows.map((row) => {
      const cells = row.split(",");
      return Object.fromEntries(columns.map((c, i) => [c, cells[i] ?? ""]));
    });
  };
  const status = async () => {
    const out: Record<string, string> = {};
    for (const row of await stats())
      if (row.svname !== "FRONTEND" && row.svname !== "BACKEND")
        out[`${row.pxname}/${row.svname}`] = row.status ?? "";
    return out;
  };

  return {
    child,
    status,
    async retries(backend) {
      const row = (await stats()).find((r) => r.pxname === backend && r.svname === "BACKEND");
      return { retries: Number(row?.wretr ?? 0), redispatches: Number(row?.wredis ?? 0) };
    },
    async waitAllUp(timeoutMs = 15_000) {
      const until = Date.now() + timeoutMs;
      while (Date.now() < until) {
        if (child.exitCode !== null) throw new Error(`haproxy exited: ${stderr.trim()}`);
        const current = await status().catch(() => ({}) as Record<string, string>);
        const values = Object.values(current);
        if (values.length > 0 && values.every((s) => s.startsWith("UP"))) return;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(
        `haproxy: not every server came up within ${timeoutMs} ms (${JSON.stringify(await status().catch(() => ({})))})`,
      );
    },
    async stop() {
      if (child.exitCode === null) child.kill("SIGTERM");
      await exited;
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
