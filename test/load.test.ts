import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Limiter } from "../src/interactions/limiter.js";
import { startHarness, type Harness } from "./support/bot.js";
import { drive, formatLoadTable, trafficMix, type LoadResult } from "./support/load.js";

/** A smaller run of `npm run bench:e2e`: fails on any lost interaction or error; timings are printed, not asserted. */
let h: Harness;
beforeAll(async () => {
  h = await startHarness({ limiter: new Limiter({ command: { count: 5, windowMs: 10_000 } }) });
});
afterAll(async () => {
  await h?.stop();
});

describe("load through the fake Discord", () => {
  it("answers every one of a few hundred interactions, sequentially and 50 at a time", async () => {
    const plan = trafficMix(600, 600);
    const results: LoadResult[] = [
      await drive(h.fake, plan.slice(0, 300), 1, "sequential"),
      await drive(h.fake, plan.slice(300), 50, "50 at a time"),
    ];
    console.log(`\n${formatLoadTable(results)}`);
    for (const r of results) {
      expect(r.lost, `${r.label}: lost`).toBe(0);
      expect(r.errors, `${r.label}: errors`).toBe(0);
    }
    expect(h.logs.entries.filter((e) => e.outcome === "error")).toEqual([]);
  });
});
