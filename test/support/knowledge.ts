import { loadKnowledge, readKnowledgeFiles, readSourceTexts } from "../../src/knowledge/load.js";
import { KnowledgeError, parseKnowledge, type KnowledgeInput } from "../../src/knowledge/parse.js";
import type { Knowledge } from "../../src/knowledge/schema.js";

let cached: ReturnType<typeof loadKnowledge> | undefined;
const loaded = () =>
  (cached ??= loadKnowledge({ quotes: process.env.CI === "true" ? "required" : "if-present" }));

/**
 * Whether the source texts are there (../shared/sources or NOOTROPIC_SOURCES_DIR). Without them, outside
 * CI, the tests that need them are skipped (knowledge:check says so in one line); in CI they are required.
 */
export const hasSourceTexts = loaded().quoteCheck.status === "passed";

/** The real knowledge, quote-checked when the source texts are there. */
export function realKnowledge(): Knowledge {
  return loaded().knowledge;
}

export function realInput(): KnowledgeInput {
  return readKnowledgeFiles();
}

/** The source texts, or none (tests that need them skip when !hasSourceTexts). */
export function realSourceTexts(): ReadonlyMap<string, string> | undefined {
  const texts = readSourceTexts(realKnowledge().sources);
  return texts.status === "loaded" ? texts.texts : undefined;
}

/** The real knowledge with one compound file's text edited, parsed with the quote check on when it can be. */
export function parseEdited(compoundId: string, edit: (text: string) => string): Knowledge {
  const input = realInput();
  const compounds = input.compounds.map((f) =>
    f.path.endsWith(`/${compoundId}.yaml`) ? { ...f, text: edit(f.text) } : f,
  );
  return parseKnowledge({ ...input, compounds }, realSourceTexts());
}

/** The problems a KnowledgeError lists, or none when fn succeeds; any other error is rethrown. */
export function problemsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (error) {
    if (error instanceof KnowledgeError) return [...error.problems];
    throw error;
  }
  return [];
}
