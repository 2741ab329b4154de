import { localizeCommand } from "./localize.js";
import { ApplicationIntegrationType, InteractionContextType } from "discord-api-types/v10";
import type { BotContext, CommandModule, OptionsOf, Outgoing, SlashCommandData } from "./types.js";
import type { MessagePayload } from "../reply/payload.js";
import type { Choice } from "../search/autocomplete.js";

/** Installable by servers and by users, and usable in servers, in DMs with the bot and in other DMs. */
export const EVERYWHERE = {
  integration_types: [ApplicationIntegrationType.GuildInstall, ApplicationIntegrationType.UserInstall],
  contexts: [
    InteractionContextType.Guild,
    InteractionContextType.BotDM,
    InteractionContextType.PrivateChannel,
  ],
} as const;

interface SlashDefinition<D extends SlashCommandData> {
  data: D;
  examples: readonly string[];
  execute: (ctx: BotContext, options: OptionsOf<D>) => MessagePayload;
  autocomplete?: (ctx: BotContext, focused: { name: string; value: string }) => Choice[];
  button?: (ctx: BotContext, args: readonly string[]) => Outgoing | undefined;
}

/**
 * A slash command whose handler sees its options typed from its own data. The router passes the values
 * Discord sent for the options this data declares, so the narrowing holds at run time.
 */
export function slashCommand<const D extends SlashCommandData>(
  definition: SlashDefinition<D>,
): CommandModule & { data: D } {
  const { execute, data, ...rest } = definition;
  return {
    ...rest,
    data: localizeCommand(data),
    execute: (ctx, options) => execute(ctx, options as OptionsOf<D>),
  };
}
