import type { Logger } from "./logger.js";

/** What a piece of work is, for the line logged if the drain has to abandon it (never a token or a body). */
export type JobLabel = Record<string, unknown> & { what: string };

export interface DrainResult {
  /** Work in flight when the drain began, or started during it, that finished. */
  finished: number;
  /** Work still not finished when the grace period ran out; each is logged. */
  abandoned: number;
}

/**
 * The work a front door has started and not finished (answers, mention replies, report posts), so that a
 * shutdown can wait for it within the grace period and name what it leaves behind.
 */
export class InFlight {
  private readonly jobs = new Map<Promise<void>, JobLabel>();
  private draining = false;
  private finished = 0;

  constructor(private readonly logger: Logger) {}

  get size(): number {
    return this.jobs.size;
  }

  /** Runs `work` and keeps it until it settles; a failure it did not handle itself is logged. */
  track(label: JobLabel, work: () => Promise<unknown>): Promise<void> {
    const running: Promise<void> = Promise.resolve()
      .then(work)
      .then(
        () => undefined,
        (err: unknown) => this.logger.error({ err, ...label }, "unexpected failure"),
      )
      .finally(() => {
        this.jobs.delete(running);
        if (this.draining) this.finished += 1;
      });
    this.jobs.set(running, label);
    return running;
  }

  /** Waits for the work in flight (and any started meanwhile) until `deadline` (ms since the epoch). */
  async drain(deadline: number): Promise<DrainResult> {
    this.draining = true;
    while (this.jobs.size > 0 && Date.now() < deadline) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, deadline - Date.now())));
      await Promise.race([Promise.allSettled([...this.jobs.keys()]), timeout]);
      clearTimeout(timer);
    }
    for (const { what, ...fields } of this.jobs.values())
      this.logger.warn(
        { ...fields, work: what },
        `abandoned at shutdown: ${what} not finished within the grace`,
      );
    return { finished: this.finished, abandoned: this.jobs.size };
  }
}
