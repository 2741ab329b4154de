import { withLocale } from "../i18n/locale.js";
import type { LocaleCode } from "../i18n/catalogues/index.js";
import { ExpectedError } from "../interactions/errors.js";
import { route } from "../interactions/route.js";
import type { BotContext, Outgoing } from "../interactions/types.js";
import { contextOf } from "../question/follow-up.js";
import { noticeReply } from "../reply/notice.js";
import type { MessagePayload } from "../reply/payload.js";
import { parseCommandLine } from "./parse.js";
import { buttonKey } from "./render-text.js";

/** The command a line that is not a command is asked through: a question in plain words. */
const QUESTION_COMMAND = "ask";

/**
 * One terminal user's conversation: typed commands go through the same router as Discord interactions,
 * a letter presses a button of the last reply, and a line that is not a slash command is a question (/ask).
 */
export class TerminalSession {
  private last: MessagePayload | undefined;
  constructor(
    private readonly ctx: BotContext,
    /** The language of the answers (NOOTROPIC_LOCALE, e.g. ru or de); English by default. */
    private readonly locale: LocaleCode = "en",
  ) {}

  replyTo(line: string): MessagePayload {
    return withLocale(this.locale, () => this.replyHere(line));
  }

  private replyHere(line: string): MessagePayload {
    const trimmed = line.trim();
    const key = /^[a-z]$/i.test(trimmed) ? trimmed.toLowerCase() : undefined;
    const buttons = this.last?.components.flatMap((r) => r.components) ?? [];
    const button = key === undefined ? undefined : buttons.find((_, i) => buttonKey(i) === key);
    if (key !== undefined && !button)
      return noticeReply(
        "No such button",
        "Type a command, or the letter of a button under the last answer.",
      );
    let out: Outgoing;
    try {
      if (button) {
        out = route(this.ctx, { type: "button", customId: button.custom_id });
      } else {
        if (trimmed.startsWith("/")) {
          const parsed = parseCommandLine(this.ctx.commands, trimmed);
          if (!parsed.ok) return noticeReply("Not understood", parsed.error);
          out = route(this.ctx, parsed.incoming);
        } else {
          // A question follows up the last answer, as a reply to the bot's message does in Discord.
          const context = this.last ? contextOf(this.last) : undefined;
          out = route(this.ctx, {
            type: "command",
            name: QUESTION_COMMAND,
            options: { question: trimmed, ...(context ? { context } : {}) },
          });
        }
      }
    } catch (error) {
      if (error instanceof ExpectedError) return noticeReply(error.title, error.message);
      throw error;
    }
    if (out.type === "choices") return noticeReply("Autocomplete", out.choices.map((c) => c.name).join(", "));
    if (out.type === "modal")
      return noticeReply(out.modal.title, "In Discord this opens a form; the terminal has none.");
    if (out.type === "acknowledge") return this.last ?? noticeReply("Done", "Nothing changed.");
    this.last = out.payload;
    return out.payload;
  }
}
