import type { OtherDrug } from "../knowledge/other-drugs.js";
import type { Knowledge } from "../knowledge/schema.js";
import { buildFullTextIndex, type FullTextIndex } from "../search/fulltext.js";
import { buildSearchIndex, type SearchIndex } from "../search/index.js";
import { buildQuestionIndex, type QuestionIndex } from "./names.js";

/** What answering questions in plain words needs, built once when the knowledge loads. */
export interface AskIndex {
  readonly question: QuestionIndex;
  readonly fulltext: FullTextIndex;
}

export function buildAskIndex(knowledge: Knowledge, otherDrugs: readonly OtherDrug[], nootropics: SearchIndex = buildSearchIndex(knowledge)): AskIndex {
  return { question: buildQuestionIndex(knowledge, otherDrugs, nootropics), fulltext: buildFullTextIndex(knowledge) };
}
