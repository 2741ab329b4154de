/**
 * Where a "Report a problem" goes. A sink receives each report; the entry point builds one and hands it to
 * the report feature (feature.ts). Today's sink logs the report and posts it to a channel (channel-sink.ts);
 * another (a database) is one file implementing ReportSink and one line in the entry point.
 */

export interface ReportSubject {
  compound: string;
  section: string;
}

/** One claim the reported card showed: its id and its words (claims-shown.ts). */
export interface ReportedClaim {
  id: string;
  text: string;
}

/**
 * A report as a member sent it: what and where about, who sent it and from where, and the claims the card's
 * section showed them (in the knowledge their server's answers come from).
 */
export interface Report extends ReportSubject {
  reporterId: string;
  what: string;
  source?: string;
  guildId?: string;
  channelId?: string;
  messageId?: string;
  claims?: readonly ReportedClaim[];
}

/**
 * What the member is told: the report was saved (stored for the curators, its post on its way), sent to the
 * maintainers (posted, or on its way), only logged, or could not be taken (they should try again).
 */
export type ReportReceipt = "saved" | "sent" | "logged" | "failed";

export interface ReportSink {
  /** Takes one report; resolves once the report is as safe as this sink makes it. */
  receive(report: Report): Promise<ReportReceipt>;
}
