import { ComponentType, MessageFlags } from "discord-api-types/v10";

/**
 * A reply as a person reads it, whether it was sent as embeds or as a Components V2 card: its headings, its
 * text and its buttons. Tests of what an answer says use these, so they hold for both layouts.
 */

type Node = {
  type?: number;
  content?: string;
  label?: string;
  custom_id?: string;
  disabled?: boolean;
  components?: Node[];
  accessory?: Node;
  items?: Array<{ media: { url: string }; description?: string }>;
};
type Data = {
  flags?: number;
  content?: string;
  embeds?: Array<{
    title?: string;
    description?: string;
    fields?: Array<{ name: string; value: string }>;
    footer?: { text: string };
  }>;
  components?: Node[];
};

export const isV2 = (data: unknown) => (((data as Data)?.flags ?? 0) & MessageFlags.IsComponentsV2) !== 0;

function walk(nodes: readonly Node[] | undefined, visit: (n: Node) => void): void {
  for (const n of nodes ?? []) {
    visit(n);
    walk(n.components, visit);
    if (n.accessory) walk([n.accessory], visit);
  }
}

/** Every text display of a V2 card, in order. */
export function textDisplays(data: unknown): string[] {
  const out: string[] = [];
  walk((data as Data)?.components, (n) => n.type === ComponentType.TextDisplay && out.push(n.content ?? ""));
  return out;
}

/** All the text a person reads: V2 text displays, or the embeds' titles, descriptions, fields and footers. */
export function cardText(data: unknown): string {
  const d = (data ?? {}) as Data;
  if (isV2(d)) return textDisplays(d).join("\n");
  return [
    d.content ?? "",
    ...(d.embeds ?? []).flatMap((e) => [
      e.title ?? "",
      e.description ?? "",
      ...(e.fields ?? []).flatMap((f) => [f.name, f.value]),
      e.footer?.text ?? "",
    ]),
  ].join("\n");
}

/** The headings: the embeds' titles, or the "## " lines of a V2 card. */
export function cardHeadings(data: unknown): string[] {
  const d = (data ?? {}) as Data;
  if (!isV2(d)) return (d.embeds ?? []).map((e) => e.title ?? "");
  return textDisplays(d).flatMap((t) =>
    t
      .split("\n")
      .filter((l) => l.startsWith("## "))
      .map((l) => l.slice(3)),
  );
}

/** Every button, beside a section or in a row. */
export function cardButtons(
  data: unknown,
): Array<{ label?: string; custom_id?: string; disabled?: boolean }> {
  const out: Node[] = [];
  walk((data as Data)?.components, (n) => n.type === ComponentType.Button && out.push(n));
  return out;
}

/** The images a card shows: attachment URLs and their alt text. */
export function cardImages(data: unknown): Array<{ url: string; description?: string }> {
  const out: Array<{ url: string; description?: string }> = [];
  walk((data as Data)?.components, (n) => {
    if (n.type === ComponentType.MediaGallery)
      for (const item of n.items ?? []) out.push({ url: item.media.url, description: item.description });
  });
  return out;
}
