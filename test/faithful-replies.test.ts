import { describe, expect, it } from "vitest";
import { renderText } from "../src/cli/render-text.js";
import { sectionButtonId } from "../commands/compound.js";
import type { Compound } from "../src/knowledge/schema.js";
import { compoundReply } from "../src/reply/compound/card.js";
import { SECTIONS, type Section } from "../src/reply/compound/sections.js";
import type { MessagePayload } from "../src/reply/payload.js";
import { sourcesReply } from "../src/reply/sources.js";
import { everyReply, readingUnits, replyProblems } from "../src/reply/audit.js";
import { realKnowledge } from "./support/knowledge.js";

const knowledge = realKnowledge();
const all = knowledge.compounds;
const byId = (id: string): Compound => all.find((c) => c.id === id)!;
const cardOf = (c: Compound, section: Section, ephemeral = false) =>
  compoundReply(knowledge, c, section, { buttonId: sectionButtonId(c), ephemeral });

const replies = everyReply(knowledge);

describe("every line that comes from a claim or dose carries its evidence and source, in every reply", () => {
  it.each(replies)("%s", (label, payload) => {
    expect(replyProblems(knowledge, label, payload)).toEqual([]);
  });
});

const text = (p: MessagePayload) => readingUnits(p).join("\n");
const card = (id: string, section: Section = "overview") => text(cardOf(byId(id), section));
/** Every page of a section, as a member reads them pressing "More". */
const pages = (id: string, section: Section) => {
  const out: string[] = [];
  for (let page = 0; page < 20; page++) {
    const p = compoundReply(knowledge, byId(id), section, { buttonId: sectionButtonId(byId(id)), page });
    out.push(text(p));
    if (!p.components.some((r) => r.components.some((b) => b.label === "More"))) break;
  }
  return out.join("\n");
};

describe("caveats, silence, disagreements and both sides", () => {
  it("noopept's card does not call long-term use silent, and says interactions and pregnancy are", () => {
    for (const s of ["overview", "safety"] as const) {
      expect(card("noopept", s)).not.toMatch(/long-term[^\n]*say nothing|say nothing[^\n]*long-term/);
      expect(card("noopept", s)).toMatch(/drug interactions/);
    }
    expect(pages("noopept", "safety")).toMatch(/did not result in a tolerance of BDNF availability/);
  });
  it("shows both sides of noopept's absorption wherever one is shown", () => {
    const dosing = card("noopept", "dosing");
    expect(dosing).toContain("⚖️");
    expect(dosing).toContain("nearly the whole dose reaches the brain");
    expect(dosing).toContain("oral doses do not seem to be absorbed well");
  });
  it("shows both sides of whether noopept feels like a stimulant", () => {
    const t = pages("noopept", "effects");
    expect(t).toContain("⚖️");
    expect(t).toMatch(/without feeling like a stimulant/);
    expect(t).toMatch(/psychostimulatory effects to be very noticeable/);
  });
  it("linking claims read right on the other card", () => {
    expect(card("choline", "stacks")).toMatch(/Noopept and choline are a common stack/);
    for (const [, p] of replies) expect(text(p)).not.toMatch(/Stack it with|Its potency is said/);
  });
});

describe("doses are never misread", () => {
  it("the overview gives a dose the same context as the dosing section", () => {
    const overview = card("noopept");
    expect(overview).toMatch(/10–30 mg, per dose or day not stated, route not stated/);
    expect(card("noopept", "dosing")).toMatch(/10–30 mg, per dose or day not stated, route not stated/);
  });
  it("piracetam's range is never beside '3 doses a day'; fasoracetam's depression figure says rats", () => {
    expect(card("piracetam")).not.toMatch(/4800 mg[\s\S]*3 doses[\s\S]*What it is reported/);
    expect(card("piracetam", "dosing")).not.toMatch(/3 doses/);
    for (const line of card("fasoracetam")
      .split("\n")
      .filter((l) => l.includes("over 100 mg")))
      expect(line).toMatch(/rats/);
    expect(card("fasoracetam", "dosing")).toMatch(/over 100 mg[\s\S]*rats/);
    for (const line of card("nefiracetam")
      .split("\n")
      .filter((l) => l.includes("**900 mg,")))
      expect(line).toMatch(/post-stroke patients/);
    expect(card("nefiracetam", "dosing")).toMatch(/900 mg[\s\S]*post-stroke patients[\s\S]*not had a stroke/);
  });
});

