import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Limiter } from "../src/interactions/limiter.js";
import { startHarness, type Harness } from "./support/bot.js";
import { autocomplete, buttonClick, chatInput } from "./support/interactions.js";

function clock() {
  let now = 1_000_000;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe("Limiter", () => {
  const make = () => {
    const c = clock();
    const limiter = new Limiter({
      command: { count: 3, windowMs: 9_000 },
      autocomplete: { count: 4, windowMs: 60_000 },
      now: c.now,
    });
    return { limiter, advance: c.advance };
  };
  const allowed = (limiter: Limiter, user: string, kind: Parameters<Limiter["check"]>[1], n: number) =>
    Array.from({ length: n }, () => limiter.check(user, kind).allowed);

  it("allows a burst of commands, refuses past it with how long to wait, and refills over the window", () => {
    const { limiter, advance } = make();
    expect(allowed(limiter, "u1", "command", 4)).toEqual([true, true, true, false]);
    const refused = limiter.check("u1", "command");
    expect(refused).toEqual({ allowed: false, retryAfterMs: 3_000 });
    expect(limiter.check("u2", "command").allowed).toBe(true);
    advance(3_000);
    expect(allowed(limiter, "u1", "command", 2)).toEqual([true, false]);
    advance(9_000);
    expect(allowed(limiter, "u1", "command", 4)).toEqual([true, true, true, false]);
  });

  it("never throttles section buttons at human speed, even after the command limit is spent", () => {
    const { limiter, advance } = make();
    allowed(limiter, "u1", "command", 5);
    const clicks = Array.from({ length: 200 }, () => {
      advance(700);
      return limiter.check("u1", "section").allowed;
    });
    expect(clicks.every(Boolean)).toBe(true);
    expect(allowed(limiter, "bot-like", "section", 40).filter((a) => !a).length).toBeGreaterThan(0);
  });

  it("counts autocomplete and reports apart from commands, each with its own cap", () => {
    const { limiter, advance } = make();
    allowed(limiter, "u1", "command", 3);
    expect(allowed(limiter, "u1", "autocomplete", 5)).toEqual([true, true, true, true, false]);
    expect(allowed(limiter, "u1", "report", 4)).toEqual([true, true, true, false]);
    advance(60_000);
    expect(limiter.check("u1", "autocomplete").allowed).toBe(true);
  });

  it("forgets users idle for two windows, whose buckets are full again, without scanning anyone", () => {
    const { limiter, advance } = make();
    for (let i = 0; i < 20_000; i++) limiter.check(`user-${i}`, "command");
    expect(limiter.tracked).toBe(20_000);
    advance(9_000);
    limiter.check("user-1", "command");
    advance(9_000);
    limiter.check("late", "command");
    expect(limiter.tracked).toBe(2);
    advance(18_000);
    expect(limiter.check("user-1", "command").allowed).toBe(true);
    expect(limiter.tracked).toBe(1);
  });

  it("keeps a user's count across a generation change", () => {
    const { limiter, advance } = make();
    allowed(limiter, "u1", "command", 3);
    advance(8_999);
    limiter.check("other", "command");
    advance(1);
    expect(allowed(limiter, "u1", "command", 4)).toEqual([true, true, true, false]);
    const c = clock();
    const fresh = new Limiter({ command: { count: 3, windowMs: 9_000 }, now: c.now });
    fresh.check("x", "command");
    c.advance(8_000);
    allowed(fresh, "u1", "command", 3);
    c.advance(1_000);
    expect(fresh.check("u1", "command").allowed).toBe(false);
    c.advance(2_100);
    expect(allowed(fresh, "u1", "command", 2)).toEqual([true, false]);
  });

  it("bounds memory however many distinct users arrive within one window", () => {
    const c = clock();
    const limiter = new Limiter({ command: { count: 5, windowMs: 10_000 }, maxTracked: 1_000, now: c.now });
    for (let i = 0; i < 60_000; i++) limiter.check(`user-${i}`, "command");
    expect(limiter.tracked).toBeLessThanOrEqual(2_000);
  });
});

describe("the limit in a live server", () => {
  let h: Harness;
  const c = clock();
  beforeAll(async () => {
    h = await startHarness({
      limiter: new Limiter({
        command: { count: 3, windowMs: 60_000 },
        autocomplete: { count: 5, windowMs: 60_000 },
        now: c.now,
      }),
    });
  });
  afterAll(async () => {
    await h?.stop();
  });

  it("answers every command of a spammer: a few cards, then a short ephemeral note each time", async () => {
    const spammer = "666666666666666666";
    const bodies: string[] = [];
    for (let i = 0; i < 7; i++)
      bodies.push(
        JSON.stringify((await h.fake.interact(chatInput("compound", { name: "noopept" }, spammer))).body),
      );
    expect(bodies.slice(0, 3).every((b) => b.includes("Noopept"))).toBe(true);
    for (const b of bodies.slice(3)) {
      expect(b).toMatch(/Slow down/);
      expect(b).toMatch(/Try again in 20 seconds/);
      expect(b).toMatch(/"flags":64/);
    }
    expect(
      JSON.stringify((await h.fake.interact(chatInput("compound", { name: "piracetam" }))).body),
    ).toContain("Piracetam");
  });

  it("lets one user browse a card's sections at a human pace without a single refusal", async () => {
    const reader = "888888888888888888";
    for (let i = 0; i < 3; i++) await h.fake.interact(chatInput("compound", { name: "noopept" }, reader));
    const sections = ["dosing", "mechanisms", "effects", "safety", "stacks", "sources", "overview"];
    for (let i = 0; i < 28; i++) {
      c.advance(1_000);
      const cb = await h.fake.interact(
        buttonClick(`compound:noopept:${sections[i % sections.length]}`, reader),
      );
      expect((cb.body as { type: number }).type).toBe(7);
    }
  });

  it("acknowledges a button past its limit with a deferred update, changing nothing", async () => {
    const clicker = "999999999999999999";
    const types: number[] = [];
    for (let i = 0; i < 32; i++)
      types.push(
        ((await h.fake.interact(buttonClick("compound:noopept:dosing", clicker))).body as { type: number })
          .type,
      );
    expect(types.slice(0, 30).every((t) => t === 7)).toBe(true);
    expect(types.slice(30)).toEqual([6, 6]);
  });

  it("answers autocomplete past its cap with no choices, without affecting commands", async () => {
    const user = "777777777777777777";
    for (let i = 0; i < 5; i++)
      await h.fake.interact(autocomplete("compound", { name: "noo" }, "name", user));
    expect((await h.fake.interact(autocomplete("compound", { name: "noop" }, "name", user))).body).toEqual({
      type: 8,
      data: { choices: [] },
    });
    expect(
      JSON.stringify((await h.fake.interact(chatInput("compound", { name: "choline" }, user))).body),
    ).toContain("Choline");
  });
});
