import { ApplicationCommandOptionType, ChannelType, PermissionFlagsBits } from "discord-api-types/v10";
import { EVERYWHERE, slashCommand } from "../src/interactions/define.js";
import type { SettingsChange } from "../src/interactions/settings.js";
import type { BotContext, Caller, OptionValues, SlashCommandData } from "../src/interactions/types.js";
import type { MessagePayload } from "../src/reply/payload.js";
import { settingsOnlyInServers, settingsReply } from "../src/reply/settings.js";

const RESETS = {
  reports_channel: "reportChannelId",
  private_answers: "privateAnswers",
  answer_mentions: "answerMentions",
  keep_unanswered: "keepUnanswered",
  show_drafts: "showDrafts",
} as const;
type ResetName = keyof typeof RESETS;

const data = {
  name: "settings",
  description: "Show or change this server's settings for the bot (Manage Server)",
  // Only members with Manage Server see it by default; a server can change who does under Integrations.
  default_member_permissions: String(PermissionFlagsBits.ManageGuild),
  ...EVERYWHERE,
  options: [
    {
      type: ApplicationCommandOptionType.Channel,
      name: "reports_channel",
      description: "Where reports about cards are posted",
      channel_types: [ChannelType.GuildText, ChannelType.GuildAnnouncement],
    },
    {
      type: ApplicationCommandOptionType.Boolean,
      name: "private_answers",
      description: "Answers only the asker sees, unless a command's private option says otherwise",
    },
    {
      type: ApplicationCommandOptionType.Boolean,
      name: "answer_mentions",
      description: "Answer questions asked by @mentioning the bot",
    },
    {
      type: ApplicationCommandOptionType.Boolean,
      name: "keep_unanswered",
      description: "Keep questions the sources could not answer (text only) for the curators",
    },
    {
      type: ApplicationCommandOptionType.Boolean,
      name: "show_drafts",
      description: "Show drafts (not yet reviewed, marked 🚧) and disputed claims (with a note) in answers",
    },
    {
      type: ApplicationCommandOptionType.Boolean,
      name: "reset",
      description: "Return every setting to the bot's default",
    },
  ],
} as const satisfies SlashCommandData;

/** The change the options ask for, and their names for the "Saved" line. */
function changeOf(options: OptionValues): { change: SettingsChange; named: string[] } {
  const change: SettingsChange = {};
  const named: string[] = [];
  const resets = options.reset === true ? (Object.keys(RESETS) as ResetName[]) : [];
  for (const r of resets) change[RESETS[r]] = null;
  if (resets.length > 0) named.push("every setting back to the default");
  if (typeof options.reports_channel === "string") change.reportChannelId = options.reports_channel;
  for (const key of ["private_answers", "answer_mentions", "keep_unanswered", "show_drafts"] as const) {
    const value = options[key];
    if (typeof value === "boolean") change[RESETS[key]] = value;
  }
  for (const key of Object.keys(RESETS) as ResetName[])
    if (options[key] !== undefined) named.push(key.replaceAll("_", " "));
  return { change, named };
}

async function respond(ctx: BotContext, options: OptionValues, caller: Caller): Promise<MessagePayload> {
  if (!ctx.settings || !caller.guildId || !caller.serverInstalled) return settingsOnlyInServers();
  const { change, named } = changeOf(options);
  const view =
    named.length > 0
      ? await ctx.settings.set(caller.guildId, change)
      : await ctx.settings.get(caller.guildId);
  return settingsReply(view, named);
}

/** /settings: per server, for Manage Server; in DMs and user installs it says settings belong to servers. */
export const settingsCommand = {
  ...slashCommand({
    data,
    examples: ["/settings", "/settings private_answers:true", "/settings reset:true"],
    execute: () => settingsOnlyInServers(),
  }),
  respond,
};
