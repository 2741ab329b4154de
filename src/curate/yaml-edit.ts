import { isMap, isScalar, isSeq, parseDocument, type Node, type Pair, type YAMLMap } from "yaml";

/**
 * Edits YAML text in place, line by line, so that a tool's change to one entry leaves every other line as
 * the curator wrote it (comments, wrapping, quoting): re-serialising a whole file would rewrap the quotes.
 */

export type Value = string | number | boolean | null | readonly Value[] | { readonly [key: string]: Value };

const PLAIN = /^[A-Za-z0-9][\w .()/+-]*$/;
const RESERVED = /^(true|false|null|yes|no|on|off|~|[-+]?\d[\d_.eE+-]*)$/i;

function scalar(value: string | number | boolean | null): string {
  if (typeof value !== "string") return String(value);
  return PLAIN.test(value) && !RESERVED.test(value) && !value.endsWith(" ") ? value : JSON.stringify(value);
}

function flow(value: Value): string {
  if (value === null || typeof value !== "object") return scalar(value);
  if (Array.isArray(value)) return `[${value.map(flow).join(", ")}]`;
  const entries = Object.entries(value as Record<string, Value>).map(([k, v]) => `${k}: ${flow(v)}`);
  return `{ ${entries.join(", ")} }`;
}

/** A key and its value as lines at this indentation: a list of maps as one flow map a line, the rest in flow. */
export function renderPair(key: string, value: Value, indent: number): string {
  const pad = " ".repeat(indent);
  if (Array.isArray(value) && value.length > 0 && value.every((v) => v !== null && typeof v === "object")) {
    return `${pad}${key}:\n${value.map((v: Value) => `${pad}  - ${flow(v)}\n`).join("")}`;
  }
  return `${pad}${key}: ${flow(value)}\n`;
}

interface Splice {
  from: number;
  to: number;
  text: string;
}

const lineStart = (text: string, at: number) => text.lastIndexOf("\n", at - 1) + 1;
function lineEnd(text: string, at: number): number {
  if (at > 0 && text[at - 1] === "\n") return at;
  const nl = text.indexOf("\n", at);
  return nl < 0 ? text.length : nl + 1;
}

function pairRange(text: string, pair: Pair): { from: number; to: number } {
  const key = pair.key as Node;
  const value = pair.value as Node | null;
  const end = value?.range ? value.range[1] : key.range![1];
  return { from: lineStart(text, key.range![0]), to: lineEnd(text, end) };
}

export interface EntryEdit {
  /** Where the map is: ["claims", 3], ["candidates", 0], or [] for the top-level map. */
  path: readonly (string | number)[];
  set?: Readonly<Record<string, Value>>;
  remove?: readonly string[];
}

function mapAt(root: unknown, path: readonly (string | number)[]): YAMLMap | undefined {
  let node = root;
  for (const key of path) {
    if (isMap(node)) node = node.get(key, true);
    else if (isSeq(node) && typeof key === "number") node = node.items[key];
    else return undefined;
  }
  return isMap(node) ? node : undefined;
}

/** Applies the edits to the YAML text. Throws when a path does not name a map. */
export function editYaml(text: string, edits: readonly EntryEdit[]): string {
  const doc = parseDocument(text);
  const splices: Splice[] = [];
  for (const edit of edits) {
    const map = mapAt(doc.contents, edit.path);
    if (!map || map.items.length === 0) throw new Error(`no map at ${edit.path.join(".")}`);
    const first = map.items[0]!.key as Node;
    const indent = first.range![0] - lineStart(text, first.range![0]);
    const present = new Set<string>();
    map.items.forEach((pair, i) => {
      const key = isScalar(pair.key) ? String(pair.key.value) : "";
      present.add(key);
      if (!edit.remove?.includes(key) && !(edit.set && key in edit.set)) return;
      if (i === 0) throw new Error(`the first key of a map (${key}) is not edited, to keep its list marker`);
      const replacement = edit.set && key in edit.set ? renderPair(key, edit.set[key]!, indent) : "";
      splices.push({ ...pairRange(text, pair), text: replacement });
    });
    const added = Object.entries(edit.set ?? {}).filter(([k]) => !present.has(k));
    if (added.length > 0) {
      const at = pairRange(text, map.items.at(-1)!).to;
      const newline = at === text.length && !text.endsWith("\n") ? "\n" : "";
      splices.push({
        from: at,
        to: at,
        text: newline + added.map(([k, v]) => renderPair(k, v, indent)).join(""),
      });
    }
  }
  splices.sort((a, b) => b.from - a.from || b.to - a.to);
  let out = text;
  for (const s of splices) out = out.slice(0, s.from) + s.text + out.slice(s.to);
  return out;
}

function itemRange(text: string, node: Node): { from: number; to: number } {
  return { from: lineStart(text, node.range![0]), to: lineEnd(text, node.range![1]) };
}

/** Removes the list items at these indexes of the list under `key` (a top-level key). */
export function removeListItems(text: string, key: string, indexes: readonly number[]): string {
  const doc = parseDocument(text);
  const list = isMap(doc.contents) ? doc.contents.get(key, true) : undefined;
  if (!isSeq(list)) throw new Error(`no list at ${key}`);
  const ranges = indexes.map((i) => itemRange(text, list.items[i] as Node)).sort((a, b) => b.from - a.from);
  let out = text;
  for (const r of ranges) out = out.slice(0, r.from) + out.slice(r.to);
  return out;
}

/**
 * Appends an item to the list under a top-level key; `item` is its lines, starting "  - ". An empty flow
 * list (`doses: []`) becomes a block list.
 */
export function appendListItem(text: string, key: string, item: string): string {
  const doc = parseDocument(text);
  const pair = isMap(doc.contents)
    ? doc.contents.items.find((p) => isScalar(p.key) && p.key.value === key)
    : undefined;
  if (!pair) return `${text}${text.endsWith("\n") ? "" : "\n"}${key}:\n${item}`;
  const list = pair.value;
  if (!isSeq(list)) throw new Error(`${key} is not a list`);
  if (list.flow || list.items.length === 0) {
    const range = pairRange(text, pair);
    return `${text.slice(0, range.from)}${key}:\n${item}${text.slice(range.to)}`;
  }
  const at = lineEnd(text, (list.items.at(-1) as Node).range![1]);
  return text.slice(0, at) + item + text.slice(at);
}
