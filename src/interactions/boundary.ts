import type { LocaleCode } from "../i18n/catalogues/index.js";
import { resolveLocale, withLocale } from "../i18n/locale.js";
import { t } from "../i18n/t.js";
import {
  InteractionResponseType,
  InteractionType,
  MessageFlags,
  type APIInteraction,
  type APIInteractionResponse,
} from "discord-api-types/v10";
import type { Logger } from "../logger.js";
import { noticeReply } from "../reply/notice.js";
import { isEphemeral } from "../reply/payload.js";
import type { Router } from "./cache.js";
import { ExpectedError } from "./errors.js";
import { fromApi } from "./from-api.js";
import type { LimitCheck, LimitKind } from "./limiter.js";
import { present } from "./present.js";
import type { SettingsPort } from "./settings.js";
import { toAnswered, toResponse, type Answered } from "./to-api.js";

export type { Answered } from "./to-api.js";
import type { Caller, Incoming, Outgoing } from "./types.js";

/** The generic apology for an unexpected failure, in the reply's locale. */
export const apology = () => noticeReply(t("notices.apologyTitle"), t("notices.apology"));
const unsupported = () => noticeReply(t("notices.unsupportedTitle"), t("notices.unsupported"));

export interface BoundaryDeps {
  router: Router;
  logger: Logger;
  limiter?: LimitCheck;
  /** Per-server settings: a server's "answers private by default" applies to commands that do not say. */
  settings?: SettingsPort;
  /** Told how each interaction ended, e.g. to count it in metrics. */
  onOutcome?: (outcome: Outcome) => void;
  /** Told of each interaction answered, after its answer (unanswered questions are kept from here). */
  onAnswered?: (incoming: Incoming, caller: Caller) => void;
}

/** How one interaction ended: its kind and command, the outcome ("ok", "rate-limited", "refused", "error", "unsupported") and the time the bot took. */
export interface Outcome {
  kind: string;
  command?: string;
  outcome: string;
  latencyMs: number;
}

/** THE error boundary, built once by the entry point and handed to whichever front door runs. */
export interface Boundary {
  /** The response to one raw interaction (inline over HTTP, the callback over the gateway). Never rejects. */
  handle(raw: APIInteraction): Promise<APIInteractionResponse>;
  /** The same, with the files (a chart) to attach to the response. Never rejects. */
  respond(raw: APIInteraction): Promise<Answered>;
  /** What the router answers with, for questions that come as messages (mentions). */
  readonly router: Router;
  readonly limiter?: LimitCheck;
  readonly settings?: SettingsPort;
  readonly onAnswered?: (incoming: Incoming, caller: Caller) => void;
}

/** The short ephemeral note for a command over the limit. */
export function slowDown(retryAfterMs: number): ReturnType<typeof noticeReply> {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return noticeReply(t("notices.slowDownTitle"), t("notices.slowDown", { count: seconds }));
}

