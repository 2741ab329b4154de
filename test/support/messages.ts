import { BOT_ID } from "./fake-discord.js";

/** MESSAGE_CREATE payloads as Discord sends them, for the fake gateway to dispatch. */

export const GUILD_ID = "444444444444444444";
export const CHANNEL_ID = "333333333333333333";
let counter = 0n;
const nextId = () => (BigInt("800000000000000000") + ++counter).toString();

function user(id: string, bot = false) {
  return { id, username: `user${id.slice(-4)}`, discriminator: "0", global_name: null, avatar: null, ...(bot ? { bot: true } : {}) };
}

/** A channel message; `mentionBot` puts the bot in the content and the mention list, as Discord does. */
export function channelMessage(content: string, options: { mentionBot?: boolean; authorId?: string; bot?: boolean; guild?: boolean } = {}) {
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
  const id = nextId();
  const target = channelMessage(content, { authorId: "666666666666666666" });
  return {
    id,
    application_id: "111111111111111111",
    type: 2,
    token: `interaction-token-${id}`,
    version: 1,
    guild_id: GUILD_ID,
    channel_id: CHANNEL_ID,
    channel: { id: CHANNEL_ID, type: 0 },
    member: { user: user(userId), roles: [], permissions: "0", joined_at: "2024-01-01T00:00:00.000Z", deaf: false, mute: false, flags: 0 },
    app_permissions: "0",
    locale: "en-US",
    guild_locale: "en-US",
    entitlements: [],
    authorizing_integration_owners: { "0": GUILD_ID },
    context: 0,
    attachment_size_limit: 8_388_608,
    data: { id: nextId(), name, type: 3, target_id: target.id, resolved: { messages: { [target.id]: target } } },
  };
}
