import type { SettingsPort } from "../interactions/settings.js";
import type { Logger } from "../logger.js";
import type { Store } from "../store/store.js";
import type { ReportOutbox } from "./outbox.js";
import type { Report, ReportReceipt, ReportSink } from "./sink.js";

export interface StoreSinkOptions {
  store: Store;
  logger: Logger;
  /** The reports channel in force for a server: its own, else REPORT_CHANNEL_ID. */
  settings: SettingsPort;
  /** Posts the stored reports; without one (no token) reports are only stored. */
  outbox?: ReportOutbox;
  /** Told each report's fate here: stored, or not stored. */
  onOutcome?: (outcome: "stored" | "not-stored") => void;
}

/**
 * Reports stored first: each report is written to the store, and only then is the member told it was
 * saved; its channel post (to the server's reports channel, else REPORT_CHANNEL_ID) is the outbox's job,
 * retried until it is posted. A report the store would not take is logged at error with its whole text, and
 * the member is told it failed.
 */
export function storeReportSink(options: StoreSinkOptions): ReportSink {
  const { store, logger, outbox } = options;
  return {
    async receive(report: Report): Promise<ReportReceipt> {
      try {
        const channel = outbox ? (await options.settings.get(report.guildId)).reportChannelId : undefined;
        const saved = await store.reports.add({
          compound: report.compound,
          section: report.section,
          claims: report.claims?.map((c) => c.text) ?? [],
          claimIds: report.claims?.map((c) => c.id) ?? [],
          text: report.what,
          source: report.source,
          guildId: report.guildId,
          channelId: report.channelId,
          messageId: report.messageId,
          reporterId: report.reporterId,
          postChannelId: channel,
        });
        logger.info(
          {
            event: "report",
            reportId: saved.id,
            compound: report.compound,
            section: report.section,
            post: saved.post.state,
          },
          "report stored",
        );
        options.onOutcome?.("stored");
        if (channel) outbox?.kick();
        return "saved";
      } catch (err) {
        logger.error(
          { event: "report", ...report, err },
          "could not store a report: its text is in this line",
        );
        options.onOutcome?.("not-stored");
        return "failed";
      }
    },
  };
}
