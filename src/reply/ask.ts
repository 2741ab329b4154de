import type { Compound, Knowledge } from "../knowledge/schema.js";
import type { AskIndex } from "../question/ask-index.js";
import { intentOf, type Intent } from "../question/intent.js";
import { understand, type Question } from "../question/understand.js";
import type { QuestionGoal } from "../question/vocabulary.js";
import { searchKnowledge } from "../search/fulltext.js";
import { claimsByWords, foundByWords } from "./ask-found.js";
import { classEmbed, compareForEmbed } from "./ask-sides.js";
import { hitFields, PAIR_ROOM, pairEmbeds, uncoveredLines } from "./ask-parts.js";
import { asksToReplace, asProperty } from "../question/subjects.js";
import { planAnswer } from "../answer/plan.js";
import type { Plan } from "../answer/types.js";
import { claimEmbeds, plansFor, type ClaimsAsked } from "./ask-planned.js";
import { compareReply } from "./compare.js";
import { escapeMarkdown } from "./markdown.js";
import { COLORS, isEphemeral, reply, type Embed, type MessagePayload } from "./payload.js";
import { stackCautions, stackForReply, stackGoalReply } from "./stack.js";
import { userText } from "./text.js";
import { goalWord, listOf } from "./words.js";
import { isSchemaGoal } from "./goal-claims.js";
import { t } from "../i18n/t.js";

/** The answer to a question in plain words (/ask, a mention, the message command), quoted from the sources. */

export interface AskOptions {
  ephemeral?: boolean;
  /** The answer shares its message with this many others (a message asking several things): less room each. */
  sharedWith?: number;
}

/**
 * The plans an answer to this text shows (a question naming compounds and what to say about them), read
 * the way askReply reads it; none for other kinds of answer. What they say is silent is what the answer says.
 */
export function answerPlans(knowledge: Knowledge, index: AskIndex, text: string): Plan[] {
  const question = asProperty(understand(index.question, text), knowledge.subjects);
  const { intent } = intentOf(question);
  if (asksToReplace(text)) return [];
  if (intent.kind === "stack-for")
    return [planAnswer(knowledge, intent.compound, stackCautions(intent.compound))];
  const asked = claimsOf(intent);
  if (!asked) return [];
  return plansFor(knowledge, claimsAsked(index, asked, question, text).asked).map((p) => p.plan);
}

type ClaimsIntent = Extract<Intent, { kind: "claims" }>;

/** The claims an intent asks for: a claims question's, or a pairing's topics asked of its first compound. */
function claimsOf(intent: Intent): ClaimsIntent | undefined {
  if (intent.kind === "claims") return intent;
  if (intent.kind === "pair" && intent.topics.length > 0)
    return { kind: "claims", compounds: [intent.first], topics: intent.topics, interactions: false };
  return undefined;
}

/**
 * What a question about named compounds asks the planner, and the silence on its particular words: the
 * claims closest to those words ("noopept gaba") lead, each with its companions.
 */
function claimsAsked(
  index: AskIndex,
  intent: ClaimsIntent,
  question: Question,
  text: string,
): { asked: ClaimsAsked; silence?: string } {
  const { topics } = intent;
  const byWords = claimsByWords(index, intent.compounds, question, topics === "overview" ? [] : topics);
  const asked = { compounds: intent.compounds, question, text, topics, interactions: intent.interactions };
  // A word no claim uses is the sources' silence only where it is what is asked: a question with no other
  // subject ("noopept drug test"), or about safety, where the word may be a condition ("safe with epilepsy").
  // Where a subject is asked ("how much noopept, for how many semanas"), the plan answers it, or says that
  // the sources are silent on it, and the word is not called a silence of its own.
  const own = topics === "overview" || topics.includes("safety");
  return {
    asked: { ...asked, hits: byWords.claims },
    ...(byWords.silence && own ? { silence: byWords.silence } : {}),
  };
}

function goalReply(
  knowledge: Knowledge,
  index: AskIndex,
  goal: QuestionGoal,
  compound: Compound | undefined,
  options: AskOptions,
  lead: string[],
): MessagePayload {
  if (isSchemaGoal(goal)) return prefixed(stackGoalReply(knowledge, goal, compound, options), lead);
  const hits = (index.goalMentions.get(goal) ?? []).filter((h) => !compound || h.compound === compound);
  const name = compound ? escapeMarkdown(compound.name) : undefined;
  const words = { goal: goalWord(goal), name };
  const embed: Embed = {
    title: compound ? t("ask.goalTitleFor", { ...words, name: compound.name }) : t("ask.goalTitle", words),
    description: [
      ...lead,
      hits.length
        ? t(name ? "ask.goalMentionsFor" : "ask.goalMentions", words)
        : t(name ? "ask.goalNothingFor" : "ask.goalNothing", words),
    ].join("\n"),
    color: hits.length ? COLORS.info : COLORS.muted,
    fields: hitFields(knowledge, hits),
  };
  return reply([embed], { ephemeral: options.ephemeral });
}

/** A reply with sentences put before the first embed's description (names we do not cover, the advice note). */
function prefixed(payload: MessagePayload, lines: readonly string[]): MessagePayload {
  const [first] = payload.embeds;
  if (lines.length === 0 || !first) return payload;
  const embeds = [
    { ...first, description: [...lines, first.description].filter(Boolean).join("\n\n") },
    ...payload.embeds.slice(1),
  ];
  return reply(
    embeds.map(({ footer: _footer, ...e }) => e),
    { ephemeral: isEphemeral(payload), components: payload.components },
  );
}

function canAnswer(knowledge: Knowledge): string {
  const names = knowledge.compounds
    .map((c) => c.name)
    .sort()
    .join(", ");
  return t("ask.canAnswer", { names });
}

