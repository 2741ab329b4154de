import { localizeCommand } from "./localize.js";
import { ApplicationIntegrationType, InteractionContextType } from "discord-api-types/v10";
import { t } from "../i18n/t.js";
import { ExpectedError } from "./errors.js";
import type {
  BotContext,
  CommandModule,
  OptionsOf,
  OptionValues,
  Outgoing,
  SlashCommandData,
} from "./types.js";
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
 * The values a handler is given, checked against its data so that its typed options hold at run time: a
 * required option missing, or a value that is not one of its choices, is refused with a note (Discord
 * never sends either; the terminal or a hand-made request might).
 */
function checked<D extends SlashCommandData>(data: D, options: OptionValues): OptionsOf<D> {
  for (const option of "options" in data ? (data.options ?? []) : []) {
    const value = options[option.name];
    if (value === undefined) {
      if ("required" in option && option.required)
        throw new ExpectedError(
          t("notices.missingOptionTitle"),
          t("notices.missingOption", { name: option.name }),
        );
      continue;
    }
    const choices = "choices" in option ? option.choices : undefined;
    if (choices && !choices.some((c) => c.value === value))
      throw new ExpectedError(
        t("notices.badChoiceTitle"),
        t("notices.badChoice", {
          name: option.name,
          choices: choices.map((c) => String(c.value)).join(", "),
        }),
      );
  }
  return options as OptionsOf<D>;
}

/** A slash command whose handler sees its options typed from its own data, and checked against it. */
export function slashCommand<const D extends SlashCommandData>(
  definition: SlashDefinition<D>,
): CommandModule & { data: D } {
  const { execute, data, ...rest } = definition;
  return {
    ...rest,
    data: localizeCommand(data),
    execute: (ctx, options) => execute(ctx, checked(data, options)),
  };
}
