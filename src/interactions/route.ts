import { t } from "../i18n/t.js";
import { parseCustomId } from "./custom-id.js";
import { noticeReply } from "../reply/notice.js";
import { ExpectedError } from "./errors.js";
import type { BotContext, Caller, Incoming, Outgoing } from "./types.js";

export type { Incoming, Outgoing } from "./types.js";

const expired = (): Outgoing => ({
  type: "reply",
  payload: noticeReply(t("notices.expiredTitle"), t("notices.expired")),
});

function unknownCommand(name: string): ExpectedError {
  return new ExpectedError(
    t("notices.unknownCommandTitle"),
    t("notices.unknownCommand", { name: name.slice(0, 32) }),
  );
}

/** An interaction other than a submitted form: answered at once. */
export type Immediate = Exclude<Incoming, { type: "modal" }>;

/** What a submitted form is answered with: its module's answer, or "expired" if the id matches nothing. */
async function submitted(
  ctx: BotContext,
  incoming: Extract<Incoming, { type: "modal" }>,
  caller: Caller,
): Promise<Outgoing> {
  const { command, args } = parseCustomId(incoming.customId);
  const handler = ctx.commands.components(command)?.modal;
  return (await handler?.(ctx, args, incoming.fields, caller)) ?? expired();
}

/**
 * Sends each interaction to its command, found in the registry on the context; a button or a form goes to
 * the module whose name starts its custom id. Pure for everything but a submitted form, which may wait for
 * its module (a report being taken): returns what to send.
 */
export function route(ctx: BotContext, incoming: Immediate): Outgoing;
export function route(ctx: BotContext, incoming: Incoming, caller?: Caller): Outgoing | Promise<Outgoing>;
export function route(ctx: BotContext, incoming: Incoming, caller?: Caller): Outgoing | Promise<Outgoing> {
  switch (incoming.type) {
    case "command": {
      const command = ctx.commands.get(incoming.name);
      if (command?.respond && caller)
        return command.respond(ctx, incoming.options, caller).then((payload) => ({ type: "reply", payload }));
      if (!command?.execute) throw unknownCommand(incoming.name);
      return { type: "reply", payload: command.execute(ctx, incoming.options) };
    }
    case "autocomplete": {
      const command = ctx.commands.get(incoming.name);
      return {
        type: "choices",
        choices: command?.autocomplete?.(ctx, incoming.focused, incoming.options) ?? [],
      };
    }
    case "button": {
      const { command, args } = parseCustomId(incoming.customId);
      return ctx.commands.components(command)?.button?.(ctx, args) ?? expired();
    }
    case "modal":
      return submitted(ctx, incoming, caller ?? { mustBePrivate: false });
    case "message-command": {
      const message = ctx.commands.get(incoming.name)?.message;
      if (!message) throw unknownCommand(incoming.name);
      return { type: "reply", payload: message(ctx, incoming.content, incoming.context) };
    }
  }
}
