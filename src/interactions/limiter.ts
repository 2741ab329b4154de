/**
 * Per-user rate limits, one token bucket per user and kind. What each kind costs decides its limit:
 * commands build a new answer and post a public message, so they keep a modest limit; switching sections of
 * a card already opened is cheap and is never throttled at human speed; autocomplete follows typing; reports
 * reach a human, so they are rare. A refused interaction is still answered by the caller (a short ephemeral
 * note, a deferred update, no choices): interaction callbacks are not bound to the bot's global rate limit,
 * so refusing to answer saves nothing and shows the user "This interaction failed".
 */

export type LimitKind = "command" | "section" | "autocomplete" | "report";

export interface Rate {
  /** How many a user may send at once (the bucket's size). */
  count: number;
  /** The time in which a full bucket refills: `count` per `windowMs` on average. */
  windowMs: number;
}

export interface LimiterOptions {
  command: Rate;
  section?: Rate;
  autocomplete?: Rate;
  report?: Rate;
  /** Users tracked per kind at most; the least recently seen is forgotten first. */
  maxTracked?: number;
  now?: () => number;
}

export type Verdict = { allowed: true } | { allowed: false; retryAfterMs: number };

export const DEFAULT_RATES: Record<Exclude<LimitKind, "command">, Rate> = {
  section: { count: 30, windowMs: 15_000 },
  autocomplete: { count: 120, windowMs: 60_000 },
  report: { count: 3, windowMs: 600_000 },
};
const DEFAULT_MAX_TRACKED = 100_000;
const ALLOWED: Verdict = { allowed: true };

interface Bucket {
  tokens: number;
  updated: number;
}

/**
 * One kind's buckets, kept in a Map in order of last use (a user's entry is re-inserted on each check). A
 * bucket left alone for a whole window is full again, which is the same as not tracking it, so expiry only
 * ever looks at the front of the map: O(1) amortised per check, however many users there are.
 */
class Buckets {
  private readonly map = new Map<string, Bucket>();
  private readonly perMs: number;

  constructor(
    private readonly rate: Rate,
    private readonly maxTracked: number,
  ) {
    this.perMs = rate.count / rate.windowMs;
  }

  get size(): number {
    return this.map.size;
  }

  take(userId: string, now: number): Verdict {
    this.expire(now);
    const bucket = this.map.get(userId);
    const tokens = bucket ? Math.min(this.rate.count, bucket.tokens + (now - bucket.updated) * this.perMs) : this.rate.count;
    if (tokens < 1) {
      if (bucket) this.touch(userId, bucket, tokens, now);
      return { allowed: false, retryAfterMs: Math.ceil((1 - tokens) / this.perMs) };
    }
    this.touch(userId, bucket ?? { tokens: 0, updated: 0 }, tokens - 1, now);
    return ALLOWED;
  }

  private touch(userId: string, bucket: Bucket, tokens: number, now: number): void {
    bucket.tokens = tokens;
    bucket.updated = now;
    this.map.delete(userId);
    this.map.set(userId, bucket);
    if (this.map.size > this.maxTracked) this.map.delete(this.map.keys().next().value as string);
  }

  private expire(now: number): void {
    for (const [userId, bucket] of this.map) {
      if (now - bucket.updated < this.rate.windowMs) return;
      this.map.delete(userId);
    }
  }
}

export class Limiter {
  private readonly buckets: Record<LimitKind, Buckets>;
  private readonly now: () => number;

  constructor(options: LimiterOptions) {
    const max = options.maxTracked ?? DEFAULT_MAX_TRACKED;
    this.now = options.now ?? Date.now;
    this.buckets = {
      command: new Buckets(options.command, max),
      section: new Buckets(options.section ?? DEFAULT_RATES.section, max),
      autocomplete: new Buckets(options.autocomplete ?? DEFAULT_RATES.autocomplete, max),
      report: new Buckets(options.report ?? DEFAULT_RATES.report, max),
    };
  }

  check(userId: string, kind: LimitKind): Verdict {
    return this.buckets[kind].take(userId, this.now());
  }

  /** Users being tracked over all kinds, for tests and metrics. */
  get tracked(): number {
    return Object.values(this.buckets).reduce((n, b) => n + b.size, 0);
  }
}
