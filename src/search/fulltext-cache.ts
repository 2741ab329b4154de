import fs from "node:fs";
import path from "node:path";
import type { Knowledge } from "../knowledge/schema.js";
import { loadFullText, serializeFullText } from "./fulltext-file.js";
import type { FullTextIndex } from "./fulltext.js";

/**
 * Where a built full-text index is kept between runs: one file per knowledge version in a folder
 * (`npm run build` writes dist/index/). Reading a missing, unreadable or mismatched file gives undefined,
 * and the caller builds the index instead.
 */

export const fullTextFile = (dir: string, version: string) => path.join(dir, `fulltext-${version}.bin`);

export function readFullText(
  dir: string,
  knowledge: Pick<Knowledge, "compounds">,
  version: string,
): FullTextIndex | undefined {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(fullTextFile(dir, version));
  } catch {
    return undefined;
  }
  return loadFullText(bytes, knowledge, version);
}

/** Writes the index's file (whole or not at all: written beside it, then renamed); returns its path. */
export function writeFullText(
  dir: string,
  index: FullTextIndex,
  knowledge: Pick<Knowledge, "compounds">,
  version: string,
): string {
  fs.mkdirSync(dir, { recursive: true });
  const file = fullTextFile(dir, version);
  const partial = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(partial, serializeFullText(index, knowledge, version));
  fs.renameSync(partial, file);
  return file;
}
