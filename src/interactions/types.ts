import type {
  APIApplicationCommandOption,
  RESTPostAPIChannelMessageJSONBody,
  ApplicationCommandOptionType,
  APIModalInteractionResponseCallbackData,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
  RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from "discord-api-types/v10";
import type { Knowledge } from "../knowledge/schema.js";
import type { SettingsPort } from "./settings.js";
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
  | { type: "modal"; customId: string; fields: FormFields }
  /** `context`: the message that message replies to, if any (see src/question/follow-up.ts). */
  | { type: "message-command"; name: string; content: string; context?: string };

/**
 * Who is asking and where, read once from the raw interaction (from-api.ts), so that nothing after the
 * conversion looks at the raw JSON again.
 */
export interface Caller {
  readonly userId?: string;
  readonly guildId?: string;
  readonly channelId?: string;
  /** The message a button was pressed on, or a form opened from. */
  readonly messageId?: string;
  /**
   * Who may change that message for everyone: the person it answered (or the caller, on a message only they
   * see); undefined when nobody can be told, and such a card is never changed for everyone.
   */
  readonly cardOwner?: string;
  /** The answer must be seen by the caller alone: a user-installed app where they may not post publicly. */
  readonly mustBePrivate: boolean;
  /** The caller's Discord client language ("de", "pt-BR"), and the server's, as Discord sends them. */
  readonly locale?: string;
  readonly guildLocale?: string;
  /** In a server that added the app (its settings apply), not only through the caller's own install. */
  readonly serverInstalled?: boolean;
  /** The server shows drafts (its /settings): set by the boundary from the settings, never from the request. */
  readonly showsDrafts?: boolean;
}

/**
 * What to send back: a new message, the clicked message replaced, autocomplete choices, a form, or an
 * acknowledgement that changes nothing.
 */
export type Outgoing =
  | { type: "reply"; payload: MessagePayload }
  | { type: "update"; payload: MessagePayload }
  | { type: "choices"; choices: Choice[] }
  | { type: "modal"; modal: APIModalInteractionResponseCallbackData }
  | { type: "acknowledge" };

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

/** One option's value: one of its choices' values when it has choices, else by its type. */
type OptionValueOf<O> = O extends { readonly choices: readonly { readonly value: infer V }[] }
  ? V
  : O extends { readonly type: infer T }
    ? ValueOf<T>
    : never;

type NameOf<O> = O extends { readonly name: infer N extends string } ? N : never;
type IsRequired<O> = O extends { readonly required: true } ? true : false;

/**
 * The option values a command's handler receives, typed from its data, as discord-utils-bot's ArgumentsOf
 * does: a required option is never undefined, one with choices is the union of their values
 * (`{ name: string; section?: "overview" | "dosing" | ...; private?: boolean }`).
 */
export type OptionsOf<D> = D extends { readonly options: readonly (infer O)[] }
  ? {
      readonly [K in O as IsRequired<K> extends true ? NameOf<K> : never]: OptionValueOf<K>;
    } & {
      readonly [K in O as IsRequired<K> extends true ? never : NameOf<K>]?: OptionValueOf<K>;
    } extends infer R
    ? { [K in keyof R]: R[K] }
    : never
  : Readonly<Record<string, never>>;

/** A submitted form's text inputs, by custom id. */
export type FormFields = Readonly<Record<string, string>>;

/**
 * The buttons and forms a module made (their custom ids start with its name, see custom-id.ts): the router
 * hands a press or a submitted form back to it. Undefined means the id no longer matches anything.
 */
export interface ComponentHandlers {
  /** A click on one of its buttons: usually the message's new content, or a form to open. */
  readonly button?: (ctx: BotContext, args: readonly string[]) => Outgoing | undefined;
  /** One of its forms, submitted; may wait for something (a report being stored). */
  readonly modal?: (
    ctx: BotContext,
    args: readonly string[],
    fields: FormFields,
    caller: Caller,
  ) => Outgoing | undefined | Promise<Outgoing | undefined>;
}

/** Buttons and forms with no command of their own (reports, on every card). */
export interface Feature extends ComponentHandlers {
  readonly name: string;
}

/** One command: its data as Discord's API takes it, and its handlers. */
export interface CommandModule extends ComponentHandlers {
  readonly data: CommandData;
  /** Example invocations, shown by /help and the terminal greeting. */
  readonly examples: readonly string[];
  readonly execute?: (ctx: BotContext, options: OptionValues) => MessagePayload;
  readonly autocomplete?: (
    ctx: BotContext,
    focused: { name: string; value: string },
    options: OptionValues,
  ) => Choice[];
  /**
   * A command whose answer waits for something (the settings store), given who asks and where. The router
   * uses it when it knows the caller; `execute`, if any, answers where it does not (the terminal).
   */
  readonly respond?: (ctx: BotContext, options: OptionValues, caller: Caller) => Promise<MessagePayload>;
  /** A message context-menu command run on a message with this content (and what that message replies to). */
  readonly message?: (ctx: BotContext, content: string, context?: string) => MessagePayload;
}

/** The commands, by name, and the order they are listed in; and every module's buttons and forms. */
export interface Registry {
  readonly list: readonly CommandModule[];
  readonly get: (name: string) => CommandModule | undefined;
  /** The command or feature that made a button or form, by the first part of its custom id. */
  readonly components: (name: string) => ComponentHandlers | undefined;
}

/** What every handler needs: the knowledge, loaded once, its search index, built once, and the commands. */
export interface BotContext {
  readonly knowledge: Knowledge;
  readonly index: SearchIndex;
  /** Names, drugs and full text, for questions in plain words (/ask, mentions, the message command). */
  readonly ask: AskIndex;
  readonly commands: Registry;
  /** Per-server settings, when there is a store. */
  readonly settings?: SettingsPort;
}

/** Posts a message to a channel with the bot's token (reports, answers to mentions); src/discord/channel-poster.ts. */
export interface ChannelPoster {
  /**
   * Posts `body` to the channel, pinging no one whatever the body says. Never rejects: resolves true once
   * posted, false after logging a failure (route, Discord's status and code; never the token or the body).
   * `what` names the message in that log line ("report", "mention answer").
   */
  post(channelId: string, body: RESTPostAPIChannelMessageJSONBody, what: string): Promise<boolean>;
}
