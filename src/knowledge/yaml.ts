import { createHash } from "node:crypto";
import { Composer, Lexer, Parser, parseDocument, type CST } from "yaml";
import { fileCache, packageVersion } from "../file-cache.js";
import { runWhole, type Sliced } from "../slices.js";

/**
 * Reading the knowledge's YAML, in one place. Parsing YAML is most of what a process spends on starting
 * (about half a second for the knowledge folder, cold); the same text always parses to the same value, so
 * each parsed file is kept as JSON under node_modules/.cache, named by a hash of its text and of the YAML
 * library's version, and read back in microseconds by the next process. Only a file that parsed cleanly is
 * kept; validation still runs on every value, cached or not. Where the cache cannot be written (a read-only
 * install) every read simply parses.
 */

export type YamlRead = { ok: true; value: unknown } | { ok: false; problem: string };

/** Older entries are removed when there are more than this many (each is one file's parsed value). */
const FILES = fileCache("yaml", ".json", 400);

const LIBRARY = packageVersion("yaml");

function keyOf(text: string): string {
  return createHash("sha256").update(`yaml ${LIBRARY}\0${text}`).digest("hex");
}

function cached(key: string): unknown {
  const bytes = FILES.read(key);
  if (!bytes) return undefined;
  try {
    return JSON.parse(bytes.toString("utf8")) as unknown;
  } catch {
    return undefined;
  }
}

/** JSON keeps every value plain YAML gives but non-finite numbers (.inf, .nan): those files are not kept. */
function asJson(value: unknown): string | undefined {
  let plain = true;
  const json = JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v === "number" && !Number.isFinite(v)) plain = false;
    return v;
  });
  return plain ? json : undefined;
}

function keep(key: string, value: unknown): void {
  const json = asJson(value);
  if (json !== undefined) FILES.write(key, json);
}

/** Parses one YAML file's text (shown as `shown` in messages): its value, or the first error with its place. */
export function readYaml(shown: string, text: string): YamlRead {
  return runWhole(readingYaml(shown, text));
}

/** Lexical tokens (a word, a space, an indicator) read between two yields: a few tenths of a millisecond. */
const LEXEMES_PER_PIECE = 256;
/** Items of a long top-level list (a compound's claims) composed in one piece: about a tenth of a ms each. */
const ITEMS_PER_PIECE = 8;
const OPTIONS = { prettyErrors: true, uniqueKeys: true } as const;
/** Tokens around a document that leave it the only one, as it is. */
const AROUND = new Set(["byte-order-mark", "comment", "space", "newline"]);

type Clean = { value: unknown } | undefined;

/**
 * A document's syntax tree composed and turned into its value, if it has no error and no warning and its
 * aliases all have their anchors in it.
 */
function composed(doc: CST.Document): Clean {
  const composer = new Composer(OPTIONS);
  const docs = [...composer.next(doc), ...composer.end()];
  const [one] = docs;
  if (docs.length !== 1 || one?.errors.length !== 0 || one.warnings.length !== 0) return undefined;
  try {
    return { value: one.toJS() };
  } catch {
    return undefined;
  }
}

type MapItem = CST.BlockMap["items"][number];

/** A top-level entry as pieces to compose: a long list in runs of items, anything else whole. */
function piecesOf(item: MapItem): { item: MapItem; run: boolean }[] {
  const list = item.value;
  if (item.sep === undefined || list?.type !== "block-seq" || list.items.length <= ITEMS_PER_PIECE)
    return [{ item, run: false }];
  const pieces: { item: MapItem; run: boolean }[] = [];
  for (let i = 0; i < list.items.length; i += ITEMS_PER_PIECE)
    pieces.push({
      item: { ...item, value: { ...list, items: list.items.slice(i, i + ITEMS_PER_PIECE) } },
      run: true,
    });
  return pieces;
}

/**
 * A clean file's value, parsed in pieces: yaml's lexer and parser a few hundred tokens at a time, then, for a
 * top-level mapping, each entry composed on its own (a long list a few items at a time) and the values
 * joined. Undefined when the file has an error or a warning, is not one document, or its pieces do not
 * stand alone (an alias to an anchor in another piece, a key twice): parseDocument then reads it whole.
 */
function* composing(text: string): Sliced<Clean> {
  const parser = new Parser();
  const tokens: CST.Token[] = [];
  let lexemes = 0;
  for (const lexeme of new Lexer().lex(text)) {
    for (const token of parser.next(lexeme)) tokens.push(token);
    if (++lexemes % LEXEMES_PER_PIECE === 0) yield;
  }
  tokens.push(...parser.end());
  const docs = tokens.filter((t): t is CST.Document => t.type === "document");
  const [doc] = docs;
  if (!doc || docs.length !== 1 || tokens.some((t) => t !== doc && !AROUND.has(t.type))) return undefined;
  const root = doc.value;
  if (root?.type !== "block-map") return composed(doc);
  const value: Record<string, unknown> = {};
  /** Which entry each key came from: a key twice is a duplicate; a list's runs are one entry's. */
  const from = new Map<string, number>();
  for (const [n, entry] of root.items.entries()) {
    for (const { item, run } of piecesOf(entry)) {
      yield;
      // The map as if it began where this entry does (the composer measures keys from the map's start).
      const offset = item.start[0]?.offset ?? item.key?.offset ?? item.sep?.[0]?.offset ?? root.offset;
      const piece = composed({ ...doc, value: { ...root, offset, items: [item] } });
      if (!piece || typeof piece.value !== "object" || piece.value === null) return undefined;
      for (const [key, v] of Object.entries(piece.value as Record<string, unknown>)) {
        const seen = from.get(key);
        const joined =
          seen === undefined
            ? v
            : seen === n && run && Array.isArray(v) && Array.isArray(value[key])
              ? [...(value[key] as unknown[]), ...(v as unknown[])]
              : undefined;
        if (joined === undefined) return undefined;
        // An own property, as yaml makes it: assigning a key named __proto__ would set the prototype instead.
        Object.defineProperty(value, key, {
          value: joined,
          enumerable: true,
          writable: true,
          configurable: true,
        });
        from.set(key, n);
      }
    }
  }
  return { value };
}

/**
 * readYaml as sliced work: a file that is not in the cache is parsed in pieces of well under a millisecond,
 * so that a reload parsing a changed file on the thread that answers interactions never holds it for long.
 */
export function* readingYaml(shown: string, text: string): Sliced<YamlRead> {
  const key = keyOf(text);
  const hit = cached(key);
  if (hit !== undefined) return { ok: true, value: hit };
  const clean = yield* composing(text);
  yield;
  if (clean) {
    keep(key, clean.value);
    return { ok: true, value: clean.value };
  }
  const doc = parseDocument(text, OPTIONS);
  if (doc.errors.length > 0) {
    // The first error is the one to fix; the rest usually cascade from it.
    const [error] = doc.errors;
    const line = error?.linePos?.[0];
    const where = line ? `line ${line.line}, column ${line.col}` : "an unknown place";
    const message = (error?.message.split("\n")[0] ?? "").replace(/ at line \d+, column \d+:?$/, "");
    return { ok: false, problem: `${shown}: malformed YAML at ${where}: ${message}` };
  }
  const value: unknown = doc.toJS();
  keep(key, value);
  return { ok: true, value };
}
