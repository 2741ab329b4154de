import { resolveLocale, withLocale } from "../i18n/locale.js";
import type { LocaleCode } from "../i18n/catalogues/index.js";
import { t } from "../i18n/t.js";
import {
  InteractionContextType,
  InteractionResponseType,
  InteractionType,
  MessageFlags,
  PermissionFlagsBits,
  type APIInteraction,
  type APIInteractionResponse,
} from "discord-api-types/v10";
import type { Logger } from "../logger.js";
import { noticeReply } from "../reply/notice.js";
import { tooManyReports } from "../reply/report.js";
import type { Answer } from "./cache.js";
import { ExpectedError } from "./errors.js";
import { toIncoming, userIdOf } from "./from-api.js";
import type { LimitKind, Limiter } from "./limiter.js";
import { cardAccess, withoutOwner } from "./owner.js";
import { takeReport, type ChannelPost } from "./report.js";
import { toResponse } from "./to-api.js";
import type { Incoming, Outgoing } from "./types.js";

/** The generic apology for an unexpected failure, in the reply's locale. */
export const apology = () => noticeReply(t("notices.apologyTitle"), t("notices.apology"));
const unsupported = () => noticeReply(t("notices.unsupportedTitle"), t("notices.unsupported"));

export interface BoundaryDeps {
  answer: Answer;
  logger: Logger;
  limiter?: Limiter;
  /** Where "Report a problem" reports are posted (REPORT_CHANNEL_ID); logged only when unset. */
  reportChannelId?: string;
  /** Told how each interaction ended, e.g. to count it in metrics. */
  onOutcome?: (outcome: Outcome) => void;
}

/** How one interaction ended: its kind and command, the outcome ("ok", "rate-limited", "refused", "error", "unsupported") and the time the bot took. */
export interface Outcome {
  kind: string;
  command?: string;
  outcome: string;
  latencyMs: number;
}

/** What to send back, inline (HTTP) or as the callback (gateway), and what to post afterwards, if anything. */
export interface Answered {
  response: APIInteractionResponse;
  post?: ChannelPost;
}

/** The short ephemeral note for a command over the limit. */
export function slowDown(retryAfterMs: number): ReturnType<typeof noticeReply> {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return noticeReply(t("notices.slowDownTitle"), t("notices.slowDown", { count: seconds }));
}

function label(incoming: Incoming): string {
  return incoming.type === "button" || incoming.type === "modal" ? incoming.customId : incoming.name;
}

/** What each kind of interaction spends: pressing a card's buttons is cheap, a new answer less so. */
function limitKind(incoming: Incoming): LimitKind {
  if (incoming.type === "autocomplete") return "autocomplete";
  if (incoming.type === "button") return "section";
  if (incoming.type === "modal") return "report";
  return "command";
}

/** Over the limit, still answered: no choices, an acknowledgement that changes nothing, or a short note. */
function refusal(incoming: Incoming, retryAfterMs: number): Outgoing | APIInteractionResponse {
  if (incoming.type === "autocomplete") return { type: "choices", choices: [] };
  if (incoming.type === "button") return { type: InteractionResponseType.DeferredMessageUpdate };
  return {
    type: "reply",
    payload: incoming.type === "modal" ? tooManyReports(retryAfterMs) : slowDown(retryAfterMs),
  };
}

const USE_EXTERNAL_APPS = PermissionFlagsBits.UseExternalApps;

/**
 * Where only a user installed the app and that user may not use external apps, the answer cannot be public:
 * it is sent ephemeral rather than refused by Discord.
 */
function mustBeEphemeral(raw: APIInteraction): boolean {
  if (raw.context !== InteractionContextType.Guild || !raw.authorizing_integration_owners) return false;
  if ("0" in raw.authorizing_integration_owners) return false;
  const permissions = raw.member?.permissions;
  return permissions !== undefined && (BigInt(permissions) & USE_EXTERNAL_APPS) === 0n;
}

/** The answer as a new message only the person who pressed or asked can see. */
function ephemeral(out: Outgoing): Outgoing {
  if (out.type !== "reply" && out.type !== "update") return out;
  return {
    type: "reply",
    payload: { ...out.payload, flags: (out.payload.flags ?? 0) | MessageFlags.Ephemeral },
  };
}

/** The locale of a public answer (the server's, else the member's) and of a private one (the member's). */
function replyLocales(raw: APIInteraction): { server: LocaleCode; member: LocaleCode } {
  const member = resolveLocale("locale" in raw ? raw.locale : undefined);
  return { member, server: raw.guild_locale ? resolveLocale(raw.guild_locale) : member };
}

/** Whether the answer will be seen by the member alone, known before it is built. */
function answersPrivately(incoming: Incoming): boolean {
  if (incoming.type === "command") return incoming.options.private === true;
  return incoming.type === "autocomplete" || incoming.type === "modal" || incoming.type === "message-command";
}

const isEphemeralOut = (out: Outgoing) =>
  (out.type === "reply" || out.type === "update") &&
  ((out.payload.flags ?? 0) & MessageFlags.Ephemeral) !== 0;

