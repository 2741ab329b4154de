import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../src/paths.js";
import { TEST_TOKEN } from "./support/bot.js";
import { FakeDiscord } from "./support/fake-discord.js";
import { chatInput } from "./support/interactions.js";

/** `npm start` as an operator runs it (npm, then plain node on the compiled JavaScript), never tsx. */

let fake: FakeDiscord;
const started: ChildProcess[] = [];
beforeAll(async () => {
  execFileSync(process.execPath, ["scripts/build.mjs", "--if-stale"], { cwd: PROJECT_ROOT, stdio: "pipe" });
  fake = await FakeDiscord.start();
}, 60_000);
afterAll(async () => {
  await fake?.stop();
});
afterEach(() => {
  for (const child of started)
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
});

function npmStart(env: Record<string, string>, input?: string) {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(
      ([k]) => !k.startsWith("DISCORD_") && !k.startsWith("NOOTROPIC_") && !k.startsWith("npm_"),
    ),
  );
  const child = spawn("npm", ["start", "--silent"], {
    cwd: PROJECT_ROOT,
    env: { ...clean, ...env },
    stdio: ["pipe", "pipe", "pipe"],
  });
  started.push(child);
  let out = "";
  child.stdout.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr.on("data", () => undefined);
  if (input !== undefined) child.stdin.end(input);
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, exited, stdout: () => out };
}

/** The process ids whose parent is `pid`. */
function children(pid: number): number[] {
  const text = fs.readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim();
  return text ? text.split(/\s+/).map(Number) : [];
}
const commandLine = (pid: number) =>
  fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean);
const alive = (pid: number) =>
  fs.existsSync(`/proc/${pid}`) &&
  !/^\S+ \S+ Z/.test(fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1] ?? "");

async function startWithToken() {
  const identifies = fake.identifies;
  const run = npmStart({ DISCORD_TOKEN: TEST_TOKEN, DISCORD_API_URL: fake.apiUrl, LOG_LEVEL: "info" });
  await fake.waitForGateway(() => fake.identifies > identifies);
  const [bot] = children(run.child.pid!);
  expect(commandLine(bot!)).toEqual([
    "node",
    "--enable-source-maps",
    "--max-semi-space-size=1",
    "--max-old-space-size=1024",
    "dist/src/bin/start.js",
  ]);
  // Allocations of 48 KB and more (a connection's read buffers) are mapped on their own and handed back to
  // the system when freed, instead of staying in the C heap after a burst.
  expect(fs.readFileSync(`/proc/${bot!}/environ`, "utf8").split("\0")).toContain(
    "MALLOC_MMAP_THRESHOLD_=49152",
  );
  expect(
    JSON.stringify((await fake.interact(chatInput("compound", { name: "fasoracetam" }))).body),
  ).toContain("2.5–25 mg");
  return { run, bot: bot! };
}

describe("npm start in production", () => {
  it("runs the bot as npm's direct child, and SIGTERM to npm stops the bot, exit 0", async () => {
    const { run, bot } = await startWithToken();
    run.child.kill("SIGTERM");
    expect(await run.exited).toBe(0);
    await expect.poll(() => alive(bot), { timeout: 5_000 }).toBe(false);
    expect(run.stdout()).toMatch(/shutting down/);
  });

  it("SIGTERM to the node process stops it and npm, exit 0", async () => {
    const { run, bot } = await startWithToken();
    process.kill(bot, "SIGTERM");
    expect(await run.exited).toBe(0);
    expect(alive(bot)).toBe(false);
  });

  it("without a token answers in the terminal", async () => {
    const run = npmStart({}, "/compound nopept\nexit\n");
    expect(await run.exited).toBe(0);
    expect(run.stdout()).toMatch(/No DISCORD_TOKEN is set/);
    expect(run.stdout()).toMatch(/== Noopept ==/);
  });
});
