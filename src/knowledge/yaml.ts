import { createHash } from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { parseDocument } from "yaml";
import { PROJECT_ROOT } from "../paths.js";

/**
 * Reading the knowledge's YAML, in one place. Parsing YAML is most of what a process spends on starting
 * (about half a second for the knowledge folder, cold); the same text always parses to the same value, so
 * each parsed file is kept as JSON under node_modules/.cache, named by a hash of its text and of the YAML
 * library's version, and read back in microseconds by the next process. Only a file that parsed cleanly is
 * kept; validation still runs on every value, cached or not. Where the cache cannot be written (a read-only
 * install) every read simply parses.
 */

export type YamlRead = { ok: true; value: unknown } | { ok: false; problem: string };

const CACHE_DIR = path.join(PROJECT_ROOT, "node_modules", ".cache", "nootropic-bot", "yaml");
/** Older entries are removed when there are more than this many (each is one file's parsed value). */
const MAX_ENTRIES = 400;

const LIBRARY = (() => {
  try {
    return String((createRequire(import.meta.url)("yaml/package.json") as { version?: unknown }).version);
  } catch {
    return "unknown";
  }
})();

function keyOf(text: string): string {
  return createHash("sha256").update(`yaml ${LIBRARY}\0${text}`).digest("hex");
}

function cached(key: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(path.join(CACHE_DIR, `${key}.json`), "utf8")) as unknown;
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
  if (json === undefined) return;
  try {
    fs.mkdirSync(CACHE_DIR, { recursive: true });
    const file = path.join(CACHE_DIR, `${key}.json`);
    // Written beside, then renamed: a process reading at the same moment sees the whole file or none.
    const temporary = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, json);
    fs.renameSync(temporary, file);
    prune();
  } catch {
    // A read-only install: nothing is kept, and the next process parses again.
  }
}

function prune(): void {
  const names = fs.readdirSync(CACHE_DIR).filter((n) => n.endsWith(".json"));
  if (names.length <= MAX_ENTRIES) return;
  const byAge = names
    .map((n) => ({ n, at: fs.statSync(path.join(CACHE_DIR, n)).mtimeMs }))
    .sort((a, b) => a.at - b.at);
  for (const { n } of byAge.slice(0, names.length - MAX_ENTRIES))
    fs.rmSync(path.join(CACHE_DIR, n), { force: true });
}

/** Parses one YAML file's text (shown as `shown` in messages): its value, or the first error with its place. */
export function readYaml(shown: string, text: string): YamlRead {
  const key = keyOf(text);
  const hit = cached(key);
  if (hit !== undefined) return { ok: true, value: hit };
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
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
