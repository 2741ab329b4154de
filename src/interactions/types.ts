import type { Knowledge } from "../knowledge/schema.js";
import type { MessagePayload } from "../reply/payload.js";
import type { Choice } from "../search/autocomplete.js";
import type { SearchIndex } from "../search/index.js";

/** What every handler needs: the knowledge, loaded once, and its search index, built once. */
export interface BotContext {
  knowledge: Knowledge;
  index: SearchIndex;
}

export type OptionValues = Readonly<Record<string, string | number | boolean | undefined>>;

/** Discord's application command option types used here. */
export const OptionType = { String: 3, Boolean: 5 } as const;

export interface CommandOptionData {
  readonly type: (typeof OptionType)[keyof typeof OptionType];
  readonly name: string;
  readonly description: string;
  readonly required?: boolean;
  readonly autocomplete?: boolean;
  readonly max_length?: number;
  readonly choices?: readonly { readonly name: string; readonly value: string }[];
}

/** A chat input command as Discord's API describes it: plain data, deployable without loading the bot. */
export interface CommandData {
  readonly name: string;
  readonly description: string;
  readonly options?: readonly CommandOptionData[];
}

export interface CommandModule {
  readonly data: CommandData;
  execute(ctx: BotContext, options: OptionValues): MessagePayload;
  autocomplete?(ctx: BotContext, focused: { name: string; value: string }, options: OptionValues): Choice[];
  /** Answers a click on a button whose custom id starts with this command's name; the payload replaces the message. */
  button?(ctx: BotContext, args: readonly string[]): MessagePayload | undefined;
}

/** The `private` option every command has. */
export const privateOption: CommandOptionData = {
  type: OptionType.Boolean,
  name: "private",
  description: "Show the answer only to you",
};

export function compoundOption(name: string, description: string, required: boolean): CommandOptionData {
  return { type: OptionType.String, name, description, required, autocomplete: true, max_length: 100 };
}
