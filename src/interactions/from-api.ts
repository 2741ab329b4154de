import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ComponentType,
  InteractionContextType,
  InteractionType,
  PermissionFlagsBits,
  type APIApplicationCommandInteractionDataBasicOption,
  type APIApplicationCommandInteractionDataOption,
  type APIInteraction,
  type APIModalSubmitInteraction,
} from "discord-api-types/v10";
import { contextOf } from "../question/follow-up.js";
import { isEphemeral } from "../reply/payload.js";
import type { Caller, Incoming, OptionValues } from "./types.js";

/**
 * Raw interaction JSON, as Discord sends it over the gateway or HTTP, read once: what the router takes, and
 * who is asking from where. Nothing after this looks at the raw JSON again.
 */

function isBasic(
  option: APIApplicationCommandInteractionDataOption,
): option is APIApplicationCommandInteractionDataBasicOption {
  return (
    option.type !== ApplicationCommandOptionType.Subcommand &&
    option.type !== ApplicationCommandOptionType.SubcommandGroup
  );
}

function optionValues(options: readonly APIApplicationCommandInteractionDataOption[] | undefined): {
  values: OptionValues;
  focused?: { name: string; value: string };
} {
  const values: Record<string, string | number | boolean> = {};
  let focused: { name: string; value: string } | undefined;
  for (const option of (options ?? []).filter(isBasic)) {
    if (!("value" in option)) continue;
    values[option.name] = option.value;
    if ("focused" in option && option.focused) focused = { name: option.name, value: String(option.value) };
  }
  return { values, ...(focused ? { focused } : {}) };
}

function modalFields(interaction: APIModalSubmitInteraction): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const row of interaction.data.components) {
    if (row.type !== ComponentType.ActionRow) continue;
    for (const input of row.components) fields[input.custom_id] = input.value;
  }
  return fields;
}

/** What the router takes, or undefined for a kind the bot does not handle (logged by the boundary). */
function incomingOf(interaction: APIInteraction): Incoming | undefined {
  switch (interaction.type) {
    case InteractionType.ApplicationCommand: {
      // Typed as always present, but a forged or truncated request may lack it: unsupported, not a crash.
      const data = interaction.data as typeof interaction.data | undefined;
      if (!data) return undefined;
      if (data.type === ApplicationCommandType.ChatInput)
        return { type: "command", name: data.name, options: optionValues(data.options).values };
      if (data.type === ApplicationCommandType.Message) {
        const target = data.resolved.messages[data.target_id];
        const context = contextOf(target?.referenced_message);
        return {
          type: "message-command",
          name: data.name,
          content: target?.content ?? "",
          ...(context !== undefined ? { context } : {}),
        };
      }
      return undefined;
    }
    case InteractionType.ApplicationCommandAutocomplete: {
      const { values, focused } = optionValues(interaction.data.options);
      return {
        type: "autocomplete",
        name: interaction.data.name,
        focused: focused ?? { name: "", value: "" },
        options: values,
      };
    }
    case InteractionType.MessageComponent:
      return interaction.data.component_type === ComponentType.Button
        ? { type: "button", customId: interaction.data.custom_id }
        : undefined;
    case InteractionType.ModalSubmit:
      return { type: "modal", customId: interaction.data.custom_id, fields: modalFields(interaction) };
    case InteractionType.Ping:
      return undefined;
  }
}

/**
 * Where only a user installed the app and that user may not use external apps, the answer cannot be public:
 * it is sent ephemeral rather than refused by Discord.
 */
function mustBePrivate(raw: APIInteraction): boolean {
  if (raw.context !== InteractionContextType.Guild || !raw.authorizing_integration_owners) return false;
  if ("0" in raw.authorizing_integration_owners) return false;
  const permissions = raw.member?.permissions;
  return permissions !== undefined && (BigInt(permissions) & PermissionFlagsBits.UseExternalApps) === 0n;
}

/** In a server that added the app itself (not only through the caller's own install). */
function serverInstalled(raw: APIInteraction): boolean {
  if (!raw.guild_id) return false;
  return !raw.authorizing_integration_owners || "0" in raw.authorizing_integration_owners;
}

/** Who is asking, from where, and whose card a button is on. */
function callerOf(raw: APIInteraction): Caller {
  const userId = raw.member?.user.id ?? raw.user?.id;
  const message = "message" in raw ? raw.message : undefined;
  // A message only the caller sees is theirs; else the person it answered, as Discord names them.
  const cardOwner =
    message && isEphemeral(message)
      ? userId
      : (message?.interaction_metadata?.user?.id ?? message?.interaction?.user?.id);
  return {
    ...(userId ? { userId } : {}),
    ...(raw.guild_id ? { guildId: raw.guild_id } : {}),
    ...(raw.channel?.id ? { channelId: raw.channel.id } : {}),
    ...(message?.id ? { messageId: message.id } : {}),
    ...(cardOwner ? { cardOwner } : {}),
    mustBePrivate: mustBePrivate(raw),
    ...("locale" in raw && raw.locale ? { locale: raw.locale } : {}),
    ...(raw.guild_locale ? { guildLocale: raw.guild_locale } : {}),
    ...(serverInstalled(raw) ? { serverInstalled: true } : {}),
  };
}

/** The interaction as the router takes it (undefined for a kind the bot does not handle), and its caller. */
export function fromApi(raw: APIInteraction): { incoming: Incoming | undefined; caller: Caller } {
  return { incoming: incomingOf(raw), caller: callerOf(raw) };
}
