export interface LimiterOptions {
  /** Commands (and button clicks) a user may send per window. */
  commandCount: number;
  commandWindowMs: number;
  /** Autocomplete requests a user may send per minute: exempt from the command limit, but capped. */
  autocompletePerMinute: number;
  now?: () => number;
}

/** allow: answer; warn: answer with one short note instead; refuse: send nothing at all. */
export type Verdict = "allow" | "warn" | "refuse";

interface Window {
  times: number[];
  warned: boolean;
}

const MINUTE = 60_000;
const SWEEP_AT = 10_000;

/**
 * A per-user sliding-window limit, so one spammer cannot spend the bot's shared REST budget: over the limit
 * a user gets one short note per window, then silence until the window has room again.
 */
export class Limiter {
  private readonly commands = new Map<string, Window>();
  private readonly autocompletes = new Map<string, Window>();
  private readonly now: () => number;

  constructor(private readonly options: LimiterOptions) {
    this.now = options.now ?? Date.now;
  }

  check(userId: string, kind: "command" | "autocomplete"): Verdict {
    const isCommand = kind === "command";
    const map = isCommand ? this.commands : this.autocompletes;
    const windowMs = isCommand ? this.options.commandWindowMs : MINUTE;
    const limit = isCommand ? this.options.commandCount : this.options.autocompletePerMinute;
    const now = this.now();
    if (map.size > SWEEP_AT) this.sweep(map, now - windowMs);
    const entry = map.get(userId) ?? { times: [], warned: false };
    map.set(userId, entry);
    while (entry.times.length > 0 && entry.times[0]! <= now - windowMs) entry.times.shift();
    if (entry.times.length < limit) {
      entry.times.push(now);
      entry.warned = false;
      return "allow";
    }
    if (isCommand && !entry.warned) {
      entry.warned = true;
      return "warn";
    }
    return "refuse";
  }

  /** Users being tracked, for tests and metrics. */
  get tracked(): number {
    return this.commands.size + this.autocompletes.size;
  }

  private sweep(map: Map<string, Window>, before: number): void {
    for (const [user, entry] of map) if ((entry.times.at(-1) ?? 0) <= before) map.delete(user);
  }
}
