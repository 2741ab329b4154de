import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { CATALOGUES } from "../src/i18n/catalogues/index.js";
import { LOCALES, resolveLocale, withLocale } from "../src/i18n/locale.js";
import { hasOwn, t, tIn } from "../src/i18n/t.js";

type Tree = { readonly [key: string]: unknown };

/** Every string in a catalogue, by dotted key. */
function leaves(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === "string") out.set(prefix + key, value);
    else for (const [k, v] of leaves(value as Tree, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

const PLURAL = /_(zero|one|two|few|many|other)$/;
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
/** A plural form's placeholders; `count` may be left out ("the only one"), as English's _one does. */
const pluralPlaceholders = (text: string) => placeholders(text).filter((p) => p !== "count");

/** What a catalogue lacks that English has: a key, a plural form its language needs, or a placeholder. */
function catalogueProblems(english: Tree, other: Tree, locale: string): string[] {
  const en = leaves(english);
  const mine = leaves(other);
  const problems: string[] = [];
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
  for (const [key, text] of en) {
    if (key === "meta.locale" || key === "meta.language") continue;
    if (PLURAL.test(key)) {
      const base = key.replace(PLURAL, "");
      for (const category of categories) {
        const form = mine.get(`${base}_${category}`);
        if (form === undefined) problems.push(`${base}_${category} missing`);
        else if (pluralPlaceholders(form).join() !== pluralPlaceholders(text).join())
          problems.push(
            `${base}_${category}: placeholders ${pluralPlaceholders(form)} ≠ ${pluralPlaceholders(text)}`,
          );
      }
      continue;
    }
    const translated = mine.get(key);
    if (translated === undefined) problems.push(`${key} missing`);
    else if (translated.trim() === "") problems.push(`${key} empty`);
    else if (placeholders(translated).join() !== placeholders(text).join())
      problems.push(`${key}: placeholders ${placeholders(translated)} ≠ ${placeholders(text)}`);
  }
  return [...new Set(problems)];
}

describe("catalogues", () => {
  it("speaks English and the five other languages, each under its Discord locale code", () => {
    expect(LOCALES.sort()).toEqual(["de", "en", "es-ES", "fr", "pt-BR", "ru"]);
    for (const locale of LOCALES) expect(CATALOGUES[locale].meta.locale).toBe(locale);
  });

  it("the check finds a missing key, a missing plural form and a wrong placeholder", () => {
    const english = { a: "A {{x}}", n: { b_one: "{{count}} b", b_other: "{{count}} bs" }, c: "C" };
    expect(catalogueProblems(english, { a: "А {{y}}", n: { b_one: "{{count}} б" } }, "ru")).toEqual([
      "a: placeholders y ≠ x",
      "n.b_few missing",
      "n.b_many missing",
      "n.b_other missing",
      "c missing",
    ]);
  });

  for (const locale of LOCALES.filter((l) => l !== "en"))
    it(`${locale} has every key English has, every plural form of its language, the same placeholders`, () => {
      expect(catalogueProblems(CATALOGUES.en, CATALOGUES[locale], locale)).toEqual([]);
    });

  it("translates: no catalogue but English repeats the English footer, section names or errors", () => {
    for (const locale of LOCALES.filter((l) => l !== "en")) {
      for (const key of [
        "footer.disclaimer",
        "sections.dosing",
        "notices.apology",
        "chart.doseTitle",
      ] as const)
        expect(tIn(locale, key), `${locale} ${key}`).not.toBe(tIn("en", key));
    }
  });

  it("names every subject of knowledge/subjects.yaml in every language (English answers use the file's label)", () => {
    const { subjects } = parse(
      readFileSync(new URL("../knowledge/subjects.yaml", import.meta.url), "utf8"),
    ) as {
      subjects: { id: string }[];
    };
    for (const locale of LOCALES)
      expect(
        subjects.filter((s) => !hasOwn(locale, `subjects.${s.id}`)).map((s) => s.id),
        locale,
      ).toEqual([]);
  });

  it("picks the reply's locale from Discord's: exact, else the same language, else English", () => {
    expect(resolveLocale("ru")).toBe("ru");
    expect(resolveLocale("es-419")).toBe("es-ES");
    expect(resolveLocale("pt-BR")).toBe("pt-BR");
    expect(resolveLocale("en-GB")).toBe("en");
    expect(resolveLocale("ja")).toBe("en");
    expect(resolveLocale(undefined)).toBe("en");
  });

  it("builds text in the locale of the reply being built, and English outside one", () => {
    expect(withLocale("de", () => t("sections.dosing"))).toBe("Dosierung");
    expect(t("sections.dosing")).toBe("Dosing");
    expect(withLocale("ru", () => t("notices.slowDown", { count: 5 }))).toMatch(/5 секунд\./);
    expect(withLocale("ru", () => t("notices.slowDown", { count: 2 }))).toMatch(/2 секунды\./);
  });
});