function honest(knowledge: Knowledge, text: string, lead: string[]): MessagePayload {
  const typed = userText(text, 80);
  const embed: Embed = {
    title: t("ask.notInSourcesTitle"),
    description: [
      ...lead,
      typed ? t("ask.dontCover", { typed }) : t("ask.askAbout"),
      canAnswer(knowledge),
    ].join("\n\n"),
    color: COLORS.muted,
  };
  return reply([embed], { ephemeral: true });
}

function render(
  knowledge: Knowledge,
  index: AskIndex,
  text: string,
  question: Question,
  intent: Intent,
  lead: string[],
  options: AskOptions,
): MessagePayload {
  switch (intent.kind) {
    case "pair": {
      const asked = claimsOf(intent);
      // The pairings share the message with the other questions in it, and with the first's own claims.
      const room = PAIR_ROOM.chars / (options.sharedWith ?? 1) / (asked ? 2 : 1);
      const pairs = pairEmbeds(knowledge, intent.first, intent.partners, intent.asks, intent.safety, room);
      const own = asked
        ? claimEmbeds(knowledge, {
            ...claimsAsked(index, asked, question, text).asked,
            sharedWith: (options.sharedWith ?? 1) + 1,
          })
        : [];
      return prefixed(reply([...pairs, ...own], { ephemeral: options.ephemeral }), lead);
    }
    case "stack-for":
      return prefixed(stackForReply(knowledge, intent.compound, options), lead);
    case "compare":
      return prefixed(compareReply(knowledge, intent.compounds, options), lead);
    case "compare-for":
      return prefixed(
        reply([compareForEmbed(knowledge, index, intent, question, lead, options.sharedWith)], {
          ephemeral: options.ephemeral,
        }),
        lead,
      );
    case "goal": {
      const answer = goalReply(knowledge, index, intent.goal, intent.compound, options, lead);
      // "nefiracetam dementia patients": the claims with the question's particular words come first.
      const found = intent.compound
        ? foundByWords(knowledge, index, [intent.compound], question, [], false).embed
        : undefined;
      return found
        ? { ...answer, embeds: reply([found, ...answer.embeds], { ephemeral: options.ephemeral }).embeds }
        : answer;
    }
    case "claims": {
      const { asked, silence } = claimsAsked(index, intent, question, text);
      const leadWith = silence ? [...lead, silence] : lead;
      const embeds = claimEmbeds(knowledge, { ...asked, sharedWith: options.sharedWith, lead: leadWith });
      return prefixed(
        reply(embeds, {
          ephemeral: options.ephemeral,
          more: t("fit.askOneCompound"),
        }),
        leadWith,
      );
    }
    case "class":
      return prefixed(
        reply([classEmbed(knowledge, index, intent, question)], { ephemeral: options.ephemeral }),
        lead,
      );
    case "search": {
      const hits = searchKnowledge(index.fulltext, intent.words);
      if (hits.length === 0) return honest(knowledge, text, lead);
      const words = [...new Set(hits.flatMap((h) => h.terms))].slice(0, 5).join(", ");
      const embed: Embed = {
        title: t("ask.fromSourcesTitle"),
        description: [...lead, t("ask.searchIntro", { words: escapeMarkdown(words) })].join("\n"),
        color: COLORS.info,
        fields: hitFields(knowledge, hits),
      };
      return reply([embed], { ephemeral: options.ephemeral });
    }
    case "not-covered":
    case "empty":
      return reply(
        [
          {
            title: intent.kind === "empty" ? t("ask.whatICanTitle") : t("notFound.notCoveredTitle"),
            description: [...lead, canAnswer(knowledge)].join("\n\n"),
            color: COLORS.muted,
          },
        ],
        { ephemeral: true },
      );
  }
}

/** "can noopept replace my adderall": not a pairing; the sources do not discuss it, and a doctor decides. */
function replaceReply(question: Question, options: AskOptions): MessagePayload {
  const names = question.mentions.map((m) =>
    escapeMarkdown(m.named.kind === "covered" ? m.named.compound.name : m.matched),
  );
  const embed: Embed = {
    title: t("ask.replaceTitle"),
    description: [
      names[0] ? t("ask.replace", { name: names[0] }) : t("ask.replaceNoName"),
      t("ask.replaceDoctor"),
      t("card.notSafe"),
    ].join("\n\n"),
    color: COLORS.warning,
  };
  return reply([embed], { ephemeral: options.ephemeral });
}

/**
 * Answers a question in plain words from the knowledge: the quoted claims for the compounds and topic it
 * names, a pairing, a comparison, a goal, a search of the whole knowledge, or plainly that the sources
 * don't cover it. Never answers a compound the question does not name. Pure; never throws on any text.
 */
export function askReply(
  knowledge: Knowledge,
  index: AskIndex,
  text: string,
  options: AskOptions = {},
  /** The question already read from this text (src/question/split.ts reads every part), so it is read once. */
  read?: Question,
): MessagePayload {
  const question = asProperty(read ?? understand(index.question, text), knowledge.subjects);
  const { intent, uncovered } = intentOf(question);
  if (
    asksToReplace(text) &&
    intent.kind !== "empty" &&
    intent.kind !== "not-covered" &&
    intent.kind !== "search"
  )
    return replaceReply(question, options);
  const unclear = question.unclear.map((u) =>
    t("ask.unclear", { typed: userText(u.typed, 30), names: listOf(u.names.map(escapeMarkdown), "or") }),
  );
  const lead = [
    ...unclear,
    ...uncoveredLines(uncovered),
    ...(question.advice && intent.kind !== "empty" ? [t("ask.advice")] : []),
  ];
  return render(knowledge, index, text, question, intent, lead, options);
}
