import type {
  APIApplicationCommandOption,
  ApplicationCommandOptionType,
  APIModalInteractionResponseCallbackData,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
  RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from "discord-api-types/v10";
import type { Knowledge } from "../knowledge/schema.js";
import type { AskIndex } from "../question/ask-index.js";
import type { MessagePayload } from "../reply/payload.js";
import type { Choice } from "../search/autocomplete.js";
import type { SearchIndex } from "../search/index.js";

/** Types only: what crosses between the adapters, the router and the commands. */

export type OptionValue = string | number | boolean;
export type OptionValues = Readonly<Record<string, OptionValue | undefined>>;

/** An interaction reduced to what the handlers need, whoever received it (Discord, HTTP or the terminal). */
export type Incoming =
  | { type: "command"; name: string; options: OptionValues }
  | { type: "autocomplete"; name: string; focused: { name: string; value: string }; options: OptionValues }
  | { type: "button"; customId: string }
  | { type: "modal"; customId: string; fields: Readonly<Record<string, string>> }
  | { type: "message-command"; name: string; content: string };

/** What to send back: a new message, the clicked message replaced, autocomplete choices, or a form. */
export type Outgoing =
  | { type: "reply"; payload: MessagePayload }
  | { type: "update"; payload: MessagePayload }
  | { type: "choices"; choices: Choice[] }
  | { type: "modal"; modal: APIModalInteractionResponseCallbackData };

/** Deeply read-only, so that command data written `as const` (keeping its literal names) still satisfies the API type. */
export type Immutable<T> = T extends readonly (infer U)[]
  ? readonly Immutable<U>[]
  : T extends object
    ? { readonly [K in keyof T]: Immutable<T[K]> }
    : T;

export type CommandOption = Immutable<APIApplicationCommandOption>;
export type SlashCommandData = Immutable<RESTPostAPIChatInputApplicationCommandsJSONBody>;
export type ContextMenuCommandData = Immutable<RESTPostAPIContextMenuApplicationCommandsJSONBody>;
export type CommandData = SlashCommandData | ContextMenuCommandData;

type ValueOf<T> = T extends ApplicationCommandOptionType.Boolean
  ? boolean
  : T extends ApplicationCommandOptionType.Integer | ApplicationCommandOptionType.Number
    ? number
    : string;

/** The option values a command's handler receives, typed from its data: `{ name?: string; private?: boolean }`. */
export type OptionsOf<D> = D extends { readonly options: readonly (infer O)[] }
  ? {
      readonly [K in O as K extends { readonly name: infer N extends string } ? N : never]?: K extends {
        readonly type: infer T;
      }
        ? ValueOf<T>
        : never;
    }
  : Readonly<Record<string, never>>;

/** One command: its data as Discord's API takes it, and its handlers. */
export interface CommandModule {
  readonly data: CommandData;
  /** Example invocations, shown by /help and the terminal greeting. */
  readonly examples: readonly string[];
  readonly execute?: (ctx: BotContext, options: OptionValues) => MessagePayload;
  readonly autocomplete?: (
    ctx: BotContext,
    focused: { name: string; value: string },
    options: OptionValues,
  ) => Choice[];
  /** A click on a button whose custom id this command made (see src/interactions/custom-id.ts): the message's new content. */
  readonly button?: (ctx: BotContext, args: readonly string[]) => MessagePayload | undefined;
  /** A message context-menu command run on a message with this content. */
  readonly message?: (ctx: BotContext, content: string) => MessagePayload;
}

/** The commands, by name, and the order they are listed in. */
export interface Registry {
  readonly list: readonly CommandModule[];
  readonly get: (name: string) => CommandModule | undefined;
}

/** What every handler needs: the knowledge, loaded once, its search index, built once, and the commands. */
export interface BotContext {
  readonly knowledge: Knowledge;
  readonly index: SearchIndex;
  /** Names, drugs and full text, for questions in plain words (/ask, mentions, the message command). */
  readonly ask: AskIndex;
  readonly commands: Registry;
}
