import http from "node:http";
import type { AddressInfo } from "node:net";
import { AllowedMentionsTypes } from "discord-api-types/v10";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { botRest, createChannelPoster } from "../src/discord/channel-poster.js";
import { channelReportSink } from "../src/reports/channel-sink.js";
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

describe("posting to a channel (one poster for reports and mentions, in either mode)", () => {
  const posterWith = (logs: LogCapture) => {
    const logger = createLogger({ destination: logs.stream, secrets: [TEST_TOKEN] });
    return createChannelPoster({ rest: botRest(TEST_TOKEN, logger, apiUrl), logger });
  };

  it("posts with the bot token, and never lets a message ping anyone", async () => {
    const posted = await posterWith(new LogCapture()).post(
      "123456789012345678",
      { content: "report @everyone", allowed_mentions: { parse: [AllowedMentionsTypes.Everyone] } },
      "report",
    );
    expect(posted).toBe(true);
    expect(seen.at(-1)).toMatchObject({
      method: "POST",
      url: "/api/v10/channels/123456789012345678/messages",
      authorization: `Bot ${TEST_TOKEN}`,
    });
    expect(seen.at(-1)?.body).toEqual({
      content: "report @everyone",
      allowed_mentions: { parse: [], replied_user: false },
      nonce: expect.any(String) as unknown,
      enforce_nonce: true,
    });
  });

  it("logs a refused post with what it was and Discord's status, without the token, and does not throw", async () => {
    status = 403;
    const logs = new LogCapture();
    expect(await posterWith(logs).post("123456789012345678", { content: "x" }, "report")).toBe(false);
    status = 200;
    expect(logs.entries.at(-1)).toMatchObject({
      status: 403,
      code: 50001,
      what: "report",
      route: "POST /channels/:id/messages",
      msg: "could not post the report to the channel",
    });
    expect(logs.lines.join("\n")).not.toContain(TEST_TOKEN.split(".")[2]);
  });

  it("without a token (no poster) or a reports channel, a report is logged only, and the member told so", async () => {
    const before = seen.length;
    const logs = new LogCapture();
    const logger = createLogger({ destination: logs.stream });
    const report = { compound: "noopept", section: "dosing", what: "wrong", reporterId: "1" };
    expect(await channelReportSink({ logger, channelId: "123456789012345678" }).receive(report)).toBe(
      "logged",
    );
    const poster = posterWith(new LogCapture());
    expect(await channelReportSink({ logger, poster }).receive(report)).toBe("logged");
    expect(seen.length).toBe(before);
    expect(logs.entries.filter((e) => e.event === "report")).toHaveLength(2);
  });
});
