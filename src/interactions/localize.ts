import { currentLocale, LOCALES } from "../i18n/locale.js";
import { hasOwn, tIn, type Key } from "../i18n/t.js";
import type { LocaleCode } from "../i18n/catalogues/index.js";
import type { CommandData, CommandOption } from "./types.js";

/**
 * Command data with Discord's name_localizations and description_localizations filled from the catalogues:
 * a command is `commands.<name>`, its options `commands.<name>.options.<option>` (the shared `private`
 * option `commands.private`), a section's choices `sections.<value>`, a goal's `goals.<value>`. Discord
 * shows each member the names in their client's language and sends the option values under the English
 * names, so nothing else changes.
 */

type Localizations = Partial<Record<LocaleCode, string>>;

function localized(key: string): Localizations | undefined {
  const out: Localizations = {};
  for (const locale of LOCALES)
    if (locale !== "en" && hasOwn(locale, key)) out[locale] = tIn(locale, key as Key);
  return Object.keys(out).length ? out : undefined;
}

function both(base: string): {
  name_localizations?: Localizations;
  description_localizations?: Localizations;
} {
  const names = localized(`${base}.name`);
  const descriptions = localized(`${base}.description`);
  return {
    ...(names ? { name_localizations: names } : {}),
    ...(descriptions ? { description_localizations: descriptions } : {}),
  };
}

const CHOICE_KEYS: Record<string, string> = { section: "sections", goal: "goals" };

function localizeOption(command: string, option: CommandOption): CommandOption {
  const base = option.name === "private" ? "commands.private" : `commands.${command}.options.${option.name}`;
  const choicesKey = CHOICE_KEYS[option.name];
  const choices =
    "choices" in option && option.choices && choicesKey
      ? {
          choices: option.choices.map((c) => {
            const names = localized(`${choicesKey}.${String(c.value)}`);
            return names ? { ...c, name_localizations: names } : c;
          }),
        }
      : {};
  return { ...option, ...both(base), ...choices } as CommandOption;
}

export function localizeCommand<D extends CommandData>(data: D): D {
  const base = `commands.${data.name}`;
  const options =
    "options" in data && data.options
      ? { options: data.options.map((o) => localizeOption(data.name, o)) }
      : {};
  return { ...data, ...both(base), ...options };
}

/** A command's description in the locale of the reply being built (for /help). */
export function describeCommand(data: CommandData): string {
  if (!("description" in data) || !data.description) return data.name;
  const locale = currentLocale();
  const localizations = data.description_localizations as Localizations | null | undefined;
  return (locale !== "en" && localizations?.[locale]) || data.description;
}
