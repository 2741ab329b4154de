import { spawn, type ChildProcess } from "node:child_process";
import { PROJECT_ROOT } from "../../src/paths.js";
import { freePort, waitFor200 } from "../../test/support/ports.js";

/** Replicas and floors as separate processes on 127.0.0.1, as they would run in production. */

export interface Proc {
  name: string;
  port: number;
  child: ChildProcess;
  output(): string;
  /** SIGKILL: the process dies with requests in flight, as a crashed machine would. */
  kill(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Starts `script` under tsx, or with `argv` (node's arguments, the script included) when given: the built bot
 * as `npm start` runs it.
 */
export async function startProcess(
  name: string,
  script: string,
  env: Record<string, string>,
  argv: string[] = ["--import", "tsx", script],
): Promise<Proc> {
  const port = await freePort();
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("DISCORD_")));
  const child = spawn(process.execPath, argv, {
    cwd: PROJECT_ROOT,
    env: { ...clean, ...env, PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  const keep = (d: Buffer) => (out = (out + d.toString()).slice(-4000));
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  if (!(await waitFor200(`http://127.0.0.1:${port}/readyz`, 30_000, () => child.exitCode === null))) {
    child.kill("SIGKILL");
    throw new Error(`${name} did not become ready within 30 s:\n${out}`);
  }
  const end = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  return { name, port, child, output: () => out, kill: () => end("SIGKILL"), stop: () => end("SIGTERM") };
}
