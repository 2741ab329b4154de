import { AsyncLocalStorage } from "node:async_hooks";
import { CATALOGUES, type LocaleCode } from "./catalogues/index.js";

/** The bot's own language, and the one every other catalogue is checked against. */
export const DEFAULT_LOCALE: LocaleCode = "en";

export const LOCALES = Object.keys(CATALOGUES) as LocaleCode[];

const current = new AsyncLocalStorage<LocaleCode>();

/**
 * The catalogue for a Discord locale ("ru", "de", "es-ES", "pt-BR", "en-GB", "es-419"): an exact match, else
 * one of the same language, else English.
 */
export function resolveLocale(discordLocale: string | undefined | null): LocaleCode {
  if (!discordLocale) return DEFAULT_LOCALE;
  if ((LOCALES as string[]).includes(discordLocale)) return discordLocale as LocaleCode;
  const language = discordLocale.split("-")[0];
  return LOCALES.find((l) => l.split("-")[0] === language) ?? DEFAULT_LOCALE;
}

/** Runs `work` with every text it builds in this locale (replies are built synchronously, in one call). */
export function withLocale<T>(locale: LocaleCode, work: () => T): T {
  return current.run(locale, work);
}

/** The locale of the reply being built: English outside withLocale. */
export function currentLocale(): LocaleCode {
  return current.getStore() ?? DEFAULT_LOCALE;
}
