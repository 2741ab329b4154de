import { afterEach, describe, expect, it, vi } from "vitest";
import { RefusalLog } from "../src/http/refusals.js";
import { createLogger } from "../src/logger.js";
import { LogCapture } from "./support/bot.js";

const host = globalThis as { gc?: () => void };

afterEach(() => {
  vi.useRealTimers();
  delete host.gc;
});

describe("after a burst of refused requests", () => {
  it("asks for no garbage collection, even when node exposes one: memory is released by design", () => {
    vi.useFakeTimers();
    const gc = vi.fn();
    host.gc = gc;
    const log = new RefusalLog(createLogger({ level: "silent", destination: new LogCapture().stream }));
    for (let i = 0; i < 1000; i++) {
      log.refuse("over-budget");
      vi.advanceTimersByTime(4);
    }
    vi.advanceTimersByTime(120_000);
    expect(gc).not.toHaveBeenCalled();
    log.stop();
  });

  it("logs one line when refusals start, then a summary per interval with the count of each reason", () => {
    vi.useFakeTimers();
    const logs = new LogCapture();
    const log = new RefusalLog(createLogger({ level: "info", destination: logs.stream }), undefined, 1_000);
    for (let i = 0; i < 10; i++) log.refuse("bad-signature");
    log.refuse("over-budget");
    vi.advanceTimersByTime(1_000);
    const lines = logs.entries;
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatchObject({ refused: { "bad-signature": 9, "over-budget": 1 }, total: 10 });
    vi.advanceTimersByTime(5_000);
    expect(logs.entries).toHaveLength(2);
    log.stop();
  });
});
