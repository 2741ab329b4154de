import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "./support/bot.js";
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
