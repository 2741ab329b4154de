import { normalizeName } from "../knowledge/normalize.js";
import type { OtherDrug } from "../knowledge/other-drugs.js";
import type { Knowledge } from "../knowledge/schema.js";
import type { VocabularyData } from "../knowledge/vocabulary-data.js";
import { loadVocabularyData, VOCABULARY_FILES } from "../knowledge/vocabulary-data.js";
import { KnowledgeError } from "../knowledge/parse.js";
import { latin } from "./tokens.js";
import { dataWords } from "./translate.js";
import { neverAName } from "./vocabulary.js";
import { runWhole, type Sliced } from "../slices.js";

/**
 * What knowledge:check asks of the vocabulary data beyond its shape: every word stands for one thing only
 * (in one language or across languages, and never a name it does not stand for: the Russian "ноотропы" is
 * not the brand Nootropil, "ноотроп*" may not start it), and every English meaning is one the English
 * reading knows (a vocabulary word, a lexicon word, a class word, or a name).
 */
export function vocabularyProblems(
  knowledge: Pick<Knowledge, "compounds" | "notCovered">,
  otherDrugs: readonly OtherDrug[],
  data: VocabularyData,
): string[] {
  return runWhole(vocabularyChecks(knowledge, otherDrugs, data));
}

/** vocabularyProblems as sliced work: it yields every few hundred names or words. */
export function* vocabularyChecks(
  knowledge: Pick<Knowledge, "compounds" | "notCovered">,
  otherDrugs: readonly OtherDrug[],
  data: VocabularyData,
): Sliced<string[]> {
  const problems: string[] = [];
  const names = new Map<string, string>();
  const addName = (name: string, owner: string) => names.set(normalizeName(name), owner);
  for (const [i, c] of knowledge.compounds.entries()) {
    if (i % 256 === 255) yield;
    for (const n of [c.name, ...c.aliases]) addName(n, c.name);
  }
  for (const e of knowledge.notCovered) for (const n of [e.name, ...e.aliases]) addName(n, e.name);
  for (const d of otherDrugs) for (const n of [d.name, ...d.aliases]) addName(n, d.name);
  const classWords = new Map<string, string>();
  data.classes.forEach((c, i) =>
    c.words.forEach((w, j) => {
      const where = `${VOCABULARY_FILES.classes}: classes[${i}].words[${j}]`;
      const key = normalizeName(w);
      if (classWords.has(key))
        problems.push(`${where}: '${w}' already names the class ${classWords.get(key)}`);
      else if (names.has(key) && !w.includes(" "))
        problems.push(`${where}: '${w}' is the name of ${names.get(key)}, not of a class`);
      classWords.set(key, c.name);
    }),
  );
  const english = new Set<string>([
    ...neverAName(data.phrases),
    ...data.related.keys(),
    ...data.classes.flatMap((c) => c.words.flatMap((w) => w.split(" "))),
  ]);
  const meaningKnown = (meaning: string) =>
    names.has(normalizeName(meaning)) || meaning.split(/\s+/).every((w) => english.has(w));
  const ownerOf = (meaning: string) =>
    names.get(normalizeName(meaning)) ?? classWords.get(normalizeName(meaning));

  for (const heading of ["topics", "goals"] as const) {
    const owner = new Map<string, string>();
    for (const [key, phrases] of Object.entries(data.phrases[heading]))
      phrases.forEach((p, j) => {
        const where = `${VOCABULARY_FILES.phrases}: ${heading}.${key}[${j}]`;
        if (owner.has(p) && owner.get(p) !== key)
          problems.push(`${where}: '${p}' already says ${owner.get(p)}`);
        owner.set(p, key);
        if (names.has(normalizeName(p)))
          problems.push(`${where}: '${p}' is the name of ${names.get(normalizeName(p))}`);
      });
  }

  const taken = new Map<string, { meaning: string; where: string }>();
  for (const [i, language] of data.languages.entries()) {
    const entries: [string, string[]][] = [
      ...Object.entries(language.words),
      ["(everyday)", language.everyday],
    ];
    for (const [meaning, words] of entries) {
      const everyday = meaning === "(everyday)";
      if (!everyday && !meaningKnown(meaning))
        problems.push(
          `${VOCABULARY_FILES.languages}: languages[${i}] (${language.id}).words: '${meaning}' is not a word the English reading knows`,
        );
      for (const [j, w] of words.entries()) {
        if (j % 16 === 15) yield;
        const where = `${VOCABULARY_FILES.languages}: languages[${i}] (${language.id}).${everyday ? "everyday" : `words.${meaning}`}[${j}]`;
        const key = `${w.endsWith("*") ? "*" : ""}${dataWords(w).join(" ")}`;
        const before = taken.get(key);
        if (before && before.meaning !== meaning)
          problems.push(`${where}: '${w}' already stands for '${before.meaning}' (${before.where})`);
        taken.set(key, { meaning, where: `${language.id}` });
        const nameKey = normalizeName(latin(w.replace(/\*$/, "")));
        const owner = ownerOf(meaning);
        const clash = w.endsWith("*")
          ? [...names].find(([n, o]) => n.startsWith(nameKey) && o !== owner)
          : names.has(nameKey) && names.get(nameKey) !== owner
            ? ([nameKey, names.get(nameKey)!] as const)
            : undefined;
        if (clash)
          problems.push(`${where}: '${w}' would be read as ${clash[1]}, which it does not stand for`);
      }
      yield;
    }
  }
  return problems;
}

/** Reads the vocabulary files and checks them against the names. Throws KnowledgeError naming every problem. */
export function loadCheckedVocabulary(
  knowledge: Pick<Knowledge, "compounds" | "notCovered">,
  otherDrugs: readonly OtherDrug[],
  dir?: string,
): VocabularyData {
  return runWhole(checkedVocabularyLoad(knowledge, otherDrugs, dir));
}

/** loadCheckedVocabulary as sliced work (a reload on the answering thread). */
export function* checkedVocabularyLoad(
  knowledge: Pick<Knowledge, "compounds" | "notCovered">,
  otherDrugs: readonly OtherDrug[],
  dir?: string,
): Sliced<VocabularyData> {
  const data = loadVocabularyData(knowledge, dir);
  yield;
  const problems = yield* vocabularyChecks(knowledge, otherDrugs, data);
  if (problems.length > 0) throw new KnowledgeError(problems);
  return data;
}
