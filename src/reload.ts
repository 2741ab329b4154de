import type { LiveContext, ReloadOutcome } from "./live.js";
import type { Logger } from "./logger.js";
import type { Metrics } from "./metrics.js";

/**
 * What SIGHUP and POST /reload run: the knowledge reloaded, and the outcome in one log line and the
 * metrics: the new version swapped in, or refused (the old version keeps answering).
 */
export function reloader(
  live: LiveContext,
  logger: Logger,
  metrics?: Metrics,
): (by: string) => Promise<ReloadOutcome> {
  metrics?.knowledgeVersion.set({ version: live.ctx.version }, 1);
  return async (by) => {
    const outcome = await live.reload();
    if (!outcome.ok) {
      metrics?.knowledgeReloads.inc({ outcome: "refused" });
      logger.error(
        { by, version: outcome.version, problems: outcome.problems.length },
        `knowledge reload refused, still answering from ${outcome.version}: ${outcome.problems[0] ?? ""}`,
      );
      return outcome;
    }
    metrics?.knowledgeReloads.inc({ outcome: outcome.changed ? "swapped" : "unchanged" });
    if (outcome.changed) {
      metrics?.knowledgeVersion.reset();
      metrics?.knowledgeVersion.set({ version: outcome.version }, 1);
    }
    const { version, previous } = outcome;
    logger.info(
      {
        by,
        version,
        previous,
        ms: Math.round(outcome.ms),
        cpuMs: Math.round(outcome.cpuMs),
        longestStepMs: Math.round(outcome.longestStepMs),
      },
      outcome.changed ? "knowledge reloaded" : "knowledge reloaded: unchanged",
    );
    return outcome;
  };
}
