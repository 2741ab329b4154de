import fs from "node:fs";
import path from "node:path";
import { knowledgeDir, PROJECT_ROOT, sourcesDir } from "../paths.js";
import {
  KnowledgeError,
  parseKnowledge,
  parsing,
  type KnowledgeFile,
  type KnowledgeInput,
  type ParseMemo,
} from "./parse.js";
import { SourcesFile, type Knowledge, type Source } from "./schema.js";
import { knowledgeVersion } from "./version.js";
import { readYaml } from "./yaml.js";
import { runWhole, type Sliced } from "../slices.js";

function display(file: string): string {
  const rel = path.relative(PROJECT_ROOT, file);
  return rel.startsWith("..") ? file : rel;
}

/** Files read before, by path: a file whose size and modification time are unchanged is not read again. */
export type ReadCache = Map<string, { size: number; mtimeMs: number; text: string }>;

function readFile(file: string, cache?: ReadCache): KnowledgeFile {
  try {
    if (!cache) return { path: display(file), text: fs.readFileSync(file, "utf8") };
    const stat = fs.statSync(file);
    const kept = cache.get(file);
    if (kept && kept.size === stat.size && kept.mtimeMs === stat.mtimeMs)
      return { path: display(file), text: kept.text };
    const text = fs.readFileSync(file, "utf8");
    cache.set(file, { size: stat.size, mtimeMs: stat.mtimeMs, text });
    return { path: display(file), text };
  } catch (error) {
    throw new KnowledgeError([
      `${display(file)}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    ]);
  }
}

/** Reads the knowledge folder: sources.yaml, not-covered.yaml, subjects.yaml and compounds/*.yaml. */
export function readKnowledgeFiles(dir: string = knowledgeDir(), cache?: ReadCache): KnowledgeInput {
  return runWhole(readingFiles(dir, cache));
}

/** readKnowledgeFiles as sliced work: it yields every few dozen files. */
export function* readingFiles(dir: string = knowledgeDir(), cache?: ReadCache): Sliced<KnowledgeInput> {
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
  const compounds: KnowledgeFile[] = [];
  for (const [i, name] of names.entries()) {
    if (i % 64 === 63) yield;
    compounds.push(readFile(path.join(compoundsDir, name), cache));
  }
  return {
    sources: readFile(path.join(dir, "sources.yaml"), cache),
    notCovered: readFile(path.join(dir, "not-covered.yaml"), cache),
    subjects: readFile(path.join(dir, "subjects.yaml"), cache),
    compounds,
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

/** The version of the knowledge folder (every YAML file in it, by its path inside it) and of the source texts. */
export function versionOf(
  input: KnowledgeInput,
  dir: string,
  memo?: Map<string, { text: string; hash: string }>,
  texts?: string,
): string {
  const files = [
    { path: "sources.yaml", text: input.sources.text },
    { path: "not-covered.yaml", text: input.notCovered.text },
    { path: "subjects.yaml", text: input.subjects.text },
    ...input.compounds.map((f) => ({ path: `compounds/${path.basename(f.path)}`, text: f.text })),
  ];
  // The other files answers read (other-drugs.yaml, the vocabulary files): every top-level YAML file.
  for (const name of fs
    .readdirSync(dir)
    .filter((n) => n.endsWith(".yaml"))
    .sort()) {
    if (!files.some((f) => f.path === name))
      files.push({ path: name, text: fs.readFileSync(path.join(dir, name), "utf8") });
  }
  // The source texts the quotes are checked against: a text edited under a quote makes a new version, which
  // the quote check then refuses, not the same version answering from words that are gone.
  if (texts !== undefined && fs.existsSync(texts))
    for (const name of fs.readdirSync(texts).sort()) {
      const file = path.join(texts, name);
      if (fs.statSync(file).isFile())
        files.push({ path: `sources/${name}`, text: fs.readFileSync(file, "utf8") });
    }
  return knowledgeVersion(files, memo);
}

export interface LoadOptions {
  dir?: string;
  sourcesDir?: string;
  /** "required": a missing sources folder is a problem; "if-present": the quote check is skipped without it. */
  quotes?: "required" | "if-present";
  /** Kept between loads (a reload): what did not change is not parsed or checked again. */
  memo?: ParseMemo & {
    texts?: ReadonlyMap<string, string>;
    hashes?: Map<string, { text: string; hash: string }>;
    files?: ReadCache;
  };
}

export interface LoadedKnowledge {
  /** Every entry, whatever its review status (answers use publishedKnowledge of it). */
  knowledge: Knowledge;
  /** A hash of the files it was read from (src/knowledge/version.ts), the same on every replica that has them. */
  version: string;
  quoteCheck: { status: "passed"; dir: string; quotes: number } | { status: "skipped"; dir: string };
}

/** Reads, validates and quote-checks the knowledge. Throws KnowledgeError naming every problem. */
export function loadKnowledge(options: LoadOptions = {}): LoadedKnowledge {
  return runWhole(loading(options));
}

/**
 * loadKnowledge as sliced work (a reload on the answering thread): it yields every few files or compounds.
 * `input`: the files, when the caller read them already; `known`: their version, when it worked it out too.
 */
export function* loading(
  options: LoadOptions = {},
  input?: KnowledgeInput,
  known?: string,
): Sliced<LoadedKnowledge> {
  input ??= yield* readingFiles(options.dir, options.memo?.files);
  const version =
    known ??
    versionOf(input, options.dir ?? knowledgeDir(), options.memo?.hashes, options.sourcesDir ?? sourcesDir());
  yield;
  const sourcesRead = readYaml(input.sources.path, input.sources.text);
  const registered = SourcesFile.safeParse(sourcesRead.ok ? sourcesRead.value : undefined);
  // The sources are read as registered; a registry with problems is parsed in full to name them.
  const sources = registered.success ? registered.data.sources : parseKnowledge(input).sources;
  const texts = readSourceTexts(sources, options.sourcesDir ?? sourcesDir());
  if (texts.status === "missing") {
    if (options.quotes === "required") {
      throw new KnowledgeError([
        `${texts.dir}: source texts folder not found, so the quotes cannot be checked`,
      ]);
    }
    const unchecked = yield* parsing(input, undefined, options.memo);
    return { knowledge: unchecked, version, quoteCheck: { status: "skipped", dir: texts.dir } };
  }
  const memo = options.memo;
  const same =
    memo?.texts !== undefined &&
    memo.texts.size === texts.texts.size &&
    [...texts.texts].every(([id, text]) => memo.texts!.get(id) === text);
  const sourceTexts = same ? memo.texts! : texts.texts;
  if (memo) memo.texts = sourceTexts;
  const knowledge = yield* parsing(input, sourceTexts, memo);
  const quotes = knowledge.compounds.reduce((n, c) => n + c.doses.length + c.claims.length, 0);
  return { knowledge, version, quoteCheck: { status: "passed", dir: texts.dir, quotes } };
}
