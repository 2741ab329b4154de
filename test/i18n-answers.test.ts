import { readFileSync } from "node:fs";
import { parse } from "yaml";
import type { APIInteraction } from "discord-api-types/v10";
import { describe, expect, it } from "vitest";
import { withLocale } from "../src/i18n/locale.js";
import { createBoundary } from "../src/interactions/boundary.js";
import { cachedRouter } from "../src/interactions/cache.js";
import { createLogger } from "../src/logger.js";
import { escapeMarkdown } from "../src/reply/markdown.js";
import { settingsReply } from "../src/reply/settings.js";
import { toComponentsV2 } from "../src/reply/v2/convert.js";
import { testContext } from "./support/bot.js";
import { cardButtons, cardText } from "./support/cards.js";
import { chatInput } from "./support/interactions.js";

/**
 * A Russian and a German answer of every kind (/ask's planned answers and their notes, pairings, amounts,
 * comparisons, classes, goals, searches, several questions at once; /stack; the settings card) read with
 * the knowledge's own words taken out (quotes, statements, names, titles: they stay in English) show no
 * English words of ours.
 */

const ctx = testContext();
const boundary = createBoundary({ router: cachedRouter(ctx), logger: createLogger({ level: "silent" }) });

/** Fields of the knowledge that are ids and enums, never shown as the knowledge's own words. */
const CODES = new Set([
  "id",
  "topic",
  "subjects",
  "evidence",
  "per",
  "route",
  "unit",
  "status",
  "goals",
  "source",
  "sides",
  "qualifies",
  "with",
  "sha256",
  "file",
  "anchor",
]);

/** Every text the knowledge shows in its own words (names, statements, quotes, titles, notes), longest first. */
function knowledgeWords(): string[] {
  const out = new Set<string>();
  const visit = (value: unknown): void => {
    if (typeof value === "string") {
      if (value.length > 1) out.add(value);
    } else if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === "object")
      for (const [key, v] of Object.entries(value)) if (!CODES.has(key)) visit(v);
  };
  visit({
    sources: ctx.knowledge.sources,
    compounds: ctx.knowledge.compounds,
    notCovered: ctx.knowledge.notCovered,
    // The classes' names and notes (knowledge/classes.yaml) are the knowledge's words too.
    classes: parse(readFileSync(new URL("../knowledge/classes.yaml", import.meta.url), "utf8")) as unknown,
  });
  return [...out].flatMap((s) => [s, escapeMarkdown(s)]).sort((a, b) => b.length - a.length);
}
const KNOWN = knowledgeWords();
const word = (s: string) =>
  new RegExp(`(?<![\\p{L}])${s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}])`, "gu");

/** The text with the knowledge's own words, quotes and what the member typed taken out. */
function ours(text: string, typed: string): string {
  let rest = text
    .split("\n")
    .filter((l) => !l.startsWith("> ") && !l.startsWith("— *"))
    .join("\n")
    .replace(/“[^”]*”?|«[^»]*»?|„[^“]*“?/g, " ")
    .replace(/`[^`]*`/g, " ");
  for (const s of [...KNOWN, typed].filter(Boolean)) if (rest.includes(s)) rest = rest.replace(word(s), " ");
  return rest;
}

/** English words that only our own sentences would bring. */
const ENGLISH =
  /\b(the|sources?|says?|is|are|and|with|not|no|about|what|which|your|claims?|shown|more|below|nothing|safe|none|each|dose|answer|for|of|from|give|gives)\b/gi;

const QUESTIONS = [
  "noopept dose?",
  "is noopept safe",
  "is 50 mg of noopept too much",
  "noopept side effects",
  "does noopept cause headaches",
  "noopept with alcohol",
  "can i take noopept with sertraline",
  "what to stack with noopept",
  "piracetam vs noopept for memory",
  "racetams for memory",
  "what helps memory",
  "placebo controlled",
  "can noopept replace my adderall",
  "noopept dose? and is piracetam safe?",
  "what's the dose?",
  "xyzzy frobnicate",
  "is phenylpiracetam safe",
];
const COMMANDS: Array<{ raw: ReturnType<typeof chatInput>; typed: string }> = [
  ...QUESTIONS.map((question) => ({ raw: chatInput("ask", { question }), typed: question })),
  { raw: chatInput("stack"), typed: "" },
  { raw: chatInput("stack", { compound: "noopept" }), typed: "" },
  { raw: chatInput("stack", { compound: "noopept", with: "choline" }), typed: "" },
  { raw: chatInput("stack", { compound: "noopept", with: "aniracetam" }), typed: "" },
  { raw: chatInput("stack", { goal: "memory" }), typed: "" },
  ...["overview", "dosing", "mechanisms", "effects", "safety", "evidence", "stacks", "sources"].map(
    (section) => ({ raw: chatInput("compound", { name: "noopept", section }), typed: "" }),
  ),
  { raw: chatInput("compare", { first: "noopept", second: "piracetam" }), typed: "" },
  { raw: chatInput("compare", { first: "noopept", second: "piracetam", third: "nefiracetam" }), typed: "" },
  { raw: chatInput("compare", { first: "noopept", second: "piracetam", for: "memory" }), typed: "" },
];

async function read(raw: object, locale: string): Promise<string> {
  const d = await boundary.handle({ ...raw, locale, guild_locale: locale } as unknown as APIInteraction);
  const data = (d as { data?: unknown }).data;
  return `${cardText(data)}\n${cardButtons(data)
    .map((b) => b.label ?? "")
    .join("\n")}`;
}

describe("a Russian and a German answer of each kind", () => {
  for (const locale of ["ru", "de"] as const) {
    for (const { raw, typed } of COMMANDS) {
      const label = `${(raw as { data: { name: string } }).data.name} ${typed || JSON.stringify((raw as { data: object }).data)}`;
      it(`${locale}: ${label}: no English words of ours`, async () => {
        const text = await read(raw, locale);
        const rest = ours(text, typed);
        const english = rest.match(ENGLISH) ?? [];
        const lines = rest.split("\n").filter((l) => l.match(ENGLISH));
        expect(english, lines.join("\n")).toEqual([]);
      });
    }
    it(`${locale}: the settings card has no English words of ours`, () => {
      const card = withLocale(locale, () =>
        toComponentsV2(
          settingsReply(
            {
              privateAnswers: false,
              answerMentions: true,
              keepUnanswered: false,
              showDrafts: true,
              own: new Set(["answerMentions"]),
            },
            ["answer_mentions"],
          ),
        ),
      );
      const english = ours(cardText(card), "").match(ENGLISH) ?? [];
      expect(english, cardText(card)).toEqual([]);
    });
  }

  it("names who or what a safety question is about (children, pets, driving) in the reply's language", async () => {
    for (const [question, english] of [
      ["is piracetam safe for kids", "children or teenagers"],
      ["can i give noopept to my dog", "pets"],
      ["is it ok to drive on fasoracetam", "driving"],
    ] as const) {
      for (const locale of ["ru", "de"]) {
        const text = await read(chatInput("ask", { question }), locale);
        expect(text, `${locale}: ${question}`).not.toContain(english);
      }
      expect(await read(chatInput("ask", { question }), "en")).toContain(english);
    }
  });

  it("the same check finds our English words in an English answer (it is not blind)", async () => {
    const text = await read(chatInput("ask", { question: "is noopept safe" }), "en");
    expect(ours(text, "is noopept safe").match(ENGLISH)?.length ?? 0).toBeGreaterThan(5);
  });
});
