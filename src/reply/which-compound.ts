import { ButtonStyle, ComponentType } from "discord-api-types/v10";
import { quoteText } from "../knowledge/quotes.js";
import type { Claim, Compound, Knowledge } from "../knowledge/schema.js";
import { answers, claimsAnswering, subjectById } from "../knowledge/subjects.js";
import { subjectsAsked } from "../question/subjects.js";
import type { Particular } from "../question/vocabulary.js";
import type { ClaimTopic } from "../question/intent.js";
import { SECTION_OF, type CardSection } from "../question/phrase.js";
import type { QuestionIndex } from "../question/names.js";
import type { Question } from "../question/understand.js";
import { CLAIM_TOPICS } from "./ask-found.js";
import { escapeMarkdown } from "./markdown.js";
import { listOf, particularLabel, subjectLabel } from "./words.js";
import { t } from "../i18n/t.js";
import { namedLabel } from "./ask-parts.js";
import { LIMITS } from "./limits.js";
import { actionRow, COLORS, reply, type Button, type MessagePayload } from "./payload.js";

/**
 * A question that asks something ("what's the dose?", "is it safe with alcohol") but names no compound, and
 * has no earlier message to take one from: asked which compound is meant, with a button for each compound
 * the sources say something on it about, rather than guessed.
 */

export interface WhichOptions {
  ephemeral?: boolean;
  /** The custom id of the button that opens a compound's card at a section (made by the /compound command). */
  compoundButton?: (compound: Compound, section: CardSection) => string;
}

const MAX_BUTTONS = 5;
/** Mechanism words that name a molecule ("BDNF", "AMPA"): a search across compounds answers those. */
const GENERIC_MECHANISM = new Set([
  "mechanism",
  "mechanisms",
  "moa",
  "how",
  "does",
  "it",
  "work",
  "works",
  "on",
  "of",
  "action",
]);

const likelyOf = new WeakMap<Knowledge, Map<string, Compound[]>>();

/** What a question asks of the compound it does not name: its topics, the subjects and particulars its words name. */
interface Asked {
  topics: readonly ClaimTopic[];
  subjects: readonly string[];
  particulars: readonly Particular[];
}

const mentions = (p: Particular, claim: Claim) =>
  p.mentioned.test(`${claim.statement} ${quoteText(claim.quote)}`);

/**
 * How much a compound's sources say on what is asked: with subjects or particulars named ("during
 * breastfeeding"), its claims on them, and nothing unless every one is answered (the answer it would get
 * says the sources are silent on the rest); otherwise its claims on the topics.
 */
function saysOn(knowledge: Knowledge, c: Compound, asked: Asked): number {
  const { topics, subjects, particulars } = asked;
  if (subjects.length === 0 && particulars.length === 0)
    return (
      c.claims.filter((claim) => topics.some((t) => CLAIM_TOPICS[t].includes(claim.topic))).length +
      (topics.includes("dose") ? c.doses.length : 0)
    );
  const doses = subjects.includes("dose") ? c.doses.length : 0;
  const on = (id: string) => claimsAnswering(knowledge, c, id).length + (id === "dose" ? doses : 0);
  if (subjects.some((id) => on(id) === 0) || particulars.some((p) => !c.claims.some((x) => mentions(p, x))))
    return 0;
  return (
    c.claims.filter(
      (x) => subjects.some((id) => answers(knowledge, x, id)) || particulars.some((p) => mentions(p, x)),
    ).length + doses
  );
}

/**
 * The compounds whose sources say most on what is asked: counted once per knowledge and question shape, so a
 * question costs the same at any size.
 */
function likely(knowledge: Knowledge, asked: Asked): Compound[] {
  let known = likelyOf.get(knowledge);
  if (!known) likelyOf.set(knowledge, (known = new Map<string, Compound[]>()));
  const key = [[...asked.topics].sort(), [...asked.subjects].sort(), asked.particulars.map((p) => p.id)]
    .map((xs) => xs.join(" "))
    .join("|");
  const kept = known.get(key);
  if (kept) return kept;
  const found = knowledge.compounds
    .map((c) => ({ c, n: saysOn(knowledge, c, asked) }))
    .filter(({ n }) => n > 0)
    .sort((a, b) => b.n - a.n)
    .slice(0, MAX_BUTTONS)
    .map(({ c }) => c);
  known.set(key, found);
  return found;
}

