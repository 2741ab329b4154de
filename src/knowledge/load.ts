import fs from "node:fs";
import path from "node:path";
import { KNOWLEDGE_DIR, PROJECT_ROOT, sourcesDir } from "../paths.js";
import { KnowledgeError, parseKnowledge, type KnowledgeFile, type KnowledgeInput } from "./parse.js";
import type { Knowledge, Source } from "./schema.js";

function display(file: string): string {
  const rel = path.relative(PROJECT_ROOT, file);
  return rel.startsWith("..") ? file : rel;
}

function readFile(file: string): KnowledgeFile {
  try {
    return { path: display(file), text: fs.readFileSync(file, "utf8") };
  } catch (error) {
    throw new KnowledgeError([
      `${display(file)}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    ]);
  }
}

/** Reads the knowledge folder: sources.yaml, not-covered.yaml, subjects.yaml and compounds/*.yaml. */
export function readKnowledgeFiles(dir: string = KNOWLEDGE_DIR): KnowledgeInput {
  const compoundsDir = path.join(dir, "compounds");
  let names: string[];
  try {
    names = fs
      .readdirSync(compoundsDir)
      .filter((n) => n.endsWith(".yaml"))
      .sort();
  } catch {
    throw new KnowledgeError([`${display(compoundsDir)}: folder cannot be read`]);
  }
  return {
    sources: readFile(path.join(dir, "sources.yaml")),
    notCovered: readFile(path.join(dir, "not-covered.yaml")),
    subjects: readFile(path.join(dir, "subjects.yaml")),
    compounds: names.map((n) => readFile(path.join(compoundsDir, n))),
  };
}

export type SourceTexts =
  { status: "loaded"; dir: string; texts: ReadonlyMap<string, string> } | { status: "missing"; dir: string };

/** Reads each registered source's text from dir; "missing" when the folder itself is absent. */
export function readSourceTexts(sources: readonly Source[], dir: string = sourcesDir()): SourceTexts {
  if (!fs.existsSync(dir)) return { status: "missing", dir };
  const texts = new Map<string, string>();
  const problems: string[] = [];
  for (const source of sources) {
    const file = path.join(dir, source.file);
    try {
      texts.set(source.id, fs.readFileSync(file, "utf8"));
    } catch {
      problems.push(`${file}: the text of source '${source.id}' cannot be read`);
    }
  }
  if (problems.length > 0) throw new KnowledgeError(problems);
  return { status: "loaded", dir, texts };
}

export interface LoadOptions {
  dir?: string;
  sourcesDir?: string;
  /** "required": a missing sources folder is a problem; "if-present": the quote check is skipped without it. */
  quotes?: "required" | "if-present";
}

export interface LoadedKnowledge {
  knowledge: Knowledge;
  quoteCheck: { status: "passed"; dir: string; quotes: number } | { status: "skipped"; dir: string };
}

/** Reads, validates and quote-checks the knowledge. Throws KnowledgeError naming every problem. */
export function loadKnowledge(options: LoadOptions = {}): LoadedKnowledge {
  const input = readKnowledgeFiles(options.dir);
  const unchecked = parseKnowledge(input);
  const texts = readSourceTexts(unchecked.sources, options.sourcesDir ?? sourcesDir());
  if (texts.status === "missing") {
    if (options.quotes === "required") {
      throw new KnowledgeError([
        `${texts.dir}: source texts folder not found, so the quotes cannot be checked`,
      ]);
    }
    return { knowledge: unchecked, quoteCheck: { status: "skipped", dir: texts.dir } };
  }
  const knowledge = parseKnowledge(input, texts.texts);
  const quotes = knowledge.compounds.reduce((n, c) => n + c.doses.length + c.claims.length, 0);
  return { knowledge, quoteCheck: { status: "passed", dir: texts.dir, quotes } };
}
