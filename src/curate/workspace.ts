import fs from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { knowledgeDir, PROJECT_ROOT, sourcesDir } from "../paths.js";
import { SourcesFile, type Source } from "../knowledge/schema.js";

/** Where a curator's command works: the knowledge folder and the source texts folder. */
export interface Workspace {
  readonly knowledgeDir: string;
  readonly sourcesDir: string;
}

/** NOOTROPIC_KNOWLEDGE_DIR and NOOTROPIC_SOURCES_DIR, as the bot reads them; else the project's own folders. */
export function workspace(env: NodeJS.ProcessEnv = process.env): Workspace {
  return {
    knowledgeDir: knowledgeDir(env),
    sourcesDir: sourcesDir(env),
  };
}

/** A path as shown in messages: relative to the project when inside it. */
export function shown(file: string): string {
  const rel = path.relative(PROJECT_ROOT, file);
  return rel.startsWith("..") ? file : rel;
}

export const sourcesFile = (ws: Workspace) => path.join(ws.knowledgeDir, "sources.yaml");
export const compoundsDir = (ws: Workspace) => path.join(ws.knowledgeDir, "compounds");
export const draftsDir = (ws: Workspace) => path.join(ws.knowledgeDir, "drafts");

/** The registered sources (sources.yaml, validated). */
export function readSources(ws: Workspace): Source[] {
  return SourcesFile.parse(parse(fs.readFileSync(sourcesFile(ws), "utf8"))).sources;
}

/** A source's text, or undefined when it cannot be read. */
export function readSourceText(ws: Workspace, source: Source): string | undefined {
  try {
    return fs.readFileSync(path.join(ws.sourcesDir, source.file), "utf8");
  } catch {
    return undefined;
  }
}

/** The YAML files of a folder, sorted, as full paths; none when the folder is absent. */
export function yamlFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((n) => n.endsWith(".yaml"))
    .sort()
    .map((n) => path.join(dir, n));
}

/** The files holding quoted entries, and the lists inside each that hold them. */
export function quotedFiles(ws: Workspace): { file: string; lists: string[] }[] {
  return [
    ...yamlFiles(compoundsDir(ws)).map((file) => ({ file, lists: ["doses", "claims"] })),
    ...yamlFiles(draftsDir(ws)).map((file) => ({ file, lists: ["candidates"] })),
  ];
}
