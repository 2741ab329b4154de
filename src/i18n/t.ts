import i18next, { type TOptions } from "i18next";
import { CATALOGUES, type LocaleCode } from "./catalogues/index.js";
import type { en } from "./catalogues/en.js";
import { currentLocale, DEFAULT_LOCALE } from "./locale.js";

/** "a.b.c" for every string in a nested catalogue; plural forms ("x_one", "x_other") are asked for as "x". */
type Paths<T, P extends string = ""> = {
  [K in keyof T & string]: T[K] extends string
    ? `${P}${K extends `${infer B}_${"one" | "other"}` ? B : K}`
    : Paths<T[K], `${P}${K}.`>;
}[keyof T & string];

export type Key = Paths<typeof en>;

const instance = i18next.createInstance();
void instance.init({
  resources: Object.fromEntries(
    Object.entries(CATALOGUES).map(([locale, catalogue]) => [locale, { translation: catalogue }]),
  ),
  lng: DEFAULT_LOCALE,
  fallbackLng: DEFAULT_LOCALE,
  supportedLngs: Object.keys(CATALOGUES),
  // Replies are Discord markdown, not HTML; user text is escaped where it is put in.
  interpolation: { escapeValue: false },
  initAsync: false,
  returnNull: false,
});

const fixed = new Map(
  (Object.keys(CATALOGUES) as LocaleCode[]).map((locale) => [locale, instance.getFixedT(locale)]),
);

/**
 * Texts already made, by locale, key and options: the catalogues never change while the bot runs, and
 * i18next takes 13 to 26 µs a call, which made it the largest cost of building a card (about a hundred calls,
 * 1.5 ms or more). Only options of plain strings, numbers and booleans are remembered; the map is emptied
 * when full, so it stays small (user text put into a message makes new entries).
 */
const made = new Map<string, string>();
const MADE_LIMIT = 5_000;

function madeKey(locale: string, key: string, options: TOptions | undefined): string | undefined {
  let at = `${locale}\0${key}`;
  for (const name in options) {
    const value: unknown = options[name];
    if (typeof value !== "string" && typeof value !== "number" && typeof value !== "boolean")
      return undefined;
    at += `\0${name}\0${typeof value}\0${String(value)}`;
  }
  return at;
}

/** The bot's own text for a key, in the locale of the reply being built (see withLocale). */
export function t(key: Key, options?: TOptions): string {
  return tIn(currentLocale(), key, options);
}

/** The same text in a given locale (command data for every locale at once). */
export function tIn(locale: LocaleCode, key: Key, options?: TOptions): string {
  const at = madeKey(locale, key, options);
  const known = at === undefined ? undefined : made.get(at);
  if (known !== undefined) return known;
  const translate = fixed.get(locale) ?? fixed.get(DEFAULT_LOCALE)!;
  const text = String(translate(key, options));
  if (at === undefined) return text;
  if (made.size >= MADE_LIMIT) made.clear();
  made.set(at, text);
  return text;
}

/** Whether a locale's own catalogue has the key (no fallback to English). */
export function hasOwn(locale: LocaleCode, key: string): boolean {
  return instance.exists(key, { lng: locale, fallbackLng: false });
}
