import type { Claim, Compound, Goal, Knowledge } from "../knowledge/schema.js";
import { GOALS } from "../knowledge/schema.js";
import type { AskIndex } from "../question/ask-index.js";
import { intentOf, type ClaimTopic, type Intent } from "../question/intent.js";
import { understand, type Question } from "../question/understand.js";
import type { QuestionGoal } from "../question/vocabulary.js";
import { searchKnowledge } from "../search/fulltext.js";
import { CLAIM_TOPICS, classEmbed, compareForEmbed, foundByWords } from "./ask-found.js";
import { amountLines, hitFields, interactionNote, pairEmbed, uncoveredLines } from "./ask-parts.js";
import { silentOn, subjectList } from "../knowledge/subjects.js";
import { quoteText } from "../knowledge/quotes.js";
import { claimField, doseText, SourceRefs } from "./claims.js";
import { compareReply } from "./compare.js";
import { evidenceRank } from "./evidence.js";
import { escapeMarkdown } from "./markdown.js";
import { COLORS, reply, type Embed, type EmbedField, type MessagePayload } from "./payload.js";
import { stackForReply, stackGoalReply } from "./stack.js";
import { userText } from "./text.js";

/** The answer to a question in plain words (/ask, a mention, the message command), quoted from the sources. */

export interface AskOptions {
  ephemeral?: boolean;
}

const PER_COMPOUND = 6;
const ADVICE =
  "Whether you should take it is not something the sources, or I, can decide for you: here is only what the sources say.";

const TOPIC_LABEL: Record<ClaimTopic, string> = {
  dose: "dose",
  pharmacokinetics: "half-life and duration",
  cycling: "cycling and tolerance",
  mechanism: "how it works",
  effect: "effects",
  safety: "side effects and safety",
  evidence: "the evidence",
  "legal-status": "legal status",
  history: "history",
};

const byEvidence = (a: Claim, b: Claim) => evidenceRank(a.evidence) - evidenceRank(b.evidence);

/**
 * The particular subjects asked about (children, pets, driving, headaches, overdose): the compound's claims
 * that mention each one, whatever their topic, shown first; and for a subject no claim mentions, a note that
 * the sources are silent on it.
 */
function subjectsOf(compound: Compound, question: Question): { claims: Claim[]; notes: string[] } {
  const mentioning = (pattern: RegExp) =>
    compound.claims.filter((c) => pattern.test(`${c.statement} ${quoteText(c.quote)}`));
  return {
    claims: [...new Set(question.subjects.flatMap((s) => mentioning(s.mentioned)))],
    notes: question.subjects
      .filter((s) => mentioning(s.mentioned).length === 0)
      .map(
        (s) =>
          `The sources say nothing about ${s.label} for ${escapeMarkdown(compound.name)}. No information is not the same as safe.`,
      ),
  };
}

function claimsEmbed(
  knowledge: Knowledge,
  compound: Compound,
  topics: readonly ClaimTopic[],
  question: Question,
  interactions: boolean,
): Embed {
  const refs = new SourceRefs(knowledge);
  const fields: EmbedField[] = [];
  const notes: string[] = [];
  const shown = new Set<Claim>();
  for (const topic of topics) {
    if (topic === "dose") {
      fields.push(...compound.doses.map((d) => claimField(knowledge, d, `Dose: ${doseText(d)}`)));
      notes.push(...amountLines(compound, question.amounts, refs));
    }
    // Safety also takes the claims that speak to a safety question (long-term use, interactions, pregnancy),
    // after those about the particular subject asked (headaches, driving ...).
    const subjects = topic === "safety" ? subjectsOf(compound, question) : { claims: [], notes: [] };
    const general = compound.claims
      .filter(
        (c) =>
          CLAIM_TOPICS[topic].includes(c.topic) ||
          (topic === "safety" &&
            ["long-term-use", "interactions", "pregnancy"].some((s) => c.subjects?.includes(s))),
      )
      .sort(byEvidence);
    const claims = [...subjects.claims, ...general.filter((c) => !subjects.claims.includes(c))];
    // A claim that answers two of the topics asked (cycling and safety) is shown once.
    fields.push(...claims.filter((c) => !shown.has(c)).map((c) => claimField(knowledge, c)));
    claims.forEach((c) => shown.add(c));
    const doses = topic === "dose" ? compound.doses.length : 0;
    if (claims.length + doses === 0)
      notes.push(`The sources say nothing about ${TOPIC_LABEL[topic]} for ${escapeMarkdown(compound.name)}.`);
    notes.push(...subjects.notes);
    const silent = silentOn(knowledge, compound, ["long-term-use", "interactions", "pregnancy"]);
    if (topic === "safety" && silent.length > 0)
      notes.push(
        `The sources say nothing about ${escapeMarkdown(compound.name)} and ${subjectList(silent, "or")}. No information is not the same as safe.`,
      );
  }
  if (interactions && !topics.includes("safety")) notes.push(...interactionNote(knowledge, compound, fields));
  const refList = refs.list();
  return {
    title: `${compound.name}: ${topics.map((t) => TOPIC_LABEL[t]).join(" and ")}`,
    description: [...notes, refList].filter(Boolean).join("\n") || undefined,
    color: COLORS.info,
    fields: fields.slice(0, PER_COMPOUND + compound.doses.length),
  };
}