const isResponse = (value: Outgoing | APIInteractionResponse): value is APIInteractionResponse =>
  typeof value.type === "number";

/**
 * THE error boundary, shared by the gateway and the HTTP endpoint: turns raw interaction JSON into the
 * response to send, and logs the outcome with its latency. Never throws, and answers every interaction:
 * expected failures get a friendly ephemeral note; anything else is logged with its stack and the user
 * gets a generic apology; autocomplete failures answer with no choices; kinds the bot does not handle are
 * logged at warn and answered with a short note.
 */
export function handleInteraction(raw: APIInteraction, deps: BoundaryDeps): Answered {
  const { logger, limiter } = deps;
  const started = performance.now();
  let fields: Record<string, unknown> = {};
  let counted: Outcome = { kind: "unsupported", outcome: "unsupported", latencyMs: 0 };
  /** Every way out: one log line and one outcome for whoever counts them (metrics). */
  const finish = (
    outcome: string,
    level: "info" | "warn" | "error",
    msg: string,
    extra: Record<string, unknown> = {},
  ) => {
    const latencyMs = Math.round((performance.now() - started) * 100) / 100;
    logger[level]({ ...fields, latencyMs, outcome, ...extra }, msg);
    deps.onOutcome?.({ ...counted, outcome, latencyMs });
  };
  try {
    const userId = userIdOf(raw);
    fields = { interactionType: raw.type, userId, guildId: raw.guild_id };
    if (raw.type === InteractionType.Ping) return { response: { type: InteractionResponseType.Pong } };
    const converted = toIncoming(raw);
    if (!converted) {
      finish("unsupported", "warn", "interaction of a kind the bot does not handle");
      return { response: toResponse({ type: "reply", payload: unsupported() }) };
    }
    const incoming: Incoming =
      converted.type === "button" ? { ...converted, customId: withoutOwner(converted.customId) } : converted;
    fields = { kind: incoming.type, command: label(incoming), userId, guildId: raw.guild_id };
    counted = { kind: incoming.type, command: label(incoming), outcome: "", latencyMs: 0 };
    const verdict = userId === undefined ? undefined : limiter?.check(userId, limitKind(incoming));
    if (verdict && !verdict.allowed) {
      finish("rate-limited", "info", "over the limit: answered with a short note", {
        retryAfterMs: verdict.retryAfterMs,
      });
      const refused = refusal(incoming, verdict.retryAfterMs);
      return { response: isResponse(refused) ? refused : toResponse(refused) };
    }
    const locales = replyLocales(raw);
    const report =
      incoming.type === "modal" && userId !== undefined
        ? withLocale(locales.member, () =>
            takeReport(raw, incoming.customId, incoming.fields, userId, deps.reportChannelId),
          )
        : undefined;
    if (report)
      logger.info(
        { ...fields, event: "report", ...report.report, posted: report.post !== undefined },
        "problem reported",
      );
    const answer = (locale: LocaleCode) =>
      report ? report.out : withLocale(locale, () => deps.answer(incoming));
    // A public answer in the server's language; one that only the member sees, in the member's own.
    let out = answer(answersPrivately(incoming) ? locales.member : locales.server);
    const shared =
      out.type === "update" &&
      converted.type === "button" &&
      cardAccess(raw, converted.customId, userId) === "other";
    if (shared || (out.type === "reply" && mustBeEphemeral(raw))) out = ephemeral(out);
    if (!report && locales.member !== locales.server && isEphemeralOut(out) && !answersPrivately(incoming)) {
      const again = answer(locales.member);
      out = again.type === "reply" || again.type === "update" ? ephemeral(again) : again;
    }
    finish("ok", "info", "interaction answered", shared ? { sharedCard: true } : {});
    return { response: toResponse(out), ...(report?.post ? { post: report.post } : {}) };
  } catch (error) {
    const expected = error instanceof ExpectedError;
    if (expected) finish("refused", "warn", "interaction refused", { reason: error.message });
    else finish("error", "error", "interaction failed", { err: error });
    if (raw?.type === InteractionType.ApplicationCommandAutocomplete)
      return { response: toResponse({ type: "choices", choices: [] }) };
    const payload = withLocale(replyLocales(raw).member, () =>
      expected ? noticeReply(error.title, error.message) : apology(),
    );
    return { response: toResponse({ type: "reply", payload }) };
  }
}

/** The answer to an interaction that arrives while the bot is shutting down: nothing new is started. */
export function shuttingDown(raw: APIInteraction): APIInteractionResponse {
  if (raw.type === InteractionType.Ping) return { type: InteractionResponseType.Pong };
  if (raw.type === InteractionType.ApplicationCommandAutocomplete)
    return toResponse({ type: "choices", choices: [] });
  return toResponse({
    type: "reply",
    payload: noticeReply(t("notices.restartingTitle"), t("notices.restarting")),
  });
}

/** The response alone, for a transport that posts nothing else. */
export function answerInteraction(raw: APIInteraction, deps: BoundaryDeps): APIInteractionResponse {
  return handleInteraction(raw, deps).response;
}
