import { describe, expect, it } from "vitest";
import { route } from "../src/interactions/route.js";
import type { BotContext, OptionValues } from "../src/interactions/types.js";
import { testContext } from "./support/bot.js";

const ctx: BotContext = testContext();

/** All the text a user would read in a reply. */
function text(name: string, options: OptionValues): string {
  const out = route(ctx, { type: "command", name, options });
  if (out.type !== "reply" && out.type !== "update") throw new Error("expected a reply");
  return out.payload.embeds
    .flatMap((e) => [
      e.title,
      e.description,
      ...(e.fields ?? []).flatMap((f) => [f.name, f.value]),
      e.footer?.text,
    ])
    .join("\n");
}

describe("/compound noopept", () => {
  const card = text("compound", { name: "noopept" });
  it("shows both dose ranges, each with its source", () => {
    expect(card).toMatch(/10–30 mg.*\[(\d)\]/);
    expect(card).toMatch(/10–20 mg, per dose, sublingual.*\[(\d)\]/);
    const ref = (re: RegExp) => re.exec(card)?.[1];
    const a = ref(/10–30 mg.*\[(\d)\]/);
    const b = ref(/10–20 mg.*\[(\d)\]/);
    expect(a).not.toBe(b);
    expect(card).toContain(`[${a}] A Closer Look At Noopept`);
    expect(card).toContain(`[${b}] Noopept (section of a personal racetam review)`);
    expect(card).toMatch(/figures differ by source/);
  });
  it("shows the evidence verdict and a caveat on the card, and half-life, cycling and BDNF/NGF one press away", () => {
    expect(card).toMatch(/No human study is given: the strongest evidence is 🟡 animal study/);
    expect(card).toMatch(/🔎 about the evidence/);
    const dosing = text("compound", { name: "noopept", section: "dosing" });
    expect(dosing).toMatch(/half-life of only 1 hour/);
    expect(dosing).toMatch(/speculative and hypothesized, advises cycling it in phases of one month/);
    expect(text("compound", { name: "noopept", section: "mechanisms" })).toMatch(/NGF and BDNF|BDNF and NGF/);
    expect(text("compound", { name: "noopept", section: "evidence" })).toMatch(
      /yet to be confirmed whether these mechanisms would be the same in human users/,
    );
  });
  it("says what the sources are silent on", () => {
    expect(card).toMatch(
      /The sources say nothing about drug interactions or use in pregnancy or nursing\. No information is not the same as safe/,
    );
  });
  it("quotes and attributes the dosing section", () => {
    const dosing = text("compound", { name: "noopept", section: "dosing" });
    expect(dosing).toContain("“A standard dose is 10-20 mg, which should be taken sublingually");
    expect(dosing).toContain("— *Noopept (section of a personal racetam review)*");
    expect(dosing).toContain("10–30 mg, per dose or day not stated, route not stated");
  });
});

describe("/compound says when it corrected a typo", () => {
  it("names the closest match for a misspelling, and says nothing for an exact name or alias", () => {
    expect(text("compound", { name: "piracetm" })).toContain("*Closest match for “piracetm”.*");
    expect(text("compound", { name: "piracetam" })).not.toContain("Closest match");
    expect(text("compound", { name: "Nootropil" })).not.toContain("Closest match");
  });
});

describe("/compound for thin compounds", () => {
  it("aniracetam: the sources give no dose", () => {
    expect(text("compound", { name: "aniracetam" })).toContain("The sources give no dose for Aniracetam.");
    expect(text("compound", { name: "aniracetam", section: "dosing" })).toContain(
      "The sources give no dose for Aniracetam.",
    );
    expect(text("compound", { name: "aniracetam" })).not.toMatch(/\d+ ?mg/);
  });
  it("choline and alpha-gpc: no dose either", () => {
    expect(text("compound", { name: "choline" })).toContain("The sources give no dose for Choline.");
    expect(text("compound", { name: "alpha gpc" })).toContain("The sources give no dose for Alpha-GPC.");
  });
});

