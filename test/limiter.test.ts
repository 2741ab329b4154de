import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Limiter } from "../src/interactions/limiter.js";
import { startHarness, type Harness } from "./support/bot.js";
import { autocomplete, chatInput } from "./support/interactions.js";

describe("Limiter", () => {
  const make = () => {
    let now = 0;
    const limiter = new Limiter({ commandCount: 3, commandWindowMs: 10_000, autocompletePerMinute: 4, now: () => now });
    return { limiter, advance: (ms: number) => (now += ms) };
  };

  it("allows a few commands per window, warns once, then stays silent until there is room", () => {
    const { limiter, advance } = make();
    const verdicts = Array.from({ length: 6 }, () => limiter.check("u1", "command"));
    expect(verdicts).toEqual(["allow", "allow", "allow", "warn", "refuse", "refuse"]);
    expect(limiter.check("u2", "command")).toBe("allow");
    advance(10_001);
    expect(limiter.check("u1", "command")).toBe("allow");
  });

  it("counts autocomplete apart from commands, with its own cap and no warning", () => {
    const { limiter, advance } = make();
    for (let i = 0; i < 3; i++) limiter.check("u1", "command");
    expect(Array.from({ length: 5 }, () => limiter.check("u1", "autocomplete"))).toEqual(["allow", "allow", "allow", "allow", "refuse"]);
    advance(60_001);
    expect(limiter.check("u1", "autocomplete")).toBe("allow");
  });

  it("forgets idle users so memory stays bounded", () => {
    const { limiter, advance } = make();
    for (let i = 0; i < 10_001; i++) limiter.check(`user-${i}`, "command");
    advance(20_000);
    limiter.check("late", "command");
    expect(limiter.tracked).toBe(1);
  });
});

describe("a spammer in a live server", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ limiter: new Limiter({ commandCount: 3, commandWindowMs: 60_000, autocompletePerMinute: 5 }) });
  });
  afterAll(async () => {
    await h?.stop();
  });

  it("gets a few answers, one short ephemeral note, then nothing, while others are served", async () => {
    const spammer = "666666666666666666";
    const sent = Array.from({ length: 7 }, () => chatInput("compound", { name: "noopept" }, spammer));
    const before = h.fake.requests.length;
    const answered = sent.slice(0, 4).map((i) => h.fake.interact(i));
    const bodies = (await Promise.all(answered)).map((r) => JSON.stringify(r.body));
    expect(bodies.slice(0, 3).every((b) => b.includes("Noopept"))).toBe(true);
    expect(bodies[3]).toMatch(/Slow down/);
    expect(bodies[3]).toMatch(/"flags":64/);
    for (const i of sent.slice(4)) h.fake.dispatch("INTERACTION_CREATE", i);
    // Another user's interaction, sent after the spam, is answered: by then the spam has been handled.
    expect(JSON.stringify((await h.fake.interact(chatInput("compound", { name: "piracetam" }))).body)).toContain("Piracetam");
    const spamIds = new Set(sent.slice(4).map((i) => i.id));
    const spamAnswers = h.fake.requests.slice(before).filter((r) => [...spamIds].some((id) => r.path.includes(`/interactions/${id}/`)));
    expect(spamAnswers).toEqual([]);
  });

  it("caps autocomplete per user without affecting commands", async () => {
    const user = "777777777777777777";
    for (let i = 0; i < 5; i++) await h.fake.interact(autocomplete("compound", { name: "noo" }, "name", user));
    h.fake.dispatch("INTERACTION_CREATE", autocomplete("compound", { name: "noop" }, "name", user));
    expect(JSON.stringify((await h.fake.interact(chatInput("compound", { name: "choline" }, user))).body)).toContain("Choline");
    await h.logs.waitFor((e) => e.outcome === "rate-limited-silent" && e.userId === user);
  });
});
