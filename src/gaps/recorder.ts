import type { SettingsPort } from "../interactions/settings.js";
import type { Caller, Incoming } from "../interactions/types.js";
import type { Logger } from "../logger.js";
import type { AskIndex } from "../question/ask-index.js";
import type { Knowledge } from "../knowledge/schema.js";
import { unansweredOf } from "../reply/unanswered.js";
import type { GapStore } from "../store/gaps.js";

export interface GapRecorderOptions {
  /** The current question index (it changes when the knowledge is reloaded). */
  ask: () => AskIndex;
  /** The current knowledge, whose answers' silences are kept (src/answer/). */
  knowledge: () => Knowledge;
  gaps: GapStore;
  settings: SettingsPort;
  logger: Logger;
  /** How often questions older than the retention period are deleted. Default 6 h. */
  pruneEveryMs?: number;
}

/** The question a member asked in plain words: /ask, the message command, or a mention (answered as /ask). */
function questionOf(incoming: Incoming): string | undefined {
  if (incoming.type === "command" && incoming.name === "ask" && typeof incoming.options.question === "string")
    return incoming.options.question;
  if (incoming.type === "message-command") return incoming.content;
  return undefined;
}

/**
 * Keeps the questions whose answer admits a gap (a name the sources do not cover, a subject they are silent
 * on) for the curators: the text, what was read from it and the server, never who asked; unless the server
 * (or KEEP_UNANSWERED) turned it off. Runs after the answer is sent and never delays or fails it.
 */
export function gapRecorder(options: GapRecorderOptions): {
  onAnswered: (incoming: Incoming, caller: Caller) => void;
  stop: () => void;
} {
  const { gaps, logger } = options;
  const record = async (text: string, guildId: string | undefined) => {
    const found = unansweredOf(options.knowledge(), options.ask(), text);
    if (found.length === 0) return;
    if (!(await options.settings.get(guildId)).keepUnanswered) return;
    for (const gap of found) await gaps.add({ ...gap, text: text.trim(), guildId });
  };
  const prune = () =>
    gaps
      .prune()
      .then(
        (deleted) => deleted > 0 && logger.info({ deleted }, "unanswered questions past retention deleted"),
      )
      .catch((err: unknown) => logger.warn({ err }, "could not delete old unanswered questions"));
  void prune();
  const timer = setInterval(() => void prune(), options.pruneEveryMs ?? 6 * 3_600_000);
  timer.unref();
  return {
    onAnswered(incoming, caller) {
      const text = questionOf(incoming);
      if (!text?.trim()) return;
      const guildId = caller.serverInstalled ? caller.guildId : undefined;
      record(text, guildId).catch((err: unknown) =>
        logger.warn({ err }, "could not keep an unanswered question"),
      );
    },
    stop: () => clearInterval(timer),
  };
}
