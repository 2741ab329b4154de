import { cardText } from "./support/cards.js";
import { InteractionResponseType } from "discord-api-types/v10";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHttpMode, type RunningHttpMode } from "../src/http/serve.js";
import { Limiter } from "../src/interactions/limiter.js";
import { createLogger } from "../src/logger.js";
import { createMetrics } from "../src/metrics.js";
import type { MessagePayload } from "../src/reply/payload.js";
import { botRest, createChannelPoster } from "../src/discord/channel-poster.js";
import { channelReportSink } from "../src/reports/channel-sink.js";
import {
  boundaryFor,
  LogCapture,
  startHarness,
  TEST_TOKEN,
  testContext,
  type Harness,
} from "./support/bot.js";
import { FakeDiscord } from "./support/fake-discord.js";
import { buttonClick, chatInput, modalSubmit } from "./support/interactions.js";
import { generateSigningKeys, SignedClient } from "./support/signed-client.js";
import { createBoundary } from "../src/interactions/boundary.js";
import { cachedRouter } from "../src/interactions/cache.js";
import { reportFeature } from "../src/reports/feature.js";
import type { Report, ReportSink } from "../src/reports/sink.js";

/** "Report a problem": the button on every card, its form, and where a report goes, over the gateway and HTTP. */

const REPORTS = "123456789012345678";
const ASKER = "111111111111111112";
const OTHER = "222222222222222223";

let h: Harness;
beforeAll(async () => {
  h = await startHarness({
    reportChannelId: REPORTS,
    limiter: new Limiter({
      command: { count: 50, windowMs: 10_000 },
      report: { count: 2, windowMs: 600_000 },
    }),
  });
});
afterAll(async () => {
  await h?.stop();
});

type Callback = {
  type: number;
  data: MessagePayload & { custom_id?: string; title?: string; components: unknown[] };
};
const answer = async (interaction: { id: string }) => (await h.fake.interact(interaction)).body as Callback;

describe("Report a problem over the gateway", () => {
  it("every card carries the button; it opens a form with what is wrong and an optional source", async () => {
    const card = await answer(chatInput("compound", { name: "piracetam", section: "dosing" }, ASKER));
    const ids = JSON.stringify(card.data.components);
    expect(ids).toContain('"custom_id":"report:piracetam:dosing"');
    const form = await answer(buttonClick("report:piracetam:dosing", OTHER, { owner: ASKER }));
    expect(form.type).toBe(9);
    expect(form.data.custom_id).toBe("report:piracetam:dosing");
    expect(JSON.stringify(form.data.components)).toMatch(
      /"custom_id":"what".*"required":true.*"custom_id":"source".*"required":false/,
    );
  });

  it("a report is logged, posted to the reports channel with compound, section and reporter, pinging no one", async () => {
    const cb = await answer(
      modalSubmit(
        "report:piracetam:dosing",
        { what: "The 1200 mg dose is per day, not per dose. @everyone", source: "" },
        OTHER,
      ),
    );
    expect(cb.type).toBe(4);
    expect((cb.data.flags ?? 0) & 64).toBe(64);
    expect(cardText(cb.data)).toMatch(/Thanks/);
    const line = await h.logs.waitFor((e) => e.event === "report");
    expect(line).toMatchObject({
      compound: "piracetam",
      section: "dosing",
      reporterId: OTHER,
      reportsChannel: REPORTS,
    });
    const post = await h.fake.waitForRequest(
      (r) => r.method === "POST" && r.path === `/api/v10/channels/${REPORTS}/messages`,
    );
    const body = post.body as { allowed_mentions: unknown; embeds: unknown[] };
    expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(JSON.stringify(body.embeds)).toContain("piracetam (dosing)");
    expect(JSON.stringify(body.embeds)).toContain(OTHER);
  });

  it("reports are rate-limited per user, with a note saying when to try again", async () => {
    const posts = () => h.fake.requests.filter((r) => r.path.includes(`/channels/${REPORTS}/`)).length;
    await answer(modalSubmit("report:noopept:overview", { what: "second report text" }, OTHER));
    await expect.poll(posts).toBe(2);
    const refused = await answer(
      modalSubmit("report:noopept:overview", { what: "third report text" }, OTHER),
    );
    expect(JSON.stringify(refused.data.embeds)).toMatch(/Report not sent.*try again in 5 minutes/);
    expect((refused.data.flags ?? 0) & 64).toBe(64);
    await answer(chatInput("stack"));
    expect(posts()).toBe(2);
  });
});

