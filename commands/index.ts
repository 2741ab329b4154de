import { askMessageCommand } from "./ask-message.js";
import { askCommand } from "./ask.js";
import { compareCommand } from "./compare.js";
import { compoundCommand } from "./compound.js";
import { helpCommand } from "./help.js";
import { createRegistry } from "../src/interactions/registry.js";
import { settingsCommand } from "./settings.js";
import { sourcesCommand } from "./sources.js";
import { stackCommand } from "./stack.js";

/**
 * THE list of commands. /help, the terminal greeting and what deploy-commands registers are derived from
 * it; adding a command is one file in this folder and one line here. Only entry points import this.
 */
export const registry = createRegistry([
  askCommand,
  compoundCommand,
  compareCommand,
  stackCommand,
  sourcesCommand,
  helpCommand,
  settingsCommand,
  askMessageCommand,
]);
