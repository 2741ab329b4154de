import { describe, expect, it } from "vitest";
import { runInSlices, type Sliced, type SliceTally } from "../src/slices.js";

/** Work of `pieces` pieces, each keeping the thread busy for about `ms`. */
function* busy(pieces: number, ms: number): Sliced<number> {
  for (let i = 0; i < pieces; i++) {
    const until = performance.now() + ms;
    while (performance.now() < until);
    yield;
  }
  return pieces;
}

/** The share of the wall time the work held the thread. */
async function share(restRatio: number): Promise<number> {
  const tally: SliceTally = { slices: 0, longestMs: 0, totalMs: 0 };
  const start = performance.now();
  expect(await runInSlices(busy(60, 0.5), 1, tally, restRatio)).toBe(60);
  return tally.totalMs / (performance.now() - start);
}

describe("work run in slices", () => {
  it("left to rest after each slice, takes at most its share of the thread", async () => {
    // Three times as long at rest as at work: a quarter of the thread at most (the timers only wait longer).
    expect(await share(3)).toBeLessThanOrEqual(0.25 + 0.02);
    // Without rest it has the thread but for the turns of the event loop between slices.
    expect(await share(0)).toBeGreaterThan(0.5);
  });

  it("lets a timer due meanwhile fire between its slices", async () => {
    let fired = 0;
    const timer = setInterval(() => (fired += 1), 1);
    try {
      const tally: SliceTally = { slices: 0, longestMs: 0, totalMs: 0 };
      await runInSlices(busy(40, 0.5), 1, tally, 3);
      expect(fired).toBeGreaterThanOrEqual(tally.slices / 2);
    } finally {
      clearInterval(timer);
    }
  });
});