const keys = generateSigningKeys();
const logs = new LogCapture();
const metrics = createMetrics({ processDefaults: false });
let fake: FakeDiscord;
let mode: RunningHttpMode;
let client: SignedClient;

beforeAll(async () => {
  fake = await FakeDiscord.start();
  // As the entry point wires HTTP mode: reports posted with the bot token through the one channel poster.
  const logger = createLogger({ level: "debug", destination: logs.stream, secrets: [TEST_TOKEN] });
  const poster = createChannelPoster({ rest: botRest(TEST_TOKEN, logger, fake.apiUrl), logger });
  const ctx = testContext([reportFeature(channelReportSink({ logger, channelId: REPORTS, poster }))]);
  mode = await startHttpMode({
    boundary: boundaryFor(ctx, { logger, metrics }),
    publicKey: keys.publicKeyHex,
    logger,
    metrics,
    port: 0,
    host: "127.0.0.1",
  });
  client = new SignedClient(`http://127.0.0.1:${mode.port}`, keys);
});
afterAll(async () => {
  client.close();
  await mode.server.close(100);
  await fake.stop();
});

describe("Report a problem in HTTP mode", () => {
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
    expect((post.body as { allowed_mentions: unknown }).allowed_mentions).toEqual({
      parse: [],
      replied_user: false,
    });
    expect(fake.requests.some((r) => r.path.includes("/callback"))).toBe(false);
    // Reports are counted by the sink that keeps them (stored, posted, failed), never as an interaction "ok".
    expect(await metrics.registry.metrics()).not.toContain('nootropic_reports_total{outcome="ok"}');
    expect(logs.lines.join("\n")).not.toContain(TEST_TOKEN);
  });
});

describe("where a report goes: any ReportSink", () => {
  const submit = (sink: ReportSink, values: Record<string, string>) => {
    const ctx = testContext([reportFeature(sink)]);
    const boundary = createBoundary({ router: cachedRouter(ctx), logger: createLogger({ level: "silent" }) });
    return boundary.handle(
      modalSubmit("report:noopept:dosing", values, OTHER, "999999999999999999") as never,
    );
  };

  it("receives the report with who sent it and from where; its receipt decides what the member is told", async () => {
    const received: Report[] = [];
    const sink: ReportSink = { receive: (report) => (received.push(report), Promise.resolve("sent")) };
    const response = await submit(sink, { what: "  The dose\n is per day  ", source: "a book" });
    const { claims, ...rest } = received[0]!;
    expect(received).toHaveLength(1);
    expect(rest).toEqual({
      compound: "noopept",
      section: "dosing",
      what: "The dose is per day",
      source: "a book",
      reporterId: OTHER,
      guildId: "444444444444444444",
      channelId: "333333333333333333",
      messageId: "999999999999999999",
    });
    // The claims the section showed, each with its id: the version its reviewer signed (its `reviewed`).
    const noopept = testContext().knowledge.compounds.find((c) => c.id === "noopept")!;
    const signed = new Map([...noopept.doses, ...noopept.claims].map((e) => [e.reviewed, e]));
    expect(claims?.length).toBeGreaterThan(1);
    expect(claims?.some((c) => c.text.includes("10–30 mg"))).toBe(true);
    for (const claim of claims ?? []) expect(signed.has(claim.id), claim.text).toBe(true);
    expect(JSON.stringify(response)).toMatch(/Thanks for the report.*sent to the maintainers/);
  });

  it("a sink that could not take it: the member is told the report was not sent", async () => {
    const response = await submit({ receive: () => Promise.resolve("failed") }, { what: "wrong dose" });
    expect(JSON.stringify(response)).toMatch(/not sent/i);
    expect(JSON.stringify(response)).not.toMatch(/Thanks/);
  });

  it("a sink that throws: the member gets the apology, never thanks", async () => {
    const response = await submit(
      { receive: () => Promise.reject(new Error("disk full")) },
      { what: "x y z" },
    );
    expect(JSON.stringify(response)).toMatch(/Something went wrong/);
  });
});
