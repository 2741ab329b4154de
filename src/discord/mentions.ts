import {
  MessageFlags,
  type GatewayMessageCreateDispatchData,
  type RESTPostAPIChannelMessageJSONBody,
} from "discord-api-types/v10";
import { contextOf } from "../question/follow-up.js";
import type { Router } from "../interactions/cache.js";
import type { Caller, Incoming } from "../interactions/types.js";
import type { LimitCheck } from "../interactions/limiter.js";
import type { Logger } from "../logger.js";
import { resolveLocale, withLocale } from "../i18n/locale.js";
import { t } from "../i18n/t.js";
import { noticeReply } from "../reply/notice.js";
import type { MessagePayload } from "../reply/payload.js";
import { toComponentsV2 } from "../reply/v2/convert.js";

/**
 * Questions asked by @mentioning the bot in chat ("@bot noopept dose?"): the same answer as /ask, posted
 * as a reply to that message. The bot receives every message of the channels it is in, so a message
 * that does not mention it is dropped after one look at its mention list, before anything else is read,
 * and nothing is kept. Discord sends the content of messages that mention the bot without the privileged
 * Message Content intent.
 */

/** The command a mention is answered through, so it is the same answer (and cache) as /ask. */
const ASK = "ask";
const empty = () => noticeReply(t("ask.mentionTitle"), t("ask.mention"));

export interface MentionDeps {
  /** The bot's own user id, once logged in. */
  botId: () => string | undefined;
  router: Router;
  logger: Logger;
  limiter?: LimitCheck;
  /** Whether a server answers mentions (its /settings); all do when unset. */
  answersMentions?: (guildId: string | undefined) => boolean | Promise<boolean>;
  /** Whether a server shows drafts in its answers (its /settings); none does when unset. */
  showsDrafts?: (guildId: string) => boolean | Promise<boolean>;
  /** The server's preferred locale, when the gateway gave it (GUILD_CREATE). */
  guildLocale?: (guildId: string) => string | undefined;
  /** The language a question is written in, when it is not English ("ru"). */
  languageOf?: (text: string) => string | undefined;
  /** Told of each question answered (unanswered questions are kept from here). */
  onAnswered?: (incoming: Incoming, caller: Caller) => void;
}

/** A message to post: the answer to a mention, as a reply in its channel. */
export interface MentionReply {
  channelId: string;
  body: RESTPostAPIChannelMessageJSONBody;
}

/** The raw fields read: the rest of a message is never looked at. */
type RawMessage = Pick<
  GatewayMessageCreateDispatchData,
  "id" | "channel_id" | "content" | "author" | "mentions"
> &
  Partial<Pick<GatewayMessageCreateDispatchData, "guild_id" | "webhook_id" | "referenced_message">>;

/** Whether the message mentions the bot: the one check every message goes through. */
export function mentionsBot(raw: Pick<RawMessage, "mentions"> | null, botId: string | undefined): boolean {
  if (botId === undefined || !Array.isArray(raw?.mentions)) return false;
  for (const user of raw.mentions) if (user?.id === botId) return true;
  return false;
}

/**
 * A channel message body: the answer as a Components V2 card (as a slash command's), a reply to the
 * question, pinging no one, not even its author. Laid out in the answer's locale (what fitting adds is ours).
 */
function replyBody(raw: RawMessage, payload: MessagePayload): RESTPostAPIChannelMessageJSONBody {
  // A file would need a multipart post: an answer to a mention carries none (its chart is the commands').
  const sent = { ...payload };
  delete sent.files;
  delete sent.accents;
  const card = toComponentsV2(sent);
  // Ephemeral exists only for interactions: in a channel every reply is public, so drop that flag.
  const flags = card.flags & ~MessageFlags.Ephemeral;
  return {
    components: card.components,
    flags,
    allowed_mentions: { parse: [], replied_user: false },
    // One reply per question: Discord returns the message already posted for this nonce (a retry after a
    // 5xx it had processed, or the same MESSAGE_CREATE replayed after a resume) instead of a second one.
    nonce: `m${raw.id}`,
    enforce_nonce: true,
    message_reference: {
      message_id: raw.id,
      channel_id: raw.channel_id,
      ...(raw.guild_id ? { guild_id: raw.guild_id } : {}),
      fail_if_not_exists: false,
    },
  };
}

/**
 * The answer to a message, if it asks the bot: undefined at once (no promise, nothing read) for a message
 * that does not mention the bot, or comes from a bot (the bot's own included) or a webhook; else the reply to
 * post, or undefined for a user over the rate limit or a server that turned mentions off. Never rejects.
 */
export function answerMention(
  raw: RawMessage,
  deps: MentionDeps,
): Promise<MentionReply | undefined> | undefined {
  const botId = deps.botId();
  if (!mentionsBot(raw, botId)) return undefined;
  // A message without an author (never sent by Discord) is treated like a bot's: ignored.
  if (!raw.author || raw.author.bot || raw.author.id === botId || raw.webhook_id) return undefined;
  return answerMentioned(raw, raw.author.id, botId!, deps);
}

async function answerMentioned(
  raw: RawMessage,
  authorId: string,
  botId: string,
  deps: MentionDeps,
): Promise<MentionReply | undefined> {
  const started = performance.now();
  const fields = { kind: "mention", userId: authorId, guildId: raw.guild_id };
  try {
    if (deps.answersMentions && !(await deps.answersMentions(raw.guild_id))) {
      deps.logger.info({ ...fields, outcome: "off" }, "mentions are off in this server: not answered");
      return undefined;
    }
    // A reply in a channel spends the bot's shared REST budget (an interaction callback does not): over the
    // limit, a mention is left unanswered rather than answered with a note.
    const verdict = await deps.limiter?.check(authorId, "command");
    if (verdict && !verdict.allowed) {
      deps.logger.info(
        { ...fields, outcome: "rate-limited", retryAfterMs: verdict.retryAfterMs },
        "over the limit: mention not answered",
      );
      return undefined;
    }
    const question = String(raw.content ?? "")
      .replace(new RegExp(`<@!?${botId}>`, "g"), " ")
      .trim();
    // The server's language when the gateway gave it, else the question's own, else English.
    const locale = resolveLocale(
      (raw.guild_id ? deps.guildLocale?.(raw.guild_id) : undefined) ?? deps.languageOf?.(question),
    );
    let payload: MessagePayload | undefined;
    if (question !== "") {
      // A reply to a message (the bot's answer or a member's) is a follow-up: it takes that message's compounds.
      const context = contextOf(raw.referenced_message);
      const options = context !== undefined ? { question, context } : { question };
      const incoming = { type: "command", name: ASK, options } as const;
      const caller = {
        ...(raw.guild_id ? { guildId: raw.guild_id, serverInstalled: true } : {}),
        mustBePrivate: false,
      };
      const drafts = raw.guild_id !== undefined && (await deps.showsDrafts?.(raw.guild_id)) === true;
      const out = withLocale(locale, () =>
        deps.router(incoming, drafts ? { ...caller, showsDrafts: true } : caller),
      );
      payload = out.type === "reply" || out.type === "update" ? out.payload : undefined;
      deps.onAnswered?.(incoming, caller);
    }
    deps.logger.info(
      { ...fields, latencyMs: Math.round((performance.now() - started) * 100) / 100, outcome: "ok" },
      "mention answered",
    );
    const body = withLocale(locale, () => replyBody(raw, payload ?? empty()));
    return { channelId: raw.channel_id, body };
  } catch (error) {
    deps.logger.error({ ...fields, outcome: "error", err: error }, "mention failed");
    return undefined;
  }
}
