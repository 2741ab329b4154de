import { z } from "zod";
import { KNOWLEDGE_DIR } from "../paths.js";
import { readDataFile } from "./data-file.js";
import { KnowledgeError } from "./parse.js";
import { PHRASES_FILE, PhrasesFile, type Phrases } from "./phrases.js";
import type { Knowledge } from "./schema.js";

/**
 * The vocabulary kept as data beside the knowledge: other languages (knowledge/languages.yaml), classes of
 * compounds (knowledge/classes.yaml) and the English lexicon of word forms and synonyms that claims are
 * found by (knowledge/lexicon.yaml). Checked here for shape and references; what the words mean is checked
 * against the question reading in src/question/vocabulary-check.ts.
 */

const text = z.string().trim().min(1, "must not be empty");
const word = z
  .string()
  .trim()
  .min(1, "must not be empty")
  .refine((w) => !/[A-Z]/.test(w), "must be lower case")
  .refine((w) => !w.includes("*") || (/^[^*\s]+\*$/.test(w) && w.length >= 5), {
    message: "a stem ends with one * after at least four letters, and is one word",
  });
const id = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be lower-case letters, digits and single hyphens");

export const Language = z
  .object({
    id: z.string().regex(/^[a-z]{2}$/, "must be a two-letter language code"),
    name: text,
    /** Said with every answer to a question in this language: the quotes stay in English. */
    note: text,
    everyday: z.array(word).default([]),
    /** Marks only this language writes ("¿", "¡"): a message with one reads in it, whatever its words. */
    marks: z.array(z.string().regex(/^[^\p{L}\p{N}\s]$/u, "must be one mark, not a letter")).default([]),
    /** English meaning -> the words and phrases of this language that stand for it. */
    words: z.record(text, z.array(word).min(1, "must list at least one word")),
  })
  .strict();
export type Language = z.infer<typeof Language>;
export const LanguagesFile = z.object({ languages: z.array(Language).min(1) }).strict();

export const CompoundClass = z
  .object({
    id,
    name: text,
    /** The English words a question names the class by ("racetam", "racetams"). */
    words: z.array(word).min(1),
    /** The compounds (ids) the class has. */
    members: z.array(id).min(2, "a class needs at least two members"),
    /** How membership is qualified, shown with every answer about the class. */
    note: text.optional(),
  })
  .strict();
export type CompoundClass = z.infer<typeof CompoundClass>;
export const ClassesFile = z.object({ classes: z.array(CompoundClass).min(1) }).strict();

export const LexiconFile = z
  .object({
    /** A word a member types -> the words a claim may say it with (forms and synonyms). */
    related: z.record(word, z.array(word).min(1)),
  })
  .strict();

export interface VocabularyData {
  languages: readonly Language[];
  classes: readonly CompoundClass[];
  /** Word -> its forms and synonyms. */
  related: ReadonlyMap<string, readonly string[]>;
  /** The words of each topic and goal (knowledge/phrases.yaml). */
  phrases: Phrases;
}

export const VOCABULARY_FILES = {
  languages: "languages.yaml",
  classes: "classes.yaml",
  lexicon: "lexicon.yaml",
  phrases: PHRASES_FILE,
} as const;

/** Reads the four vocabulary files. Throws KnowledgeError naming every problem. */
export function loadVocabularyData(
  knowledge: Pick<Knowledge, "compounds">,
  dir: string = KNOWLEDGE_DIR,
): VocabularyData {
  const languages = readDataFile(VOCABULARY_FILES.languages, LanguagesFile, dir);
  const classes = readDataFile(VOCABULARY_FILES.classes, ClassesFile, dir);
  const lexicon = readDataFile(VOCABULARY_FILES.lexicon, LexiconFile, dir);
  const phrases = readDataFile(VOCABULARY_FILES.phrases, PhrasesFile, dir);
  const ids = new Set(knowledge.compounds.map((c) => c.id));
  const problems: string[] = [];
  classes.data.classes.forEach((c, i) =>
    c.members.forEach((m, j) => {
      if (!ids.has(m))
        problems.push(`${classes.path}: classes[${i}].members[${j}]: '${m}' is not the id of a compound`);
    }),
  );
  const seen = new Set<string>();
  languages.data.languages.forEach((l, i) => {
    if (seen.has(l.id)) problems.push(`${languages.path}: languages[${i}].id: '${l.id}' is listed twice`);
    seen.add(l.id);
  });
  if (problems.length > 0) throw new KnowledgeError(problems);
  return {
    languages: languages.data.languages,
    classes: classes.data.classes,
    related: new Map(Object.entries(lexicon.data.related)),
    phrases: phrases.data,
  };
}
