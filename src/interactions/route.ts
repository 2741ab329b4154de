import { t } from "../i18n/t.js";
import { parseCustomId } from "./custom-id.js";
import { compoundById } from "../knowledge/lookup.js";
import { noticeReply } from "../reply/notice.js";
import { parseReportId, reportModal } from "../reply/report.js";
import { ExpectedError } from "./errors.js";
import type { BotContext, Incoming, Outgoing } from "./types.js";

export type { Incoming, Outgoing } from "./types.js";

const expired = () => noticeReply(t("notices.expiredTitle"), t("notices.expired"));

function unknownCommand(name: string): ExpectedError {
  return new ExpectedError(
    t("notices.unknownCommandTitle"),
    t("notices.unknownCommand", { name: name.slice(0, 32) }),
  );
}

/** Sends each interaction to its command, found in the registry on the context. Pure: returns what to send. */
export function route(ctx: BotContext, incoming: Incoming): Outgoing {
  switch (incoming.type) {
    case "command": {
      const execute = ctx.commands.get(incoming.name)?.execute;
      if (!execute) throw unknownCommand(incoming.name);
      return { type: "reply", payload: execute(ctx, incoming.options) };
    }
    case "autocomplete": {
      const command = ctx.commands.get(incoming.name);
      return {
        type: "choices",
        choices: command?.autocomplete?.(ctx, incoming.focused, incoming.options) ?? [],
      };
    }
    case "button": {
      const report = parseReportId(incoming.customId);
      const reported = report && compoundById(ctx.knowledge, report.compound);
      if (report && reported) return { type: "modal", modal: reportModal(report, reported.name) };
      const { command, args } = parseCustomId(incoming.customId);
      const payload = ctx.commands.get(command)?.button?.(ctx, args);
      return payload ? { type: "update", payload } : { type: "reply", payload: expired() };
    }
    case "modal":
      return { type: "reply", payload: expired() };
    case "message-command": {
      const message = ctx.commands.get(incoming.name)?.message;
      if (!message) throw unknownCommand(incoming.name);
      return { type: "reply", payload: message(ctx, incoming.content) };
    }
  }
}
