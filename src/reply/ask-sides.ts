import type { Compound, Knowledge } from "../knowledge/schema.js";
import type { AskIndex } from "../question/ask-index.js";
import type { ClaimTopic, Intent } from "../question/intent.js";
import type { Question } from "../question/understand.js";
import type { QuestionGoal } from "../question/vocabulary.js";
import { rankClaims, type Ranked } from "../search/relevance.js";
import { t } from "../i18n/t.js";
import { CLAIM_TOPICS, specificWords } from "./ask-found.js";
import { evidenceRank } from "./evidence.js";
import { goalClaims, isSchemaGoal } from "./goal-claims.js";
import { escapeMarkdown } from "./markdown.js";
import { COLORS, type Embed, type EmbedField } from "./payload.js";
import { commandsFor, LIST_ROOM, listFields, listMoreField, MESSAGE_TEXT } from "./planned.js";
import { userText } from "./text.js";
import { goalWord, listOf, topicLabel } from "./words.js";

/**
 * Answers across sides: "X vs Y for Z" and a class ("racetams for memory"), each side answered from its own
 * claims, with what the sources say comparing the sides first.
 */

const PER_MEMBER = 3;

const byEvidence = (a: Ranked, b: Ranked) => evidenceRank(a.claim.evidence) - evidenceRank(b.claim.evidence);

/** What to answer for each side: topics, a goal, or the question's particular words. */
interface Sides {
  compounds: readonly Compound[];
  topics: readonly ClaimTopic[];
  goal?: QuestionGoal;
}

/**
 * What the sources say of the sides together on what is asked: a comparison or stack claim of one side that
 * names another side (`with`) and matches the question's words or goal ("some claim greater improvements in
 * mood with nefiracetam than aniracetam, although studies have not been conducted"; "stacking with a choline
 * source such as Alpha GPC ... reduces the likelihood of headaches").
 */
function linking(index: AskIndex, compounds: readonly Compound[], words: readonly string[]): Ranked[] {
  const ids = new Set(compounds.map((c) => c.id));
  if (ids.size < 2) return [];
  return rankClaims(index.relevance, compounds, { words, topics: [], related: index.question.related })
    .filter(
      (r) =>
        (r.claim.topic === "comparison" || r.claim.topic === "stack") &&
        r.claim.with !== undefined &&
        r.claim.with !== r.compound.id &&
        ids.has(r.claim.with) &&
        r.matched.length > 0,
    )
    .slice(0, PER_MEMBER);
}

/**
 * Each side's claims taken in turns (every side's best, strongest evidence first, then every side's second
 * ...), so that a side with stronger evidence or longer quotes does not push the other out of the answer.
 */
function inTurns(lists: readonly (readonly Ranked[])[]): Ranked[] {
  const rounds = Math.max(0, ...lists.map((l) => l.length));
  return Array.from({ length: rounds }, (_, i) =>
    lists.flatMap((l) => (l[i] ? [l[i]] : [])).sort(byEvidence),
  ).flat();
}

/**
 * For each compound, its claims on what is asked, ranked; the compounds with none. What the sources say
 * comparing the sides comes first; then a goal's own claims (what the compound's goal answer shows,
 * src/reply/goal-claims.ts), then those with the question's words, the sides in turns.
 */
function perSide(knowledge: Knowledge, index: AskIndex, sides: Sides, question: Question) {
  const { compounds, topics, goal } = sides;
  const words = [...question.words, ...(goal ? [goal] : [])];
  const linked = linking(index, compounds, words);
  const linkedClaims = new Set(linked.map((r) => r.claim));
  const each = compounds.map((c) => {
    const own = goal ? goalClaims(knowledge, index, goal, c) : [];
    const ranked = rankClaims(index.relevance, [c], {
      words,
      topics: topics.flatMap((t) => CLAIM_TOPICS[t]),
      related: index.question.related,
    }).filter((r) =>
      topics.length > 0 ? topics.some((t) => CLAIM_TOPICS[t].includes(r.claim.topic)) : r.matched.length > 0,
    );
    const first = own.map((claim): Ranked => ({ compound: c, claim, score: 0, matched: [] }));
    const rest = ranked.filter((r) => !own.includes(r.claim) && !linkedClaims.has(r.claim));
    return { compound: c, ranked: [...first, ...rest].slice(0, PER_MEMBER) };
  });
  // A side a shown comparison speaks of is not silent on it.
  const inLinked = new Set(linked.flatMap((r) => [r.compound.id, r.claim.with]));
  return {
    shown: [...linked, ...inTurns(each.map((p) => p.ranked))],
    silent: each
      .filter((p) => p.ranked.length === 0 && !inLinked.has(p.compound.id))
      .map((p) => p.compound.name),
  };
}

function about(index: AskIndex, sides: Sides, question: Question): string {
  const specific = specificWords(index, question);
  return sides.goal !== undefined
    ? goalWord(sides.goal)
    : sides.topics.length > 0
      ? listOf(sides.topics.map(topicLabel))
      : // What it asks of the sides ("stronger") before the other words of a long message.
        [...new Set([...question.purposes, ...specific])].slice(0, 3).join(", ");
}

