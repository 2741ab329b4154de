import { describe, expect, it } from "vitest";
import { qualifiersOf } from "../src/answer/companions.js";
import { planAnswer } from "../src/answer/plan.js";
import { askReply } from "../src/reply/ask.js";
import { testContext } from "./support/bot.js";
import { embedsText, isShown, matrixQuestions } from "./support/matrix.js";
import { claimsAnswering } from "../src/knowledge/subjects.js";
import { EVIDENCE_LABEL } from "../src/reply/evidence.js";

/** The answer planner on the issue's own examples, through /ask as a member reads it. */

const ctx = testContext();
const k = ctx.knowledge;
const ask = (q: string) => embedsText(askReply(k, ctx.ask, q));
const compound = (id: string) => k.compounds.find((c) => c.id === id)!;

describe("amounts", () => {
  it("2000 mg of fasoracetam is 80× the top of the 2.5–25 mg figure, and 'more than 100 mg' is no range", () => {
    const t = ask("is 2000mg fasoracetam ok");
    expect(t).toContain("2000 mg is 80× the top of 2.5–25 mg, per day");
    expect(t).toContain("2000 mg is 200× the top of 10 mg, per day");
    expect(t).toContain("“For depression, higher doses of more than 100mg are used.”");
    expect(t).not.toMatch(/is within/);
  });
  it("100 mg is not 'over 100 mg', and 50 mg is compared with every figure, each in its context", () => {
    expect(ask("is 100mg fasoracetam ok")).not.toMatch(/is within/);
    const t = ask("fasoracetam 20 mg");
    expect(t).toContain("20 mg is within 2.5–25 mg");
    expect(t).toContain("20 mg is 2× the top of 10 mg");
  });
  it("20 mg twice a day: one dose against a figure per dose, the day's 40 mg against a figure that does not say", () => {
    const t = ask("is 20mg noopept twice a day ok");
    expect(t).toContain("20 mg (40 mg a day) against every figure the sources give for Noopept");
    expect(t).toMatch(/• 20 mg is within 10–20 mg, per dose, sublingual/);
    expect(t).not.toMatch(/• 40 mg a day is [^\n]*10–20 mg, per dose/);
    expect(t).toMatch(/• 20 mg is within 10–30 mg, per dose or day not stated/);
    expect(t).toMatch(/• 40 mg a day is 10 mg above the top of 10–30 mg, per dose or day not stated/);
    expect(t).not.toMatch(/mentions “twice”/);
    expect(t).not.toContain("This compares the amount alone");
  });
  it("'once daily' is how often the amount is taken, not a question about daily, long-term use", () => {
    const t = ask("is 1.2g piracetam once daily ok");
    expect(t).toContain("1200 mg is within 1200–4800 mg");
    expect(t).not.toMatch(/say nothing about (tolerance|long-term)/);
  });
  it("reads how often an amount is taken: 'twice a day', '3x daily', '2 times per day'", () => {
    expect(ask("piracetam 1600 mg 3x daily")).toContain("1600 mg (4800 mg a day)");
    expect(ask("piracetam 800mg 2 times per day?")).toContain("800 mg (1600 mg a day)");
    expect(ask("noopept 10 mg bid")).toContain("10 mg (20 mg a day)");
  });
  it("an amount said per day is a day's total: never set against a figure per dose as if it were one dose", () => {
    const t = ask("can i take 40 mg of noopept per day");
    expect(t).toContain("40 mg a day against every figure the sources give for Noopept");
    expect(t).not.toMatch(/• 40 mg[^\n]* is [^\n]*10–20 mg, per dose, sublingual/);
    expect(t).toMatch(
      /• 40 mg a day and 10–20 mg, per dose, sublingual [^\n]*: how many doses make up the day is not said/,
    );
    expect(t).toMatch(/• 40 mg a day is 10 mg above the top of 10–30 mg, per dose or day not stated/);
    expect(t).not.toContain("This compares the amount alone");
    // A day's total below a figure per dose is below it whatever the doses.
    expect(ask("noopept 5mg a day")).toMatch(/• 5 mg a day is below 10–20 mg, per dose/);
    expect(ask("nefiracetam 450mg/day")).toMatch(/• 450 mg a day is within 150–450 mg, per day/);
  });
  it("an amount said per dose is one dose: never called within a figure per day its day may exceed", () => {
    const t = ask("nefiracetam 300mg per dose, is that ok?");
    expect(t).toContain("300 mg a dose against every figure the sources give for Nefiracetam");
    expect(t).not.toMatch(/300 mg[^\n]* is within 150–450 mg, per day/);
    expect(t).toMatch(/• 300 mg a dose and 150–450 mg, per day[^\n]*: how many doses a day is not said/);
    // One dose already above a figure per day is above it whatever the day.
    expect(ask("nefiracetam 1000 mg each dose")).toMatch(
      /• 1000 mg a dose is 100 mg above the top of 600–900 mg, per day/,
    );
  });
  it("an amount asked with a goal is compared, not dropped for the goal's list", () => {
    const t = ask("fasoracetam 150mg for depression");
    expect(t).toContain("150 mg against every figure the sources give for Fasoracetam");
    expect(t).toContain("“For depression, higher doses of more than 100mg are used.”");
    expect(ask("noopept 10mg for memory")).toContain("10 mg is within 10–20 mg, per dose, sublingual");
  });
  it("a comma grouping thousands is not a decimal comma: 1,200mg is 1200 mg, 0,5 g is 500 mg", () => {
    expect(ask("piracetam 1,200mg ok?")).toContain("1200 mg is within 1200–4800 mg");
    expect(ask("is 4,800 mg piracetam a day too much")).toContain("4800 mg a day is within 1200–4800 mg");
    expect(ask("noopept 0,5g")).toContain("500 mg against every figure");
  });
  it("a number without a unit is said to need one, never compared, and numbers that are no amount are left alone", () => {
    expect(ask("is 30 noopept too much")).toContain(
      "“30” has no unit, so it is not compared with the figures the sources give for Noopept (in mg): say “30 mg” to compare it.",
    );
    for (const q of [
      "noopept is 1000 times stronger than piracetam",
      "took noopept for 3 weeks, dose ok?",
      "gvs 111 dose",
      "noopept 20 mg ok",
    ])
      expect(ask(q), q).not.toContain("has no unit");
  });
  it("amounts in other languages: Cyrillic units and 'per day' in the member's language", () => {
    expect(ask("ноопепт 50 мг это много?")).toContain("50 mg is 2.5× the top of 10–20 mg");
    const t = ask("пирацетам 2 г в день");
    expect(t).toContain("2000 mg a day against every figure the sources give for Piracetam");
    expect(t).not.toContain("has no unit");
    expect(ask("piracetam 1,2 g por día")).toContain("1200 mg a day is within 1200–4800 mg");
  });
  it("never advises", () => {
    expect(ask("is 2000mg fasoracetam ok")).toContain("none of this is advice");
  });
});

