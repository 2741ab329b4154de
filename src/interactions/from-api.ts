import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ComponentType,
  InteractionType,
  type APIApplicationCommandInteractionDataBasicOption,
  type APIApplicationCommandInteractionDataOption,
  type APIInteraction,
  type APIModalSubmitInteraction,
} from "discord-api-types/v10";
import type { Incoming, OptionValues } from "./types.js";

/** Raw interaction JSON, as Discord sends it over the gateway or HTTP, reduced to what the router takes. */

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
export function toIncoming(interaction: APIInteraction): Incoming | undefined {
  switch (interaction.type) {
    case InteractionType.ApplicationCommand: {
      // Typed as always present, but a forged or truncated request may lack it: unsupported, not a crash.
      const data = interaction.data as typeof interaction.data | undefined;
      if (!data) return undefined;
      if (data.type === ApplicationCommandType.ChatInput)
        return { type: "command", name: data.name, options: optionValues(data.options).values };
      if (data.type === ApplicationCommandType.Message) {
        const target = data.resolved.messages[data.target_id];
        return { type: "message-command", name: data.name, content: target?.content ?? "" };
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

/** The id of whoever caused the interaction, in a server or in a DM. */
export function userIdOf(interaction: APIInteraction): string | undefined {
  return interaction.member?.user.id ?? interaction.user?.id;
}
