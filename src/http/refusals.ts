import type { Logger } from "../logger.js";
import type { Metrics } from "../metrics.js";

/** Why a request was refused before reaching the boundary: a closed set, so the metric's labels stay few. */
export type RefusalReason =
  | "missing"
  | "malformed"
  | "stale"
  | "bad-signature"
  | "replay"
  | "too-large"
  | "over-budget"
  | "body-timeout"
  | "too-many-connections";

const DEFAULT_SUMMARY_MS = 60_000;

/**
 * Counts refused requests in a metric and logs them as a summary: one line when refusals start, then one
 * line per interval while they go on, with the count of each reason. Whoever sends forged requests chooses
 * how many there are, but not how many log lines they cost.
 */
export class RefusalLog {
  private counts = new Map<RefusalReason, number>();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly logger: Logger,
    private readonly metrics?: Metrics,
    private readonly intervalMs = DEFAULT_SUMMARY_MS,
  ) {}

  refuse(reason: RefusalReason): void {
    this.metrics?.httpRefusals.inc({ reason });
    if (!this.timer) {
      this.logger.info({ reason }, "refusing requests: a summary follows while it goes on");
      this.timer = setInterval(() => this.flush(), this.intervalMs).unref();
      return;
    }
    this.counts.set(reason, (this.counts.get(reason) ?? 0) + 1);
  }

  /** Logs what was refused since the last line; stops summarising after a quiet interval. */
  flush(): void {
    if (this.counts.size === 0) {
      clearInterval(this.timer);
      this.timer = undefined;
      return;
    }
    const refused = Object.fromEntries(this.counts);
    const total = [...this.counts.values()].reduce((a, b) => a + b, 0);
    this.counts = new Map();
    this.logger.info({ refused, total, seconds: this.intervalMs / 1000 }, "requests refused");
  }

  stop(): void {
    this.flush();
    clearInterval(this.timer);
    this.timer = undefined;
  }
}
