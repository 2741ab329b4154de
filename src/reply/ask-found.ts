import type { Claim, Compound, Knowledge, Topic } from "../knowledge/schema.js";
import type { AskIndex } from "../question/ask-index.js";
import type { ClaimTopic } from "../question/intent.js";
import type { Question } from "../question/understand.js";
import type { Phrases } from "../question/vocabulary.js";
import { queryTerms, rankClaims } from "../search/relevance.js";
import { escapeMarkdown } from "./markdown.js";
import { COLORS, type Embed, type EmbedField } from "./payload.js";
import { LIST_ROOM, listFields, listMoreField } from "./planned.js";
import { userText } from "./text.js";
import { listOf } from "./words.js";
import { t } from "../i18n/t.js";

/**
 * Answers found by the question's own words inside the compounds it names (or the members of a class it
 * names): a specific fact the sources give ("was it tested on humans", "placebo-controlled") is found
 * whatever its topic; when none of the compounds' claims has those words, the answer says so and shows
 * the nearest thing the sources do say.
 */

const PER_COMPOUND = 4;
const oneWord = (phrases: readonly (readonly string[])[]) =>
  new Set(phrases.flat().filter((p) => !p.includes(" ")));
const oneWordOf = new WeakMap<Phrases, { topics: ReadonlySet<string>; goals: ReadonlySet<string> }>();
/** One-word topic phrases (the topic's own view answers them) and goal phrases, once per vocabulary. */
function oneWordPhrases(phrases: Phrases): { topics: ReadonlySet<string>; goals: ReadonlySet<string> } {
  let words = oneWordOf.get(phrases);
  if (!words) {
    words = { topics: oneWord(Object.values(phrases.topics)), goals: oneWord(Object.values(phrases.goals)) };
    oneWordOf.set(phrases, words);
  }
  return words;
}

/** The knowledge topics each question topic shows. */
export const CLAIM_TOPICS: Record<ClaimTopic, readonly Topic[]> = {
  dose: ["dose"],
  pharmacokinetics: ["pharmacokinetics"],
  cycling: ["cycling"],
  mechanism: ["mechanism"],
  effect: ["effect"],
  safety: ["side-effect", "caution"],
  evidence: ["evidence"],
  "legal-status": ["legal-status"],
  history: ["history"],
};

/**
 * The question's words that ask for something in particular, beyond a topic: words outside the topic
 * vocabulary ("tested"), and words the lexicon knows forms and synonyms of ("humans", "placebo").
 */
export function specificWords(index: AskIndex, question: Question, goalWords = true): string[] {
  const words = oneWordPhrases(index.question.phrases);
  return queryTerms(index.relevance, { words: question.words, related: index.question.related })
    .filter((t) =>
      words.topics.has(t.term) && !question.purposes.includes(t.term)
        ? false
        : words.goals.has(t.term)
          ? goalWords
          : index.question.related.has(t.term) || !index.question.neverAName.has(t.term),
    )
    .filter((t) => !/^\d/.test(t.term))
    .map((t) => t.term);
}

function rank(
  index: AskIndex,
  compounds: readonly Compound[],
  question: Question,
  topics: readonly ClaimTopic[],
) {
  return rankClaims(index.relevance, compounds, {
    words: question.words,
    topics: topics.flatMap((t) => CLAIM_TOPICS[t]),
    related: index.question.related,
  });
}

export interface Found {
  /** The claims that answer the question's particular words, when some do. */
  embed?: Embed;
  /** When the question asks something particular no claim speaks to: what the sources do not say. */
  silence?: string;
}

/**
 * The claims of the named compounds that match the question's particular words, ranked (at most
 * PER_COMPOUND each); or, when it asks something particular no claim speaks to, what the sources do not say.
 */
export function claimsByWords(
  index: AskIndex,
  compounds: readonly Compound[],
  question: Question,
  topics: readonly ClaimTopic[],
  goalWords = true,
): { claims: { claim: Claim; compound: Compound; matched: string[] }[]; silence?: string } {
  // A name the sources do not cover is already said to be not covered: it is not also a word to look for.
  const uncovered = new Set(
    question.mentions
      .filter((m) => m.named.kind === "not-covered")
      .flatMap((m) => m.matched.toLowerCase().split(/\s+/)),
  );
  const specific = specificWords(index, question, goalWords).filter((w) => !uncovered.has(w));
  if (specific.length === 0) return { claims: [] };
  // Two particular words asked ("drug test") must both be matched; one claim matching one of them is not an answer.
  const needed = Math.min(2, specific.length);
  const ranked = rank(index, compounds, question, topics).filter(
    (r) => r.matched.filter((m) => specific.includes(m)).length >= needed,
  );
  const names = escapeMarkdown(listOf(compounds.map((c) => c.name)));
  const asked = userText(specific.slice(0, 4).join(", "), 60);
  if (ranked.length === 0)
    return {
      claims: [],
      silence: t("found.silence", { names, asked }),
    };
  return { claims: compounds.flatMap((c) => ranked.filter((r) => r.compound === c).slice(0, PER_COMPOUND)) };
}

/** The claims of the named compounds that match the question's particular words, ranked; or the silence. */
export function foundByWords(
  knowledge: Knowledge,
  index: AskIndex,
  compounds: readonly Compound[],
  question: Question,
  topics: readonly ClaimTopic[],
  goalWords = true,
): Found {
  const { claims: shown, silence } = claimsByWords(index, compounds, question, topics, goalWords);
  if (shown.length === 0) return silence ? { silence } : {};
  const names = escapeMarkdown(listOf(compounds.map((c) => c.name)));
  const matched = userText([...new Set(shown.flatMap((r) => r.matched))].slice(0, 5).join(", "), 60);
  return {
    embed: {
      title: t("answer.closest", { name: compounds.map((c) => c.name).join(", ") }),
      description: t("found.intro", { names, matched }),
      color: COLORS.info,
      fields: listed(knowledge, shown, HALF_ROOM, []),
    },
  };
}

/** Half a message: this answer comes before another in the same message ("nefiracetam dementia patients"). */
const HALF_ROOM = { chars: Math.floor(LIST_ROOM.chars / 2), fields: 10, hard: true };

/** Ranked claims as fields, each with what comes with it, and how many more ask `/compound` for them. */
function listed(
  knowledge: Knowledge,
  ranked: readonly { claim: Claim; compound: Compound }[],
  room: typeof LIST_ROOM,
  verdicts: readonly string[],
): EmbedField[] {
  const planned = listFields(knowledge, ranked, room, verdicts);
  return [...planned.fields, ...listMoreField(planned, ranked, (c) => `/compound name:${c.id}`)];
}
