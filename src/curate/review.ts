import fs from "node:fs";
import { loadKnowledge } from "../knowledge/load.js";
import { KnowledgeError } from "../knowledge/parse.js";
import { readEntries, type RawEntry } from "./entries.js";
import { placeOf, promote, readHeader, restore, type Backup } from "./promote.js";
import { parseFlags, UsageError, type CurateVerb } from "./verb.js";
import { editYaml } from "./yaml-edit.js";
import { shown, workspace, type Workspace } from "./workspace.js";

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** Finds an entry by its id (or the start of it, 6 characters at least). */
export function findEntry(ws: Workspace, id: string): RawEntry | undefined {
  if (id.length < 6) return undefined;
  const matches = readEntries(ws)
    .flatMap((f) => f.entries)
    .filter((e) => e.version.startsWith(id.toLowerCase()));
  return matches.length === 1 ? matches[0] : undefined;
}

/** Who wrote an entry: its own author, or (a drafted candidate) the drafts file's. */
export function authorOf(entry: RawEntry): string | undefined {
  if (entry.data.author) return entry.data.author;
  return entry.path[0] === "candidates" ? readHeader(entry.file).author : undefined;
}

export interface ReviewResult {
  ok: boolean;
  lines: string[];
}

/**
 * Marks an entry reviewed by `by`: refused when `by` wrote it, when a candidate has no statement yet, or when
 * the knowledge would then fail its checks (the files are put back as they were).
 */
export function review(ws: Workspace, id: string, by: string): ReviewResult {
  const entry = findEntry(ws, id);
  if (!entry)
    return { ok: false, lines: [`No entry has the id ${id}: npm run curate -- pending lists them.`] };
  const author = authorOf(entry);
  const where = `${shown(entry.file)} ${entry.path[0]}[${entry.path[1]}]`;
  if (!author) return { ok: false, lines: [`Refused: ${where} names no author.`] };
  if (same(author, by))
    return { ok: false, lines: [`Refused: ${by} wrote ${where}; an entry is reviewed by someone else.`] };
  if (entry.data.status === "reviewed" && entry.data.reviewed === entry.version)
    return { ok: true, lines: [`${where} is already reviewed, by ${entry.data.reviewer}.`] };
  const review = { status: "reviewed", author, reviewer: by, reviewed: entry.version };
  const backup: Backup = new Map();
  let done: string[];
  let placed: string | undefined;
  try {
    if (entry.path[0] === "candidates") {
      const written = "min" in entry.data ? entry.data.purpose : entry.data.statement;
      if (typeof written !== "string" || written.trim() === "")
        return {
          ok: false,
          lines: [`Refused: ${where} has no ${"min" in entry.data ? "purpose" : "statement"} yet.`],
        };
      done = promote(ws, entry, review, backup);
      placed = placeOf(ws, entry);
    } else {
      const text = fs.readFileSync(entry.file, "utf8");
      backup.set(entry.file, text);
      fs.writeFileSync(entry.file, editYaml(text, [{ path: entry.path, set: review }]));
      done = [`marked reviewed in ${shown(entry.file)}`];
    }
    loadKnowledge({ dir: ws.knowledgeDir, sourcesDir: ws.sourcesDir, quotes: "required" });
  } catch (error) {
    restore(backup);
    // A candidate's problems are said where the curator fixes it: its drafts file, not the compound file.
    const said = (p: string) => (placed && p.startsWith(placed) ? `${where}${p.slice(placed.length)}` : p);
    const problems = error instanceof KnowledgeError ? error.problems.map((p) => `- ${said(p)}`) : [];
    const message =
      error instanceof KnowledgeError
        ? "the knowledge would fail its checks:"
        : String((error as Error).message);
    return { ok: false, lines: [`Not reviewed (nothing changed): ${message}`, ...problems] };
  }
  return { ok: true, lines: [`Reviewed ${entry.version} by ${by} (author ${author}): ${done.join("; ")}.`] };
}

export const reviewVerb: CurateVerb = {
  name: "review",
  usage:
    "review <claim-id> --by NAME   marks a claim or dose reviewed (never by its author) and, for a draft, moves it into its compound",
  run({ args, out, err }) {
    const { flags, positional } = parseFlags(args, { by: "value" });
    const [id, extra] = positional;
    if (!id || extra !== undefined) throw new UsageError("takes one claim id");
    if (typeof flags.by !== "string") throw new UsageError("--by NAME (the reviewer) is required");
    const result = review(workspace(), id, flags.by);
    result.lines.forEach((l) => (result.ok ? out(l) : err(l)));
    return Promise.resolve(result.ok ? 0 : 1);
  },
};
