import { BOT_ID } from "./fake-discord.js";
import { interactionBase } from "./interactions.js";

/** MESSAGE_CREATE payloads as Discord sends them, for the fake gateway to dispatch. */

export const GUILD_ID = "444444444444444444";
export const CHANNEL_ID = "333333333333333333";
let counter = 0n;
const nextId = () => (BigInt("800000000000000000") + ++counter).toString();

function user(id: string, bot = false) {
  return {
    id,
    username: `user${id.slice(-4)}`,
    discriminator: "0",
    global_name: null,
    avatar: null,
    ...(bot ? { bot: true } : {}),
  };
}

/** A channel message; `mentionBot` puts the bot in the content and the mention list, as Discord does. */
export function channelMessage(
  content: string,
  options: { mentionBot?: boolean; authorId?: string; bot?: boolean; guild?: boolean } = {},
) {
  const mentionBot = options.mentionBot ?? false;
  return {
    id: nextId(),
    channel_id: CHANNEL_ID,
    ...(options.guild === false ? {} : { guild_id: GUILD_ID }),
    author: user(options.authorId ?? "555555555555555555", options.bot),
    content: mentionBot ? `<@${BOT_ID}> ${content}` : content,
    timestamp: "2024-01-01T00:00:00.000Z",
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: mentionBot ? [user(BOT_ID, true)] : [],
    mention_roles: [],
    attachments: [],
    embeds: [],
    pinned: false,
    type: 0,
    flags: 0,
  };
}

/** A message context-menu command ("Ask the sources") run on a message with this content. */
export function messageCommand(name: string, content: string, userId = "555555555555555555") {
  const target = channelMessage(content, { authorId: "666666666666666666" });
  return {
    ...interactionBase(2, userId),
    data: {
      id: nextId(),
      name,
      type: 3,
      target_id: target.id,
      resolved: { messages: { [target.id]: target } },
    },
  };
}

/** GUILD_CREATE for the test server with its one text channel, so discord.js knows the channel messages arrive in. */
export function guildCreate() {
  return {
    id: GUILD_ID,
    name: "test server",
    icon: null,
    owner_id: "555555555555555555",
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    roles: [
      {
        id: GUILD_ID,
        name: "@everyone",
        color: 0,
        hoist: false,
        position: 0,
        permissions: "0",
        managed: false,
        mentionable: false,
        flags: 0,
      },
    ],
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: 0,
    system_channel_id: null,
    system_channel_flags: 0,
    rules_channel_id: null,
    vanity_url_code: null,
    description: null,
    banner: null,
    premium_tier: 0,
    preferred_locale: "en-US",
    public_updates_channel_id: null,
    nsfw_level: 0,
    premium_progress_bar_enabled: false,
    joined_at: "2024-01-01T00:00:00.000Z",
    large: false,
    unavailable: false,
    member_count: 2,
    voice_states: [],
    members: [],
    channels: [
      {
        id: CHANNEL_ID,
        type: 0,
        guild_id: GUILD_ID,
        name: "general",
        position: 0,
        permission_overwrites: [],
        nsfw: false,
        parent_id: null,
        last_message_id: null,
      },
    ],
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
  };
}
