import { InteractionResponseType } from "discord-api-types/v10";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHttpMode, type RunningHttpMode } from "../src/http/serve.js";
import { createLogger } from "../src/logger.js";
import { createMetrics } from "../src/metrics.js";
import { LogCapture, TEST_TOKEN, testContext } from "./support/bot.js";
import { FakeDiscord } from "./support/fake-discord.js";
import { buttonClick, modalSubmit } from "./support/interactions.js";
import { generateSigningKeys, SignedClient } from "./support/signed-client.js";

const REPORTS = "123456789012345678";
const keys = generateSigningKeys();
const logs = new LogCapture();
const metrics = createMetrics({ processDefaults: false });
let fake: FakeDiscord;
let mode: RunningHttpMode;
let client: SignedClient;

beforeAll(async () => {
  fake = await FakeDiscord.start();
  mode = await startHttpMode({
    ctx: testContext(),
    publicKey: keys.publicKeyHex,
    logger: createLogger({ level: "debug", destination: logs.stream, secrets: [TEST_TOKEN] }),
    metrics,
    port: 0,
    host: "127.0.0.1",
    token: TEST_TOKEN,
    apiUrl: fake.apiUrl,
    reportChannelId: REPORTS,
  });
  client = new SignedClient(`http://127.0.0.1:${mode.port}`, keys);
});
afterAll(async () => {
  client.close();
  await mode.server.close(100);
  await fake.stop();
});

describe("reports in HTTP mode", () => {
  it("opens the report form inline, answers the submission inline, and posts the report with the bot token", async () => {
    const form = (await client.post(buttonClick("report:piracetam:dosing", "880000000000000300"))).json<{
      type: number;
      data: { custom_id: string };
    }>();
    expect(form.type).toBe(InteractionResponseType.Modal);
    expect(form.data.custom_id).toBe("report:piracetam:dosing");
    const thanks = (
      await client.post(
        modalSubmit(
          "report:piracetam:dosing",
          { what: "The dose is per day. @everyone", source: "" },
          "880000000000000300",
        ),
      )
    ).json<{ type: number }>();
    expect(thanks.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    const post = await fake.waitForRequest(
      (r) => r.method === "POST" && r.path === `/api/v10/channels/${REPORTS}/messages`,
    );
    expect(post.headers.authorization).toBe(`Bot ${TEST_TOKEN}`);
    expect((post.body as { allowed_mentions: unknown }).allowed_mentions).toEqual({ parse: [] });
    expect(fake.requests.some((r) => r.path.includes("/callback"))).toBe(false);
    expect(await metrics.registry.metrics()).toContain('nootropic_reports_total{outcome="ok"} 1');
    expect(logs.lines.join("\n")).not.toContain(TEST_TOKEN);
  });
});
