import type { RESTPostAPIChannelMessageJSONBody } from "discord-api-types/v10";
import type { Logger } from "../logger.js";
import type { ReportStore, StoredReport } from "../store/reports.js";

/** Posts one message; true once Discord has it, false after a failure (which the poster logs). */
export type PostMessage = (channelId: string, body: RESTPostAPIChannelMessageJSONBody) => Promise<boolean>;

export interface OutboxOptions {
  reports: ReportStore;
  post: PostMessage;
  /** The channel message for a stored report. */
  render: (report: StoredReport) => RESTPostAPIChannelMessageJSONBody;
  logger: Logger;
  /** Told when a post is done: posted, or failed for good. */
  onSettled?: (outcome: "posted" | "failed") => void;
  /** How often due posts are looked for (also right after a report is stored). Default 5 s. */
  intervalMs?: number;
  /** The first retry's delay, doubled after each failure up to maxDelayMs. Defaults 2 s and 10 min. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** After this many failed attempts the post is marked failed (the report stays stored). Default 20 (~2 h). */
  maxAttempts?: number;
  now?: () => number;
}

/**
 * How long an attempt holds its post: a replica that dies during an attempt leaves it to be retried after
 * this. Longer than an attempt takes; a retry that overlaps a slow attempt is still not doubled (the nonce).
 */
const LEASE_MS = 30_000;

/**
 * The reports' channel posts, kept in the store: a stored report waits as "pending" until it is posted,
 * retried with exponential backoff, across restarts and replicas (each attempt first claims the post in the
 * store, so two replicas never post it at once). Every attempt carries the report's own nonce with
 * enforce_nonce, so if a post reached Discord but the process died before recording it, the retry is not
 * posted a second time.
 */
export class ReportOutbox {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = false;
  private readonly now: () => number;

  constructor(private readonly options: OutboxOptions) {
    this.now = options.now ?? Date.now;
  }

  /** Looks for due posts now and then every intervalMs, until stop(). */
  start(): this {
    this.stopped = false;
    this.kick();
    this.timer = setInterval(() => this.kick(), this.options.intervalMs ?? 5000);
    this.timer.unref();
    return this;
  }

  /** Posts what is due as soon as possible (a report was just stored). */
  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drain()
      .catch((err: unknown) => this.options.logger.error({ err }, "report outbox: could not read the store"))
      .finally(() => {
        this.running = undefined;
        if (this.again) {
          this.again = false;
          this.kick();
        }
      });
  }

  /**
   * Stops looking; waits up to `waitMs` for an attempt in flight to be recorded. One still waiting then (a
   * long 429) stays pending in the store, claimed for its lease, and is posted after the restart.
   */
  async stop(waitMs = 0): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    let timer: NodeJS.Timeout | undefined;
    const waited = new Promise<void>((resolve) => (timer = setTimeout(resolve, waitMs)));
    await Promise.race([this.running, waited]);
    clearTimeout(timer);
  }

  /** One pass: every due post, oldest first. */
  async drain(): Promise<void> {
    const { reports } = this.options;
    for (;;) {
      const due = await reports.duePosts(new Date(this.now()));
      if (due.length === 0) return;
      let claimed = 0;
      for (const report of due) {
        if (this.stopped) return;
        if (!(await reports.claim(report, new Date(this.now() + LEASE_MS)))) continue;
        claimed += 1;
        await this.attempt(report);
      }
      if (claimed === 0) return;
    }
  }

  private async attempt(report: StoredReport): Promise<void> {
    const { reports, logger } = this.options;
    const channelId = report.post.channelId;
    if (!channelId) return;
    const attempts = report.post.attempts + 1;
    const body = { ...this.options.render(report), nonce: report.post.nonce, enforce_nonce: true };
    const posted = await this.options.post(channelId, body).catch(() => false);
    if (posted) {
      await reports.markPosted(report.id, attempts);
      logger.info({ reportId: report.id, attempts }, "report posted to the reports channel");
      this.options.onSettled?.("posted");
      return;
    }
    const max = this.options.maxAttempts ?? 20;
    if (attempts >= max) {
      await reports.markAttemptFailed(report.id, attempts, "could not post (see the log)");
      logger.error(
        { reportId: report.id, attempts },
        "gave up posting a report to the reports channel; it stays stored (npm run curate -- reports)",
      );
      this.options.onSettled?.("failed");
      return;
    }
    const base = this.options.baseDelayMs ?? 2000;
    const delay = Math.min(this.options.maxDelayMs ?? 600_000, base * 2 ** (attempts - 1));
    const nextAt = new Date(this.now() + delay);
    await reports.markAttemptFailed(report.id, attempts, "could not post (see the log)", nextAt);
    logger.warn(
      { reportId: report.id, attempts, retryInMs: delay },
      "report not posted yet: it is stored and will be retried",
    );
  }
}
