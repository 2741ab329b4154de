import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore } from "../src/store/store.js";
import { TEST_TOKEN } from "./support/bot.js";
import { FakeDiscord } from "./support/fake-discord.js";
import { modalSubmit } from "./support/interactions.js";
import { freePort, waitFor200 } from "./support/ports.js";
import { generateSigningKeys, SignedClient } from "./support/signed-client.js";
import { freshPostgres, TEST_DATABASE_URL } from "./support/servers.js";
import { spawnEntry, type Spawned } from "./support/spawn.js";

const REPORTS = "990000000000000001";
const CHANNEL_POST = new RegExp(`/channels/${REPORTS}/messages$`);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "nb-durable-"));
const keys = generateSigningKeys();
let fake: FakeDiscord;
const running: Spawned[] = [];

beforeAll(async () => {
  fake = await FakeDiscord.start();
});
afterAll(async () => {
  for (const run of running) run.child.kill("SIGKILL");
  await fake.stop();
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** The real entry point in HTTP mode, posting reports to the fake Discord, on the test's database. */
async function startBot(databaseUrl: string): Promise<{ run: Spawned; client: SignedClient }> {
  const port = await freePort();
  const run = spawnEntry("src/bin/start.ts", [], {
    DISCORD_PUBLIC_KEY: keys.publicKeyHex,
    DISCORD_TOKEN: TEST_TOKEN,
    DISCORD_API_URL: fake.apiUrl,
    REPORT_CHANNEL_ID: REPORTS,
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    HOST: "127.0.0.1",
    LOG_LEVEL: "info",
  });
  running.push(run);
  expect(await waitFor200(`http://127.0.0.1:${port}/readyz`, 20_000)).toBe(true);
  return { run, client: new SignedClient(`http://127.0.0.1:${port}`, keys) };
}

/** What `npm run curate -- reports --json` lists. */
async function curateReports(
  databaseUrl: string,
): Promise<Array<{ id: number; text: string; post: { state: string; attempts: number } }>> {
  const run = spawnEntry("src/bin/curate.ts", ["reports", "--json"], { DATABASE_URL: databaseUrl });
  expect(await run.exited).toBe(0);
  return run
    .stdout()
    .trim()
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { id: number; text: string; post: { state: string; attempts: number } });
}

const pgUrl = TEST_DATABASE_URL;
const backends = [
  {
    name: "SQLite",
    fresh: () => Promise.resolve({ url: `sqlite:${path.join(tmp, "bot.db")}`, drop: async () => {} }),
  },
  ...(pgUrl ? [{ name: "PostgreSQL", fresh: () => freshPostgres(pgUrl) }] : []),
];

describe.each(backends)("a report while the reports channel fails, then SIGKILL ($name)", ({ fresh }) => {
  it("is saved, listed by curate, posted once the channel works after a restart, and never twice", async () => {
    const { url: databaseUrl, drop } = await fresh();
    const before = fake.createdMessages.filter((m) => m.channelId === REPORTS).length;
    const requestsBefore = fake.requests.length;
    // Discord's worst case: the first post is created but answered 403, so the bot believes it failed; the
    // channel stays broken until the first bot is killed, however slowly a loaded machine gets there.
    fake.failFor("POST", CHANNEL_POST, 403, 120_000, true);
    const first = await startBot(databaseUrl);
    const thanks = await first.client.post(
      modalSubmit("report:noopept:dosing", { what: "The dose is per day, not per dose.", source: "" }),
    );
    expect(thanks.text).toContain("saved for the maintainers");
    await fake.waitForRequest((r) => r.method === "POST" && CHANNEL_POST.test(r.path), requestsBefore);
    // Killed once the failed attempt is recorded (a crash during an attempt waits out its lease instead).
    const recorded = Date.now() + 10_000;
    while ((await curateReports(databaseUrl))[0]?.post.attempts !== 1 && Date.now() < recorded)
      await new Promise((r) => setTimeout(r, 200));
    first.run.child.kill("SIGKILL");
    await first.run.exited;
    first.client.close();

    const listed = await curateReports(databaseUrl);
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ text: "The dose is per day, not per dose." });
    expect(listed[0]!.post.state).toBe("pending");

    fake.endTimedFaults();
    const second = await startBot(databaseUrl);
    const deadline = Date.now() + 20_000;
    while ((await curateReports(databaseUrl))[0]?.post.state !== "posted" && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 500));
    const after = await curateReports(databaseUrl);
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({ text: "The dose is per day, not per dose.", post: { state: "posted" } });
    const created = fake.createdMessages.filter((m) => m.channelId === REPORTS);
    expect(created).toHaveLength(before + 1);
    const attempts = fake.requests
      .slice(requestsBefore)
      .filter((r) => r.method === "POST" && CHANNEL_POST.test(r.path));
    expect(attempts.length).toBeGreaterThanOrEqual(2);
    expect(new Set(attempts.map((r) => (r.body as { nonce?: string }).nonce)).size).toBe(1);

    second.run.child.kill("SIGTERM");
    expect(await second.run.exited).toBe(0);
    second.client.close();
    const store = await openStore({ url: databaseUrl, root: tmp });
    expect(await store.reports.list()).toHaveLength(1);
    await store.close();
    await drop();
  });
});
