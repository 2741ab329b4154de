import { ApplicationCommandType } from "discord-api-types/v10";
import { describe, expect, it } from "vitest";
import { registry } from "../commands/index.js";
import { LOCALES } from "../src/i18n/locale.js";
import { sameCommands } from "../src/discord/deploy.js";

const OTHER = LOCALES.filter((l) => l !== "en");
/** Discord's rule for a slash command's or option's name, in any language. */
const NAME = /^[-_\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

type Localized = {
  name: string;
  description?: string;
  name_localizations?: Record<string, string>;
  description_localizations?: Record<string, string>;
  options?: Localized[];
  choices?: { name: string; name_localizations?: Record<string, string> }[];
};

describe("command data in six languages", () => {
  const commands = registry.list.map((c) => c.data as unknown as Localized & { type?: number });

  it("every command, option and choice has its name and description in each of the five languages", () => {
    const missing: string[] = [];
    const check = (what: string, item: Localized, description: boolean) => {
      for (const locale of OTHER) {
        if (!item.name_localizations?.[locale]) missing.push(`${what} name ${locale}`);
        if (description && !item.description_localizations?.[locale])
          missing.push(`${what} description ${locale}`);
      }
    };
    for (const command of commands) {
      const slash = (command.type ?? ApplicationCommandType.ChatInput) === ApplicationCommandType.ChatInput;
      check(`/${command.name}`, command, slash);
      for (const option of command.options ?? []) {
        check(`/${command.name} ${option.name}`, option, true);
        for (const choice of option.choices ?? [])
          check(`/${command.name} ${option.name} ${choice.name}`, choice, false);
      }
    }
    expect(missing).toEqual([]);
  });

  it("keeps within Discord's rules in every language: names lower-case and valid, unique, descriptions 1–100", () => {
    const problems: string[] = [];
    for (const command of commands) {
      const slash = (command.type ?? ApplicationCommandType.ChatInput) === ApplicationCommandType.ChatInput;
      for (const locale of OTHER) {
        const name = command.name_localizations?.[locale] ?? "";
        if (slash && (!NAME.test(name) || name !== name.toLowerCase()))
          problems.push(`/${command.name} ${locale}: ${name}`);
        if (!slash && (name.length < 1 || name.length > 32))
          problems.push(`${command.name} ${locale}: ${name}`);
        const description = command.description_localizations?.[locale];
        if (slash && (!description || description.length > 100))
          problems.push(`/${command.name} ${locale} description`);
        const optionNames = (command.options ?? []).map((o) => o.name_localizations?.[locale] ?? "");
        if (new Set(optionNames).size !== optionNames.length)
          problems.push(`/${command.name} ${locale}: two options share a name`);
        for (const option of command.options ?? []) {
          const n = option.name_localizations?.[locale] ?? "";
          if (!NAME.test(n) || n !== n.toLowerCase())
            problems.push(`/${command.name} ${option.name} ${locale}: ${n}`);
          const d = option.description_localizations?.[locale] ?? "";
          if (d.length < 1 || d.length > 100)
            problems.push(`/${command.name} ${option.name} ${locale}: ${d.length} characters`);
          for (const choice of option.choices ?? []) {
            const c = choice.name_localizations?.[locale] ?? "";
            if (c.length < 1 || c.length > 100)
              problems.push(`/${command.name} ${option.name} choice ${locale}`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it("deploy sees a changed translation as a change to register", () => {
    const wanted = commands.slice(0, 1) as never[];
    const edited = structuredClone(wanted) as unknown as Localized[];
    edited[0]!.description_localizations = { ...edited[0]!.description_localizations, de: "anders" };
    expect(sameCommands(wanted, wanted)).toBe(true);
    expect(sameCommands(wanted, edited as never[])).toBe(false);
  });
});
