import fs from "node:fs";
import path from "node:path";
import { textSha256 } from "../knowledge/version.js";
import { renderPair, type Value } from "./yaml-edit.js";
import { parseFlags, UsageError, type CurateVerb } from "./verb.js";
import { readSources, shown, sourcesFile, workspace, type Workspace } from "./workspace.js";

/** The kinds of source, as given on the command line, with how sources.yaml words them and a default trust note. */
export const SOURCE_KINDS: Readonly<Record<string, { kind: string; stance: string; note: string }>> = {
  promotional: {
    kind: "promotional article",
    stance: "promotional",
    note: "Promotional: written to sell or enthuse; its benefit claims need an evidence caveat.",
  },
  "research-overview": {
    kind: "research overview",
    stance: "research overview",
    note: "An overview of research: check what kind of study each claim rests on (human, animal, cell).",
  },
  "personal-review": {
    kind: "personal review",
    stance: "personal review",
    note: "One person's experience: what they report is personal experience, not a study.",
  },
  "supplement-blog": {
    kind: "supplement blog article",
    stance: "enthusiastic",
    note: "A supplement blog article: cites some studies, enthusiastic in tone.",
  },
  study: {
    kind: "study",
    stance: "study",
    note: "A study report: its population and design limit what it shows.",
  },
};

const USAGE = `add-source <file.txt> --id <id> --title "..." --kind <${Object.keys(SOURCE_KINDS).join("|")}> [--author NAME] [--date YYYY-MM-DD] [--url URL] [--note "trust note"] [--covers id,id]   copies a source text in and registers it`;

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export interface NewSource {
  file: string;
  id: string;
  title: string;
  kind: string;
  author?: string;
  date?: string;
  url?: string;
  note?: string;
  covers?: readonly string[];
  /** The date it is added (today by default). */
  added?: string;
}

/**
 * Appends the source to the texts folder's own list, sources.json, when it has one (sources.yaml must match it
 * in ids, files, titles, kinds, authors and dates), written as its other entries are.
 */
function listInSourcesJson(
  ws: Workspace,
  entry: Record<string, string | null | string[]>,
): string | undefined {
  const file = path.join(ws.sourcesDir, "sources.json");
  if (!fs.existsSync(file)) return undefined;
  const text = fs.readFileSync(file, "utf8");
  const listed = JSON.parse(text) as unknown[];
  const value = (v: string | null | string[]) =>
    Array.isArray(v) ? `[${v.map((x) => JSON.stringify(x)).join(", ")}]` : JSON.stringify(v);
  const body = Object.entries(entry)
    .map(([k, v]) => `    ${JSON.stringify(k)}: ${value(v)}`)
    .join(",\n");
  const item = `  {\n${body}\n  }`;
  const next = listed.length === 0 ? `[\n${item}\n]\n` : text.replace(/\s*\]\s*$/, `,\n${item}\n]\n`);
  JSON.parse(next);
  fs.writeFileSync(file, next);
  return file;
}

/** Copies the text into the source texts folder and appends its entry to sources.yaml (and sources.json); the lines to print. */
export function addSource(ws: Workspace, source: NewSource): string[] {
  if (!ID.test(source.id))
    throw new UsageError(`--id ${source.id}: use lower-case letters, digits and single hyphens`);
  const kind = SOURCE_KINDS[source.kind];
  if (!kind) throw new UsageError(`--kind ${source.kind}: one of ${Object.keys(SOURCE_KINDS).join(", ")}`);
  if (source.date && !/^\d{4}-\d{2}-\d{2}$/.test(source.date))
    throw new UsageError(`--date ${source.date}: a date such as 2020-11-02`);
  if (source.url && !/^https?:\/\/\S+$/.test(source.url)) throw new UsageError(`--url: an http(s) URL`);
  let text: string;
  try {
    text = fs.readFileSync(source.file, "utf8");
  } catch (error) {
    throw new UsageError(
      `${source.file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    );
  }
  if (text.trim() === "") throw new UsageError(`${source.file}: is empty`);
  if (text.includes("\uFFFD")) throw new UsageError(`${source.file}: is not UTF-8 text`);
  const existing = readSources(ws);
  if (existing.some((s) => s.id === source.id))
    throw new UsageError(`a source '${source.id}' is already registered in ${shown(sourcesFile(ws))}`);
  const name = `${source.id}.txt`;
  const target = path.join(ws.sourcesDir, name);
  if (fs.existsSync(target) && fs.readFileSync(target, "utf8") !== text)
    throw new UsageError(`${target} already exists with another text; choose another --id`);
  try {
    fs.mkdirSync(ws.sourcesDir, { recursive: true });
    fs.writeFileSync(target, text);
  } catch (error) {
    throw new Error(
      `${target}: cannot be written (${(error as NodeJS.ErrnoException).code ?? String(error)}); set NOOTROPIC_SOURCES_DIR to a folder you can write`,
    );
  }
  const entry: [string, Value][] = [
    ["title", source.title],
    ["author", source.author ?? null],
    ["published", source.date ?? null],
    ["kind", kind.kind],
    ["stance", kind.stance],
    ["trust", source.note ?? kind.note],
    ["file", name],
    ["covers", [...(source.covers ?? [])]],
    ...(source.url ? ([["url", source.url]] as [string, Value][]) : []),
    ["sha256", textSha256(text)],
    ["added", source.added ?? new Date().toISOString().slice(0, 10)],
  ];
  const json = listInSourcesJson(ws, {
    id: source.id,
    file: name,
    title: source.title,
    author: source.author ?? null,
    published: source.date ?? null,
    kind: kind.kind,
    covers: [...(source.covers ?? [])],
    note: source.note ?? kind.note,
  });
  const file = sourcesFile(ws);
  const yaml = fs.readFileSync(file, "utf8");
  const lines = `  - id: ${source.id}\n${entry.map(([k, v]) => renderPair(k, v, 4)).join("")}`;
  fs.writeFileSync(file, `${yaml}${yaml.endsWith("\n") ? "" : "\n"}${lines}`);
  return [
    `Copied ${source.file} to ${target} (${text.length} characters, sha256 ${textSha256(text).slice(0, 12)}…).`,
    `Registered '${source.id}' in ${shown(file)} as a ${kind.kind}${json ? ` and listed it in ${json}` : ""}.`,
    `Next: npm run curate -- draft ${source.id} [--compound "Name"] to draft its claims.`,
  ];
}

export const addSourceVerb: CurateVerb = {
  name: "add-source",
  usage: USAGE,
  run({ args, out }) {
    const spec = {
      id: "value",
      title: "value",
      kind: "value",
      author: "value",
      date: "value",
      url: "value",
      note: "value",
      covers: "value",
    } as const;
    const { flags, positional } = parseFlags(args, spec);
    const [file, extra] = positional;
    const value = (name: keyof typeof spec) => (typeof flags[name] === "string" ? flags[name] : undefined);
    const id = value("id");
    const title = value("title");
    const kind = value("kind");
    if (!file || extra !== undefined) throw new UsageError("takes one text file");
    if (!id || !title || !kind) throw new UsageError("--id, --title and --kind are required");
    const covers = value("covers")
      ?.split(",")
      .map((c) => c.trim())
      .filter(Boolean);
    addSource(workspace(), {
      file,
      id,
      title,
      kind,
      author: value("author"),
      date: value("date"),
      url: value("url"),
      note: value("note"),
      covers,
    }).forEach((line) => out(line));
    return Promise.resolve(0);
  },
};
