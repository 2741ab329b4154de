import type { OtherDrug } from "../knowledge/other-drugs.js";
import type { Knowledge } from "../knowledge/schema.js";
import {
  buildFullTextIndex,
  searchKnowledge,
  type FullTextHit,
  type FullTextIndex,
} from "../search/fulltext.js";
import { buildSearchIndex, type SearchIndex } from "../search/index.js";
import { buildRelevanceIndex, type RelevanceIndex } from "../search/relevance.js";
import { buildQuestionIndex, type QuestionIndex } from "./names.js";
import type { VocabularyData } from "../knowledge/vocabulary-data.js";
import { loadCheckedVocabulary } from "./vocabulary-check.js";
import { QUESTION_GOALS, type Phrases, type QuestionGoal } from "./vocabulary.js";

/** What answering questions in plain words needs, built once when the knowledge loads. */
export interface AskIndex {
  readonly question: QuestionIndex;
  readonly fulltext: FullTextIndex;
  /** For each goal, the claims whose words mention it (for goals the knowledge does not tag, such as sleep). */
  readonly goalMentions: Pick<ReadonlyMap<QuestionGoal, readonly FullTextHit[]>, "get">;
  /** Ranks the claims of the compounds a question names by its words. */
  readonly relevance: RelevanceIndex;
}

/** The one-word phrases of a goal ("sleep", "insomnia", ...): what its mentions are searched by. */
export function goalWords(phrases: Phrases, goal: QuestionGoal): string[] {
  return phrases.goals[goal].filter((p) => !p.includes(" ")).slice(0, 6);
}

export function buildAskIndex(
  knowledge: Knowledge,
  otherDrugs: readonly OtherDrug[],
  nootropics: SearchIndex = buildSearchIndex(knowledge),
  /** The vocabulary files (languages, classes, lexicon); read from knowledge/ when not given. */
  vocabulary: VocabularyData = loadCheckedVocabulary(knowledge, otherDrugs),
  /** The full-text index, when it was loaded built (src/search/fulltext-cache.ts). */
  fulltext: FullTextIndex = buildFullTextIndex(knowledge),
): AskIndex {
  return {
    question: buildQuestionIndex(knowledge, otherDrugs, nootropics, vocabulary),
    fulltext,
    goalMentions: goalMentionsOf(fulltext, vocabulary.phrases),
    relevance: buildRelevanceIndex(knowledge),
  };
}

/** For each goal, the claims whose words mention it: each searched the first time it is asked for. */
export function goalMentionsOf(fulltext: FullTextIndex, phrases: Phrases): AskIndex["goalMentions"] {
  const found = new Map<QuestionGoal, readonly FullTextHit[]>();
  return {
    get(goal) {
      if (!QUESTION_GOALS.includes(goal)) return undefined;
      let hits = found.get(goal);
      if (!hits) found.set(goal, (hits = searchKnowledge(fulltext, goalWords(phrases, goal))));
      return hits;
    },
  };
}
