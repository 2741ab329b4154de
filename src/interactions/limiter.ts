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
  /** New users per kind and window at most: past it the older generation is forgotten early (lenient, never stricter). */
  maxTracked?: number;
  now?: () => number;
}

export type Verdict = { allowed: true } | { allowed: false; retryAfterMs: number };

/**
 * What the boundary and the mentions ask: the in-memory Limiter answers at once; a limit shared by replicas
 * (src/limits/redis.ts) answers after a round trip to Redis.
 */
export interface LimitCheck {
  check(userId: string, kind: LimitKind): Verdict | Promise<Verdict>;
}

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
 * One kind's buckets in two generations of Maps, the current and the previous window. A bucket left alone for
 * a whole window is full again, which is the same as not tracking it; so when a window has passed, the
 * previous generation is dropped whole and the current one becomes the previous. A user seen again is moved
 * to the current generation. Every check is O(1): nothing is ever scanned (iterating a Map from its start
 * after many deletions walks over every hole they left, which made one check cost ~30 µs at 60,000 users).
 * Memory: the users of at most two windows, and at most 2 × maxTracked (a full generation is retired early).
 */
class Buckets {
  private current = new Map<string, Bucket>();
  private previous = new Map<string, Bucket>();
  private rotatedAt = -Infinity;
  private readonly perMs: number;

  constructor(
    private readonly rate: Rate,
    private readonly maxTracked: number,
  ) {
    this.perMs = rate.count / rate.windowMs;
  }

  get size(): number {
    return this.current.size + this.previous.size;
  }

  take(userId: string, now: number): Verdict {
    this.rotate(now);
    let bucket = this.current.get(userId);
    if (!bucket) {
      bucket = this.previous.get(userId);
      if (bucket) {
        this.previous.delete(userId);
        this.current.set(userId, bucket);
      }
    }
    const tokens = bucket
      ? Math.min(this.rate.count, bucket.tokens + (now - bucket.updated) * this.perMs)
      : this.rate.count;
    if (tokens < 1) {
      bucket!.tokens = tokens;
      bucket!.updated = now;
      return { allowed: false, retryAfterMs: Math.ceil((1 - tokens) / this.perMs) };
    }
    if (bucket) {
      bucket.tokens = tokens - 1;
      bucket.updated = now;
    } else {
      if (this.current.size >= this.maxTracked) this.retire(now);
      this.current.set(userId, { tokens: tokens - 1, updated: now });
    }
    return ALLOWED;
  }

  private rotate(now: number): void {
    const age = now - this.rotatedAt;
    if (age < this.rate.windowMs) return;
    if (age >= 2 * this.rate.windowMs) this.current = new Map();
    this.retire(now);
  }

  private retire(now: number): void {
    this.previous = this.current;
    this.current = new Map();
    this.rotatedAt = now;
  }
}

export class Limiter implements LimitCheck {
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
