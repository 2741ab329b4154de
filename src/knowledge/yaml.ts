import { createHash } from "node:crypto";
import { parseDocument } from "yaml";
import { fileCache, packageVersion } from "../file-cache.js";

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
