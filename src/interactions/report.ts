import type { APIInteraction, RESTPostAPIChannelMessageJSONBody } from "discord-api-types/v10";
import { parseReportId, REPORT_FIELDS, reportPost, reportThanks, type Report } from "../reply/report.js";
import type { Outgoing } from "./types.js";

/** A message the adapter posts after answering, with the bot's own token. */
export interface ChannelPost {
  channelId: string;
  body: RESTPostAPIChannelMessageJSONBody;
}

export interface ReportOutcome {
  out: Outgoing;
  report: Report;
  post?: ChannelPost;
}

const clip = (text: string | undefined, max: number) =>
  (text ?? "").replace(/\s+/g, " ").trim().slice(0, max);

/**
 * A submitted "Report a problem" form: what to log (as a structured line), what to post to the reports
 * channel when one is configured, and the thanks shown to the reporter. Undefined if the form is not ours.
 */
export function takeReport(
  raw: APIInteraction,
  customId: string,
  fields: Readonly<Record<string, string>>,
  reporterId: string,
  reportChannelId?: string,
): ReportOutcome | undefined {
  const subject = parseReportId(customId);
  const what = clip(fields[REPORT_FIELDS.what], 1000);
  if (!subject || !what) return undefined;
  const source = clip(fields[REPORT_FIELDS.source], 300);
  const messageId = "message" in raw ? raw.message?.id : undefined;
  const report: Report = {
    ...subject,
    reporterId,
    what,
    ...(source ? { source } : {}),
    ...(raw.guild_id ? { guildId: raw.guild_id } : {}),
    ...(raw.channel?.id ? { channelId: raw.channel.id } : {}),
    ...(messageId ? { messageId } : {}),
  };
  const post = reportChannelId
    ? { channelId: reportChannelId, body: reportPost(report, subject.compound) }
    : undefined;
  return {
    out: { type: "reply", payload: reportThanks(subject, subject.compound, post !== undefined) },
    report,
    ...(post ? { post } : {}),
  };
}
