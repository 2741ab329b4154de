import http from "node:http";
import type { AddressInfo } from "node:net";
import { AllowedMentionsTypes } from "discord-api-types/v10";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createChannelPoster } from "../src/http/rest.js";
import { createLogger } from "../src/logger.js";
import { LogCapture, TEST_TOKEN } from "./support/bot.js";

type Seen = { method?: string; url?: string; authorization?: string; body: unknown };
const seen: Seen[] = [];
let status = 200;
let server: http.Server;
let apiUrl = "";

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let text = "";
    req.on("data", (c: Buffer) => (text += c.toString()));
    req.on("end", () => {
      seen.push({
        method: req.method,
        url: req.url,
        authorization: req.headers.authorization,
        body: JSON.parse(text || "null") as unknown,
      });
      res
        .writeHead(status, { "content-type": "application/json" })
        .end(
          status === 200
            ? JSON.stringify({ id: "1" })
            : JSON.stringify({ message: "Missing Access", code: 50001 }),
        );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

describe("posting to a channel in HTTP mode", () => {
  it("posts with the bot token, and never lets a message ping anyone", async () => {
    const logs = new LogCapture();
    const post = createChannelPoster({
      token: TEST_TOKEN,
      apiUrl,
      logger: createLogger({ destination: logs.stream, secrets: [TEST_TOKEN] }),
    });
    await post({
      channelId: "123456789012345678",
      body: { content: "report @everyone", allowed_mentions: { parse: [AllowedMentionsTypes.Everyone] } },
    });
    expect(seen.at(-1)).toMatchObject({
      method: "POST",
      url: "/api/v10/channels/123456789012345678/messages",
      authorization: `Bot ${TEST_TOKEN}`,
    });
    expect(seen.at(-1)?.body).toEqual({ content: "report @everyone", allowed_mentions: { parse: [] } });
  });

  it("logs a refused post with Discord's status and without the token, and does not throw", async () => {
    status = 403;
    const logs = new LogCapture();
    const post = createChannelPoster({
      token: TEST_TOKEN,
      apiUrl,
      logger: createLogger({ destination: logs.stream, secrets: [TEST_TOKEN] }),
    });
    await post({ channelId: "123456789012345678", body: { content: "x" } });
    status = 200;
    expect(logs.entries.at(-1)).toMatchObject({ status: 403, msg: "could not post to the channel" });
    expect(logs.lines.join("\n")).not.toContain(TEST_TOKEN.split(".")[2]);
  });

  it("skips the post, saying so, when no token is set", async () => {
    const before = seen.length;
    const logs = new LogCapture();
    await createChannelPoster({ apiUrl, logger: createLogger({ destination: logs.stream }) })({
      channelId: "123456789012345678",
      body: { content: "x" },
    });
    expect(seen.length).toBe(before);
    expect(logs.entries.at(-1)).toMatchObject({ msg: "not posted: DISCORD_TOKEN is not set" });
  });
});
