import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { botRest, createChannelPoster } from "../src/discord/channel-poster.js";
import { createLogger } from "../src/logger.js";
import { LogCapture, startHarness, TEST_TOKEN, type Harness } from "./support/bot.js";
import { channelMessage } from "./support/messages.js";

/** Posts to channels are never multiplied by retries: each carries a nonce Discord de-duplicates by. */

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
    await h.logs.waitFor(
      () =>
        h.logs.entries.filter((e) => e.level === 50 && e.route === "POST /channels/:id/messages").length >= 5,
      "five failed posts",
      5_000,
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
    expect(await poster.post(channelId, { content: "a report" }, "report")).toBe(false);
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
