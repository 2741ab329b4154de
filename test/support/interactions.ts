import { APP_ID } from "./fake-discord.js";

/** INTERACTION_CREATE payloads as Discord sends them, for the fake gateway to dispatch. */

const GUILD_ID = "444444444444444444";
const CHANNEL_ID = "333333333333333333";
let counter = 0n;
const nextId = () => (BigInt("700000000000000000") + ++counter).toString();

/** The fields every interaction from a guild member carries. */
export function interactionBase(type: number, userId: string) {
  const id = nextId();
  return {
    id,
    application_id: APP_ID,
    type,
    token: `interaction-token-${id}`,
    version: 1,
    guild_id: GUILD_ID,
    channel_id: CHANNEL_ID,
    channel: { id: CHANNEL_ID, type: 0 },
    member: {
      user: {
        id: userId,
        username: `user${userId.slice(-4)}`,
        discriminator: "0",
        global_name: null,
        avatar: null,
      },
      roles: [],
      permissions: "0",
      joined_at: "2024-01-01T00:00:00.000Z",
      deaf: false,
      mute: false,
      flags: 0,
    },
    app_permissions: "0",
    locale: "en-US",
    guild_locale: "en-US",
    entitlements: [],
    authorizing_integration_owners: { "0": GUILD_ID },
    context: 0,
    attachment_size_limit: 8_388_608,
  };
}

type OptionValue = string | boolean;

function options(values: Record<string, OptionValue>, focused?: string) {
  return Object.entries(values).map(([name, value]) => ({
    name,
    type: typeof value === "boolean" ? 5 : 3,
    value,
    ...(name === focused ? { focused: true } : {}),
  }));
}

export function chatInput(
  name: string,
  values: Record<string, OptionValue> = {},
  userId = "555555555555555555",
) {
  return { ...interactionBase(2, userId), data: { id: nextId(), name, type: 1, options: options(values) } };
}

export function autocomplete(
  name: string,
  values: Record<string, OptionValue>,
  focused: string,
  userId = "555555555555555555",
) {
  return {
    ...interactionBase(4, userId),
    data: { id: nextId(), name, type: 1, options: options(values, focused) },
  };
}

/** A press on a button of a card that `owner` asked for (the presser, unless said otherwise); flags 64 for an ephemeral card. */
export function buttonClick(
  customId: string,
  userId = "555555555555555555",
  card: { owner?: string | null; flags?: number } = {},
) {
  const owner = card.owner === undefined ? userId : card.owner;
  return {
    ...interactionBase(3, userId),
    data: { custom_id: customId, component_type: 2 },
    message: {
      id: nextId(),
      ...(owner === null
        ? {}
        : {
            interaction_metadata: {
              id: nextId(),
              type: 2,
              name: "compound",
              command_type: 1,
              user: {
                id: owner,
                username: `user${owner.slice(-4)}`,
                discriminator: "0",
                global_name: null,
                avatar: null,
              },
              authorizing_integration_owners: { "0": GUILD_ID },
            },
          }),
      channel_id: CHANNEL_ID,
      type: 0,
      content: "",
      author: { id: APP_ID, username: "nootropic-bot", discriminator: "0", bot: true },
      timestamp: "2024-01-01T00:00:00.000Z",
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      embeds: [],
      pinned: false,
      flags: card.flags ?? 0,
      components: [],
    },
  };
}

/** Any raw interaction, built on the common fields, for kinds the bot never registered. */
export function rawInteraction(type: number, extra: Record<string, unknown>, userId = "555555555555555555") {
  return { ...interactionBase(type, userId), ...extra };
}

/** A submitted form (modal) with its text inputs, opened from a card (the message `messageId`, if given). */
export function modalSubmit(
  customId: string,
  values: Record<string, string>,
  userId = "555555555555555555",
  messageId?: string,
) {
  return {
    ...interactionBase(5, userId),
    ...(messageId ? { message: { id: messageId, channel_id: CHANNEL_ID, flags: 0 } } : {}),
    data: {
      custom_id: customId,
      components: Object.entries(values).map(([id, value]) => ({
        type: 1,
        components: [{ type: 4, custom_id: id, value }],
      })),
    },
  };
}
