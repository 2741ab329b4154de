import { DEFAULT_LOCALE } from "../i18n/locale.js";
import { hasOwn, t, type Key } from "../i18n/t.js";
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

const yesNo = (value: boolean) => (value ? t("settings.yes") : t("settings.no"));

/** An option's name as the member's client shows it ("answer_mentions"). */
const optionName = (option: string) => {
  const key = `commands.settings.options.${option}.name`;
  return hasOwn(DEFAULT_LOCALE, key) ? t(key as Key) : option;
};

/** The settings card: what is in force in this server, what the server changed, and how to change it. */
export function settingsReply(view: SettingsView, changed: readonly string[]): MessagePayload {
  const mark = (key: Parameters<SettingsView["own"]["has"]>[0]) =>
    view.own.has(key) ? "" : ` ${t("settings.byDefault")}`;
  const lines = [
    `**${t("settings.reportsChannel")}** ${view.reportChannelId ? `<#${view.reportChannelId}>` : t("settings.noReportsChannel")}${mark("reportChannelId")}`,
    `**${t("settings.privateAnswers")}** ${yesNo(view.privateAnswers)}${mark("privateAnswers")}`,
    `**${t("settings.answerMentions")}** ${yesNo(view.answerMentions)}${mark("answerMentions")}`,
    `**${t("settings.keepUnanswered")}** ${t("settings.keepUnansweredNote")}: ${yesNo(view.keepUnanswered)}${mark("keepUnanswered")}`,
    `**${t("review.showDrafts")}:** ${yesNo(view.showDrafts)}${mark("showDrafts")}`,
  ];
  const intro =
    changed.length > 0
      ? t("settings.saved", { names: changed.map(optionName).join(", ") })
      : t("settings.intro");
  return reply(
    [
      {
        title: t("settings.title"),
        description: [intro, lines.join("\n"), t("settings.change")].join("\n\n"),
        color: COLORS.info,
      },
    ],
    { ephemeral: true },
  );
}

/** /settings outside a server that installed the bot: settings belong to servers. */
export function settingsOnlyInServers(): MessagePayload {
  return noticeReply(t("settings.perServerTitle"), t("settings.perServer"));
}
