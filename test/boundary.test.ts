import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBoundary, type Outcome } from "../src/interactions/boundary.js";
import { cachedRouter } from "../src/interactions/cache.js";
import { Limiter } from "../src/interactions/limiter.js";
import { createLogger, type Logger } from "../src/logger.js";
import { reportFeature } from "../src/reports/feature.js";
import type { Report, ReportSink } from "../src/reports/sink.js";
import { LogCapture, startHarness, testContext, type Harness } from "./support/bot.js";
import { autocomplete, buttonClick, chatInput, modalSubmit, rawInteraction } from "./support/interactions.js";

/** Every kind of interaction is answered or logged, through one boundary; failures are visible and not multiplied. */

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.stop();
});

type Callback = {
  type: number;
  data?: { flags?: number; choices?: unknown[]; embeds?: Array<{ title?: string }> };
};
const answer = async (interaction: { id: string }) => (await h.fake.interact(interaction)).body as Callback;

describe("kinds the bot never registered", () => {
  it("a select menu, a user context menu and an unknown form each get a short ephemeral answer and a warn line", async () => {
    const select = rawInteraction(3, {
      data: { custom_id: "someone-elses:menu", component_type: 3, values: ["a"] },
      message: buttonClick("x").message,
    });
    const userMenu = rawInteraction(2, {
      data: { id: "1", name: "Inspect", type: 2, target_id: "555555555555555555", resolved: { users: {} } },
    });
    for (const raw of [select, userMenu]) {
      const cb = await answer(raw);
      expect(cb.type).toBe(4);
      expect((cb.data?.flags ?? 0) & 64).toBe(64);
      await h.logs.waitFor(
        (e) => e.level === 40 && e.outcome === "unsupported" && e.interactionType === raw.type,
      );
    }
    const form = await answer(rawInteraction(5, { data: { custom_id: "nobody:form", components: [] } }));
    expect(form.type).toBe(4);
    expect((form.data?.flags ?? 0) & 64).toBe(64);
  });

  it("an autocomplete with no focused option answers with choices; a button with no message is answered", async () => {
    const unfocused = autocomplete("compound", { name: "noo" }, "none");
    expect((await answer(unfocused)).type).toBe(8);
    const bare: Partial<ReturnType<typeof buttonClick>> & { id: string } =
      buttonClick("compound:noopept:dosing");
    delete bare.message;
    const cb = await answer(bare);
    expect([4, 7]).toContain(cb.type);
  });

  it("malformed JSON in a dispatch is answered with the apology, logged, and the bot keeps serving", async () => {
    const broken = {
      ...chatInput("compound", { name: "noopept" }),
      member: { roles: [] },
      data: { name: "compound", type: 1, options: "not a list" },
    };
    const cb = await answer(broken);
    expect(cb.type).toBe(4);
    expect((cb.data?.flags ?? 0) & 64).toBe(64);
    expect(
      JSON.stringify((await h.fake.interact(chatInput("compound", { name: "piracetam" }))).body),
    ).toContain("Piracetam");
  });
});

describe("failed callbacks", () => {
  it("logs a 429 on a callback with its route and retry-after", async () => {
    h.fake.failNext("POST", /\/interactions\/\d+\/[^/]+\/callback$/, 429, 0.05);
    expect((await answer(chatInput("compound", { name: "aniracetam" }))).type).toBe(4);
    const line = await h.logs.waitFor((e) => e.status === 429);
    expect(line).toMatchObject({ route: "/interactions/:id/:token/callback", retryAfterMs: 50 });
  });

  it("does not apologise through an interaction Discord says is gone (10062): one call, one warn line, no token", async () => {
    const dead = chatInput("compound", { name: "nefiracetam" });
    const from = h.fake.requests.length;
    h.fake.failNext("POST", new RegExp(`/interactions/${dead.id}/[^/]+/callback$`), 404, undefined, 10062);
    h.fake.dispatch("INTERACTION_CREATE", dead);
    const line = await h.logs.waitFor((e) => e.interactionId === dead.id);
    expect(line).toMatchObject({
      level: 40,
      code: 10062,
      status: 404,
      route: "POST /interactions/:id/:token/callback",
    });
    expect(await answer(chatInput("compound", { name: "noopept" }))).toMatchObject({ type: 4 });
    expect(
      h.fake.requests.slice(from).filter((r) => r.path.includes(dead.id) || r.path.includes("/webhooks/")),
    ).toEqual([]);
    expect(h.logs.lines.filter((l) => l.includes(dead.id))).toHaveLength(1);
    expect(h.logs.lines.join("\n")).not.toContain(dead.token);
  });
});

describe("the boundary without any transport", () => {
  const build = (options: { limiter?: Limiter; logger?: Logger } = {}) => {
    const outcomes: Outcome[] = [];
    const received: Report[] = [];
    const sink: ReportSink = { receive: (r) => (received.push(r), Promise.resolve("sent")) };
    const boundary = createBoundary({
      router: cachedRouter(testContext([reportFeature(sink)])),
      logger: options.logger ?? createLogger({ level: "silent" }),
      limiter: options.limiter,
      onOutcome: (o) => outcomes.push(o),
    });
    return { boundary, outcomes, received };
  };

  it("takes raw JSON and returns the response; a form goes to the module its custom id names", async () => {
    const { boundary, outcomes, received } = build();
    expect((await boundary.handle(chatInput("compound", { name: "noopept" }) as never)).type).toBe(4);
    await boundary.handle(modalSubmit("report:noopept:dosing", { what: "wrong dose" }) as never);
    expect(received).toMatchObject([{ compound: "noopept", section: "dosing", what: "wrong dose" }]);
    const select = rawInteraction(3, { data: { custom_id: "x", component_type: 3, values: [] } });
    expect((await boundary.handle(select as never)).type).toBe(4);
    expect(outcomes).toMatchObject([
      { kind: "command", command: "compound", outcome: "ok" },
      { kind: "modal", outcome: "ok" },
      { kind: "unsupported", outcome: "unsupported" },
    ]);
  });

  it("over the limit, answers every kind in one place: a note, an acknowledgement or no choices", async () => {
    const none = { count: 1, windowMs: 600_000 };
    const { boundary } = build({
      limiter: new Limiter({ command: none, section: none, autocomplete: none, report: none }),
    });
    const user = "666666666666666666";
    const twice = async (raw: object) => {
      await boundary.handle(raw as never);
      return boundary.handle(raw as never);
    };
    expect(JSON.stringify(await twice(chatInput("sources", {}, user)))).toMatch(/Slow down.*600 seconds/);
    expect(await twice(buttonClick("compound:noopept:dosing", user))).toEqual({ type: 6 });
    expect(await twice(autocomplete("compound", { name: "noo" }, "name", user))).toEqual({
      type: 8,
      data: { choices: [] },
    });
    const form = modalSubmit("report:noopept:dosing", { what: "wrong dose" }, user);
    expect(JSON.stringify(await twice(form))).toMatch(/Report not sent.*try again in 10 minutes/);
  });

  it("a command interaction without its data is answered and logged as unsupported, without a stack", async () => {
    const logs = new LogCapture();
    const { boundary } = build({ logger: createLogger({ level: "debug", destination: logs.stream }) });
    const raw = { id: "1", application_id: "2", type: 2, token: "t", version: 1 };
    expect(JSON.stringify(await boundary.handle(raw as never))).toContain("Not something I handle");
    expect(logs.lines.join("")).not.toMatch(/TypeError|"stack"/);
  });
});
