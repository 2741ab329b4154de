import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { PROJECT_ROOT } from "./paths.js";

/**
 * A folder of files under node_modules/.cache/nootropic-bot/, each named by a key its caller derives from
 * what the file holds (a hash of the input and of the library that made it), so a file never goes stale: what
 * one process worked out, the next reads back. Writes land whole (written beside, then renamed) and the
 * oldest files go past a bound (down to three quarters of it). Where the folder cannot be written (a
 * read-only install) nothing is kept and callers work it out again.
 */
export interface FileCache {
  /** The file for a key (it may not exist). */
  fileOf(key: string): string;
  /** The bytes kept for a key, or undefined. */
  read(key: string): Buffer | undefined;
  /** Keeps bytes for a key; never throws. */
  write(key: string, data: string | Uint8Array): void;
}

export function fileCache(name: string, extension: string, maxEntries: number): FileCache {
  const dir = path.join(PROJECT_ROOT, "node_modules", ".cache", "nootropic-bot", name);
  const fileOf = (key: string) => path.join(dir, `${key}${extension}`);
  const listed = () => fs.readdirSync(dir).filter((n) => n.endsWith(extension));
  /**
   * Past the bound, the oldest files go, down to three quarters of it: listing and dating every file (a few
   * ms for a few hundred) is then done once every quarter of the bound's writes, not on every write (a
   * reload's or a chart's write runs between interactions). Returns the files left.
   */
  const prune = (): number => {
    const names = listed();
    if (names.length <= maxEntries) return names.length;
    const keep = Math.max(1, Math.floor(maxEntries * 0.75));
    const byAge = names
      .map((n) => ({ n, at: fs.statSync(path.join(dir, n)).mtimeMs }))
      .sort((a, b) => a.at - b.at);
    for (const { n } of byAge.slice(0, names.length - keep)) fs.rmSync(path.join(dir, n), { force: true });
    return keep;
  };
  /** Files in the folder when this process last listed it, plus those it wrote since (others may write too). */
  let count: number | undefined;
  return {
    fileOf,
    read(key) {
      try {
        return fs.readFileSync(fileOf(key));
      } catch {
        return undefined;
      }
    },
    write(key, data) {
      try {
        fs.mkdirSync(dir, { recursive: true });
        const file = fileOf(key);
        // Written beside, then renamed: a process reading at the same moment sees the whole file or none.
        const temporary = `${file}.${process.pid}.tmp`;
        fs.writeFileSync(temporary, data);
        fs.renameSync(temporary, file);
        count = (count ?? listed().length - 1) + 1;
        if (count > maxEntries) count = prune();
      } catch {
        // A read-only install: nothing is kept.
      }
    },
  };
}

/** An installed package's version, for cache keys ("unknown" when it cannot be read). */
export function packageVersion(name: string): string {
  try {
    return String((createRequire(import.meta.url)(`${name}/package.json`) as { version?: unknown }).version);
  } catch {
    return "unknown";
  }
}
