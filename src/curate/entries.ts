import fs from "node:fs";
import { parse } from "yaml";
import type { Anchor, Claim, Dose, Quote } from "../knowledge/schema.js";
import { entryVersion } from "../knowledge/version.js";
import { quotedFiles, type Workspace } from "./workspace.js";

/** One quoted entry as written in its file (a dose, a claim or a drafted candidate), and where it is. */
export interface RawEntry {
  readonly file: string;
  readonly path: readonly [string, number];
  readonly data: {
    source?: string;
    quote?: Quote;
    anchor?: Anchor[];
    statement?: string;
    status?: string;
    author?: string;
    reviewer?: string;
    reviewed?: string;
    compound?: string;
    [key: string]: unknown;
  };
  /** The entry's id: its version (src/knowledge/version.ts). */
  readonly version: string;
}

/** Every quoted entry of the knowledge folder, drafts included, file by file. */
export function readEntries(ws: Workspace): { file: string; text: string; entries: RawEntry[] }[] {
  return quotedFiles(ws).map(({ file, lists }) => {
    const text = fs.readFileSync(file, "utf8");
    const doc = (parse(text) ?? {}) as Record<string, unknown>;
    const entries: RawEntry[] = [];
    for (const list of lists) {
      const items = doc[list];
      if (!Array.isArray(items)) continue;
      items.forEach((data: RawEntry["data"], i) => {
        if (typeof data?.source !== "string" || data.quote === undefined) return;
        entries.push({ file, path: [list, i], data, version: entryVersion(data as unknown as Claim | Dose) });
      });
    }
    return { file, text, entries };
  });
}
