import { t } from "../i18n/t.js";
import { noticeReply } from "./notice.js";
import { COLORS, reply, type MessagePayload } from "./payload.js";

/** A server's settings as in force: each value, and whether the server set it or it is the default. */
export interface SettingsView {
  reportChannelId?: string;
  privateAnswers: boolean;
  answerMentions: boolean;
  keepUnanswered: boolean;
  showDrafts: boolean;
  /** The settings this server set itself (the others are the bot's defaults). */
  own: ReadonlySet<"reportChannelId" | "privateAnswers" | "answerMentions" | "keepUnanswered" | "showDrafts">;
}

const yesNo = (value: boolean) => (value ? "yes" : "no");

/** The settings card: what is in force in this server, what the server changed, and how to change it. */
export function settingsReply(view: SettingsView, changed: readonly string[]): MessagePayload {
  const mark = (key: Parameters<SettingsView["own"]["has"]>[0]) => (view.own.has(key) ? "" : " (default)");
  const lines = [
    `**Reports channel:** ${view.reportChannelId ? `<#${view.reportChannelId}>` : "none: reports are stored for the maintainers only"}${mark("reportChannelId")}`,
    `**Answers private by default:** ${yesNo(view.privateAnswers)}${mark("privateAnswers")}`,
    `**Questions asked by mentioning the bot are answered:** ${yesNo(view.answerMentions)}${mark("answerMentions")}`,
    `**Unanswered questions kept for the curators** (their text only, never who asked): ${yesNo(view.keepUnanswered)}${mark("keepUnanswered")}`,
    `**${t("review.showDrafts")}:** ${yesNo(view.showDrafts)}${mark("showDrafts")}`,
  ];
  const intro = changed.length > 0 ? `Saved: ${changed.join(", ")}.` : "This server's settings:";
  return reply(
    [
      {
        title: "Settings for this server",
        description: [
          intro,
          lines.join("\n"),
          "Change one with `/settings` and its option; `reset:true` returns them all to the defaults.",
        ].join("\n\n"),
        color: COLORS.info,
      },
    ],
    { ephemeral: true },
  );
}

/** /settings outside a server that installed the bot: settings belong to servers. */
export function settingsOnlyInServers(): MessagePayload {
  return noticeReply(
    "Settings are per server",
    "Settings belong to a server: someone with Manage Server runs /settings in a server where the bot is added. Here, in a direct message or through your own install, the bot's defaults apply.",
  );
}
