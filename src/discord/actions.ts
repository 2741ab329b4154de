import type { Logger } from "../logger.js";

type ActionName = "InteractionCreate" | "MessageCreate";

/**
 * The adapter answers from the raw dispatch. discord.js would also turn the same packet into an object nobody
 * reads (an Interaction, a Message): that costs time on every packet, fills caches, and for interactions it
 * throws, outside any boundary, on a payload it does not expect (a component without its message). So that
 * conversion is switched off on this client's instance (never on a prototype); `result` is what discord.js's
 * handler expects back from it.
 */
export function switchOffAction(client: object, name: ActionName, result: unknown, logger: Logger): void {
  const actions = (client as { actions?: Partial<Record<ActionName, { handle(data: unknown): unknown }>> })
    .actions;
  const action = actions?.[name];
  if (action) action.handle = () => result;
  else logger.debug({ action: name }, "discord.js has no such action to switch off");
}
