import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import { PROJECT_ROOT } from "../../src/paths.js";
import { request } from "../../test/support/signed-client.js";

/** Replicas and floors as separate processes on 127.0.0.1, as they would run in production. */

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface Proc {
  name: string;
  port: number;
  child: ChildProcess;
  output(): string;
  /** SIGKILL: the process dies with requests in flight, as a crashed machine would. */
  kill(): Promise<void>;
  stop(): Promise<void>;
}

export async function startProcess(name: string, script: string, env: Record<string, string>): Promise<Proc> {
  const port = await freePort();
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("DISCORD_")));
  const child = spawn(process.execPath, ["--import", "tsx", script], {
    cwd: PROJECT_ROOT,
    env: { ...clean, ...env, PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  const keep = (d: Buffer) => (out = (out + d.toString()).slice(-4000));
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  const until = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited before it was ready:\n${out}`);
    if (Date.now() > until) throw new Error(`${name} not ready after 30 s:\n${out}`);
    const ready = await request(`http://127.0.0.1:${port}/readyz`).then((r) => r.status === 200, () => false);
    if (ready) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const end = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  return { name, port, child, output: () => out, kill: () => end("SIGKILL"), stop: () => end("SIGTERM") };
}
