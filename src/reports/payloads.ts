import { t } from "../i18n/t.js";
import {
  ButtonStyle,
  ComponentType,
  TextInputStyle,
  type APIModalInteractionResponseCallbackData,
  type RESTPostAPIChannelMessageJSONBody,
} from "discord-api-types/v10";
import { LIMITS } from "../reply/limits.js";
import { escapeMarkdown } from "../reply/markdown.js";
import { noticeReply } from "../reply/notice.js";
import { actionRow, COLORS, reply, type MessagePayload } from "../reply/payload.js";
import { inertText } from "../reply/text.js";
import type { Report, ReportReceipt, ReportSubject } from "./sink.js";

/** "Report a problem": a button on every card, the form it opens, and what a report becomes. */

export const REPORT_PREFIX = "report";
export const REPORT_FIELDS = { what: "what", source: "source" } as const;
/** The longest text taken in each field of the form. */
export const MAX_WHAT = 1000;
export const MAX_SOURCE = 300;

const SAFE_ARG = /^[a-z0-9-]{1,40}$/;

export function reportCustomId(subject: ReportSubject): string {
  return [REPORT_PREFIX, subject.compound, subject.section].join(":").slice(0, LIMITS.customId);
}

/** The compound and section a report button or form is about (the rest of its custom id), if well formed. */
export function subjectOf([compound = "", section = ""]: readonly string[]): ReportSubject | undefined {
  return SAFE_ARG.test(compound) && SAFE_ARG.test(section) ? { compound, section } : undefined;
}

/** The card with a "Report a problem" button added: in its own row, or in the last row if five rows are used. */
export function withReportButton(payload: MessagePayload, subject: ReportSubject): MessagePayload {
  const button = {
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    label: t("buttons.report"),
    emoji: { name: "🚩" },
    custom_id: reportCustomId(subject),
  } as const;
  const rows = payload.components;
  if (rows.length < LIMITS.actionRows) return { ...payload, components: [...rows, actionRow([button])] };
  const last = rows.at(-1)!;
  if (last.components.length >= LIMITS.buttonsPerRow) return payload;
  return { ...payload, components: [...rows.slice(0, -1), actionRow([...last.components, button])] };
}

/** The form a report button opens. */
export function reportModal(
  subject: ReportSubject,
  compoundName: string,
): APIModalInteractionResponseCallbackData {
  return {
    custom_id: reportCustomId(subject),
    title: t("report.modalTitle", { name: compoundName }).slice(0, 45),
    components: [
      actionRowOf({
        custom_id: REPORT_FIELDS.what,
        label: t("report.whatLabel"),
        style: TextInputStyle.Paragraph,
        required: true,
        min_length: 5,
        max_length: MAX_WHAT,
        placeholder: t("report.whatPlaceholder"),
      }),
      actionRowOf({
        custom_id: REPORT_FIELDS.source,
        label: t("report.sourceLabel"),
        style: TextInputStyle.Short,
        required: false,
        max_length: MAX_SOURCE,
        placeholder: t("report.sourcePlaceholder"),
      }),
    ],
  };
}

function actionRowOf(input: {
  custom_id: string;
  label: string;
  style: TextInputStyle;
  required: boolean;
  min_length?: number;
  max_length: number;
  placeholder: string;
}) {
  return {
    type: ComponentType.ActionRow as const,
    components: [{ type: ComponentType.TextInput as const, ...input }],
  };
}

/** What the member is told once a sink has the report: where it went, or that it was not sent. */
export function reportReceipt(compoundName: string, section: string, receipt: ReportReceipt): MessagePayload {
  if (receipt === "failed") return noticeReply(t("report.tooManyTitle"), t("report.failed"));
  const said = {
    saved: "report.thanksSaved",
    sent: "report.thanksSent",
    logged: "report.thanksLogged",
  } as const;
  return reply(
    [
      {
        title: t("report.thanksTitle"),
        description: t(said[receipt], {
          name: escapeMarkdown(compoundName),
          section,
        }),
        color: COLORS.info,
      },
    ],
    { ephemeral: true },
  );
}

/** The note for a member who sent too many reports in a short time. */
export function tooManyReports(retryAfterMs: number): MessagePayload {
  const minutes = Math.max(1, Math.ceil(retryAfterMs / 60_000));
  return noticeReply(t("report.tooManyTitle"), t("report.tooMany", { count: minutes }));
}

/**
 * The message posted to the reports channel: the compound, section, what is wrong and who said so, pinging no
 * one; the reporter's words are shown in full but inert (no link, invite or mention of theirs is clickable).
 */
export function reportPost(report: Report, compoundName: string): RESTPostAPIChannelMessageJSONBody {
  const where =
    report.guildId && report.channelId && report.messageId
      ? `https://discord.com/channels/${report.guildId}/${report.channelId}/${report.messageId}`
      : "a direct message or private channel";
  return {
    embeds: [
      {
        title: `Report: ${compoundName} (${report.section})`.slice(0, LIMITS.title),
        description: inertText(report.what).slice(0, LIMITS.description),
        color: COLORS.warning,
        fields: [
          {
            name: "Source given",
            value: report.source ? inertText(report.source).slice(0, LIMITS.fieldValue) : "none",
          },
          { name: "Reporter", value: `<@${report.reporterId}> (${report.reporterId})`, inline: true },
          { name: "Card", value: where, inline: true },
        ],
      },
    ],
    allowed_mentions: { parse: [] },
  };
}
