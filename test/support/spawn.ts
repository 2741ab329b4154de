import { spawn, type ChildProcess } from "node:child_process";
import { PROJECT_ROOT } from "../../src/paths.js";

export interface Spawned {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
}

/** "src/bin/start.ts" → "dist/src/bin/start.js": what production runs, compiled once by the global setup. */
function compiled(script: string): string {
  const match = /^src\/(.+)\.ts$/.exec(script);
  if (!match) throw new Error(`not an entry point under src/: ${script}`);
  return `dist/src/${match[1]}.js`;
}

/**
 * Runs one of the project's entry points as production does (plain node on the compiled JavaScript that the
 * global setup built), with the given environment; under `wrapper` (a command that runs the rest of its
 * arguments, such as prlimit with its limits) when given.
 */
export function spawnEntry(
  script: string,
  args: string[],
  env: Record<string, string>,
  input?: string,
  wrapper: string[] = [],
): Spawned {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.startsWith("DISCORD_") && !k.startsWith("NOOTROPIC_")),
  );
  const [command, ...rest] = [...wrapper, process.execPath, compiled(script), ...args];
  const child = spawn(command!, rest, {
    cwd: PROJECT_ROOT,
    env: { ...clean, ...env },
    stdio: ["pipe", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  child.stdout.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr.on("data", (d: Buffer) => (err += d.toString()));
  if (input !== undefined) child.stdin.end(input);
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, stdout: () => out, stderr: () => err, exited };
}