describe("what the sources do say, when they do not answer", () => {
  it("what does alpha gpc do: what they say of it in another compound's file is among the nearest mentions", () => {
    const t = ask("what does alpha gpc do");
    expect(t).toContain("The sources say nothing about effects for Alpha-GPC");
    expect(t).toContain("Nearest mention: Named as a choline source.");
    expect(t).toContain(
      "Stacking fasoracetam with a choline source such as Alpha GPC is said to work in synergy",
    );
  });
});

describe("advice to cycle is a caution", () => {
  it("can i take noopept every day: the sources' advice to cycle it comes first, not after what fills the answer", () => {
    const t = ask("can i take noopept every day");
    expect(t).toContain("advises cycling it in phases of one month at the longest");
    expect(t).toContain("Prescription labelling is said to advise one month on, one month off.");
  });
});

describe("silence computed from the claims' subjects", () => {
  it("does piracetam work: the promotional claim of almost 100% positive feedback answers it, never 'say nothing'", () => {
    const t = ask("does piracetam work?");
    expect(t).not.toMatch(/say nothing about whether it is shown to work/);
    expect(t).toContain("has generated almost 100% positive feedback");
  });
  it("piracetam half life: no source gives one, said before its other pharmacokinetics; noopept's is shown", () => {
    const t = ask("pirasetam half life");
    expect(t).toContain("The sources say nothing about half-life for Piracetam.");
    expect(t).not.toContain("half-life for Piracetam. No information is not the same as safe");
    const n = ask("noopept half-life");
    expect(n).not.toContain("say nothing about half-life");
    expect(n).toContain("The half-life is only 1 hour");
  });
  it("'does it keep you up at night' asks about insomnia, a harm, not the goal of sleep: silence is never safe", () => {
    const n = ask("does noopept keep you up at night");
    expect(n).not.toContain("report nothing about sleep");
    expect(n).toContain("No source says whether Noopept causes insomnia");
    expect(n).toContain("No information is not the same as safe");
    const f = ask("does fasoracetam keep you awake");
    expect(f).not.toContain("Reported for energy");
    expect(f).not.toMatch(/mentions “awake”/);
    expect(f).toContain("possibly insomnia when taken in larger doses");
  });
  it("how long does it take to work: the claims on how long effects take answer it, never 'say nothing'", () => {
    const f = ask("how long does fasoracetam take to work");
    expect(f).not.toMatch(/say nothing about half-life, absorption and duration/);
    expect(f).toContain("not acutely anxiolytic but induces anxiolysis with long-term administration");
    expect(ask("how long does nefiracetam take to work")).toContain(
      "Many of the benefits are attained following daily supplementation for at least one week",
    );
  });
  it("fasoracetam tolerance: the claim of no tolerance is shown, never 'say nothing'", () => {
    const t = ask("fasoracetam tolerance");
    expect(t).toContain("no tolerance or addiction");
    expect(t).not.toMatch(/say nothing about (cycling and )?tolerance/);
  });
  it("can noopept cause headaches: no source says so; the one mention, of fewer headaches, is the nearest", () => {
    const t = ask("can noopept cause headaches");
    expect(t).toContain(
      "No source says whether Noopept causes headaches; the nearest mention is shown below",
    );
    expect(t).toContain(
      "Nearest mention: Users of the Noopept and choline stack have reported better mood, fewer headaches",
    );
  });
  it("does fasoracetam cause tolerance: its claim of no tolerance answers it, never 'no source says whether'", () => {
    const t = ask("does fasoracetam cause tolerance or addiction");
    expect(t).not.toMatch(/No source says whether Fasoracetam causes tolerance/);
    expect(t).toMatch(/no tolerance or addiction/);
  });
  it("can nefiracetam cause depression: a harm asked about, not the goal of mood the same word names", () => {
    const t = ask("can nefiracetam cause depression");
    expect(t).not.toContain("Reported for mood");
    expect(t).toContain("No source says whether Nefiracetam causes depression");
    // The trials of it against depression are the nearest mentions, shown as they are, both sides.
    expect(t).toContain("more effective at improving depression symptoms");
    expect(t).toContain("while not significantly altering depression scores");
  });
  it("what does alpha gpc do: nothing on its effects, and what the sources do say of it is shown, not nothing", () => {
    const t = ask("what does alpha gpc do");
    expect(t).toContain("The sources say nothing about effects for Alpha-GPC");
    expect(t).toContain("What the sources do say about Alpha-GPC is below");
    expect(t).toContain("“another choline source such as Alpha GPC”");
  });
  it("noopept's side effects: no source names one, and the sceptical verdict on its safety comes with it", () => {
    const t = ask("noopept side effects");
    expect(t).toContain("No source names a side effect of Noopept");
    expect(t).toContain(
      "complicated and often confusing and unclear image concerning its effectiveness and safety",
    );
  });
  it("piracetam's side effects: the bad taste is the only one the sources name", () => {
    expect(ask("piracetam side effects")).toContain(
      "This is the only side effect entry the sources give for Piracetam",
    );
  });
  it("nefiracetam long-term: safe and non-toxic for 4 weeks; nothing longer is reported", () => {
    const t = ask("nefiracetam long term");
    expect(t).toContain("safe and non-toxic when taken at 600-900 mg/day for 4 weeks");
    expect(t).toContain("a safety finding covers 4 weeks. Nothing longer is reported.");
    expect(t).not.toContain("what the sources say, both ways");
  });
});