/** Of what is asked, what no compound's sources say anything on ("use in pregnancy or nursing"), as labels. */
function silentOnAll(knowledge: Knowledge, asked: Asked): string[] {
  const subjects = asked.subjects
    .filter((id) =>
      knowledge.compounds.every(
        (c) => saysOn(knowledge, c, { ...asked, subjects: [id], particulars: [] }) === 0,
      ),
    )
    .flatMap((id) => subjectById(knowledge, id) ?? [])
    .map(subjectLabel);
  const particulars = asked.particulars
    .filter((p) => !knowledge.compounds.some((c) => c.claims.some((x) => mentions(p, x))))
    .map(particularLabel);
  return [...subjects, ...particulars];
}

/** The reply asking which compound is meant, or undefined when the question names one or asks nothing. */
export function whichCompoundReply(
  knowledge: Knowledge,
  index: QuestionIndex,
  question: Question,
  options: WhichOptions,
): MessagePayload | undefined {
  const covered = question.mentions.some((m) => m.named.kind === "covered");
  const nootropic = question.mentions.some((m) => m.named.kind === "not-covered");
  if (covered || nootropic || question.classes.length > 0 || question.goals.length > 0) return undefined;
  if (question.unclear.length > 0) return undefined;
  const topics = question.topics.filter((t): t is ClaimTopic => t in CLAIM_TOPICS && t !== "effect");
  const others = question.mentions.filter((m) => m.named.kind === "other");
  const asksPair = others.length > 0 && (question.joined || question.topics.includes("interaction"));
  if (topics.length === 0 && !asksPair && !question.refersBack) return undefined;
  const mechanism = index.phrases.topics.mechanism;
  const molecule = question.rest.some((w) => !GENERIC_MECHANISM.has(w) && mechanism.includes(w));
  if (molecule) return undefined;
  const shown = topics.length > 0 ? topics : (["safety"] as ClaimTopic[]);
  const asked: Asked = {
    topics: shown,
    // Taking it with another drug ("is it safe with alcohol") asks what the sources say of interactions.
    subjects: [
      ...new Set([
        ...subjectsAsked(knowledge.subjects, question.words.join(" ")),
        ...(asksPair ? ["interactions"] : []),
      ]),
    ],
    particulars: question.subjects,
  };
  const candidates = likely(knowledge, asked);
  const silent = candidates.length === 0 ? silentOnAll(knowledge, asked) : [];
  const section = SECTION_OF[shown[0]!];
  const buttons: Button[] = options.compoundButton
    ? candidates.map((c) => ({
        type: ComponentType.Button,
        style: ButtonStyle.Secondary,
        label: c.name,
        custom_id: options.compoundButton!(c, section).slice(0, LIMITS.customId),
      }))
    : [];
  const pair = listOf(others.map((m) => escapeMarkdown(namedLabel(m))));
  const names = escapeMarkdown(candidates.map((c) => c.name).join(", "));
  return reply(
    [
      {
        title: t(question.refersBack ? "which.titleMany" : "which.title"),
        description: [
          question.refersBack
            ? t("which.refersBack")
            : pair
              ? t("which.noNamePair", { names: pair })
              : t("which.noName"),
          candidates.length > 0
            ? t(buttons.length > 0 ? "which.press" : "which.askWithName", { names })
            : [
                ...(silent.length > 0
                  ? [t("which.noneSay", { asked: escapeMarkdown(listOf(silent)) }), t("card.notSafe")]
                  : []),
                t("which.askAgain", {
                  names: escapeMarkdown(knowledge.compounds.map((c) => c.name).join(", ")),
                }),
              ].join(" "),
        ].join("\n"),
        color: COLORS.muted,
      },
    ],
    { ephemeral: true, components: buttons.length > 0 ? [actionRow(buttons)] : [] },
  );
}
