import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { TEST_TOKEN } from "./support/bot.js";
import { FakeDiscord } from "./support/fake-discord.js";
import { autocomplete, chatInput, modalSubmit } from "./support/interactions.js";
import { channelMessage } from "./support/messages.js";
import { freePort, waitFor200 } from "./support/ports.js";
import { generateSigningKeys, SignedClient } from "./support/signed-client.js";
import { spawnEntry, type Spawned } from "./support/spawn.js";

const CALLBACK = /\/interactions\/\d+\/[^/]+\/callback$/;
const CHANNEL_POST = /\/channels\/\d+\/messages$/;
let fake: FakeDiscord;
let run: Spawned | undefined;
beforeAll(async () => {
  fake = await FakeDiscord.start();
});
afterAll(async () => {
  await fake?.stop();
});
afterEach(() => {
  fake.delay("POST", CALLBACK, 0);
  if (run && run.child.exitCode === null) run.child.kill("SIGKILL");
});

const lines = (text: string) =>
  text
    .split("\n")
    .filter((l) => l.startsWith("{"))
    .map((l) => JSON.parse(l) as Record<string, unknown>);
const callbackOf = (id: string) => (r: { method: string; path: string }) =>
  r.method === "POST" && r.path.includes(`/interactions/${id}/`);

async function startBot(env: Record<string, string> = {}): Promise<Spawned> {
  const identifies = fake.identifies;
  const started = spawnEntry("src/bin/start.ts", [], {
    DISCORD_TOKEN: TEST_TOKEN,
    DISCORD_API_URL: fake.apiUrl,
    LOG_LEVEL: "info",
    ...env,
  });
  await fake.waitForGateway(() => fake.identifies > identifies);
  return started;
}

describe("SIGTERM drains", () => {
  it("finishes the answers in flight, tells newcomers it is restarting, then exits 0", async () => {
    run = await startBot();
    fake.delay("POST", CALLBACK, 1000);
    const slow = [
      chatInput("compound", { name: "noopept" }),
      chatInput("stack"),
      autocomplete("compound", { name: "pir" }, "name"),
    ];
    for (const i of slow) fake.dispatch("INTERACTION_CREATE", i);
    await Promise.all(slow.map((i) => fake.waitForRequest(callbackOf(i.id))));
    run.child.kill("SIGTERM");
    await expect.poll(() => run!.stdout(), { timeout: 5_000 }).toMatch(/shutting down/);
    const late = chatInput("compound", { name: "piracetam" });
    fake.dispatch("INTERACTION_CREATE", late);
    expect(JSON.stringify((await fake.waitForRequest(callbackOf(late.id))).body)).toMatch(/Restarting/);
    expect(await run.exited).toBe(0);
    const drained = lines(run.stdout()).find((l) => l.msg === "drained: disconnected from Discord");
    expect(drained).toMatchObject({ finished: 4, abandoned: 0 });
  });

  it("gives up on a callback that never returns after the grace period, and still exits 0", async () => {
    run = await startBot({ SHUTDOWN_GRACE_SECONDS: "1" });
    fake.delay("POST", CALLBACK, 60_000);
    const stuck = chatInput("compound", { name: "choline" });
    fake.dispatch("INTERACTION_CREATE", stuck);
    await fake.waitForRequest(callbackOf(stuck.id));
    const t0 = Date.now();
    run.child.kill("SIGTERM");
    expect(await run.exited).toBe(0);
    expect(Date.now() - t0).toBeLessThan(4_000);
    expect(lines(run.stdout()).find((l) => l.msg === "drained: disconnected from Discord")).toMatchObject({
      abandoned: 1,
    });
  });
});

