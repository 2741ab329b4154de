import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { botRest, createChannelPoster } from "../src/discord/channel-poster.js";
import { createLogger } from "../src/logger.js";
import { LogCapture, startHarness, TEST_TOKEN, type Harness } from "./support/bot.js";
import { channelMessage } from "./support/messages.js";

/**
 * Posts to channels are never multiplied by retries (each carries a nonce Discord de-duplicates by), and a
 * burst of server errors is waited out with backoff rather than retried inside it.
 */

const CHANNEL_POST = /\/channels\/\d+\/messages$/;
const QUESTIONS = [
  "noopept dose?",
  "piracetam dose?",
  "aniracetam dose?",
  "choline dose?",
  "fasoracetam dose?",
];
let h: Harness;
beforeAll(async () => {
  h = await startHarness({ mentions: true });
});
afterAll(async () => {
  await h?.stop();
});

const repliedTo = (body: unknown) =>
  (body as { message_reference?: { message_id?: string } }).message_reference?.message_id;

describe("a channel post Discord processed but answered with a 500", () => {
  it("5 mentions during 'processed, then 500' produce 5 replies, each with a nonce Discord enforces", async () => {
    const before = h.fake.createdMessages.length;
    h.fake.failFor("POST", CHANNEL_POST, 500, 400, true);
    const mentions = QUESTIONS.map((q, i) =>
      channelMessage(q, { mentionBot: true, authorId: `55555555555555555${i}` }),
    );
    for (const m of mentions) h.fake.dispatch("MESSAGE_CREATE", m);
    // Each post is tried again after the fault and gets the message its first attempt created.
    await h.logs.waitFor(
      () => h.logs.entries.filter((e) => e.msg === "mention answer posted after a retry").length >= 5,
      "five posts retried",
      20_000,
    );
    const created = h.fake.createdMessages.slice(before);
    expect(created.map((c) => repliedTo(c.body)).sort()).toEqual(mentions.map((m) => m.id).sort());
    for (const { body } of created)
      expect(body).toMatchObject({ nonce: expect.any(String) as unknown, enforce_nonce: true });
  });
});

describe("a report post (the one channel poster) Discord processed but answered with a 500", () => {
  it("is created once, with a nonce of its own when the body brings none", async () => {
    const logs = new LogCapture();
    const logger = createLogger({ destination: logs.stream, secrets: [TEST_TOKEN] });
    const poster = createChannelPoster({ rest: botRest(TEST_TOKEN, logger, h.fake.apiUrl), logger });
    const channelId = "777777777777777777";
    h.fake.failFor("POST", new RegExp(`/channels/${channelId}/messages$`), 500, 400, true);
    expect(await poster.post(channelId, { content: "a report" }, "report")).toBe(true);
    const created = h.fake.createdMessages.filter((c) => c.channelId === channelId);
    expect(created).toHaveLength(1);
    expect(created[0]!.body).toMatchObject({
      nonce: expect.stringMatching(/^[\w-]{1,25}$/),
      enforce_nonce: true,
    });
    const attempts = h.fake.requests.filter((r) => r.path.endsWith(`/channels/${channelId}/messages`));
    expect(attempts.length).toBeGreaterThan(1);
    expect(new Set(attempts.map((r) => (r.body as { nonce?: string }).nonce)).size).toBe(1);
  });
});

describe("a channel post during a burst of server errors", () => {
  const posterWith = (logs: LogCapture) => {
    const logger = createLogger({ destination: logs.stream, secrets: [TEST_TOKEN] });
    return createChannelPoster({ rest: botRest(TEST_TOKEN, logger, h.fake.apiUrl), logger });
  };

  it("is posted once, after a 1.5 s burst of 500s, by retries with backoff", async () => {
    const logs = new LogCapture();
    const channelId = "777777777777777771";
    h.fake.failFor("POST", new RegExp(`/channels/${channelId}/messages$`), 500, 1_500);
    expect(await posterWith(logs).post(channelId, { content: "a report" }, "report")).toBe(true);
    expect(h.fake.createdMessages.filter((c) => c.channelId === channelId)).toHaveLength(1);
    const errors = logs.entries.filter((e) => e.msg === "Discord answered with a server error");
    expect(errors.length).toBeGreaterThan(0);
    expect(logs.entries.find((e) => e.msg === "report posted after a retry")).toMatchObject({
      attempts: errors.length + 1,
    });
  });

  it("is not tried again when Discord refuses it (403), and the failure is logged once", async () => {
    const logs = new LogCapture();
    const channelId = "777777777777777772";
    h.fake.failNext("POST", new RegExp(`/channels/${channelId}/messages$`), 403, undefined, 50001);
    expect(await posterWith(logs).post(channelId, { content: "a report" }, "report")).toBe(false);
    const failures = logs.entries.filter((e) => e.msg === "could not post the report to the channel");
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatchObject({ attempts: 1, status: 403, code: 50001 });
    expect(h.fake.createdMessages.filter((c) => c.channelId === channelId)).toHaveLength(0);
  });
});