describe("/compare", () => {
  it("noopept piracetam: 10-30 mg beside 1200-4800 mg, and the direct comparisons", () => {
    const t = text("compare", { first: "noopept", second: "piracetam" });
    expect(t).toMatch(/Noopept: doses\n• \*\*10–30 mg/);
    expect(t).toMatch(/Piracetam: doses\n• \*\*1200–4800 mg/);
    expect(t).toMatch(/bioavailability/i);
    expect(t).toMatch(/1,000x more potent than piracetam/);
  });
  it("nefiracetam aniracetam: the direct comparison", () => {
    expect(text("compare", { first: "nefiracetam", second: "aniracetam" })).toMatch(
      /studies have not been conducted to compare their efficacy/,
    );
  });
  it("never points at a placeholder ('/compound ...') when it has to leave something out", () => {
    expect(text("compare", { first: "noopept", second: "piracetam" })).not.toContain("/compound ...");
  });
  it("says when no source compares two compounds", () => {
    expect(text("compare", { first: "choline", second: "aniracetam" })).toContain(
      "No source compares Choline and Aniracetam directly.",
    );
  });
});

describe("/stack", () => {
  it("compound:fasoracetam names Alpha GPC", () => {
    expect(text("stack", { compound: "fasoracetam" })).toMatch(
      /With Alpha-GPC: .*\n.*\n> “Stacking with a choline source such as Alpha GPC/,
    );
  });
  it("compound:noopept names choline and the cycling caution", () => {
    const t = text("stack", { compound: "noopept" });
    expect(t).toMatch(/With Choline/);
    expect(t).toMatch(/The reviewer, calling this part speculative and hypothesized, advises cycling/);
  });
  it("an undocumented pairing is not called safe", () => {
    expect(text("stack", { compound: "noopept", with: "fasoracetam" })).toMatch(
      /No source documents taking Noopept with Fasoracetam. That is not the same as safe/,
    );
  });
  it("no options: the documented stacks and general cautions", () => {
    const t = text("stack", {});
    for (const pair of ["Noopept + Choline", "Nefiracetam + Choline", "Fasoracetam + Alpha-GPC"])
      expect(t).toContain(pair);
    expect(t).toMatch(/General cautions/);
    expect(t).toMatch(/headaches/i);
  });
  it("with only `with` asks for the pairing instead of silently answering for that compound", () => {
    const t = text("stack", { with: "choline" });
    expect(t).toContain("Which pairing?");
    expect(t).not.toContain("Stacking Choline");
  });
  it("a disagreement shown in a list of several compounds names the compound and its sources by title", () => {
    const t = text("stack", { goal: "mood" });
    const flag = /⚖️ ([^\n]*?): the sources differ/.exec(t);
    expect(ctx.knowledge.compounds.map((c) => c.name)).toContain(flag?.[1]);
    const kinds = new Set(ctx.knowledge.sources.map((s) => s.kind));
    for (const kind of kinds) expect(t).not.toContain(`— *${kind}*`);
  });
  it("goal:memory lists human trials before animal studies before claims without evidence, and counts the rest", () => {
    const t = text("stack", { goal: "memory" });
    const order = ["🟢 human trial", "🟡 animal study", "⚫ no evidence given"]
      .map((badge) => t.indexOf(badge))
      .filter((i) => i >= 0);
    expect(order.length).toBeGreaterThanOrEqual(2);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(t).toMatch(/…and \d+ more/);
  });
});

describe("/sources and /help", () => {
  it("lists each source with its kind, author and date where known, and what it covers", () => {
    const t = text("sources", {});
    expect(t).toContain("What Does All the Clinical Research on Noopept Actually Show?");
    expect(t).toMatch(/research overview · by Daniel Safvat · 2020-11-02/);
    const name = (id: string) => ctx.knowledge.compounds.find((c) => c.id === id)?.name;
    for (const source of ctx.knowledge.sources)
      expect(t).toContain(`Covers: ${source.covers.map(name).join(", ")}`);
  });
  it("explains each command with an example", () => {
    const t = text("help", {});
    for (const c of ctx.commands.list.filter((c) => "description" in c.data))
      expect(t).toContain(`/${c.data.name}`);
    expect(t).toContain("/compare first:noopept second:piracetam");
  });
});
