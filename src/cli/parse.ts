import { ApplicationCommandOptionType } from "discord-api-types/v10";
import type { CommandOption, Incoming, OptionValue, Registry } from "../interactions/types.js";

export type Parsed =
  { ok: true; incoming: Extract<Incoming, { type: "command" }> } | { ok: false; error: string };

const isAutocompleted = (o: CommandOption) => "autocomplete" in o && o.autocomplete === true;
const isRequired = (o: CommandOption) => o.required === true;

/**
 * Reads a line typed as in Discord: `/compound nopept`, `/compare noopept piracetam`,
 * `/stack compound:fasoracetam goal:memory`, `/compound name:alpha gpc section:dosing private:true`.
 * Bare words fill the compound options in order (all of them, when there is only one).
 */
export function parseCommandLine(commands: Registry, line: string): Parsed {
  const match = /^\s*\/?(\S+)\s*(.*)$/s.exec(line);
  if (!match) return { ok: false, error: "Type a command such as /compound noopept, or /help." };
  const name = match[1]!.toLowerCase();
  const command = commands.get(name);
  const declared = command && "options" in command.data ? (command.data.options ?? []) : [];
  const shown = name.length > 40 ? `${name.slice(0, 39)}…` : name;
  if (!command?.execute)
    return {
      ok: false,
      error: `No /${shown} command. Commands: ${commands.list
        .filter((c) => c.execute)
        .map((c) => `/${c.data.name}`)
        .join(", ")}.`,
    };

  const known = new Map(declared.map((o) => [o.name, o]));
  const options: Record<string, OptionValue> = {};
  const bare: string[] = [];
  let current: string | undefined;
  for (const word of match[2]!.split(/\s+/).filter(Boolean)) {
    const named = /^([a-z_]+):(.*)$/.exec(word);
    if (named && known.has(named[1]!)) {
      current = named[1]!;
      options[current] = named[2]!;
    } else if (current) {
      options[current] = `${String(options[current])} ${word}`.trim();
    } else {
      bare.push(word);
    }
  }
  const unset = declared.filter(
    (o) => options[o.name] === undefined && o.type === ApplicationCommandOptionType.String,
  );
  // Bare words fill the compound options; a command with none takes them as its free text (/ask's question).
  const autocompleted = unset.filter(isAutocompleted);
  const slots = (autocompleted.length > 0 ? autocompleted : unset.filter(isRequired)).map((o) => o.name);
  if (bare.length > 0 && slots.length === 0)
    return { ok: false, error: `/${name} takes no free text; see /help.` };
  // One word per compound option; extra words join the last one ("/compound alpha gpc").
  bare.forEach((word, i) => {
    const slot = slots[Math.min(i, slots.length - 1)]!;
    options[slot] = i < slots.length ? word : `${String(options[slot])} ${word}`;
  });

  for (const [key, value] of Object.entries(options)) {
    if (known.get(key)?.type === ApplicationCommandOptionType.Boolean)
      options[key] = value === "true" || value === "yes";
  }
  const missing = declared.filter((o) => isRequired(o) && !options[o.name]);
  if (missing.length)
    return {
      ok: false,
      error: `/${name} needs ${missing.map((o) => o.name).join(" and ")}. Example: /${name} ${missing.map(() => "noopept").join(" ")}`,
    };
  return { ok: true, incoming: { type: "command", name, options } };
}
