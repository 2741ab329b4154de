import { z } from "zod";
import { knowledgeDir } from "../paths.js";
import { readDataFile } from "./data-file.js";

/**
 * The English words that say what a question asks about (its topic) and what it is for (its goal):
 * knowledge/phrases.yaml, checked here for shape. The topics and goals are the code's (an answer is planned
 * for each); their words are data.
 */

export const QUESTION_TOPICS = [
  "interaction",
  "comparison",
  "stack",
  "dose",
  "pharmacokinetics",
  "cycling",
  "mechanism",
  "safety",
  "evidence",
  "legal-status",
  "history",
  "effect",
] as const;
export type QuestionTopic = (typeof QUESTION_TOPICS)[number];

export const QUESTION_GOALS = [
  "memory",
  "focus",
  "learning",
  "mood",
  "anxiety",
  "neuroprotection",
  "motivation",
  "sleep",
  "energy",
] as const;
export type QuestionGoal = (typeof QUESTION_GOALS)[number];

const phrase = z
  .string()
  .refine((p) => /^[^\sA-Z]+( [^\sA-Z]+)*$/.test(p), "must be lower-case words separated by single spaces");
const phrases = z
  .array(phrase)
  .min(1, "must list at least one phrase")
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((p, i) => {
      if (seen.has(p)) ctx.addIssue({ code: "custom", path: [i], message: `'${p}' is listed twice` });
      seen.add(p);
    });
  });
const each = <K extends string>(keys: readonly K[]) =>
  z.object(Object.fromEntries(keys.map((k) => [k, phrases])) as Record<K, typeof phrases>).strict();

export const PhrasesFile = z
  .object({
    topics: each(QUESTION_TOPICS),
    goals: each(QUESTION_GOALS),
    /** Words that point back at compounds named before ("which of them"): with none named and nothing before, asked which. */
    back: phrases,
    /** What a comparison may be for beyond a topic or goal ("which is stronger"): the claims with those words answer it. */
    purposes: phrases,
  })
  .strict();
export type Phrases = z.infer<typeof PhrasesFile>;

export const PHRASES_FILE = "phrases.yaml";

/** Reads knowledge/phrases.yaml (or the knowledge folder's). Throws KnowledgeError naming every problem. */
export function loadPhrases(dir: string = knowledgeDir()): Phrases {
  return readDataFile(PHRASES_FILE, PhrasesFile, dir).data;
}