/** No topic asked: the doses, the best-evidenced effects, and the caveats, with where to read on. */
function overviewEmbed(knowledge: Knowledge, compound: Compound): Embed {
  const effects = compound.claims
    .filter((c) => c.topic === "effect")
    .sort(byEvidence)
    .slice(0, 3);
  const caveats = compound.claims.filter((c) => c.topic === "evidence").slice(0, 2);
  return {
    title: compound.name,
    description: `What the sources say, in short. \`/compound name:${compound.id}\` shows everything, section by section.`,
    color: COLORS.info,
    fields: [
      ...compound.doses.map((d) => claimField(knowledge, d, `Dose: ${doseText(d)}`)),
      ...effects.map((c) => claimField(knowledge, c, `Effect: ${c.statement}`)),
      ...caveats.map((c) => claimField(knowledge, c, `Caveat: ${c.statement}`)),
    ],
  };
}

const isSchemaGoal = (goal: QuestionGoal): goal is Goal => (GOALS as readonly string[]).includes(goal);

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
  const scope = compound ? ` for ${escapeMarkdown(compound.name)}` : "";
  const embed: Embed = {
    title: `Reported for ${goal}${compound ? `: ${compound.name}` : ""}`,
    description: [
      ...lead,
      hits.length
        ? `The sources report no effect on ${goal}${scope} as such. These quotes mention it; a mention is not a recommendation.`
        : `The sources report nothing about ${goal}${scope}.`,
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
    { ephemeral: Boolean(payload.flags), components: payload.components },
  );
}

function canAnswer(knowledge: Knowledge): string {
  const names = knowledge.compounds
    .map((c) => c.name)
    .sort()
    .join(", ");
  return `I can answer questions about ${names}. For example: “noopept dose?”, “is aniracetam safe with ssris”, “piracetam vs noopept” or “what helps memory”.`;
}

function honest(knowledge: Knowledge, text: string, lead: string[]): MessagePayload {
  const typed = userText(text, 80);
  const embed: Embed = {
    title: "Not in my sources",
    description: [
      ...lead,
      typed ? `My sources don't cover “${typed}”.` : "Ask a question about a nootropic.",
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
    case "pair":
      return prefixed(
        reply(
          intent.partners.map((p, i) => pairEmbed(knowledge, intent.first, p, intent.asks, i === 0)),
          { ephemeral: options.ephemeral },
        ),
        lead,
      );
    case "stack-for":
      return prefixed(stackForReply(knowledge, intent.compound, options), lead);
    case "compare":
      return prefixed(compareReply(knowledge, intent.compounds, options), lead);
    case "compare-for":
      return prefixed(
        reply([compareForEmbed(knowledge, index, intent, question)], { ephemeral: options.ephemeral }),
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
      const topics = intent.topics;
      const found = foundByWords(
        knowledge,
        index,
        intent.compounds,
        question,
        topics === "overview" ? [] : topics,
      );
      const leadWith = found.silence ? [...lead, found.silence] : lead;
      if (topics === "overview" && found.embed)
        return prefixed(reply([found.embed], { ephemeral: options.ephemeral }), leadWith);
      const embeds = intent.compounds.map((c) =>
        topics === "overview"
          ? overviewEmbed(knowledge, c)
          : claimsEmbed(knowledge, c, topics, question, intent.interactions),
      );
      return prefixed(
        reply(found.embed ? [found.embed, ...embeds] : embeds, {
          ephemeral: options.ephemeral,
          more: "ask about one compound at a time, or use /compound",
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
        title: "From the sources",
        description: [
          ...lead,
          `No compound is named, so here are the quoted claims that best match your words (${escapeMarkdown(words)}), across compounds.`,
        ].join("\n"),
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
            title: intent.kind === "empty" ? "What I can answer" : "Not covered",
            description: [...lead, canAnswer(knowledge)].join("\n\n"),
            color: COLORS.muted,
          },
        ],
        { ephemeral: true },
      );
  }
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
  const question = read ?? understand(index.question, text);
  const { intent, uncovered } = intentOf(question);
  const unclear = question.unclear.map(
    (u) =>
      `“${userText(u.typed, 30)}” could be ${u.names.map(escapeMarkdown).join(" or ")}: name it in full to ask about it.`,
  );
  const lead = [
    ...unclear,
    ...uncoveredLines(uncovered),
    ...(question.advice && intent.kind !== "empty" ? [ADVICE] : []),
  ];
  return render(knowledge, index, text, question, intent, lead, options);
}
