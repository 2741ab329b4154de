import type { CommandModule, Registry } from "./types.js";

/** A registry over a list of commands; two commands with one name are a programming error. */
export function createRegistry(list: readonly CommandModule[]): Registry {
  const byName = new Map<string, CommandModule>();
  for (const command of list) {
    if (byName.has(command.data.name)) throw new Error(`two commands are named ${command.data.name}`);
    byName.set(command.data.name, command);
  }
  return { list, get: (name) => byName.get(name) };
}
