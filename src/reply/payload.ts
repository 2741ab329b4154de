import { fitEmbeds } from "./fit.js";

/**
 * Discord message payloads as plain JSON in the API's own shape (the data of an interaction callback),
 * independent of discord.js. Every reply is built through reply() so none can ping anyone.
 */

export const LIMITS = {
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  embedsTotal: 6000,
  embeds: 10,
  actionRows: 5,
  buttonsPerRow: 5,
  customId: 100,
  buttonLabel: 80,
  content: 2000,
} as const;

export const EPHEMERAL = 1 << 6;

export interface EmbedField {
  name: string;
  value: string;
  inline?: boolean;
}

export interface Embed {
  title?: string;
  description?: string;
  color?: number;
  fields?: EmbedField[];
  footer?: { text: string };
}

export interface Button {
  type: 2;
  style: 1 | 2;
  label: string;
  custom_id: string;
  disabled?: boolean;
}

export interface ActionRow {
  type: 1;
  components: Button[];
}

export interface MessagePayload {
  content?: string;
  embeds: Embed[];
  components: ActionRow[];
  flags?: number;
  allowed_mentions: { parse: [] };
}

export const DISCLAIMER = "Educational only, not medical advice. Claims are quoted from the named sources, with the evidence they give.";

export const COLORS = { info: 0x5865f2, warning: 0xfee75c, muted: 0x99aab5 } as const;

export interface ReplyOptions {
  components?: ActionRow[];
  ephemeral?: boolean;
  /** Where the rest is, should the embeds have to be shortened to fit. */
  more?: string;
}

/** A reply: the disclaimer footer on every embed, within Discord's limits, no mentions parsed, ephemeral when asked. */
export function reply(embeds: Embed[], options: ReplyOptions = {}): MessagePayload {
  const footed = embeds.map((e) => ({ ...e, footer: { text: DISCLAIMER } }));
  return {
    embeds: fitEmbeds(footed, options.more ?? "ask about one compound or one section at a time"),
    components: options.components ?? [],
    ...(options.ephemeral ? { flags: EPHEMERAL } : {}),
    allowed_mentions: { parse: [] },
  };
}
