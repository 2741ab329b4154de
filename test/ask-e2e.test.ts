import { cardText } from "./support/cards.js";
import { GatewayIntentBits } from "discord-api-types/v10";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MessagePayload } from "../src/reply/payload.js";
import { startHarness, type Harness } from "./support/bot.js";
import { chatInput } from "./support/interactions.js";
import { limitProblems } from "./support/limits.js";
import { BOT_ID } from "./support/fake-discord.js";
import { channelMessage, guildCreate, messageCommand } from "./support/messages.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ mentions: true });
  // The server and its channel, as Discord sends them after READY (the bot reads neither).
  h.fake.dispatch("GUILD_CREATE", guildCreate());
});
afterAll(async () => {
  await h?.stop();
});

type Body = MessagePayload & {
  allowed_mentions: { parse: []; replied_user?: boolean };
  message_reference?: { message_id: string };
};
const embedsText = (body: unknown) => cardText(body);

describe("questions in plain words through the real bot and a fake Discord", () => {
  it("identifies with the message intents, none of them privileged", () => {
    const identify = h.fake.gatewayLog.find((m) => m.op === 2) as { d: { intents: number } };
    expect(identify.d.intents).toBe(
      GatewayIntentBits.Guilds | GatewayIntentBits.GuildMessages | GatewayIntentBits.DirectMessages,
    );
    expect(identify.d.intents & GatewayIntentBits.MessageContent).toBe(0);
  });

  it("answers /ask with quoted claims", async () => {
    const cb = (await h.fake.interact(chatInput("ask", { question: "is noopept safe with ssris" }))).body as {
      type: number;
      data: Body;
    };
    expect(cb.type).toBe(4);
    expect(embedsText(cb.data)).toContain("No information is not the same as safe");
    expect(limitProblems({ ...cb.data, components: cb.data.components ?? [] })).toEqual([]);
  });

  it("answers a mention in a guild channel with a reply to that message, pinging no one", async () => {
    const message = channelMessage("noopept dose?", { mentionBot: true });
    const post = await h.fake.message(message);
    const body = post?.body as Body;
    expect(body.message_reference?.message_id).toBe(message.id);
    expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(embedsText(body)).toContain("10–30 mg");
  });

  it("answers a mention in a DM", async () => {
    const message = channelMessage("how long does noopept last?", { mentionBot: true, guild: false });
    expect(embedsText((await h.fake.message(message))?.body)).toContain("1 hour");
  });

  it("ignores ordinary messages and messages from bots", async () => {
    const before = h.fake.channelPosts.length;
    expect(await h.fake.message(channelMessage("anyone tried noopept?"), 150)).toBeUndefined();
    expect(
      await h.fake.message(
        channelMessage("noopept dose?", { mentionBot: true, bot: true, authorId: "777777777777777777" }),
        150,
      ),
    ).toBeUndefined();
    expect(h.fake.channelPosts.length).toBe(before);
  });

  it("answers the message command ephemerally from the selected message", async () => {
    const cb = (await h.fake.interact(messageCommand("Ask the sources", "how long does noopept last?")))
      .body as { type: number; data: Body };
    expect(cb.type).toBe(4);
    expect((cb.data.flags ?? 0) & 64).toBe(64);
    expect(embedsText(cb.data)).toContain("1 hour");
  });

  it("survives malformed MESSAGE_CREATE dispatches that mention it, and answers the next mention", async () => {
    const mention = channelMessage("noopept dose?", { mentionBot: true });
    const malformed: unknown[] = [
      { ...mention, id: "800000000000009001", author: undefined },
      { ...mention, id: "800000000000009002", author: null, content: 42 },
      { ...mention, id: "800000000000009003", mentions: "everyone" },
      { id: "800000000000009004", mentions: [{ id: BOT_ID }] },
      null,
    ];
    for (const d of malformed) h.fake.dispatch("MESSAGE_CREATE", d);
    const post = await h.fake.message(channelMessage("piracetam dose?", { mentionBot: true }));
    expect(embedsText(post?.body)).toContain("Piracetam");
    expect(h.logs.entries.filter((e) => e.msg === "unexpected failure")).toEqual([]);
  });

  it("receives 2,000 ordinary messages without answering any, then still answers a mention", async () => {
    const before = h.fake.channelPosts.length;
    for (let i = 0; i < 2000; i++)
      h.fake.dispatch("MESSAGE_CREATE", channelMessage(`chatter ${i} about noopept`));
    const post = await h.fake.message(channelMessage("piracetam 800mg", { mentionBot: true }));
    expect(embedsText(post?.body)).toContain("800 mg is below");
    expect(h.fake.channelPosts.length).toBe(before + 1);
  });
});