describe("a pairing that also asks something of one side", () => {
  it("how much choline to take with noopept: the pairing's quotes, and that the sources give no amount of choline", () => {
    const t = ask("how much choline should i take with noopept and when");
    expect(t).toContain("One common stack amongst nootropic users is noopept and choline.");
    expect(t).toContain("The sources say nothing about dose for Choline.");
  });
  it("how much noopept with alpha gpc: the pairing, and noopept's own dose figures quoted", () => {
    const t = ask("how much noopept should i take with alpha gpc");
    expect(t).toMatch(/Noopept \+ Alpha-GPC/);
    expect(t).toContain("10–30 mg");
  });
});

describe("what a member's words are", () => {
  it("a link or invite without http:// is not read as words of the question ('gg', 'abc')", () => {
    const t = ask("is noopept safe with discord.gg/abcxyz and www.example.com or evil.example/x");
    expect(t).not.toMatch(/mentions “/);
    expect(t).not.toMatch(/abcxyz|example/);
  });
  it("a name the sources do not cover is said once, as not covered, never as a word no claim mentions", () => {
    const t = ask("phenylpiracetam vs piracetam");
    expect(t).toMatch(/^Piracetam: comparisons/);
    expect(t).not.toMatch(/mentions “phenylpiracetam”/);
  });
});

describe("a word no claim uses is not called silence when the question's subject is answered", () => {
  it.each([
    ["¿cuánto noopept debo tomar y por cuántas semanas?", "semanas"],
    ["Wie viel Nefiracetam pro Tag?", "tag"],
    ["does noopept actually work or is it just hype", "hype"],
    ["is 20mg noopept swallowed as a pill fine or do i need sublingual", "swallowed"],
  ])("%s", (question, word) => {
    expect(ask(question)).not.toMatch(new RegExp(`mentions “[^”]*${word}`, "i"));
  });
  it("but says so when the particular is all that is asked, or where safety is asked", () => {
    expect(ask("will noopept show up on a drug test")).toMatch(/mentions “[^”]*drug/);
    expect(ask("is noopept safe with epilepsy")).toMatch(/mentions “[^”]*epilepsy/);
  });
});

