import type { CommandModule, ComponentHandlers, Feature, Registry } from "./types.js";

/**
 * A registry over a list of commands and the features that have buttons and forms but no command (reports);
 * two with one name are a programming error.
 */
export function createRegistry(list: readonly CommandModule[], features: readonly Feature[] = []): Registry {
  const byName = new Map<string, CommandModule>();
  const components = new Map<string, ComponentHandlers>();
  for (const command of list) {
    if (byName.has(command.data.name)) throw new Error(`two commands are named ${command.data.name}`);
    byName.set(command.data.name, command);
    components.set(command.data.name, command);
  }
  for (const feature of features) {
    if (components.has(feature.name)) throw new Error(`two commands or features are named ${feature.name}`);
    components.set(feature.name, feature);
  }
  return { list, get: (name) => byName.get(name), components: (name) => components.get(name) };
}
