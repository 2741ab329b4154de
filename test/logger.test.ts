import { PassThrough, Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger, redactSecrets } from "../src/logger.js";
import { LogCapture, TEST_TOKEN } from "./support/bot.js";

function collector(): { stream: Writable; text: () => string } {
  let text = "";
  return {
    stream: new Writable({ write: (c: Buffer, _e, done) => ((text += c.toString()), done()) }),
    text: () => text,
  };
}

describe("logger", () => {
  it("moves to the fallback when the destination breaks, and never throws or emits", () => {
    const out = new PassThrough();
    const err = collector();
    const logger = createLogger({ destination: out, fallback: err.stream });
    logger.info("before");
    out.emit("error", Object.assign(new Error("write EPIPE"), { code: "EPIPE" }));
    out.destroy();
    expect(() => {
      for (let i = 0; i < 100; i++) logger.info({ i }, "after");
    }).not.toThrow();
    expect(err.text()).toMatch(/"code":"EPIPE".*log output closed/);
    expect(
      err
        .text()
        .split("\n")
        .filter((l) => l.includes('"after"')).length,
    ).toBe(100);
  });

  it("drops lines silently when there is no fallback", () => {
    const out = new PassThrough();
    const logger = createLogger({ destination: out, fallback: null });
    out.destroy();
    expect(() => logger.error("nobody reads this")).not.toThrow();
  });

  it("redacts interaction tokens in callback and webhook URLs and token fields", () => {
    const token = "aW50ZXJhY3Rpb246MTIzNDU2Nzg5MDEyMzQ1Njc4OmFiY2RlZg";
    const line = redactSecrets(
      `POST /api/v10/interactions/123456789012345678/${token}/callback and /webhooks/111/${token}/messages/@original {"token":"${token}"}`,
    );
    expect(line).not.toContain(token);
    expect(line).toContain("/interactions/123456789012345678/[REDACTED]/callback");
  });
});

describe("error lines", () => {
  it("carry the route and status of a failed REST call, never its body or the interaction token", () => {
    const out = collector();
    const logger = createLogger({ destination: out.stream, fallback: null });
    const token = "aW50ZXJhY3Rpb246OTk5OTk5OTk5OTk5OTk5OTk5OnNlY3JldA";
    const error = Object.assign(new Error(`Unknown interaction`), {
      status: 404,
      code: 10062,
      url: `https://discord.com/api/v10/interactions/999999999999999999/${token}/callback`,
      requestBody: {
        files: undefined,
        json: { type: 4, data: { embeds: [{ description: "x".repeat(3000) }] } },
      },
    });
    logger.error({ err: error }, "could not send the answer");
    expect(out.text()).not.toContain(token);
    expect(out.text()).not.toContain("xxxxxxxxxx");
    expect(out.text().length).toBeLessThan(1500);
    expect(out.text()).toMatch(/"code":10062/);
    expect(out.text()).toMatch(/interactions\/999999999999999999\/\[REDACTED\]\/callback/);
  });
});

describe("secrets and fields", () => {
  it("never writes the token: not in messages, fields, nested objects or error stacks", () => {
    const logs = new LogCapture();
    const logger = createLogger({ destination: logs.stream, secrets: [TEST_TOKEN] });
    logger.info(
      { token: TEST_TOKEN, nested: { value: `Bot ${TEST_TOKEN}` } },
      `logging in with ${TEST_TOKEN}`,
    );
    logger.error({ err: new Error(`request failed for ${TEST_TOKEN}`) }, "failed");
    logger.child({ config: { DISCORD_TOKEN: TEST_TOKEN } }).warn("child");
    expect(logs.lines).toHaveLength(3);
    expect(logs.lines.join("\n")).not.toContain(TEST_TOKEN);
    expect(logs.lines.join("\n")).toContain("[REDACTED]");
  });
  it("writes structured JSON fields", () => {
    const logs = new LogCapture();
    createLogger({ destination: logs.stream }).info(
      { command: "compound", userId: "1", latencyMs: 1.5, outcome: "ok" },
      "answered",
    );
    expect(logs.entries[0]).toMatchObject({
      command: "compound",
      userId: "1",
      latencyMs: 1.5,
      outcome: "ok",
      msg: "answered",
    });
  });
});
