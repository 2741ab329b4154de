import type { z } from "zod";
import { Compound, NotCoveredFile, SourcesFile, SubjectsFile, type Knowledge } from "./schema.js";
import { subjectChecks, type SubjectMemo } from "./subjects.js";
import { crossFileChecks } from "./rules.js";
import { runWhole, type Sliced } from "../slices.js";
import { faithfulnessProblems } from "./faithful.js";
import { reviewProblems } from "./review.js";
import { quoteProblems } from "./quote-check.js";
import { anchorProblems, sourceHashProblems } from "./anchor-check.js";
import { readingYaml } from "./yaml.js";

/** One knowledge file: its path as shown in messages (e.g. "knowledge/compounds/noopept.yaml") and its text. */
export interface KnowledgeFile {
  path: string;
  text: string;
}

export interface KnowledgeInput {
  sources: KnowledgeFile;
  notCovered: KnowledgeFile;
  /** knowledge/subjects.yaml: the subjects a member can ask about, and their words. */
  subjects: KnowledgeFile;
  compounds: readonly KnowledgeFile[];
}

/** Everything wrong with the knowledge, one line a problem, each naming the file and the path inside it. */
export class KnowledgeError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(
      `The knowledge files have ${problems.length} problem(s):\n${problems.map((p) => `- ${p}`).join("\n")}`,
    );
    this.name = "KnowledgeError";
  }
}

/**
 * What a reload keeps from the last load: the compound parsed from each file (by path and text), and each
 * compound's check results, so that a reload parses and checks only what changed.
 */
export interface ParseMemo {
  /** By file path: its text when parsed, and the compound. */
  compounds: Map<string, { text: string; compound: Compound }>;
  quotes: WeakMap<Compound, { key: unknown; problems: string[] }>;
  rules: WeakMap<Compound, { key: unknown; problems: string[] }>;
  review: WeakMap<Compound, { key: unknown; problems: string[] }>;
  subjects: SubjectMemo;
}

export function createParseMemo(): ParseMemo {
  return {
    compounds: new Map(),
    quotes: new WeakMap(),
    rules: new WeakMap(),
    review: new WeakMap(),
    subjects: new WeakMap(),
  };
}

/**
 * A per-compound check run compound by compound, each on the knowledge seen from it (itself and the
 * compounds it links to), its problems kept in the memo while the compound, its partners and `key` stay.
 */
function* perCompound(
  knowledge: Knowledge,
  memo: ParseMemo["rules"] | undefined,
  key: unknown,
  check: (view: Knowledge) => string[],
): Sliced<string[]> {
  if (!memo) return check(knowledge);
  const byId = new Map(knowledge.compounds.map((c) => [c.id, c]));
  const out: string[] = [];
  for (const [n, compound] of knowledge.compounds.entries()) {
    if (n % 16 === 15) yield;
    const partners = [...new Set(compound.claims.flatMap((c) => (c.with ? [byId.get(c.with)] : [])))];
    const cached = memo.get(compound);
    if (cached && cached.key === key && partners.length === 0) {
      out.push(...cached.problems);
      continue;
    }
    const file = knowledge.files.get(compound.id) ?? compound.id;
    const view = { ...knowledge, compounds: [compound, ...partners.filter((p) => p !== undefined)] };
    const problems = check(view).filter((p) => p.startsWith(`${file}:`));
    memo.set(compound, { key, problems });
    out.push(...problems);
  }
  return out;
}

/** "claims", 3, "source" -> "claims[3].source" */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out === "" ? String(key) : `.${String(key)}`;
  }
  return out || "(top level)";
}

function parseFile<T extends z.ZodType>(
  file: KnowledgeFile,
  schema: T,
  problems: string[],
): z.infer<T> | undefined {
  return runWhole(parsingFile(file, schema, problems));
}

/** parseFile as sliced work: the YAML is read a few hundred tokens at a time, then checked against the schema. */
function* parsingFile<T extends z.ZodType>(
  file: KnowledgeFile,
  schema: T,
  problems: string[],
): Sliced<z.infer<T> | undefined> {
  const read = yield* readingYaml(file.path, file.text);
  if (!read.ok) {
    problems.push(read.problem);
    return undefined;
  }
  const result = schema.safeParse(read.value);
  if (!result.success) {
    for (const issue of result.error.issues) {
      problems.push(`${file.path}: ${formatPath(issue.path)}: ${issue.message}`);
    }
    return undefined;
  }
  return result.data;
}

/**
 * Validates the knowledge files against the schema and the cross-file rules, and, when the source texts
 * are given (source id -> text), checks that every quote is verbatim in its source. Throws KnowledgeError
 * listing every problem found; returns the typed knowledge otherwise.
 */
export function parseKnowledge(
  input: KnowledgeInput,
  sourceTexts?: ReadonlyMap<string, string>,
  memo?: ParseMemo,
): Knowledge {
  return runWhole(parsing(input, sourceTexts, memo));
}

/**
 * parseKnowledge as sliced work: it yields every few files or compounds, and every few hundred YAML tokens
 * of a file it parses (one that changed since the memo's).
 */
export function* parsing(
  input: KnowledgeInput,
  sourceTexts?: ReadonlyMap<string, string>,
  memo?: ParseMemo,
): Sliced<Knowledge> {
  const problems: string[] = [];
  const sourcesFile = parseFile(input.sources, SourcesFile, problems);
  const notCoveredFile = parseFile(input.notCovered, NotCoveredFile, problems);
  const subjectsFile = parseFile(input.subjects, SubjectsFile, problems);
  const files = new Map<string, string>();
  const compounds: Compound[] = [];
  const next: ParseMemo["compounds"] = new Map();
  for (const [n, file] of input.compounds.entries()) {
    if (n % 32 === 31) yield;
    const kept = memo?.compounds.get(file.path);
    const compound = kept?.text === file.text ? kept.compound : yield* parsingFile(file, Compound, problems);
    if (compound && memo) next.set(file.path, { text: file.text, compound });
    if (!compound) continue;
    compounds.push(compound);
    files.set(compound.id, file.path);
  }
  if (problems.length > 0 || !sourcesFile || !notCoveredFile || !subjectsFile)
    throw new KnowledgeError(problems);
  if (memo) memo.compounds = next;

  const knowledge: Knowledge = {
    sources: sourcesFile.sources,
    subjects: subjectsFile.subjects,
    compounds,
    notCovered: notCoveredFile.compounds,
    files,
  };
  problems.push(...(yield* crossFileChecks(knowledge, input.sources.path, input.notCovered.path)));
  problems.push(
    ...(yield* subjectChecks(knowledge, input.subjects.path, memo?.subjects, input.subjects.text)),
  );
  if (sourceTexts && problems.length === 0) {
    problems.push(...sourceHashProblems(knowledge, sourceTexts, input.sources.path));
    problems.push(
      ...(yield* perCompound(knowledge, memo?.quotes, sourceTexts, (k) => [
        ...quoteProblems(k, sourceTexts),
        ...anchorProblems(k, sourceTexts),
      ])),
    );
  }
  problems.push(...(yield* perCompound(knowledge, memo?.rules, undefined, faithfulnessProblems)));
  // Review comes last: an entry is reviewed once it passes everything else.
  if (problems.length === 0)
    problems.push(...(yield* perCompound(knowledge, memo?.review, undefined, reviewProblems)));
  if (problems.length > 0) throw new KnowledgeError(problems);
  return knowledge;
}
