import type { ChannelPoster } from "../interactions/types.js";
import type { Logger } from "../logger.js";
import { reportPost } from "./payloads.js";
import type { Report, ReportReceipt, ReportSink } from "./sink.js";

export interface ChannelSinkOptions {
  logger: Logger;
  /** The reports channel (REPORT_CHANNEL_ID); without it, or without a poster (no token), reports are only logged. */
  channelId?: string;
  poster?: ChannelPoster;
}

/**
 * Today's sink: each report is logged as one structured line ("event":"report") and, with a reports channel
 * and a way to post, posted there as an embed. The member is thanked at once; a failed post is logged by the
 * poster with its route and Discord's status.
 */
export function channelReportSink(options: ChannelSinkOptions): ReportSink {
  const { logger, channelId, poster } = options;
  return {
    receive(report: Report): Promise<ReportReceipt> {
      const forwarded = channelId !== undefined && poster !== undefined;
      logger.info(
        { event: "report", ...report, reportsChannel: forwarded ? channelId : null },
        "problem reported",
      );
      if (forwarded) void poster.post(channelId, reportPost(report, report.compound), "report");
      return Promise.resolve(forwarded ? "sent" : "logged");
    },
  };
}
