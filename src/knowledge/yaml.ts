import { createHash } from "node:crypto";
import { Composer, Lexer, Parser, parseDocument, type Document } from "yaml";
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
const OPTIONS = { prettyErrors: true, uniqueKeys: true } as const;

/**
 * A clean file's document, parsed in pieces (yaml's lexer, parser and composer, a few hundred tokens at a
 * time): undefined when it has errors or warnings or is not one document, for parseDocument to describe.
 */
function* composing(text: string): Sliced<Document.Parsed | undefined> {
  const parser = new Parser();
  const composer = new Composer(OPTIONS);
  const docs: Document.Parsed[] = [];
  let lexemes = 0;
  for (const lexeme of new Lexer().lex(text)) {
    for (const token of parser.next(lexeme)) docs.push(...composer.next(token));
    if (++lexemes % LEXEMES_PER_PIECE === 0) yield;
  }
  for (const token of parser.end()) docs.push(...composer.next(token));
  docs.push(...composer.end(true, text.length));
  const [doc] = docs;
  return docs.length === 1 && doc?.errors.length === 0 && doc.warnings.length === 0 ? doc : undefined;
}

/**
 * readYaml as sliced work: a file that is not in the cache is parsed a few hundred tokens at a time, so that
 * a reload parsing a changed file on the thread that answers interactions never holds it for long.
 */
export function* readingYaml(shown: string, text: string): Sliced<YamlRead> {
  const key = keyOf(text);
  const hit = cached(key);
  if (hit !== undefined) return { ok: true, value: hit };
  const doc = (yield* composing(text)) ?? parseDocument(text, OPTIONS);
  yield;
  if (doc.errors.length > 0) {
    // The first error is the one to fix; the rest usually cascade from it.
    const [error] = doc.errors;
    const line = error?.linePos?.[0];
    const where = line ? `line ${line.line}, column ${line.col}` : "an unknown place";
    const message = (error?.message.split("\n")[0] ?? "").replace(/ at line \d+, column \d+:?$/, "");
    return { ok: false, problem: `${shown}: malformed YAML at ${where}: ${message}` };
  }
  const value: unknown = doc.toJS();
  yield;
  keep(key, value);
  return { ok: true, value };
}
