/**
 * The second part of npm run bench:reload: the memory the reload costs a running bot. The bot runs as
 * `npm start` runs it (dist/ rebuilt if stale, node with the start script's flags), in HTTP mode on
 * 127.0.0.1, over a copy of the knowledge folder; its RSS is read from /proc when it is ready and at rest,
 * then after a reload of an edited compound (POST /reload), and its threads from /proc.
 * Prints figures; asserts nothing.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { KNOWLEDGE_DIR, PROJECT_ROOT } from "../src/paths.js";
import { generateSigningKeys } from "../test/support/signed-client.js";
import { startProcess } from "./scale/processes.js";
import { startCommand } from "./support/start-command.js";

const RUNS = 3;
const status = (pid: number, field: string) =>
  Number(new RegExp(`${field}:\\s+(\\d+)`).exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))?.[1]);
const rssMb = (pid: number) => status(pid, "VmRSS") / 1024;

execFileSync(process.execPath, ["scripts/build.mjs", "--if-stale"], { cwd: PROJECT_ROOT, stdio: "inherit" });
const { env, argv } = startCommand();
const keys = generateSigningKeys();
const shown = Object.entries(env).map(([k, v]) => `${k}=${v} `);
console.log(
  `\nThe bot's memory (${shown.join("")}node ${argv.join(" ")}, HTTP mode, the real knowledge; ${RUNS} runs):`,
);
console.log("run  RSS at rest  threads  reload   ms  cpu ms  longest slice ms  RSS 3 s after  threads");
for (let run = 1; run <= RUNS; run++) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nootropic-rss-"));
  fs.cpSync(KNOWLEDGE_DIR, dir, { recursive: true });
  const bot = await startProcess(
    "bot",
    "dist/src/bin/start.js",
    {
      ...env,
      DISCORD_PUBLIC_KEY: keys.publicKeyHex,
      HOST: "127.0.0.1",
      LOG_LEVEL: "warn",
      NOOTROPIC_KNOWLEDGE_DIR: dir,
    },
    argv,
  );
  try {
    const pid = bot.child.pid!;
    await sleep(8000);
    const rest = rssMb(pid);
    const threads = status(pid, "Threads");
    const file = path.join(dir, "compounds", "noopept.yaml");
    fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace(/^summary: /m, "summary: Edited. "));
    const res = await fetch(`http://127.0.0.1:${bot.port}/reload`, { method: "POST" });
    const outcome = (await res.json()) as {
      ok: boolean;
      ms?: number;
      cpuMs?: number;
      longestStepMs?: number;
    };
    await sleep(3000);
    console.log(
      `${String(run).padStart(3)}  ${rest.toFixed(1).padStart(8)} MB  ${String(threads).padStart(7)}  ${outcome.ok ? "swapped" : "refused"}  ${String(Math.round(outcome.ms ?? NaN)).padStart(3)}  ${String(Math.round(outcome.cpuMs ?? NaN)).padStart(6)}  ${(outcome.longestStepMs ?? NaN).toFixed(1).padStart(16)}  ${rssMb(pid).toFixed(1).padStart(10)} MB  ${String(status(pid, "Threads")).padStart(7)}`,
    );
  } finally {
    await bot.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
