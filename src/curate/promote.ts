import fs from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { normalizeName } from "../knowledge/normalize.js";
import type { RawEntry } from "./entries.js";
import { appendListItem, editYaml, removeListItems, renderPair, type Value } from "./yaml-edit.js";
import { compoundsDir, readSources, sourcesFile, type Workspace } from "./workspace.js";

/** A drafts file's header: its source, who drafted it, and the new compounds it names. */
export interface DraftsHeader {
  source: string;
  author?: string;
  compounds?: { id: string; name: string; aliases?: string[]; class?: string; summary?: string }[];
}

export const readHeader = (file: string) => parse(fs.readFileSync(file, "utf8")) as DraftsHeader;

/** The files a promotion writes, with their text before, so that a failed check can put them back. */
export type Backup = Map<string, string | undefined>;

function write(backup: Backup, file: string, text: string): void {
  if (!backup.has(file)) backup.set(file, fs.existsSync(file) ? fs.readFileSync(file, "utf8") : undefined);
  fs.writeFileSync(file, text);
}

export function restore(backup: Backup): void {
  for (const [file, text] of backup) {
    if (text === undefined) fs.rmSync(file, { force: true });
    else fs.writeFileSync(file, text);
  }
}

/** The entry's lines as a list item of a compound file, reviewed. */
function itemText(data: RawEntry["data"], review: Record<string, Value>): string {
  const fields = Object.entries(data).filter(([k]) => k !== "compound" && !(k in review)) as [
    string,
    Value,
  ][];
  const lines = [...fields, ...Object.entries(review)].map(([k, v]) => renderPair(k, v, 4)).join("");
  return `  - ${lines.trimStart()}`;
}

/**
 * Where a promoted candidate went, as the knowledge's problems name it ("…/compounds/x.yaml: claims[3]"), so
 * that a failed check can be said about the candidate the curator edits instead.
 */
export function placeOf(ws: Workspace, entry: RawEntry): string {
  const compoundId = String(entry.data.compound ?? "");
  const list = "min" in entry.data ? "doses" : "claims";
  const file = path.join(compoundsDir(ws), `${compoundId}.yaml`);
  const items = fs.existsSync(file)
    ? ((parse(fs.readFileSync(file, "utf8")) as Record<string, unknown[] | undefined>)[list] ?? [])
    : [];
  return `${file}: ${list}[${Math.max(0, items.length - 1)}]`;
}

/**
 * Moves a reviewed candidate from its drafts file into its compound's file (creating the file for a new
 * compound from the drafts header, and taking its names out of not-covered.yaml), and lists the compound
 * in its source's `covers`. Returns what it did, one line each.
 */
export function promote(
  ws: Workspace,
  entry: RawEntry,
  review: Record<string, Value>,
  backup: Backup,
): string[] {
  const done: string[] = [];
  const header = readHeader(entry.file);
  const compoundId = String(entry.data.compound ?? "");
  const isDose = "min" in entry.data;
  const file = path.join(compoundsDir(ws), `${compoundId}.yaml`);
  const item = itemText(entry.data, review);
  if (fs.existsSync(file)) {
    write(backup, file, appendListItem(fs.readFileSync(file, "utf8"), isDose ? "doses" : "claims", item));
    done.push(`added to ${compoundId}.yaml ${isDose ? "doses" : "claims"}`);
  } else {
    const fresh = header.compounds?.find((c) => c.id === compoundId);
    if (!fresh)
      throw new Error(`no compound '${compoundId}': name it with draft --compound, or fix compound:`);
    if (!fresh.class?.trim() || !fresh.summary?.trim())
      throw new Error(
        `write the class and summary of the new compound '${compoundId}' in the drafts file first`,
      );
    if (isDose)
      throw new Error(`review a claim of the new compound '${compoundId}' first: a compound needs a claim`);
    const head = ["id", "name", "aliases", "class", "summary"].map((k) =>
      renderPair(k, (fresh as unknown as Record<string, Value>)[k] ?? [], 0),
    );
    write(backup, file, `${head.join("")}\ndoses: []\n\nclaims:\n${item}`);
    done.push(`created compounds/${compoundId}.yaml`);
    const notCoveredFile = path.join(ws.knowledgeDir, "not-covered.yaml");
    const listed = (
      parse(fs.readFileSync(notCoveredFile, "utf8")) as { compounds: { name: string; aliases?: string[] }[] }
    ).compounds;
    const names = new Set([fresh.name, fresh.id, ...(fresh.aliases ?? [])].map(normalizeName));
    const gone = listed.flatMap((e, i) =>
      [e.name, ...(e.aliases ?? [])].some((n) => names.has(normalizeName(n))) ? [i] : [],
    );
    if (gone.length > 0) {
      write(
        backup,
        notCoveredFile,
        removeListItems(fs.readFileSync(notCoveredFile, "utf8"), "compounds", gone),
      );
      done.push(`took ${gone.map((i) => listed[i]!.name).join(", ")} out of not-covered.yaml`);
    }
  }
  const sources = readSources(ws);
  const at = sources.findIndex((s) => s.id === entry.data.source);
  if (at >= 0 && !sources[at]!.covers.includes(compoundId)) {
    const registry = sourcesFile(ws);
    const covers = [...sources[at]!.covers, compoundId];
    write(
      backup,
      registry,
      editYaml(fs.readFileSync(registry, "utf8"), [{ path: ["sources", at], set: { covers } }]),
    );
    done.push(`listed ${compoundId} in the covers of '${entry.data.source}'`);
  }
  let drafts = removeListItems(fs.readFileSync(entry.file, "utf8"), "candidates", [entry.path[1]]);
  const headerAt = header.compounds?.findIndex((c) => c.id === compoundId) ?? -1;
  if (headerAt >= 0) drafts = removeListItems(drafts, "compounds", [headerAt]);
  write(backup, entry.file, drafts);
  return done;
}