describe("SIGTERM while a mention reply waits out a 429", () => {
  const replyTo = (id: string) => (r: { method: string; path: string; body: unknown }) =>
    r.method === "POST" &&
    CHANNEL_POST.test(r.path) &&
    (r.body as { message_reference?: { message_id?: string } }).message_reference?.message_id === id;

  it("waits for the reply within the grace, posts it, and counts it as finished", async () => {
    run = await startBot();
    fake.failNext("POST", CHANNEL_POST, 429, 1);
    const mention = channelMessage("noopept dose?", { mentionBot: true });
    fake.dispatch("MESSAGE_CREATE", mention);
    await expect.poll(() => fake.pendingFaults, { timeout: 5_000 }).toBe(0);
    run.child.kill("SIGTERM");
    await fake.waitForRequest(replyTo(mention.id));
    expect(await run.exited).toBe(0);
    const posts = lines(run.stdout()).find((l) => l.msg === "channel posts drained");
    expect(posts).toMatchObject({ finished: 1, abandoned: 0 });
  });

  it("logs the reply as abandoned when the 429 outlasts the grace", async () => {
    run = await startBot({ SHUTDOWN_GRACE_SECONDS: "1" });
    fake.failNext("POST", CHANNEL_POST, 429, 30);
    const mention = channelMessage("piracetam dose?", { mentionBot: true });
    fake.dispatch("MESSAGE_CREATE", mention);
    await expect.poll(() => fake.pendingFaults, { timeout: 5_000 }).toBe(0);
    run.child.kill("SIGTERM");
    expect(await run.exited).toBe(0);
    const logged = lines(run.stdout());
    expect(logged.find((l) => l.msg === "channel posts drained")).toMatchObject({
      finished: 0,
      abandoned: 1,
    });
    // Logged once, by whoever held it last (the poster), not also by the gateway's drain.
    const abandoned = logged.filter((l) => String(l.msg).startsWith("abandoned at shutdown"));
    expect(abandoned).toHaveLength(1);
    expect(abandoned[0]).toMatchObject({
      level: 40,
      work: "mention answer",
      channelId: mention.channel_id,
      msg: "abandoned at shutdown: mention answer not finished within the grace",
    });
  });
});

describe("SIGTERM in HTTP mode while a report post waits out a 429", () => {
  const keys = generateSigningKeys();
  const REPORTS = "123456789012345670";
  const reportPost = (r: { method: string; path: string }) =>
    r.method === "POST" && r.path === `/api/v10/channels/${REPORTS}/messages`;

  async function reportDuringA429(retryAfter: number, env: Record<string, string> = {}) {
    const port = await freePort();
    run = spawnEntry("src/bin/start.ts", [], {
      DISCORD_PUBLIC_KEY: keys.publicKeyHex,
      DISCORD_TOKEN: TEST_TOKEN,
      DISCORD_API_URL: fake.apiUrl,
      REPORT_CHANNEL_ID: REPORTS,
      PORT: String(port),
      HOST: "127.0.0.1",
      LOG_LEVEL: "info",
      ...env,
    });
    const base = `http://127.0.0.1:${port}`;
    expect(await waitFor200(`${base}/readyz`, 20_000, () => run!.child.exitCode === null)).toBe(true);
    fake.failNext("POST", new RegExp(`/channels/${REPORTS}/messages$`), 429, retryAfter);
    const client = new SignedClient(base, keys);
    const thanks = await client.post(modalSubmit("report:noopept:dosing", { what: "the dose is per day" }));
    expect(thanks.status).toBe(200);
    client.close();
    await expect.poll(() => fake.pendingFaults, { timeout: 5_000 }).toBe(0);
    run.child.kill("SIGTERM");
  }

  it("waits for the report post within the grace, posts it, and counts it as finished", async () => {
    const before = fake.requests.filter(reportPost).length;
    await reportDuringA429(1);
    expect(await run!.exited).toBe(0);
    expect(fake.requests.filter(reportPost).length).toBe(before + 1);
    expect(lines(run!.stdout()).find((l) => l.msg === "channel posts drained")).toMatchObject({
      finished: 1,
      abandoned: 0,
    });
  });

  it("logs the report post as abandoned when the 429 outlasts the grace", async () => {
    await reportDuringA429(30, { SHUTDOWN_GRACE_SECONDS: "1" });
    expect(await run!.exited).toBe(0);
    const logged = lines(run!.stdout());
    expect(logged.find((l) => l.msg === "channel posts drained")).toMatchObject({
      finished: 0,
      abandoned: 1,
    });
    expect(logged.find((l) => l.work === "report")).toMatchObject({ level: 40 });
  });
});
