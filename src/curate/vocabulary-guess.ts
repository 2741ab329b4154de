import fs from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { loadPhrases, PHRASES_FILE } from "../knowledge/phrases.js";
import type { Workspace } from "./workspace.js";

/** A list of ids, each with the words that say it, matched against a sentence. */
export interface Vocabulary {
  ids: readonly string[];
  /** The ids whose words the sentence uses, each word read once: "side effect" is not also "effect". */
  match: (sentence: string, leaving?: string) => string[];
}

const words = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

function vocabulary(entries: { id: string; words: string[] }[]): Vocabulary {
  // Longest phrase first, so that a phrase's words are taken by it and not read again as a shorter one.
  const phrases = entries
    .flatMap((e) => e.words.map((w) => ({ id: e.id, phrase: ` ${words(w)} ` })))
    .sort((a, b) => b.phrase.length - a.phrase.length);
  return {
    ids: entries.map((e) => e.id),
    match: (sentence, leaving) => {
      let s = ` ${words(sentence)} `;
      if (leaving) s = s.replace(` ${words(leaving)} `, " | ");
      const found = new Set<string>();
      for (const { id, phrase } of phrases)
        while (s.includes(phrase)) {
          found.add(id);
          s = s.replace(phrase, " | ");
        }
      return entries.map((e) => e.id).filter((id) => found.has(id));
    },
  };
}

const read = (ws: Workspace, file: string): unknown => {
  const at = path.join(ws.knowledgeDir, file);
  return fs.existsSync(at) ? parse(fs.readFileSync(at, "utf8")) : undefined;
};

/** The subjects of knowledge/subjects.yaml whose words a sentence uses (none without the file). */
export function subjectsOf(ws: Workspace): Vocabulary | undefined {
  const file = read(ws, "subjects.yaml") as { subjects: { id: string; words: string[] }[] } | undefined;
  return file ? vocabulary(file.subjects) : undefined;
}

/**
 * The goals of knowledge/phrases.yaml (memory, focus ...) whose words a sentence uses (none without the file),
 * read and checked as the bot reads it (loadPhrases): a malformed file is named with what is wrong.
 */
export function goalsOf(ws: Workspace): Vocabulary | undefined {
  if (!fs.existsSync(path.join(ws.knowledgeDir, PHRASES_FILE))) return undefined;
  const { goals } = loadPhrases(ws.knowledgeDir);
  return vocabulary(Object.entries(goals).map(([id, words]) => ({ id, words })));
}
