import type { APIInteraction } from "discord-api-types/v10";
import { describe, expect, it } from "vitest";
import { createBoundary } from "../src/interactions/boundary.js";
import { cachedRouter } from "../src/interactions/cache.js";
import { createLogger } from "../src/logger.js";
import { testContext } from "./support/bot.js";
import { cardButtons, cardHeadings, cardText, isV2, textDisplays } from "./support/cards.js";
import { buttonClick, chatInput, modalSubmit } from "./support/interactions.js";

/** The reply follows the member's language when only they see it, and the server's when it is public. */

const ctx = testContext();
const boundary = createBoundary({ router: cachedRouter(ctx), logger: createLogger({ level: "silent" }) });
type Data = {
  flags?: number;
  embeds?: Array<{ title?: string; description?: string; footer?: { text: string } }>;
};
const data = async (raw: object, locales: { locale: string; guild_locale?: string | undefined }) =>
  ((await boundary.handle({ ...raw, ...locales } as unknown as APIInteraction)) as { data?: Data }).data;
const title = (d: Data | undefined) => cardHeadings(d)[0];
/** The footer: the last embed's, or the small text at the end of a V2 card. */
const footer = (d: Data | undefined) =>
  isV2(d) ? (textDisplays(d).at(-1) ?? "").replace(/^-# /, "") : cardText(d).split("\n").at(-1)!;

describe("which language a reply is in", () => {
  const member = { locale: "ru", guild_locale: "de" };

  it("a public answer in a German server is in German, though the member's client is Russian", async () => {
    const d = await data(chatInput("sources"), member);
    expect(title(d)).toBe("Quellen");
    expect(footer(d)).toMatch(/keine medizinische Beratung/);
  });

  it("a private answer is in the member's language", async () => {
    const d = await data(chatInput("sources", { private: true }), member);
    expect(title(d)).toBe("Источники");
    expect(footer(d)).toMatch(/не медицинский совет/);
  });

  it("a note only the member sees (a name not covered) is in the member's language", async () => {
    const d = await data(chatInput("compound", { name: "phenylpiracetam" }), member);
    expect((d?.flags ?? 0) & 64).toBe(64);
    expect(title(d)).toBe("Не охвачено");
  });

  it("a section button on a public card answers in the server's language; in a DM, the member's", async () => {
    const d = await data(buttonClick("compound:noopept:sources"), member);
    expect(footer(d)).toMatch(/keine medizinische Beratung/);
    const dm = await data(
      { ...chatInput("sources"), guild_id: undefined },
      { locale: "pt-BR", guild_locale: undefined },
    );
    expect(title(dm)).toBe("Fontes");
  });

  it("the report form's thanks are in the member's language", async () => {
    const d = await data(modalSubmit("report:noopept:dosing", { what: "wrong dose" }), member);
    expect(title(d)).toBe("Спасибо за сообщение");
  });

  it("a locale the bot does not speak falls back to English; a regional one to its language", async () => {
    expect(title(await data(chatInput("sources"), { locale: "ja", guild_locale: "ja" }))).toBe("Sources");
    expect(title(await data(chatInput("sources"), { locale: "es-419", guild_locale: "es-419" }))).toBe(
      "Fuentes",
    );
  });
});

describe("localized replies within Discord's limits", () => {
  const commands = [
    ...ctx.knowledge.compounds.flatMap((c) =>
      ["overview", "dosing", "mechanisms", "effects", "safety", "evidence", "stacks", "sources"].map(
        (section) => chatInput("compound", { name: c.id, section }),
      ),
    ),
    chatInput("compare", { first: "noopept", second: "piracetam", third: "nefiracetam" }),
    chatInput("stack"),
    chatInput("stack", { compound: "noopept", with: "choline" }),
    chatInput("stack", { goal: "memory" }),
    chatInput("sources"),
    chatInput("help"),
    chatInput("ask", { question: "is noopept safe with ssris" }),
    chatInput("compound", { name: "xyzzy" }),
  ];
  for (const locale of ["ru", "de", "es-ES", "fr", "pt-BR"])
    it(`every card and answer in ${locale} keeps within the limits, with the ${locale} footer`, async () => {
      const { limitProblems } = await import("./support/limits.js");
      const { tIn } = await import("../src/i18n/t.js");
      for (const raw of commands) {
        const d = (await data(raw, { locale, guild_locale: locale })) as Parameters<typeof limitProblems>[0];
        expect(limitProblems(d), JSON.stringify(raw.data)).toEqual([]);
        // The footer, and once in the answer, that the quotes are left in English.
        const note = tIn(locale as "ru", "notes.quotesInEnglish");
        expect(footer(d)).toBe(`${tIn(locale as "ru", "footer.disclaimer")} ${note}`);
        expect(cardText(d).split(note).length - 1).toBe(1);
      }
    });
});

describe("a Russian and a German /compound noopept", () => {
  const chrome = [
    ...[
      "howMuch",
      "evidence",
      "differ",
      "effects",
      "safety",
      "takenWith",
      "notCovered",
      "notSafe",
      "figuresDiffer",
    ].map((k) => `card.${k}`),
    ...["overview", "dosing", "mechanisms", "effects", "safety", "evidence", "stacks", "sources"].map(
      (s) => `sections.${s}`,
    ),
    ...["animal-study", "cell-study", "personal-experience", "none-given"].map((l) => `evidence.long.${l}`),
    "footer.disclaimer",
    "buttons.report",
    "chart.perDose",
    "chart.perUnspecified",
    "chart.routeUnspecified",
  ];
  for (const locale of ["ru", "de"] as const)
    for (const section of ["overview", "dosing"])
      it(`${locale}, ${section}: no English chrome (only the knowledge's own words and quotes stay English)`, async () => {
        const { tIn } = await import("../src/i18n/t.js");
        const d = await data(chatInput("compound", { name: "noopept", section }), {
          locale,
          guild_locale: locale,
        });
        const text = `${cardText(d)}\n${cardButtons(d)
          .map((b) => b.label)
          .join("\n")}`;
        const english = chrome
          .map((key) => tIn("en", key as "footer.disclaimer"))
          .filter((en, i) => en !== tIn(locale, chrome[i] as "footer.disclaimer"))
          .filter((en) => text.includes(en.replace(/^🟡 |^🟠 |^🔵 |^⚫ /, "")));
        expect(english).toEqual([]);
        expect(text).toContain(tIn(locale, "sections.dosing"));
      });
});
