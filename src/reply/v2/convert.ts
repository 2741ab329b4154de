import {
  ButtonStyle,
  ComponentType,
  MessageFlags,
  SeparatorSpacingSize,
  type APIButtonComponent,
  type APIContainerComponent,
  type APIMessageTopLevelComponent,
  type APITextDisplayComponent,
} from "discord-api-types/v10";
import { t } from "../../i18n/t.js";
import { fitEmbeds } from "../fit.js";
import { LIMITS } from "../limits.js";
import type { Embed, EmbedField, MessagePayload } from "../payload.js";
import { componentCount, textLength } from "./count.js";
import { V2_LIMITS, type InContainer, type Row, type V2Payload } from "./types.js";

/**
 * A reply as a Components V2 message, at the payload level: whatever built the embeds, each becomes a
 * container (its colour the accent, its title a heading), each field a block of text, and a field that
 * points at a section (by naming a button's label in bold, as "…and 6 more: press **Dosing**") a section
 * with that button beside it. The chart, when there is one, is a media gallery under the heading; the
 * footer is small text at the end; the buttons no field took stay in rows below. The same budget that fits
 * embeds fits the text to 4,000 characters, and blocks are merged until there are at most 40 components.
 */

const BLANK = "\u200b";
const isBlank = (text: string | undefined) => !text || text.trim() === "" || text === BLANK;

type Buttons = APIButtonComponent[];

function textDisplay(content: string): APITextDisplayComponent {
  return { type: ComponentType.TextDisplay, content };
}

const usable = (b: APIButtonComponent): b is APIButtonComponent & { label: string } =>
  "label" in b && !!b.label && b.style !== ButtonStyle.Link && !("disabled" in b && b.disabled);

/**
 * Which field each free button sits beside: the field whose last line names it in bold ("…and 6 more:
 * press **Dosing**", in any language) or that is named as it, else the first that names it in bold. One button per field, one field per button.
 */
function placeButtons(fields: readonly EmbedField[], free: Buttons): Map<EmbedField, APIButtonComponent> {
  const placed = new Map<EmbedField, APIButtonComponent>();
  const tests = [
    (f: EmbedField, label: string) =>
      f.value.split("\n").at(-1)!.includes(`**${label}**`) || f.name === label,
    (f: EmbedField, label: string) => f.value.includes(`**${label}**`),
  ];
  for (const test of tests)
    for (const button of free.filter(usable)) {
      if ([...placed.values()].includes(button)) continue;
      const field = fields.find((f) => !placed.has(f) && test(f, button.label));
      if (field) placed.set(field, button);
    }
  return placed;
}

function fieldText(field: EmbedField): string {
  return isBlank(field.name) ? field.value : `### ${field.name}\n${field.value}`;
}

function container(
  embed: Embed,
  free: Buttons,
  image?: { url: string; description: string },
): APIContainerComponent {
  const parts: InContainer[] = [];
  const head = [embed.title ? `## ${embed.title}` : "", embed.description ?? ""].filter(Boolean).join("\n");
  if (head) parts.push(textDisplay(head));
  if (image)
    parts.push({
      type: ComponentType.MediaGallery,
      items: [{ media: { url: image.url }, description: image.description }],
    });
  const placed = placeButtons(embed.fields ?? [], free);
  for (const field of embed.fields ?? []) {
    if (isBlank(field.name) && isBlank(field.value)) continue;
    const button = placed.get(field);
    if (button) {
      free.splice(free.indexOf(button), 1);
      parts.push({
        type: ComponentType.Section,
        components: [textDisplay(fieldText(field))],
        accessory: button,
      });
    } else parts.push(textDisplay(fieldText(field)));
  }
  if (embed.footer?.text) {
    parts.push({ type: ComponentType.Separator, divider: true, spacing: SeparatorSpacingSize.Small });
    parts.push(textDisplay(`-# ${embed.footer.text}`));
  }
  return {
    type: ComponentType.Container,
    ...(embed.color !== undefined ? { accent_color: embed.color } : {}),
    components: parts,
  };
}

/** Adjacent plain text blocks of a container joined into one: the same text, fewer components. */
function mergeTexts(c: APIContainerComponent): boolean {
  for (let i = c.components.length - 1; i > 0; i--) {
    const [a, b] = [c.components[i - 1]!, c.components[i]!];
    if (
      a.type === ComponentType.TextDisplay &&
      b.type === ComponentType.TextDisplay &&
      !b.content.startsWith("-#")
    ) {
      c.components.splice(i - 1, 2, textDisplay(`${a.content}\n\n${b.content}`));
      return true;
    }
  }
  return false;
}

