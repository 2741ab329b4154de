import type { QuestionTopic } from "../../src/question/vocabulary.js";

/**
 * Questions as real members phrase them, each with what it must find (the names it mentions, in order, and
 * a topic) and what the answer must and must not contain (case-insensitive, in the reply's text).
 */
export interface Case {
  q: string;
  finds: string[];
  topic?: QuestionTopic;
  goal?: string;
  has?: string[];
  not?: string[];
}

const NOT_SAFE = "no information is not the same as safe";

export const CASES: Case[] = [
  // Doses, amounts, typos
  { q: "noopept dose?", finds: ["Noopept"], topic: "dose", has: ["10–30 mg", "10–20 mg"] },
  { q: "whats the dosage for noopept", finds: ["Noopept"], topic: "dose", has: ["10–30 mg"] },
  {
    q: "how much noopept should i take",
    finds: ["Noopept"],
    topic: "dose",
    has: ["whether you should take it", "10–30 mg"],
  },
  {
    q: "nopept 20mg sublingual",
    finds: ["Noopept"],
    topic: "dose",
    has: ["20 mg is within 10–20 mg, per dose, sublingual"],
  },
  { q: "piracetam 800mg", finds: ["Piracetam"], has: ["800 mg is below 1200–4800 mg"] },
  {
    q: "1.2 g of piracetam a day ok?",
    finds: ["Piracetam"],
    topic: "dose",
    has: ["1200 mg a day is within 1200–4800 mg"],
  },
  {
    q: "noopept dose 10 mg/kg",
    finds: ["Noopept"],
    has: ["2 figures in another unit (mg) are not compared with 10 mg/kg"],
  },
  {
    q: "aniracetam dosage",
    finds: ["Aniracetam"],
    topic: "dose",
    has: ["say nothing about dose for aniracetam"],
    not: ["10–30 mg"],
  },
  { q: "faso dose", finds: ["Fasoracetam"], topic: "dose" },
  { q: "omberacetam dose", finds: ["Noopept"], topic: "dose", has: ["10–30 mg"] },
  { q: "nootropil dosage", finds: ["Piracetam"], topic: "dose", has: ["1200–4800 mg"] },
  { q: "how much choline with aniracetam", finds: ["Choline", "Aniracetam"], topic: "dose" },
  { q: "ноопепт доза", finds: ["Noopept"], topic: "dose", has: ["10–30 mg"] },
  // Short forms, spelling, punctuation, noise
  {
    q: "pira vs ani",
    finds: ["Piracetam", "Aniracetam"],
    topic: "comparison",
    has: ["piracetam vs aniracetam"],
  },
  { q: "nefi half life", finds: ["Nefiracetam"], topic: "pharmacokinetics" },
  { q: "anirac", finds: ["Aniracetam"] },
  { q: "noooopept", finds: ["Noopept"] },
  { q: "PIRACETAM!!!", finds: ["Piracetam"] },
  { q: "piracetam", finds: ["Piracetam"], has: ["1200–4800 mg"] },
  { q: "Noopept’s half-life?", finds: ["Noopept"], topic: "pharmacokinetics", has: ["1 hour"] },
  { q: "<@123456789012345678> noopept dose", finds: ["Noopept"], topic: "dose" },
  { q: "@everyone noopept dose", finds: ["Noopept"], topic: "dose" },
  { q: "alpha-gpc vs choline", finds: ["Alpha-GPC", "Choline"], topic: "comparison" },
  {
    q: "AlphaGPC or citicoline",
    finds: ["Alpha-GPC", "Citicoline"],
    topic: "comparison",
    has: ["citicoline** is a nootropic i know of"],
  },
  { q: "alpha gpc benefits", finds: ["Alpha-GPC"], topic: "effect" },
  { q: "NS-105 half life", finds: ["Fasoracetam"], topic: "pharmacokinetics" },
  { q: "ns 105 dose", finds: ["Fasoracetam"], topic: "dose" },
  { q: "GVS-111 studies", finds: ["Noopept"], topic: "evidence" },
  // Near misses inside sentences: never answered as piracetam or choline
  {
    q: "phenylpiracetam dose",
    finds: ["Phenylpiracetam"],
    topic: "dose",
    has: ["phenylpiracetam** is a nootropic i know of"],
    not: ["1200"],
  },
  { q: "phenyl piracetam dosage", finds: ["Phenylpiracetam"], not: ["1200"] },
  { q: "phenyl-piracetam for focus", finds: ["Phenylpiracetam"], not: ["1200"] },
  {
    q: "phenylpiracetem vs piracetam",
    finds: ["Phenylpiracetam", "Piracetam"],
    topic: "comparison",
    has: ["phenylpiracetam** is a nootropic i know of"],
  },
  {
    q: "is oxiracetam better than aniracetam",
    finds: ["Oxiracetam", "Aniracetam"],
    topic: "comparison",
    has: ["oxiracetam** is a nootropic i know of"],
  },
  { q: "choline bitartrate dose", finds: ["Choline"], topic: "dose" },
  { q: "citicoline dose", finds: ["Citicoline"], not: ["too little choline"] },
  { q: "pramiracetam dosage", finds: ["Pramiracetam"], not: ["1200"] },
  { q: "levetiracetam side effects", finds: ["Levetiracetam"], not: ["1200", "bioavailability"] },
  { q: "modafinil dose", finds: ["Modafinil"], not: ["mg is within"] },
  { q: "semax dose", finds: ["Semax"] },
  { q: "citicoline vs alpha gpc", finds: ["Citicoline", "Alpha-GPC"], topic: "comparison" },
  // Interactions with drugs that are not nootropics: named, and never called safe
  { q: "noo and alcohol", finds: ["Alcohol"], has: ["“noo” could be noopept or piracetam (nootropil)"] },
  {
    q: "can noopept cause headaches",
    finds: ["Noopept"],
    topic: "safety",
    has: ["fewer headaches"],
    not: ["say nothing about headaches"],
  },
  {
    q: "can i drive on piracetam",
    finds: ["Piracetam"],
    topic: "safety",
    has: ["say nothing about driving for piracetam", NOT_SAFE],
    not: ["reported for motivation"],
  },
  {
    q: "piracetam for kids",
    finds: ["Piracetam"],
    topic: "safety",
    has: ["say nothing about use by children or teenagers for piracetam", NOT_SAFE],
  },
  {
    q: "piracetam 800 mg three times a day",
    finds: ["Piracetam"],
    topic: "dose",
    has: [
      "800 mg (2400 mg a day)",
      "2400 mg a day is within 1200–4800 mg",
      "with the day's total",
      "not a safe limit",
    ],
  },
  {
    q: "can i take aniracetam while pregnant",
    finds: ["Aniracetam"],
    topic: "safety",
    has: ["use in pregnancy or nursing", NOT_SAFE, "whether you should take it"],
  },
  {
    q: "is noopept safe with ssris",
    finds: ["Noopept", "SSRIs"],
    topic: "interaction",
    has: ["nothing about taking noopept with ssris", NOT_SAFE],
    not: ["is safe with"],
  },
  {
    q: "can i take aniracetam while on zoloft",
    finds: ["Aniracetam", "Sertraline"],
    topic: "interaction",
    has: ["sertraline", NOT_SAFE],
  },
  { q: "noopept + lexapro", finds: ["Noopept", "Escitalopram"], has: ["escitalopram", NOT_SAFE] },
  {
    q: "mixing piracetam and alcohol",
    finds: ["Piracetam", "Alcohol"],
    topic: "interaction",
    has: ["alcohol", NOT_SAFE],
  },
  {
    q: "is it ok to drink beer on fasoracetam",
    finds: ["Alcohol", "Fasoracetam"],
    has: ["fasoracetam + alcohol", NOT_SAFE],
  },
  { q: "noopept with caffeine", finds: ["Noopept", "Caffeine"], has: ["caffeine", NOT_SAFE] },
  {
    q: "can i take noopept with adderall and coffee",
    finds: ["Noopept", "Amphetamine", "Coffee"],
    has: ["adderall", "coffee", NOT_SAFE, "whether you should take it"],
  },
  { q: "adderall and noopept", finds: ["Amphetamine", "Noopept"], has: ["adderall", NOT_SAFE] },
  {
    q: "is piracetam safe with blood thinners",
    finds: ["Piracetam", "Blood thinners"],
    topic: "interaction",
    has: ["blood thinners", NOT_SAFE],
  },
  {
    q: "piracetam warfarin interaction",
    finds: ["Piracetam", "Blood thinners"],
    topic: "interaction",
    has: ["warfarin", NOT_SAFE],
  },
  {
    q: "benzos and aniracetam",
    finds: ["Benzodiazepines", "Aniracetam"],
    has: ["benzodiazepines", NOT_SAFE],
  },
  { q: "MAOI + noopept", finds: ["MAOIs", "Noopept"], has: ["maois", NOT_SAFE] },
  { q: "fasoracetam on wellbutrin?", finds: ["Fasoracetam", "Bupropion"], has: ["bupropion", NOT_SAFE] },
  {
    q: "is it safe to combine noopept and piracetam",
    finds: ["Noopept", "Piracetam"],
    topic: "interaction",
    has: ["nothing about taking noopept with piracetam", NOT_SAFE],
  },
  {
    q: "is it safe to take noopept with choline",
    finds: ["Noopept", "Choline"],
    has: ["a source documents taking noopept with choline", "no information is not the same as safe"],
  },
  { q: "is aniracetam ok to take alongside piracetam", finds: ["Aniracetam", "Piracetam"] },
  {
    q: "ssris",
    finds: ["SSRIs"],
    has: ["ssris (one of the antidepressants)** is not a nootropic my sources cover"],
  },
  { q: "lions mane + alpha gpc", finds: ["Lion's mane", "Alpha-GPC"], has: ["lion's mane"] },
  { q: "l-theanine and caffeine", finds: ["L-theanine", "Caffeine"], has: ["not cover"] },
  // Stacks
  {
    q: "noopept and choline stack",
    finds: ["Noopept", "Choline"],
    topic: "stack",
    has: ["a source documents taking noopept with choline"],
  },
  {
    q: "what should i stack with fasoracetam",
    finds: ["Fasoracetam"],
    topic: "stack",
    has: ["stacking fasoracetam"],
  },
  { q: "best stack for aniracetam?", finds: ["Aniracetam"], topic: "stack" },
  // Comparisons
  {
    q: "noopept or piracetam for memory",
    finds: ["Noopept", "Piracetam"],
    topic: "comparison",
    has: ["noopept vs piracetam"],
  },
  {
    q: "noopept vs piracetam vs aniracetam",
    finds: ["Noopept", "Piracetam", "Aniracetam"],
    topic: "comparison",
  },
  { q: "piracetam dose vs noopept dose", finds: ["Piracetam", "Noopept"], topic: "comparison" },
  {
    q: "difference between fasoracetam and nefiracetam",
    finds: ["Fasoracetam", "Nefiracetam"],
    topic: "comparison",
  },
  // Mechanism, effects, safety, evidence, legal, history, cycling
  { q: "how does noopept work", finds: ["Noopept"], topic: "mechanism", has: ["bdnf"] },
  { q: "noopept mechanism of action", finds: ["Noopept"], topic: "mechanism" },
  { q: "what does aniracetam do", finds: ["Aniracetam"], topic: "effect" },
  { q: "noopept side effects", finds: ["Noopept"], topic: "safety", has: ["drug interactions", NOT_SAFE] },
  { q: "is fasoracetam dangerous", finds: ["Fasoracetam"], topic: "safety" },
  { q: "choline headache", finds: ["Choline"], topic: "safety", has: ["headaches"] },
  { q: "fasoracetam nausea", finds: ["Fasoracetam"], topic: "safety", has: ["nausea"] },
  {
    q: "noopept made me anxious, is that normal?",
    finds: ["Noopept"],
    topic: "safety",
    has: ["drug interactions"],
  },
  { q: "noopept russia", finds: ["Noopept"], has: ["developed in russia"] },
  { q: "any human studies on nefiracetam?", finds: ["Nefiracetam"], topic: "evidence" },
  { q: "is noopept legal", finds: ["Noopept"], topic: "legal-status", has: ["fda"] },
  { q: "who invented piracetam", finds: ["Piracetam"], topic: "history" },
  { q: "noopept tolerance", finds: ["Noopept"], topic: "cycling", has: ["one month"] },
  { q: "do i need to cycle noopept", finds: ["Noopept"], topic: "cycling" },
  { q: "how long does noopept last", finds: ["Noopept"], topic: "pharmacokinetics", has: ["1 hour"] },
  { q: "does noopept increase alpha waves", finds: ["Noopept"] },
  { q: "should i take noopept", finds: ["Noopept"], has: ["whether you should take it"] },
  { q: "fasoracetam adhd", finds: ["Fasoracetam"], goal: "focus" },
  {
    q: "fasoracetam for adhd vs adderall",
    finds: ["Fasoracetam", "Amphetamine"],
    topic: "comparison",
    has: ["adderall"],
  },
  // Goals, no compound named
  { q: "what is the best nootropic for memory", finds: [], goal: "memory", has: ["reported for memory"] },
  { q: "anything for focus?", finds: [], goal: "focus", has: ["reported for focus"] },
  { q: "something to help me study for exams", finds: [], goal: "learning" },
  { q: "what helps anxiety", finds: [], goal: "anxiety" },
  { q: "nootropics for depression", finds: [], goal: "mood" },
  { q: "need more motivation", finds: [], goal: "motivation", has: ["motivation"] },
  { q: "what helps with sleep", finds: [], goal: "sleep", has: ["sleep"] },
  { q: "i'm always tired, any energy boosters", finds: [], goal: "energy" },
  { q: "neuroprotective nootropics", finds: [], goal: "neuroprotection" },
  // Whole-knowledge search
  { q: "BDNF", finds: [], has: ["bdnf", "noopept"] },
  { q: "TrkB", finds: [], has: ["trkb"] },
  { q: "headaches", finds: [], has: ["headaches"] },
  { q: "which ones cause headaches", finds: [], has: ["headaches"] },
  { q: "acetylcholine receptors", finds: [], has: ["acetylcholine"] },
  // Nonsense, other scripts, everyday words that look like names
  { q: "asdfgh", finds: [], has: ["don't cover"] },
  { q: "what's the weather like", finds: [], has: ["don't cover"], not: ["whether"] },
  { q: "hello", finds: [], has: ["i can answer questions about"] },
  { q: "best racetam?", finds: [], has: ["the racetams my sources cover", "piracetam", "noopept"] },
  { q: "", finds: [] },
  { q: "ヌーペプト", finds: [] },
  { q: "كم جرعة", finds: [] },
  { q: "🧠💊", finds: [] },
  { q: "cho", finds: [] },
  { q: "alpha waves", finds: [] },
  { q: "i want to create a stack", finds: [], not: ["creatine"] },
  { q: "that was a creative answer lol", finds: [] },
  { q: "is this the right channel", finds: [] },
  { q: "nootrophic recommendations?", finds: [] },
];
