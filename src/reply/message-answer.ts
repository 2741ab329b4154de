import type { Knowledge } from "../knowledge/schema.js";
import type { AskIndex } from "../question/ask-index.js";
import { splitMessage, type Part } from "../question/split.js";
import { askReply, type AskOptions } from "./ask.js";
import { escapeMarkdown } from "./markdown.js";
import { COLORS, isEphemeral, reply, type ActionRow, type Embed, type MessagePayload } from "./payload.js";
import { userText } from "./text.js";
import { shareRoom } from "./shared-room.js";
import { listOf } from "./words.js";
import { t } from "../i18n/t.js";
import { currentLocale, resolveLocale } from "../i18n/locale.js";
import { whichCompoundReply, type WhichOptions } from "./which-compound.js";

/**
 * A member's message answered whole (/ask, a mention, the message command, the terminal): split into the
 * questions it asks, each answered in a section of its own (Discord allows 10 embeds and 6,000 characters
 * to a message, so each part gets an equal share), with a first line saying which parts the sources do not
 * cover; a question in another language is answered with a note that the quotes are in English; a
 * follow-up takes the compounds and topic of the message it replies to (`context`).
 */

export interface MessageOptions extends AskOptions, WhichOptions {
  /** The message this one replies to: its text, or the title of the bot's answer it replies to. */
  context?: string;
}

const MAX_EMBEDS = 10;
const ECHO = 70;

/** Whether an answer quotes anything: a part answered with no quote is one the sources do not cover. */
function quotes(payload: MessagePayload): boolean {
  return payload.embeds.some((e) => (e.fields ?? []).length > 0 && e.color !== COLORS.muted);
}

function answerPart(
  knowledge: Knowledge,
  index: AskIndex,
  part: Part,
  options: MessageOptions,
): MessagePayload {
  return (
    whichCompoundReply(knowledge, index.question, part.question, options) ??
    askReply(knowledge, index, part.text, options, part.question)
  );
}

function withLines(embed: Embed, before: readonly string[], after: readonly string[] = []): Embed {
  return { ...embed, description: [...before, embed.description, ...after].filter(Boolean).join("\n\n") };
}

/** The question's language's note that quotes stay English, unless the reply is in that language (its footer says so). */
function languageNotes(parts: readonly Part[]): string[] {
  const notes = parts.flatMap((p) => {
    const language = p.question.language;
    return language && resolveLocale(language.id) !== currentLocale() ? [language.note] : [];
  });
  return [...new Set(notes)];
}

/** Answers a whole message. Pure; never throws on any text. */
export function answerMessage(
  knowledge: Knowledge,
  index: AskIndex,
  text: string,
  options: MessageOptions = {},
): MessagePayload {
  const { parts, dropped } = splitMessage(index.question, text, options.context);
  if (parts.length === 0) return askReply(knowledge, index, text, options);
  const notes = languageNotes(parts);
  if (parts.length === 1 && dropped === 0) {
    const [part] = parts;
    const single = answerPart(knowledge, index, part!, options);
    const taken =
      part!.inherited.length > 0 ? [t("message.readAs", { text: userText(part!.text, ECHO) })] : [];
    const [first, ...rest] = single.embeds;
    if (!first || (notes.length === 0 && taken.length === 0)) return single;
    // Built again through reply(), so the added lines are fitted within Discord's limits with the rest.
    return reply(
      [withLines(first, taken, notes), ...rest].map(({ footer: _footer, ...e }) => e),
      {
        ephemeral: isEphemeral(single),
        components: single.components,
        more: t("fit.askOneQuestion"),
      },
    );
  }
  const { answers, crowded } = shareRoom(parts.length, (i, sharedWith) =>
    answerPart(knowledge, index, parts[i]!, { ...options, sharedWith }),
  );
  const share = Math.max(1, Math.floor(MAX_EMBEDS / parts.length));
  const uncovered = parts.flatMap((p, i) => (quotes(answers[i]!) ? [] : [i + 1]));
  const summary = [
    t("message.asks", { count: parts.length }),
    uncovered.length > 0
      ? t("message.uncovered", { count: uncovered.length, parts: listOf(uncovered.map(String), "or") })
      : "",
    dropped > 0 ? t("message.dropped", { count: dropped }) : "",
  ].filter(Boolean);
  const embeds: Embed[] = [];
  const components: ActionRow[] = [];
  answers.forEach((answer, i) => {
    const part = parts[i]!;
    const [first, ...rest] = answer.embeds.slice(0, share);
    if (!first) return;
    const about =
      part.inherited.length > 0
        ? ` ${t("message.readAbout", { names: escapeMarkdown(part.inherited.join(", ")) })}`
        : "";
    const asked = `**${i + 1}. “${userText(part.typed, ECHO)}”**${about}`;
    const lines = crowded.includes(i) ? [asked, t("message.crowded")] : [asked];
    embeds.push(withLines({ ...first, title: `${i + 1}. ${first.title ?? ""}` }, lines), ...rest);
    components.push(...answer.components);
  });
  if (embeds[0]) embeds[0] = withLines(embeds[0], summary, notes);
  return reply(
    embeds.map(({ footer: _footer, ...e }) => e),
    {
      ephemeral: options.ephemeral || answers.every(isEphemeral),
      components: components.slice(0, 5),
      more: t("fit.askOneQuestion"),
    },
  );
}
