import { loadKnowledge, readKnowledgeFiles, readSourceTexts } from "../../src/knowledge/load.js";
import { parseKnowledge, type KnowledgeInput } from "../../src/knowledge/parse.js";
import type { Knowledge } from "../../src/knowledge/schema.js";

let cached: Knowledge | undefined;

/** The real knowledge, quote-checked (the tests need ../shared/sources, as CI has). */
export function realKnowledge(): Knowledge {
  cached ??= loadKnowledge({ quotes: "required" }).knowledge;
  return cached;
}

export function realInput(): KnowledgeInput {
  return readKnowledgeFiles();
}

export function realSourceTexts(): ReadonlyMap<string, string> {
  const texts = readSourceTexts(realKnowledge().sources);
  if (texts.status !== "loaded") throw new Error(`source texts missing at ${texts.dir}`);
  return texts.texts;
}

/** The real knowledge with one compound file's text edited, parsed with the quote check on. */
export function parseEdited(compoundId: string, edit: (text: string) => string): Knowledge {
  const input = realInput();
  const compounds = input.compounds.map((f) =>
    f.path.endsWith(`/${compoundId}.yaml`) ? { ...f, text: edit(f.text) } : f,
  );
  return parseKnowledge({ ...input, compounds }, realSourceTexts());
}
