import { commands } from "../../commands/index.js";
import { noticeReply } from "../reply/not-found.js";
import type { MessagePayload } from "../reply/payload.js";
import type { Choice } from "../search/autocomplete.js";
import type { BotContext, OptionValues } from "./types.js";

/** An interaction reduced to what the handlers need, whoever received it (Discord or the terminal). */
export type Incoming =
  | { type: "command"; name: string; options: OptionValues }
  | { type: "autocomplete"; name: string; focused: { name: string; value: string }; options: OptionValues }
  | { type: "button"; customId: string };

export type Outgoing =
  | { type: "reply"; payload: MessagePayload }
  | { type: "update"; payload: MessagePayload }
  | { type: "choices"; choices: Choice[] };

/** A failure the user can act on: shown to them as a friendly ephemeral note, not logged as a bug. */
export class ExpectedError extends Error {
  constructor(readonly title: string, message: string) {
    super(message);
    this.name = "ExpectedError";
  }
}

/** Sends each interaction to its command module. Pure: returns what to send. */
export function route(ctx: BotContext, incoming: Incoming): Outgoing {
  switch (incoming.type) {
    case "command": {
      const command = commands.get(incoming.name);
      if (!command) throw new ExpectedError("Unknown command", `I don't have a /${incoming.name.slice(0, 32)} command. Try /help.`);
      return { type: "reply", payload: command.execute(ctx, incoming.options) };
    }
    case "autocomplete": {
      const command = commands.get(incoming.name);
      return { type: "choices", choices: command?.autocomplete?.(ctx, incoming.focused, incoming.options) ?? [] };
    }
    case "button": {
      const [prefix = "", ...args] = incoming.customId.split(":");
      const payload = commands.get(prefix)?.button?.(ctx, args);
      if (!payload) return { type: "reply", payload: noticeReply("Button expired", "That button no longer matches anything I know. Run the command again.") };
      return { type: "update", payload };
    }
  }
}
