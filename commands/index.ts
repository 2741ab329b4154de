import { compare } from "./compare.js";
import { compound } from "./compound.js";
import { help } from "./help.js";
import { sources } from "./sources.js";
import { stack } from "./stack.js";
import type { CommandModule } from "../src/interactions/types.js";

/** Every slash command, by name. */
export const commands: ReadonlyMap<string, CommandModule> = new Map(
  [compound, compare, stack, sources, help].map((c) => [c.data.name, c]),
);
