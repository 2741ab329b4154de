import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadOtherDrugs } from "../src/knowledge/other-drugs.js";
import { KnowledgeError } from "../src/knowledge/parse.js";
import { KNOWLEDGE_DIR } from "../src/paths.js";
import { buildQuestionIndex } from "../src/question/names.js";
import { understand } from "../src/question/understand.js";
import { loadCheckedVocabulary } from "../src/question/vocabulary-check.js";
import { buildSearchIndex } from "../src/search/index.js";
import { realKnowledge } from "./support/knowledge.js";

/** Topic and goal words are data (knowledge/phrases.yaml): checked by knowledge:check, read by the question reading. */

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

/** A copy of the knowledge folder with phrases.yaml edited. */
function withPhrases(edit: (text: string) => string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "phrases-"));
  dirs.push(dir);
  fs.cpSync(KNOWLEDGE_DIR, dir, { recursive: true });
  const file = path.join(dir, "phrases.yaml");
  fs.writeFileSync(file, edit(fs.readFileSync(file, "utf8")));
  return dir;
}

function problems(dir: string): string[] {
  const knowledge = realKnowledge();
  try {
    loadCheckedVocabulary(knowledge, loadOtherDrugs(knowledge, dir), dir);
    return [];
  } catch (error) {
    if (error instanceof KnowledgeError) return [...error.problems];
    throw error;
  }
}

describe("knowledge:check rejects in phrases.yaml", () => {
  it("a topic left out, or one the code does not know", () => {
    expect(problems(withPhrases((t) => t.replace(/\n {2}history: \[[^\]]*\]/, "")))).toEqual([
      expect.stringMatching(/phrases\.yaml: topics\.history/),
    ]);
    expect(problems(withPhrases((t) => t.replace("\ngoals:\n", "\ngoals:\n  wisdom: [wise]\n")))).toEqual([
      expect.stringMatching(/phrases\.yaml: goals.*wisdom/),
    ]);
  });
  it("a phrase under two topics, a phrase that is a name, and upper case", () => {
    expect(problems(withPhrases((t) => t.replace("  history: [", "  history: [dosage, ")))).toEqual([
      expect.stringMatching(
        /phrases\.yaml: topics\.(dose|history)\[\d+\]: 'dosage' already says (dose|history)/,
      ),
    ]);
    expect(problems(withPhrases((t) => t.replace("  sleep: [", "  sleep: [noopept, ")))).toEqual([
      expect.stringMatching(/phrases\.yaml: goals\.sleep\[0\]: 'noopept' is the name of Noopept/),
    ]);
    expect(problems(withPhrases((t) => t.replace("  sleep: [", "  sleep: [Nap, ")))).toEqual([
      expect.stringMatching(/phrases\.yaml: goals\.sleep\[0\]: must be lower-case/),
    ]);
  });
  it("accepts the real file", () => {
    expect(problems(KNOWLEDGE_DIR)).toEqual([]);
  });
});

describe("adding a word is a data change", () => {
  it("a new goal word is read as that goal, and never as a compound's name", () => {
    const knowledge = realKnowledge();
    const read = (dir: string) => {
      const otherDrugs = loadOtherDrugs(knowledge, dir);
      const index = buildQuestionIndex(
        knowledge,
        otherDrugs,
        buildSearchIndex(knowledge),
        loadCheckedVocabulary(knowledge, otherDrugs, dir),
      );
      return understand(index, "noopept for zenitude");
    };
    expect(read(KNOWLEDGE_DIR).goals).toEqual([]);
    const added = read(withPhrases((t) => t.replace("  anxiety: [", "  anxiety: [zenitude, ")));
    expect(added.goals).toEqual(["anxiety"]);
    expect(added.mentions.map((m) => m.matched)).toEqual(["Noopept"]);
  });
});
