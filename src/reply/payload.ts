import { currentLocale, DEFAULT_LOCALE } from "../i18n/locale.js";
import { t } from "../i18n/t.js";
import {
  ComponentType,
  MessageFlags,
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  type APIEmbed,
  type APIEmbedField,
  type APIInteractionResponseCallbackData,
} from "discord-api-types/v10";
import { fitEmbeds } from "./fit.js";

/**
 * Discord message payloads as plain JSON in the API's own shape (the data of an interaction callback),
 * independent of discord.js. Every reply is built through reply() so none can ping anyone.
 */

export type Embed = APIEmbed;
export type EmbedField = APIEmbedField;
export type Button = APIButtonComponentWithCustomId;
export type ActionRow = APIActionRowComponent<Button>;

/** A file sent with a message (a chart): its name, bytes and alt text. Sent as an attachment, never as JSON. */
export interface PayloadFile {
  name: string;
  data: Uint8Array;
  description: string;
}

/**
 * The data of an interaction callback as this bot sends it: embeds and button rows, never a mention; with
 * the files to attach, if any (the adapters send them as multipart attachments).
 */
export type MessagePayload = Omit<
  APIInteractionResponseCallbackData,
  "embeds" | "components" | "allowed_mentions"
> & {
  embeds: Embed[];
  components: ActionRow[];
  allowed_mentions: { parse: [] };
  files?: PayloadFile[];
  /** A compound's colour by its name (its strongest evidence), for the V2 container that shows it; not sent. */
  accents?: Readonly<Record<string, number>>;
};

/** The footer in English; replies carry it in their own locale (src/i18n). */
export const DISCLAIMER =
  "Educational only, not medical advice. Claims are quoted from the named sources, with the evidence they give.";

export const COLORS = { info: 0x5865f2, warning: 0xfee75c, muted: 0x99aab5 } as const;

export interface ReplyOptions {
  components?: ActionRow[];
  ephemeral?: boolean;
  /** Where the rest is, should the embeds have to be shortened to fit. */
  more?: string;
}

/** One row of buttons. */
export function actionRow(buttons: Button[]): ActionRow {
  return { type: ComponentType.ActionRow, components: buttons };
}

/** Whether a payload is shown only to the person who asked. */
export function isEphemeral(payload: { readonly flags?: number | null }): boolean {
  return ((payload.flags ?? 0) & MessageFlags.Ephemeral) !== 0;
}

/** A reply: the disclaimer footer on every embed, within Discord's limits, no mentions parsed, ephemeral when asked. */
export function reply(embeds: Embed[], options: ReplyOptions = {}): MessagePayload {
  // In another language, the last footer also says once that the quotes are left in English.
  const note = currentLocale() === DEFAULT_LOCALE ? "" : ` ${t("notes.quotesInEnglish")}`;
  const footed = embeds.map((e, i) => ({
    ...e,
    footer: { text: `${t("footer.disclaimer")}${i === embeds.length - 1 ? note : ""}` },
  }));
  return {
    embeds: fitEmbeds(footed, options.more ?? t("fit.askOne")),
    components: options.components ?? [],
    ...(options.ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
    allowed_mentions: { parse: [] },
  };
}
