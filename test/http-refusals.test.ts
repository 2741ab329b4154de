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
  it("asks for one full garbage collection once 5 s pass without a refusal, when node exposes it", () => {
    vi.useFakeTimers();
    const gc = vi.fn();
    host.gc = gc;
    const log = new RefusalLog(createLogger({ level: "silent", destination: new LogCapture().stream }));
    for (let i = 0; i < 1000; i++) {
      log.refuse("over-budget");
      vi.advanceTimersByTime(4);
    }
    vi.advanceTimersByTime(4_000);
    expect(gc).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1_000);
    expect(gc).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(60_000);
    expect(gc).toHaveBeenCalledTimes(1);
    log.stop();
  });

  it("does nothing more without --expose-gc", () => {
    vi.useFakeTimers();
    const log = new RefusalLog(createLogger({ level: "silent", destination: new LogCapture().stream }));
    log.refuse("bad-signature");
    expect(() => vi.advanceTimersByTime(10_000)).not.toThrow();
    log.stop();
  });
});
