import { Redis } from "ioredis";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from "rate-limiter-flexible";
import {
  DEFAULT_RATES,
  type LimitCheck,
  type LimitKind,
  type LimiterOptions,
  type Rate,
  type Verdict,
} from "../interactions/limiter.js";
import type { Logger } from "../logger.js";

const KINDS: readonly LimitKind[] = ["command", "section", "autocomplete", "report"];
const ALLOWED: Verdict = { allowed: true };

export interface RedisLimiterOptions {
  url: string;
  rates: Pick<LimiterOptions, LimitKind>;
  logger?: Logger;
  /** How long a Redis command may take before the in-memory limiter answers instead. */
  timeoutMs?: number;
  /** Key prefix, so that several bots (or tests) can share one Redis. */
  prefix?: string;
}

/** A rate as rate-limiter-flexible takes it: `count` points per fixed window of whole seconds. */
function limiterOf(rate: Rate) {
  return { points: rate.count, duration: Math.max(1, Math.ceil(rate.windowMs / 1000)) };
}

/**
 * The per-user limits shared by every replica: one counter per user and kind in Redis
 * (rate-limiter-flexible), so a burst spread over three replicas is refused after the same count as on one.
 * When Redis is unreachable or slow, each replica's in-memory limiter answers instead (the "insurance"),
 * and every interaction is still answered; Redis is used again as soon as it is back.
 */
export class RedisLimiter implements LimitCheck {
  private readonly limiters: Record<LimitKind, RateLimiterRedis>;
  readonly client: Redis;
  private degraded = false;

  constructor(private readonly options: RedisLimiterOptions) {
    const { logger } = options;
    this.client = new Redis(options.url, {
      enableOfflineQueue: false,
      commandTimeout: options.timeoutMs ?? 250,
      maxRetriesPerRequest: 0,
      lazyConnect: false,
      retryStrategy: (times) => Math.min(times * 200, 2000),
    });
    // Connection errors are expected while Redis is down; say so once, not on every retry.
    this.client.on("error", (err: Error) => {
      if (this.degraded) return;
      this.degraded = true;
      logger?.warn(
        { err: err.message },
        "Redis unreachable: limiting per replica in memory until it is back",
      );
    });
    this.client.on("ready", () => {
      if (this.degraded) logger?.info("Redis is back: the limits are shared again");
      this.degraded = false;
    });
    const rate = (kind: LimitKind): Rate =>
      kind === "command" ? options.rates.command : (options.rates[kind] ?? DEFAULT_RATES[kind]);
    const entries = KINDS.map((kind) => {
      const limits = limiterOf(rate(kind));
      const limiter = new RateLimiterRedis({
        storeClient: this.client,
        keyPrefix: `${options.prefix ?? "nootropic"}:limit:${kind}`,
        rejectIfRedisNotReady: true,
        insuranceLimiter: new RateLimiterMemory(limits),
        ...limits,
      });
      return [kind, limiter] as const;
    });
    this.limiters = Object.fromEntries(entries) as Record<LimitKind, RateLimiterRedis>;
  }

  /**
   * Waits until Redis answers, at most `timeoutMs`: until then the in-memory limiter would count a burst on
   * its own. True if Redis is ready; false (logged) if the replica starts on its in-memory limits.
   */
  async ready(timeoutMs = 3000): Promise<boolean> {
    if (this.client.status === "ready") return true;
    const ready = await new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      this.client.once("ready", () => {
        clearTimeout(timer);
        resolve(true);
      });
    });
    if (!ready)
      this.options.logger?.warn("Redis not reachable at start: limiting per replica in memory until it is");
    return ready;
  }

  async check(userId: string, kind: LimitKind): Promise<Verdict> {
    try {
      await this.limiters[kind].consume(userId);
      return ALLOWED;
    } catch (refused) {
      if (refused instanceof RateLimiterRes) return { allowed: false, retryAfterMs: refused.msBeforeNext };
      // Neither Redis nor the insurance answered: let it through rather than fail the member.
      this.options.logger?.warn({ err: String(refused) }, "limiter failed: interaction allowed");
      return ALLOWED;
    }
  }

  async close(): Promise<void> {
    this.client.disconnect();
    return Promise.resolve();
  }
}