describe("buttons that lead somewhere, and a compact overview", () => {
  it.each(all.map((c) => c.id))("%s: every enabled button opens a section with something in it", (id) => {
    const c = byId(id);
    const buttons = cardOf(c, "overview").components.flatMap((r) => r.components);
    for (const b of buttons.filter((x) => !x.disabled)) {
      const section = b.custom_id.split(":")[2] as Section;
      const embed = cardOf(c, section).embeds[0]!;
      expect((embed.fields ?? []).length, `${id} ${section}`).toBeGreaterThan(0);
    }
  });
  it("aniracetam: the empty sections are not offered, and the overview says what the sources do not cover", () => {
    const p = cardOf(byId("aniracetam"), "overview");
    const enabled = p.components
      .flatMap((r) => r.components)
      .filter((b) => !b.disabled)
      .map((b) => b.label);
    expect(enabled).not.toContain("Dosing");
    expect(enabled).not.toContain("Mechanisms");
    expect(text(p)).toMatch(/The sources say nothing about[^\n]*(dose|mechanism)/i);
  });
  it.each(all.map((c) => c.id))(
    "%s: the overview is at most about 3,500 characters (each claim with its caveats and other side), with field names that read as prose",
    (id) => {
      const e = cardOf(byId(id), "overview").embeds[0]!;
      const length =
        (e.title?.length ?? 0) +
        (e.description?.length ?? 0) +
        (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
      expect(length).toBeLessThanOrEqual(3600);
      for (const f of e.fields ?? []) expect(f.name).not.toMatch(/\(s\)|not stated/);
    },
  );
  it("the terminal shows no 'only you can see this' and button keys that cannot be read as source refs", () => {
    const t = renderText(cardOf(byId("noopept"), "overview", true));
    expect(t).not.toMatch(/only you can see this/);
    const buttons = t.split("\n").find((l) => /Overview/.test(l) && /Dosing/.test(l)) ?? "";
    expect(buttons).not.toMatch(/\[\d+\]/);
  });
});

describe("/sources", () => {
  it("says that names, code names, summaries and statements are ours", () => {
    const t = text(sourcesReply(knowledge));
    expect(t).not.toMatch(/Nothing else is used/);
    expect(t).toMatch(/names, code names and summaries are ours/i);
  });
});

describe("the provenance audit (src/reply/audit.ts, run by knowledge:check)", () => {
  it("catches a bad reply: a claim without badge or source, a caveat marked 'no evidence', a claim cut short, a bare dose line", async () => {
    const claims = all.flatMap((c) => c.claims);
    const claim = claims.find((c) => c.topic !== "evidence" && c.statement.length > 60)!;
    const caveat = claims.find((c) => c.topic === "evidence")!;
    const bad = {
      embeds: [
        {
          description: [
            `• ${claim.statement}`,
            `• ${caveat.statement} — ⚫ no evidence given [1]`,
            `• ${claim.statement.slice(0, 50)}… — 🟡 animal study [2]`,
            "• **10–30 mg**, per dose",
            `• ${claim.statement} — 🟡 animal study [3]`,
          ].join("\n"),
        },
      ],
      components: [],
      allowed_mentions: { parse: [] as [] },
    };
    const problems = replyProblems(knowledge, "/bad", bad);
    expect(problems).toEqual([
      `/bad: "${claim.statement}" is shown without its evidence badge or source`,
      `/bad: the caveat "${caveat.statement}" wears the no-evidence badge`,
      `/bad: "${claim.statement}" is cut short`,
      "/bad: a dose line is shown without its evidence badge or source: • **10–30 mg**, per dose",
    ]);
    expect(
      replyProblems(knowledge, "/good", {
        ...bad,
        embeds: [{ description: bad.embeds[0]!.description.split("\n")[4]! }],
      }),
    ).toEqual([]);
  });
  it("reads a claim field as one unit and a bullet list line by line", async () => {
    const payload = {
      embeds: [
        {
          fields: [
            { name: "A claim", value: "🟡 animal study\n> “q”\n— *T*" },
            { name: "List", value: "• a — ⚫ no evidence given [1]\n• b" },
          ],
        },
      ],
      components: [],
      allowed_mentions: { parse: [] as [] },
    };
    expect(readingUnits(payload)).toEqual([
      "A claim\n🟡 animal study\n> “q”\n— *T*",
      "List",
      "• a — ⚫ no evidence given [1]",
      "• b",
    ]);
  });
});

describe("the detail is one press away", () => {
  it("no section of any card leaves a claim out to fit Discord's limits", () => {
    for (const c of all) {
      for (const s of SECTIONS) {
        const names = cardOf(c, s)
          .embeds.flatMap((e) => e.fields ?? [])
          .map((f) => f.name);
        expect(names, `${c.id} ${s}`).not.toContain("Not shown");
      }
    }
  });
});

describe("the terminal presses buttons by letter", () => {
  it("'b' under a card opens its second section, and a letter with no button says so", async () => {
    const { TerminalSession } = await import("../src/cli/session.js");
    const { testContext } = await import("./support/bot.js");
    const session = new TerminalSession(testContext());
    session.replyTo("/compound noopept");
    expect(session.replyTo("b").embeds[0]?.title).toBe("Noopept: dosing");
    expect(session.replyTo("z").embeds[0]?.title).toBe("No such button");
  });
});
