import { ApplicationCommandType } from "discord-api-types/v10";
import type { CommandModule } from "./types.js";

/** "/compound name [section] [private]" from a command's data; context-menu commands by their menu label. */
export function commandUsage(command: CommandModule): string {
  const { data } = command;
  if (data.type === ApplicationCommandType.Message || data.type === ApplicationCommandType.User)
    return `Apps › ${data.name}`;
  const options = "options" in data ? (data.options ?? []) : [];
  const parts = options.map((o) => ("required" in o && o.required ? o.name : `[${o.name}]`));
  return [`/${data.name}`, ...parts].join(" ");
}
