import { describe, expect, it } from "vitest";
import { cachedRouter } from "../src/interactions/cache.js";
import { route, type Incoming } from "../src/interactions/route.js";
import type { BotContext } from "../src/interactions/types.js";
import { testContext } from "./support/bot.js";

describe("cachedRouter", () => {
  const ctx = testContext();
  const ask = (name: string): Incoming => ({ type: "command", name: "compound", options: { name } });

  it("answers exactly as the router does", () => {
    const answer = cachedRouter(ctx);
    for (const name of ["noopept", "nopept", "phenylpiracetam", "xyzzy"]) {
      expect(answer(ask(name))).toEqual(route(ctx, ask(name)));
      expect(answer(ask(name))).toEqual(route(ctx, ask(name)));
    }
  });

  it("builds a repeated answer once, and evicts the least recently used past its capacity", () => {
    let calls = 0;
    const counting: BotContext = {
      ...ctx,
      index: new Proxy(ctx.index, {
        get: (t, p, r) => (p === "exact" && calls++, Reflect.get(t, p, r) as unknown),
      }),
    };
    const answer = cachedRouter(counting, 2);
    answer(ask("noopept"));
    answer(ask("piracetam"));
    const afterTwo = calls;
    answer(ask("noopept"));
    expect(calls).toBe(afterTwo);
    answer(ask("choline")); // evicts piracetam, the least recently used (FIFO would evict noopept)
    const beforeEvicted = calls;
    answer(ask("noopept"));
    expect(calls).toBe(beforeEvicted);
    answer(ask("piracetam"));
    expect(calls).toBeGreaterThan(beforeEvicted);
  });

  it("holds the files of cached answers (charts) within a budget of bytes: past it those answers are built again", () => {
    let calls = 0;
    const counting: BotContext = {
      ...ctx,
      index: new Proxy(ctx.index, {
        get: (t, p, r) => (p === "exact" && calls++, Reflect.get(t, p, r) as unknown),
      }),
    };
    const dosing = (name: string): Incoming => ({
      type: "command",
      name: "compound",
      options: { name, section: "dosing" },
    });
    const fileBytes = (out: ReturnType<typeof route>) =>
      "payload" in out ? (out.payload.files ?? []).reduce((n, f) => n + f.data.length, 0) : 0;
    const noopeptChart = fileBytes(route(ctx, dosing("noopept")));
    const piracetamChart = fileBytes(route(ctx, dosing("piracetam")));
    expect(noopeptChart).toBeGreaterThan(10_000);
    // Room for one chart: the second answer with a chart pushes the first out; answers without files stay.
    const answer = cachedRouter(counting, 2000, Math.max(noopeptChart, piracetamChart) + 1_000);
    answer(ask("choline"));
    answer(dosing("noopept"));
    answer(dosing("piracetam"));
    const before = calls;
    answer(dosing("piracetam"));
    answer(ask("choline"));
    expect(calls).toBe(before);
    answer(dosing("noopept"));
    expect(calls).toBeGreaterThan(before);
  });
});