describe("a pairing asked about safety carries each side's sceptical safety verdict", () => {
  it("noopept + choline stack any side effects: the promotional 'little to no side effects' comes with the verdict", () => {
    const t = ask("noopept + choline stack any side effects?");
    expect(t).toContain("There are little to no side effects when used together.");
    expect(t).toContain("unclear image concerning its effectiveness and safety for human consumption");
  });
  it("every pair × safety phrasings: each compound's safety verdicts are shown, as with one compound", () => {
    const wrong: string[] = [];
    for (const a of k.compounds)
      for (const b of k.compounds.filter((x) => x !== a))
        for (const q of [`${a.id} + ${b.id} stack any side effects?`, `is ${a.id} safe with ${b.id}`]) {
          const t = ask(q);
          for (const c of [a, b])
            for (const v of claimsAnswering(k, c, "safety").filter((x) => x.verdict))
              if (!isShown(t, v)) wrong.push(`${q}: ${c.name}'s "${v.statement.slice(0, 40)}"`);
        }
    expect(wrong.slice(0, 8).concat(wrong.length > 8 ? [`…and ${wrong.length - 8} more`] : [])).toEqual([]);
  });
});

describe("the sentence next to it, and the question not turned around", () => {
  it("fasoracetam for ADHD comes with the FDA sentence of the same paragraph", () => {
    const t = ask("fasoracetam adhd");
    expect(t).toContain("commonly used for the symptoms of ADHD");
    expect(t).toContain("the FDA has not yet regulated Fasoracetam as a treatment for ADHD");
  });
  it("noopept's GABA mechanism in rats comes with 'it remains questionable'", () => {
    expect(ask("does noopept affect gaba")).toContain(
      "it remains questionable whether this particular mechanism",
    );
  });
  it("is noopept a stimulant: a property, with both sides, not a pairing with stimulants", () => {
    const t = ask("is noopept a stimulant");
    expect(t).not.toMatch(/document nothing about taking/);
    expect(t).toContain("Whether it feels like a stimulant");
    expect(t).toContain("psychostimulatory effects to be very noticeable");
  });
  it("can noopept replace my adderall: not discussed by the sources; ask a doctor", () => {
    const t = ask("can noopept replace my adderall");
    expect(t).toContain("The sources do not discuss replacing a medicine with Noopept");
    expect(t).toContain("doctor");
    expect(t).not.toMatch(/document nothing about taking/);
  });
  it("does noopept work: the sceptical verdict and the ⚖️ 'Whether it is shown to work'", () => {
    const t = ask("does noopept work");
    expect(t).toContain("Whether it is shown to work");
    expect(t).toContain("complicated and often confusing");
  });
});

describe("order and budget", () => {
  it("cautions before reassurance: nefiracetam's side effects before 'considered safe'", () => {
    const t = ask("is nefiracetam safe");
    expect(t.indexOf("resemble other racetams")).toBeLessThan(t.indexOf("considers it safe and non-toxic"));
  });
  it("a human result before an animal one", () => {
    const t = ask("nefiracetam effects");
    expect(t.indexOf("human trial")).toBeGreaterThan(-1);
    expect(t.indexOf("human trial")).toBeLessThan(t.indexOf("animal study"));
  });
  it("a small budget drops whole claims, never a companion, and counts them", () => {
    const plan = planAnswer(k, compound("noopept"), {
      subjects: ["mechanism"],
      budget: { blocks: 8, chars: 1500 },
    });
    const shown = plan.blocks.flatMap((b) => (b.kind === "claim" ? [b.claim] : []));
    for (const c of shown)
      for (const q of qualifiersOf(k, compound("noopept"), c)) expect(shown).toContain(q);
    expect(plan.omitted).toBeGreaterThan(0);
    expect(ask("how does noopept work")).toMatch(/…and \d+ more/);
  });
});

describe("amount lines carry what every figure carries", () => {
  it("each figure an amount is compared with shows its evidence badge and its [n], over every amount asked", () => {
    const badges = Object.values(EVIDENCE_LABEL);
    const bad: string[] = [];
    for (const q of matrixQuestions(k).filter((x) => x.amount !== undefined))
      for (const line of ask(q.text).split("\n"))
        if (
          /^• .*( is within | is below | the top of )/.test(line) &&
          !(badges.some((b) => line.includes(b)) && /\[\d+\]/.test(line))
        )
          bad.push(`${q.text}: ${line}`);
    expect(bad.slice(0, 5).concat(bad.length > 5 ? [`…and ${bad.length - 5} more`] : [])).toEqual([]);
  });
});