/** The note for a form (the report form, the one there is) sent too often. */
function tooManyForms(retryAfterMs: number): ReturnType<typeof noticeReply> {
  const minutes = Math.max(1, Math.ceil(retryAfterMs / 60_000));
  return noticeReply(t("report.tooManyTitle"), t("report.tooMany", { count: minutes }));
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
function overLimit(incoming: Incoming, retryAfterMs: number): Outgoing {
  if (incoming.type === "autocomplete") return { type: "choices", choices: [] };
  if (incoming.type === "button") return { type: "acknowledge" };
  return {
    type: "reply",
    payload: incoming.type === "modal" ? tooManyForms(retryAfterMs) : slowDown(retryAfterMs),
  };
}

/** The answer as a new message only the person who pressed or asked can see. */
function privately(out: Outgoing): Outgoing {
  if (out.type !== "reply" && out.type !== "update") return out;
  return {
    type: "reply",
    payload: { ...out.payload, flags: (out.payload.flags ?? 0) | MessageFlags.Ephemeral },
  };
}

type Locales = { server: LocaleCode; member: LocaleCode };

/** The locale of a public answer (the server's, else the member's) and of a private one (the member's). */
function replyLocales(caller: Caller): Locales {
  const member = resolveLocale(caller.locale);
  return { member, server: caller.guildLocale ? resolveLocale(caller.guildLocale) : member };
}

/** Whether the answer will be seen by the member alone, known before it is built. */
function answersPrivately(incoming: Incoming): boolean {
  if (incoming.type === "command") return incoming.options.private === true;
  return incoming.type === "autocomplete" || incoming.type === "modal" || incoming.type === "message-command";
}

const isPrivateOut = (out: Outgoing) =>
  (out.type === "reply" || out.type === "update") && isEphemeral(out.payload);

/**
 * What the server's settings change: a command that leaves `private` unset is private where the server (or
 * the default) says answers are; in a server that shows drafts, the caller says so (the router picks the
 * answers with drafts).
 */
async function withServerSettings(
  incoming: Incoming,
  caller: Caller,
  settings: SettingsPort | undefined,
): Promise<{ asked: Incoming; caller: Caller }> {
  const server = caller.serverInstalled ? caller.guildId : undefined;
  const setsPrivate = incoming.type === "command" && incoming.options.private === undefined;
  if (!settings || (!server && !setsPrivate)) return { asked: incoming, caller };
  const { privateAnswers, showDrafts } = await settings.get(server);
  const asked =
    setsPrivate && privateAnswers && incoming.type === "command"
      ? { ...incoming, options: { ...incoming.options, private: true } }
      : incoming;
  return { asked, caller: server && showDrafts ? { ...caller, showsDrafts: true } : caller };
}

/**
 * THE error boundary, shared by the gateway and the HTTP endpoint: reads the raw interaction once (who is
 * asking and what), and returns the response to send, logging the outcome with its latency. Never rejects,
 * and answers every interaction: over the limit with a short note or an acknowledgement; expected failures
 * with a friendly ephemeral note; anything else is logged with its stack and the user gets a generic
 * apology; autocomplete failures answer with no choices; kinds the bot does not handle are logged at warn
 * and answered with a short note. A public answer is in the server's language, a private one in the member's.
 */
export function createBoundary(deps: BoundaryDeps): Boundary {
  const { logger, limiter, router } = deps;
  async function respond(raw: APIInteraction): Promise<Answered> {
    const response = (out: APIInteractionResponse): Answered => ({ response: out });
    const started = performance.now();
    let fields: Record<string, unknown> = {};
    let counted: Outcome = { kind: "unsupported", outcome: "unsupported", latencyMs: 0 };
    let locales: Locales | undefined;
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
      if (raw.type === InteractionType.Ping) return response({ type: InteractionResponseType.Pong });
      fields = { interactionType: raw.type };
      const { incoming, caller } = fromApi(raw);
      const { userId, guildId } = caller;
      locales = replyLocales(caller);
      const { member, server } = locales;
      if (!incoming) {
        fields = { interactionType: raw.type, userId, guildId };
        finish("unsupported", "warn", "interaction of a kind the bot does not handle");
        return response(toResponse({ type: "reply", payload: withLocale(member, unsupported) }));
      }
      fields = { kind: incoming.type, command: label(incoming), userId, guildId };
      counted = { kind: incoming.type, command: label(incoming), outcome: "", latencyMs: 0 };
      const verdict = userId === undefined ? undefined : await limiter?.check(userId, limitKind(incoming));
      if (verdict && !verdict.allowed) {
        finish("rate-limited", "info", "over the limit: answered with a short note", {
          retryAfterMs: verdict.retryAfterMs,
        });
        return response(toResponse(withLocale(member, () => overLimit(incoming, verdict.retryAfterMs))));
      }
      const { asked, caller: shown } = await withServerSettings(incoming, caller, deps.settings);
      const answerIn = (locale: LocaleCode) => withLocale(locale, () => router(asked, shown));
      // A public answer in the server's language; one that only the member sees, in the member's own.
      let builtIn = answersPrivately(asked) ? member : server;
      let out = await answerIn(builtIn);
      deps.onAnswered?.(incoming, caller);
      const shared = out.type === "update" && (caller.cardOwner === undefined || caller.cardOwner !== userId);
      if (shared || (out.type === "reply" && caller.mustBePrivate)) out = privately(out);
      if (member !== server && isPrivateOut(out) && !answersPrivately(asked)) {
        builtIn = member;
        out = privately(await answerIn(member));
      }
      finish("ok", "info", "interaction answered", shared ? { sharedCard: true } : {});
      // Laid out in the answer's language too: what the V2 fitting adds ("Not shown") is ours.
      const sent = out;
      return toAnswered(withLocale(builtIn, () => present(sent, raw)));
    } catch (error) {
      const expected = error instanceof ExpectedError;
      if (expected) finish("refused", "warn", "interaction refused", { reason: error.message });
      else finish("error", "error", "interaction failed", { err: error });
      if (raw?.type === InteractionType.ApplicationCommandAutocomplete)
        return response(toResponse({ type: "choices", choices: [] }));
      const payload = withLocale(locales?.member ?? resolveLocale(undefined), () =>
        expected ? noticeReply(error.title, error.message) : apology(),
      );
      return response(toResponse({ type: "reply", payload }));
    }
  }
  const handle = async (raw: APIInteraction) => (await respond(raw)).response;
  return {
    handle,
    respond,
    router,
    ...(limiter ? { limiter } : {}),
    ...(deps.settings ? { settings: deps.settings } : {}),
    ...(deps.onAnswered ? { onAnswered: deps.onAnswered } : {}),
  };
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