/** A section back to plain text, its button back to the rows. */
function unsection(c: APIContainerComponent, free: Buttons): boolean {
  let i = c.components.length - 1;
  while (i >= 0 && c.components[i]!.type !== ComponentType.Section) i--;
  const section = c.components[i];
  if (!section || section.type !== ComponentType.Section) return false;
  c.components.splice(i, 1, ...section.components);
  if (section.accessory.type === ComponentType.Button) free.unshift(section.accessory);
  return true;
}

function rows(buttons: Buttons): Row[] {
  const out: Row[] = [];
  for (let i = 0; i < buttons.length && out.length < LIMITS.actionRows; i += LIMITS.buttonsPerRow)
    out.push({ type: ComponentType.ActionRow, components: buttons.slice(i, i + LIMITS.buttonsPerRow) });
  return out;
}

/**
 * Side by side ("Noopept: doses", "Piracetam: doses", ...) becomes one container per compound: the embed's
 * own heading first, then each compound's fields under its name. Anything else is left as it is.
 */
function perCompound(embed: Embed, accents: Readonly<Record<string, number>>): Embed[] {
  const fields = (embed.fields ?? []).filter((f) => !(isBlank(f.name) && isBlank(f.value)));
  const owner = (f: EmbedField) => Object.keys(accents).find((name) => f.name.startsWith(`${name}: `));
  if (fields.length < 2 || !fields.every((f) => f.inline && owner(f))) return [embed];
  const groups = new Map<string, EmbedField[]>();
  for (const f of fields) {
    const name = owner(f)!;
    groups.set(name, [...(groups.get(name) ?? []), { name: f.name.slice(name.length + 2), value: f.value }]);
  }
  const head: Embed = { ...embed };
  delete head.fields;
  return [head, ...[...groups].map(([name, own]) => ({ title: name, color: accents[name], fields: own }))];
}

function build(
  embeds: readonly Embed[],
  payload: MessagePayload,
): { containers: APIContainerComponent[]; free: Buttons } {
  const free: Buttons = payload.components.flatMap((row) => row.components);
  const accents = payload.accents ?? {};
  const file = payload.files?.[0];
  // The footer once, at the end: every embed carries the same one.
  const footer = embeds.at(-1)?.footer;
  const parts = embeds.flatMap((e) => perCompound({ ...e, footer: undefined }, accents));
  const cards = footer ? [...parts.slice(0, -1), { ...parts.at(-1)!, footer }] : parts;
  const containers = cards.map((embed, i) =>
    container(
      { ...embed, color: (embed.title ? accents[embed.title] : undefined) ?? embed.color },
      free,
      i === 0 && file ? { url: `attachment://${file.name}`, description: file.description } : undefined,
    ),
  );
  return { containers: containers.filter((c) => c.components.length > 0), free };
}

const assemble = (
  containers: APIContainerComponent[],
  free: Buttons,
  content?: string,
): APIMessageTopLevelComponent[] => [
  ...(content ? [textDisplay(content)] : []),
  ...containers,
  ...rows(free),
];

/** The V2 form of a reply, within V2's limits, with the same files, flags and no mentions. */
export function toComponentsV2(payload: MessagePayload, more = t("fit.askOnePart")): V2Payload {
  let budget = V2_LIMITS.text - 40 * payload.embeds.length - (payload.content?.length ?? 0);
  let built = build(fitEmbeds(payload.embeds, more, budget), payload);
  for (let tries = 0; tries < 6; tries++) {
    const excess = textLength(assemble(built.containers, built.free, payload.content)) - V2_LIMITS.text;
    if (excess <= 0) break;
    budget -= excess + 20;
    built = build(fitEmbeds(payload.embeds, more, budget), payload);
  }
  const { containers, free } = built;
  const count = () => componentCount(assemble(containers, free, payload.content));
  while (count() > V2_LIMITS.components && containers.some(mergeTexts));
  while (count() > V2_LIMITS.components && containers.some((c) => unsection(c, free)))
    while (count() > V2_LIMITS.components && containers.some(mergeTexts));
  while (count() > V2_LIMITS.components && free.length > 0) free.pop();
  const { files, flags } = payload;
  return {
    ...(files ? { files } : {}),
    components: assemble(containers, free, payload.content),
    flags: (flags ?? 0) | MessageFlags.IsComponentsV2,
    allowed_mentions: { parse: [] },
  };
}
