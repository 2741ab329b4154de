import { REST } from "@discordjs/rest";
import { ApplicationCommandType, Routes } from "discord-api-types/v10";
import type { CommandData, CommandOption } from "../interactions/types.js";

export interface DeployOptions {
  token: string;
  applicationId: string;
  guildId?: string;
  apiUrl?: string;
  commands: readonly CommandData[];
}

export interface DeployResult {
  scope: string;
  action: "unchanged" | "updated";
  names: string[];
}

/** A command as registered (Discord fills in defaults) or as we define it. */
interface Registered {
  name: string;
  description?: string;
  name_localizations?: Readonly<Record<string, string | null | undefined>> | null;
  description_localizations?: Readonly<Record<string, string | null | undefined>> | null;
  type?: number;
  options?: readonly CommandOption[];
  integration_types?: readonly number[] | null;
  contexts?: readonly number[] | null;
}

/** Localizations in a fixed order, none as {} (Discord answers null where there are none). */
function sorted(
  map: Readonly<Record<string, string | null | undefined>> | null | undefined,
): Record<string, unknown> {
  return Object.fromEntries(Object.entries(map ?? {}).sort(([a], [b]) => a.localeCompare(b)));
}

/** The parts of a command definition that matter, with Discord's defaults filled in, for comparing. */
function normalise(command: Registered): unknown {
  return {
    name: command.name,
    description: command.description ?? "",
    name_localizations: sorted(command.name_localizations),
    description_localizations: sorted(command.description_localizations),
    type: command.type ?? ApplicationCommandType.ChatInput,
    integration_types: [...(command.integration_types ?? [])].sort(),
    contexts: [...(command.contexts ?? [])].sort(),
    options: (command.options ?? []).map((o) => ({
      type: o.type,
      name: o.name,
      description: o.description,
      name_localizations: sorted(o.name_localizations),
      description_localizations: sorted(o.description_localizations),
      required: o.required ?? false,
      autocomplete: ("autocomplete" in o && o.autocomplete) || false,
      max_length: ("max_length" in o && o.max_length) || null,
      choices: ("choices" in o && o.choices ? o.choices : []).map((c) => ({
        name: c.name,
        value: c.value,
        name_localizations: sorted(c.name_localizations),
      })),
    })),
  };
}

export function sameCommands(wanted: readonly Registered[], registered: readonly Registered[]): boolean {
  const key = (list: readonly Registered[]) =>
    JSON.stringify([...list].sort((a, b) => a.name.localeCompare(b.name)).map(normalise));
  return key(wanted) === key(registered);
}

/** Registers the commands to one guild (while developing) or globally, writing only when something changed. */
export async function deployCommands(options: DeployOptions): Promise<DeployResult> {
  const rest = new REST({ version: "10", ...(options.apiUrl ? { api: options.apiUrl } : {}) }).setToken(
    options.token,
  );
  const route = options.guildId
    ? Routes.applicationGuildCommands(options.applicationId, options.guildId)
    : Routes.applicationCommands(options.applicationId);
  const scope = options.guildId ? `guild ${options.guildId}` : "global";
  const names = options.commands.map((c) => c.name);
  const registered = (await rest.get(route)) as Registered[];
  if (sameCommands(options.commands, registered)) return { scope, action: "unchanged", names };
  await rest.put(route, { body: options.commands });
  return { scope, action: "updated", names };
}