/** Whether a question asks something of the sides beyond naming them. */
export function asksOfSides(index: AskIndex, sides: Sides, question: Question): boolean {
  return sides.topics.length > 0 || sides.goal !== undefined || specificWords(index, question).length > 0;
}

/**
 * What a list across sides leaves for its claims: the message less its title, description, the lines put
 * before it (`lead`), and a reserve for the footer, the "…and N more" field and a V2 card's frame.
 */
const SIDES_RESERVE = 500;

function sidesEmbed(
  knowledge: Knowledge,
  index: AskIndex,
  sides: Sides,
  question: Question,
  heading: {
    title: string;
    intro: readonly string[];
    noRanking: string;
    lead?: readonly string[];
    sharedWith?: number;
  },
): Embed {
  const { shown, silent } = perSide(knowledge, index, sides, question);
  const asked = escapeMarkdown(userText(about(index, sides, question), 40));
  const title = `${heading.title}: ${about(index, sides, question)}`;
  const description = [
    ...heading.intro,
    t("found.sides", { noRanking: heading.noRanking, asked }),
    silent.length > 0 ? t("found.sidesSilent", { names: escapeMarkdown(listOf(silent)) }) : "",
  ]
    .filter(Boolean)
    .join("\n");
  const taken = title.length + description.length + (heading.lead ?? []).join("\n\n").length;
  // A message asking several things shares its room (src/reply/shared-room.ts): this answer takes its share.
  const shared = heading.sharedWith ?? 1;
  const chars = Math.floor((MESSAGE_TEXT - SIDES_RESERVE) / shared) - taken;
  const room = { ...LIST_ROOM, chars: shared > 1 ? Math.max(0, chars) : Math.max(LIST_ROOM.chars, chars) };
  return {
    title,
    description,
    color: shown.length > 0 ? COLORS.info : COLORS.muted,
    fields: sidesFields(knowledge, sides, shown, room),
  };
}

/**
 * The sides' claims as fields, each with its sources' verdict on whether it is shown to work; a side none of
 * whose claims fits beside the others' (each comes with what always comes with it) is named as left out.
 */
function sidesFields(
  knowledge: Knowledge,
  { compounds, goal }: Sides,
  shown: readonly Ranked[],
  room: typeof LIST_ROOM,
): EmbedField[] {
  // Where the rest is: a goal's own answer for that compound, else its card.
  const command = (c: Compound) =>
    goal !== undefined && isSchemaGoal(goal)
      ? `/stack goal:${goal} compound:${c.id}`
      : `/compound name:${c.id}`;
  const planned = listFields(knowledge, shown, room, ["efficacy"]);
  const fitted = new Set(planned.claims);
  const cut = compounds.filter(
    (c) => shown.some((r) => r.compound === c) && !shown.some((r) => r.compound === c && fitted.has(r.claim)),
  );
  const more = listMoreField(planned, shown, command);
  if (cut.length === 0) return [...planned.fields, ...more];
  const commands = commandsFor(cut, command);
  const names = escapeMarkdown(listOf(cut.map((c) => c.name)));
  return [...planned.fields, ...more.map((f) => ({ ...f, value: t("found.sidesCut", { names, commands }) }))];
}

/** "X vs Y for Z": Z answered for each side from its own claims, strongest evidence first. */
export function compareForEmbed(
  knowledge: Knowledge,
  index: AskIndex,
  sides: Sides,
  question: Question,
  lead: readonly string[] = [],
  sharedWith?: number,
): Embed {
  const names = sides.compounds.map((c) => c.name);
  return sidesEmbed(knowledge, index, sides, question, {
    title: names.join(" vs "),
    intro: [],
    noRanking: t("found.notSettled", { names: escapeMarkdown(listOf(names)) }),
    lead,
    ...(sharedWith !== undefined ? { sharedWith } : {}),
  });
}

/** A class answered across its members, each from its own claims, strongest evidence first. */
export function classEmbed(
  knowledge: Knowledge,
  index: AskIndex,
  intent: Extract<Intent, { kind: "class" }>,
  question: Question,
): Embed {
  const { cls, members, topics, goal } = intent;
  const list = members.map((m) => m.name).join(", ");
  const intro = [
    t("found.classIntro", { cls: cls.name.toLowerCase(), list: escapeMarkdown(list) }),
    cls.note ?? "",
  ];
  const sides: Sides = { compounds: members, topics, ...(goal ? { goal } : {}) };
  if (!asksOfSides(index, sides, question))
    return {
      title: t("found.classTitle", { cls: cls.name }),
      description: [...intro, t("found.classAsk")].filter(Boolean).join("\n"),
      color: COLORS.info,
      fields: members.map((m) => ({
        name: m.name,
        value: `${escapeMarkdown(m.class)}. \`/compound name:${m.id}\``,
      })),
    };
  return sidesEmbed(knowledge, index, sides, question, {
    title: cls.name,
    intro: intro.filter(Boolean),
    noRanking: t("found.classNoRank", { cls: cls.name.toLowerCase() }),
  });
}
