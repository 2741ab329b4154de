/**
 * Member inputs of every kind issue 18 reads (several questions at once, long messages, follow-ups, classes,
 * comparisons with a purpose, particular facts, other languages), each with the reading it must get and
 * what the answer must contain. A reading is written "c=<covered compounds>; d=<other drugs>; s=<subjects>;
 * p=<parts>; l=<language>": c and d list exactly what is read across all parts (in order), s lists subjects
 * that must be among those read (topics, goal:<goal>, class:<class id>), p the number of parts and l the
 * language ("en" for none). Omitted keys are not checked.
 */
export interface MemberInput {
  q: string;
  /** The message it replies to (a member's text, or the title of the bot's answer). */
  context?: string;
  reading: string;
  has?: string[];
  not?: string[];
}

const r = (
  q: string,
  reading: string,
  has: string[] = [],
  not: string[] = [],
  context?: string,
): MemberInput => ({
  q,
  reading,
  has,
  not,
  ...(context !== undefined ? { context } : {}),
});
const follow = (context: string, q: string, reading: string, has: string[] = [], not: string[] = []) =>
  r(q, reading, has, not, context);

const EN_QUOTES = "quotes are in english";
const ASKS_2 = "your message asks 2 things";
const ASKS_3 = "your message asks 3 things";
const WHICH = "which compound do you mean";
const NOT_COVER = "the sources do not cover part";
const RACETAMS = "the racetams my sources cover";

/** Written one by one. */
const HAND: MemberInput[] = [
  // Several questions at once
  r("noopept dose and half life?", "c=Noopept; s=dose,pharmacokinetics; p=2", [
    ASKS_2,
    "10–30 mg",
    "half-life of only 1 hour",
  ]),
  r("noopept dose, half life, and side effects?", "c=Noopept; s=dose,pharmacokinetics,safety; p=3", [ASKS_3]),
  r("is noopept safe with alcohol and what's the dose", "c=Noopept; d=Alcohol; s=safety,dose; p=2", [
    ASKS_2,
    "noopept + alcohol",
    "10–30 mg",
  ]),
  r("piracetam dose and aniracetam dose", "c=Piracetam,Aniracetam; s=dose; p=2", [
    "1200–4800 mg",
    "say nothing about dose for aniracetam",
  ]),
  r("is noopept safe? and does it work", "c=Noopept; s=safety,effect; p=2", [ASKS_2]),
  // An indirect question ("wondering if", "curious whether") is a question, also beside one with a "?".
  r(
    "noopept is 1000 times stronger than piracetam, is that true? also i have anxiety so wondering if it would help with that",
    "c=Noopept,Piracetam; s=goal:anxiety; p=2",
    [ASKS_2, "reported for anxiety"],
  ),
  r("took noopept for a week. i'm curious whether it's safe to keep going", "c=Noopept; s=safety; p=1", [
    "safety",
  ]),
  r("what's the half life of noopept and how long does it last", "c=Noopept; s=pharmacokinetics; p=2", [
    ASKS_2,
  ]),
  r("noopept mechanism and side effects", "c=Noopept; s=mechanism,safety; p=2", [ASKS_2]),
  r("fasoracetam dose; fasoracetam legal status", "c=Fasoracetam; s=dose,legal-status; p=2", [ASKS_2]),
  r("nefiracetam dose and is it safe long term?", "c=Nefiracetam; s=dose,safety; p=2", [ASKS_2]),
  r("aniracetam dose and side effects", "c=Aniracetam; s=dose,safety; p=2", [ASKS_2, NOT_COVER]),
  r("noopept half life? also is it legal", "c=Noopept; s=pharmacokinetics,legal-status; p=2", [ASKS_2]),
  r(
    "how much piracetam should I take and how long does it take to kick in",
    "c=Piracetam; s=dose,pharmacokinetics; p=2",
    [ASKS_2, "1200–4800 mg"],
  ),
  r("noopept and alcohol safe?", "c=Noopept; d=Alcohol; p=1", ["noopept + alcohol"], ["your message asks"]),
  r("noopept and choline stack", "c=Noopept,Choline; p=1", ["noopept + choline"], ["your message asks"]),
  r(
    "piracetam vs aniracetam for memory and focus",
    "c=Piracetam,Aniracetam; s=goal:memory; p=1",
    ["piracetam vs aniracetam"],
    ["your message asks"],
  ),
  r("noopept dose and how it works", "c=Noopept; s=dose,mechanism; p=2", [ASKS_2]),
  r("dose and half life of noopept", "c=Noopept; s=dose,pharmacokinetics; p=2", [ASKS_2, "10–30 mg"]),
  r("what is the dose of fasoracetam and what is its history", "c=Fasoracetam; s=dose,history; p=2", [
    ASKS_2,
  ]),
  r("noopept dose? piracetam dose? aniracetam dose? choline dose? nefiracetam dose?", "p=4", [
    "1 more question",
  ]),
  r("is piracetam legal and is noopept legal", "c=Piracetam,Noopept; s=legal-status; p=2", [ASKS_2]),
  r("noopept side effects and with ssris?", "c=Noopept; d=SSRIs; s=safety; p=2", [ASKS_2, "ssris"]),
  r("choline dose and alpha gpc dose", "c=Choline,Alpha-GPC; s=dose; p=2", [ASKS_2]),
  r("what's nefiracetam's half life and dose", "c=Nefiracetam; s=pharmacokinetics,dose; p=2", [ASKS_2]),
  r("noopept 20mg ok and how often", "c=Noopept; s=cycling; p=2", [ASKS_2, "20 mg"]),
  r("tolerance to noopept and how to cycle it", "c=Noopept; s=cycling; p=2", [ASKS_2]),

  // Long messages: the question at the end is found
  r(
    "hey guys. so I started a new job last month and I have a lot to remember. my friend told me about piracetam. I read a lot of reddit posts about it and people seem to like it. what's the dose for a beginner?",
    "c=Piracetam; s=dose; p=1",
    ["1200–4800 mg"],
  ),
  r(
    `${"I have been reading about nootropics for a while and trying to understand what is real and what is marketing. ".repeat(8)}Anyway, is noopept safe with alcohol?`,
    "c=Noopept; d=Alcohol; s=safety; p=1",
    ["noopept + alcohol"],
  ),
  r(
    `Background: ${"my sleep has been bad and work is stressful. ".repeat(15)}I take noopept most days. Question: how long does it last?`,
    "c=Noopept; s=pharmacokinetics; p=1",
    ["half-life"],
  ),
  r(
    `${"lorem ipsum dolor sit amet. ".repeat(60)}what is the dose of nefiracetam?`,
    "c=Nefiracetam; s=dose; p=1",
    ["nefiracetam"],
  ),
  r(
    "I've been taking noopept for a week. It's great. Is it safe with alcohol?",
    "c=Noopept; d=Alcohol; s=safety; p=1",
    ["noopept + alcohol", "read as"],
  ),
  r(
    "So I bought fasoracetam from some site. Took 20mg this morning. Felt nothing. What dose do people use?",
    "c=Fasoracetam; s=dose; p=1",
    ["fasoracetam"],
  ),
  r(
    `${"Some context first, sorry for the wall of text. ".repeat(20)}\nQuestions:\n1. What is the half life of noopept?\n2. Is piracetam legal?`,
    "c=Noopept,Piracetam; s=pharmacokinetics,legal-status; p=2",
    [ASKS_2],
  ),
  r(
    "My doctor put me on sertraline last year. I also drink coffee every morning. Would aniracetam interact with it?",
    "c=Aniracetam; s=interaction; p=1",
    ["aniracetam"],
  ),
  r(`${"a".repeat(3000)} noopept dose?`, "p=1"),
  r(`${"word ".repeat(900)}`, "c=; p=1"),

  // Follow-ups (the message replied to)
  follow("Noopept: dose", "and with choline?", "c=Noopept,Choline; p=1", ["noopept + choline", "read as"]),
  follow("Noopept: dose", "what about for sleep", "c=Noopept; s=goal:sleep; p=1", ["sleep", "noopept"]),
  follow("noopept side effects", "so is it safe or not", "c=Noopept; s=safety; p=1", ["noopept"], [WHICH]),
  follow("noopept side effects", "and aniracetam?", "c=Aniracetam; s=safety; p=1", ["aniracetam"]),
  follow("Piracetam: dose", "and how long does it last?", "c=Piracetam; s=pharmacokinetics; p=1", [
    "piracetam",
  ]),
  follow("Noopept + Alcohol", "what about with coffee", "c=Noopept; d=Coffee; p=1", ["noopept + coffee"]),
  follow(
    "is fasoracetam any good?",
    "what's the dose",
    "c=Fasoracetam; s=dose; p=1",
    ["fasoracetam"],
    [WHICH],
  ),
  follow(
    "Nefiracetam: the evidence",
    "was it tested on humans?",
    "c=Nefiracetam; p=1",
    ["nefiracetam"],
    [WHICH],
  ),
  follow("Racetams: memory", "which is fastest", "c=; s=class:racetams,pharmacokinetics; p=1", [RACETAMS]),
  follow("Noopept", "does it work", "c=Noopept; s=effect; p=1", ["noopept"], [WHICH]),
  follow("Noopept: dose", "and piracetam", "c=Piracetam; s=dose; p=1", ["1200–4800 mg"]),
  follow(
    "i take piracetam daily",
    "is it legal?",
    "c=Piracetam; s=legal-status; p=1",
    ["piracetam"],
    [WHICH],
  ),
  follow("Aniracetam: side effects and safety", "and with alcohol?", "c=Aniracetam; d=Alcohol; p=1", [
    "aniracetam + alcohol",
  ]),
  follow("noopept", "ok and the half life?", "c=Noopept; s=pharmacokinetics; p=1", ["half-life"]),
  follow("Noopept vs Piracetam", "which is better for anxiety", "c=Noopept,Piracetam; s=goal:anxiety; p=1", [
    "noopept vs piracetam: anxiety",
  ]),
  follow(
    "Noopept: dose",
    "noopept half life?",
    "c=Noopept; s=pharmacokinetics; p=1",
    ["half-life"],
    ["read as"],
  ),
  follow("", "what's the dose?", "c=; s=dose; p=1", [WHICH]),
  follow("hello there", "is it safe?", "c=; s=safety; p=1", [WHICH]),

  // No compound and no context: which compound is meant
  r("what's the dose?", "c=; s=dose; p=1", [WHICH, "noopept"]),
  r("is it safe with alcohol", "c=; d=Alcohol; p=1", [WHICH]),
  r("how long does it last", "c=; s=pharmacokinetics; p=1", [WHICH]),
  r("side effects?", "c=; s=safety; p=1", [WHICH]),
  r("how does it work", "c=; s=mechanism; p=1", [WHICH]),
  r("is it legal", "c=; s=legal-status; p=1", [WHICH]),
  r("can I take it with ssris", "c=; d=SSRIs; p=1", [WHICH]),
  r("whats the half life", "c=; s=pharmacokinetics; p=1", [WHICH]),
  r("how should i cycle it", "c=; s=cycling; p=1", [WHICH]),
  r("what helps memory", "c=; s=goal:memory; p=1", ["memory"], [WHICH]),
  r("BDNF", "c=; p=1", ["bdnf"], [WHICH]),

  // Particular facts inside the named compounds
  r("was noopept tested on humans", "c=Noopept; p=1", ["closest to your words", "humans"]),
  r("nefiracetam placebo controlled trials", "c=Nefiracetam; s=evidence; p=1", ["placebo"], ["legal status"]),
  r("piracetam taste", "c=Piracetam; p=1", ["bad taste"]),
  r("does noopept show up on a drug test", "c=Noopept; p=1", ["they do not say", "nearest"]),
  r("fasoracetam adhd study", "c=Fasoracetam; p=1", ["adhd"]),
  r("noopept snails", "c=Noopept; p=1", ["snail"]),
  r("nefiracetam stroke patients", "c=Nefiracetam; p=1", ["stroke"]),
  r("was nefiracetam invented in japan", "c=Nefiracetam; p=1", ["nefiracetam"]),
  r("noopept trkb", "c=Noopept; p=1", ["trkb"]),
  r("noopept mapk", "c=Noopept; p=1", ["mapk"]),
  r("fasoracetam gaba b", "c=Fasoracetam; s=mechanism; p=1", ["gaba"]),
  r("piracetam verbal fluency", "c=Piracetam; p=1", ["piracetam"]),
  r("aniracetam apathy", "c=Aniracetam; p=1", ["aniracetam"]),
  r("nefiracetam apathy", "c=Nefiracetam; p=1", ["apathy"]),
  r("noopept rats", "c=Noopept; p=1", ["rats"]),
  r("piracetam bioavailability", "c=Piracetam; s=pharmacokinetics; p=1", ["bioavailability"]),
  r("noopept dementia", "c=Noopept; s=goal:neuroprotection; p=1", ["noopept"]),
  r("nefiracetam dementia patients", "c=Nefiracetam; p=1", ["dementia"]),
  r("is noopept a controlled substance", "c=Noopept; s=legal-status; p=1", ["noopept"]),
  r("noopept hippocampus", "c=Noopept; p=1", ["hippocampus"]),
  r("fasoracetam glutamate receptors", "c=Fasoracetam; s=mechanism; p=1", ["fasoracetam"]),
  r("nefiracetam depression study", "c=Nefiracetam; s=goal:mood; p=1", ["depression"]),
  r("choline acetylcholine", "c=Choline; s=mechanism; p=1", ["acetylcholine"]),

  // Classes
  r("what are racetams", "c=; s=class:racetams; p=1", [
    RACETAMS,
    "piracetam",
    "aniracetam",
    "fasoracetam",
    "nefiracetam",
    "noopept",
  ]),
  r("which racetam works fastest", "c=; s=class:racetams,pharmacokinetics; p=1", [
    RACETAMS,
    "no source ranks",
    "half-life",
  ]),
  r("which racetam is best for memory", "c=; s=class:racetams,goal:memory; p=1", [RACETAMS, "memory"]),
  r("strongest racetam?", "c=; s=class:racetams; p=1", [RACETAMS]),
  r("racetam side effects", "c=; s=class:racetams,safety; p=1", [RACETAMS]),
  r("best racetam for anxiety", "c=; s=class:racetams,goal:anxiety; p=1", [RACETAMS, "anxiety"]),
  r("racetams for focus", "c=; s=class:racetams,goal:focus; p=1", [RACETAMS]),
  r("what choline sources do you cover", "c=; s=class:choline-sources; p=1", [
    "choline sources my sources cover",
    "alpha-gpc",
    "choline",
  ]),
  r("best choline source for memory", "c=; s=class:choline-sources,goal:memory; p=1", [
    "choline sources my sources cover",
  ]),
  r("racetam family", "c=; s=class:racetams; p=1", [RACETAMS]),
  r("which racetam has the most human studies", "c=; s=class:racetams; p=1", [RACETAMS]),
  r("racetam dose", "c=; s=class:racetams,dose; p=1", [RACETAMS]),
  r("cholinergics mechanism", "c=; s=class:choline-sources,mechanism; p=1", ["choline sources"]),

  // Comparisons with a purpose
  r("noopept vs piracetam for anxiety", "c=Noopept,Piracetam; s=goal:anxiety; p=1", [
    "noopept vs piracetam: anxiety",
    "say nothing on it for piracetam",
  ]),
  r("noopept vs piracetam for memory", "c=Noopept,Piracetam; s=goal:memory; p=1", [
    "noopept vs piracetam: memory",
    "strongest evidence first",
  ]),
  r("piracetam or aniracetam for focus", "c=Piracetam,Aniracetam; s=goal:focus; p=1", [
    "piracetam vs aniracetam: focus",
  ]),
  r("noopept vs nefiracetam side effects", "c=Noopept,Nefiracetam; s=safety; p=1", [
    "noopept vs nefiracetam",
  ]),
  r("fasoracetam vs aniracetam for anxiety", "c=Fasoracetam,Aniracetam; s=goal:anxiety; p=1", [
    "fasoracetam vs aniracetam: anxiety",
  ]),
  r("nefiracetam vs piracetam for mood", "c=Nefiracetam,Piracetam; s=goal:mood; p=1", [
    "nefiracetam vs piracetam: mood",
  ]),
  r("noopept vs piracetam half life", "c=Noopept,Piracetam; s=pharmacokinetics; p=1", [
    "noopept vs piracetam",
    "half-life",
  ]),
  r("noopept vs piracetam", "c=Noopept,Piracetam; s=comparison; p=1", [
    "noopept vs piracetam",
    "comparing them",
  ]),
  r("noopept vs piracetam mechanism", "c=Noopept,Piracetam; s=mechanism; p=1", ["noopept vs piracetam"]),
  r("choline vs alpha gpc for memory", "c=Choline,Alpha-GPC; s=goal:memory; p=1", ["choline vs alpha-gpc"]),
  r("fasoracetam vs noopept evidence", "c=Fasoracetam,Noopept; s=evidence; p=1", ["fasoracetam vs noopept"]),
  r(
    "noopept vs piracetam vs aniracetam for learning",
    "c=Noopept,Piracetam,Aniracetam; s=goal:learning; p=1",
    ["noopept vs piracetam vs aniracetam"],
  ),

  // Words outside the old vocabulary
  r("noopept onset", "c=Noopept; s=pharmacokinetics; p=1", ["noopept"]),
  r("how often should i take noopept", "c=Noopept; s=cycling; p=1", ["noopept"]),
  r("noopept addiction", "c=Noopept; s=safety; p=1", ["noopept"]),
  r("noopept withdrawal", "c=Noopept; s=safety; p=1", ["noopept"]),
  r("fasoracetam sedation", "c=Fasoracetam; p=1", ["fasoracetam"]),
  r("what time of day should i take piracetam", "c=Piracetam; p=1", ["piracetam"]),
  r("method to take noopept", "c=Noopept; p=1", ["noopept"], ["piracetam:"]),

  // Names the sources don't cover, nonsense, abuse
  r("phenylpiracetam dose", "c=; s=dose; p=1", ["phenylpiracetam"], [WHICH]),
  r("is modafinil safe", "c=; s=safety; p=1", ["modafinil"], [WHICH]),
  r("asdfghjkl", "c=; p=1", []),
  r("you are a useless bot", "c=; p=1", []),
  r("🧠💊", "c=; p=0", []),
  r("", "c=; p=0", []),
  // More of each kind
  r("nopept dose and half life?", "c=Noopept; s=dose; p=2", [ASKS_2]),
  r("pira dose? ani dose?", "c=Piracetam,Aniracetam; s=dose; p=2", [ASKS_2]),
  r("noopept sublingual or oral? and how long does it last?", "c=Noopept; s=dose,pharmacokinetics; p=2", [
    ASKS_2,
  ]),
  r("Is piracetam safe for kids? What about driving?", "c=Piracetam; s=safety; p=2", [ASKS_2]),
  r("fasoracetam for adhd? is it approved?", "c=Fasoracetam; s=goal:focus,legal-status; p=2", [ASKS_2]),
  r("noopept with choline? and with alcohol?", "c=Noopept,Choline; d=Alcohol; p=2", [
    ASKS_2,
    "noopept + choline",
    "noopept + alcohol",
  ]),
  r("what is nefiracetam? how much should I take?", "c=Nefiracetam; s=dose; p=2", [ASKS_2]),
  r("noopept. dose?", "c=Noopept; s=dose; p=1", ["10–30 mg"]),
  r("quick q: noopept half life?", "c=Noopept; s=pharmacokinetics; p=1", ["half-life"]),
  r("anyone tried aniracetam for anxiety?", "c=Aniracetam; s=goal:anxiety; p=1", ["aniracetam"]),
  follow("Fasoracetam: dose", "and nefiracetam?", "c=Nefiracetam; s=dose; p=1", ["nefiracetam"]),
  follow(
    "Noopept: side effects and safety",
    "what about long term",
    "c=Noopept; s=cycling; p=1",
    ["noopept"],
    [WHICH],
  ),
  follow(
    "Piracetam vs Aniracetam",
    "which is better for memory",
    "c=Piracetam,Aniracetam; s=goal:memory; p=1",
    ["piracetam vs aniracetam: memory"],
  ),
  follow("is alpha gpc good?", "dose?", "c=Alpha-GPC; s=dose; p=1", ["alpha-gpc"], [WHICH]),
  follow("noopept with ssris", "and with alcohol", "c=Noopept; d=Alcohol; p=1", ["noopept + alcohol"]),
  follow("Choline: what the sources say", "is it safe", "c=Choline; s=safety; p=1", ["choline"], [WHICH]),
  r("which racetam kicks in fastest", "c=; s=class:racetams,pharmacokinetics; p=1", [RACETAMS]),
  r("racetams with alcohol", "c=; d=Alcohol; s=class:racetams; p=1", [RACETAMS]),
  r("what racetam for studying", "c=; s=class:racetams,goal:learning; p=1", [RACETAMS]),
  r("noopept vs fasoracetam for focus", "c=Noopept,Fasoracetam; s=goal:focus; p=1", [
    "noopept vs fasoracetam: focus",
  ]),
  r("nefiracetam or noopept for depression", "c=Nefiracetam,Noopept; s=goal:mood; p=1", [
    "nefiracetam vs noopept: mood",
  ]),
  r("noopept bdnf rats", "c=Noopept; s=mechanism; p=1", ["bdnf"]),
  r("piracetam elderly", "c=Piracetam; p=1", ["piracetam"]),
  r("nefiracetam 900 mg study", "c=Nefiracetam; s=evidence; p=1", ["900 mg"]),
  r("fasoracetam history who made it", "c=Fasoracetam; s=history; p=1", ["fasoracetam"]),
  r("is noopept prescription only in russia", "c=Noopept; s=legal-status; p=1", ["noopept"]),
  r("alpha gpc mechanism", "c=Alpha-GPC; s=mechanism; p=1", ["alpha-gpc"]),
  r("ноопепт или пирацетам что лучше?", "c=Noopept,Piracetam; s=comparison; l=ru; p=1", [
    "noopept vs piracetam",
    EN_QUOTES,
  ]),
  r("что лучше для сна?", "c=; s=goal:sleep; l=ru; p=1", ["sleep", EN_QUOTES]),
  r("ноопепт с кофеином", "c=Noopept; l=ru; p=1", ["caffeine", EN_QUOTES]),
  r("¿noopept y alcohol juntos?", "c=Noopept; d=Alcohol; l=es; p=1", ["noopept + alcohol", EN_QUOTES]),
  r("Kann man noopept mit Koffein nehmen?", "c=Noopept; l=de; p=1", ["caffeine", EN_QUOTES]),
  r("le noopept est-il dangereux ?", "c=Noopept; s=safety; l=fr; p=1", ["noopept", EN_QUOTES]),
  r("noopept é seguro?", "c=Noopept; s=safety; l=pt; p=1", ["noopept", EN_QUOTES]),
  r("noopept https://evil.example/x dose", "c=Noopept; s=dose; p=1", ["10–30 mg"], ["https://"]),
];

/** The same questions in every language: [language, question, reading, must contain]. */
const LANGUAGES: [string, string, string, string[]][] = [
  // Russian
  ["ru", "ноопепт доза", "c=Noopept; s=dose", ["10–30 mg"]],
  ["ru", "можно ли ноопепт с алкоголем?", "c=Noopept; d=Alcohol", ["noopept + alcohol"]],
  ["ru", "побочки ноопепта", "c=Noopept; s=safety", ["noopept"]],
  ["ru", "какие ноотропы лучше для памяти", "c=; s=goal:memory", ["memory"]],
  ["ru", "ноотропы", "c=", []],
  [
    "ru",
    "пирацетам или ноопепт для тревоги",
    "c=Piracetam,Noopept; s=goal:anxiety",
    ["piracetam vs noopept: anxiety"],
  ],
  ["ru", "период полувыведения ноопепта", "c=Noopept; s=pharmacokinetics", ["half-life"]],
  ["ru", "ноопепт и кофе", "c=Noopept; d=Coffee", ["noopept + coffee"]],
  ["ru", "ноопепт с антидепрессантами", "c=Noopept; d=Antidepressants", ["antidepressants"]],
  ["ru", "какой рацетам самый сильный", "c=; s=class:racetams", [RACETAMS]],
  ["ru", "что такое фасорацетам", "c=Fasoracetam", ["fasoracetam"]],
  ["ru", "механизм действия ноопепта", "c=Noopept; s=mechanism", ["noopept"]],
  ["ru", "ноопепт при беременности", "c=Noopept; s=safety", ["pregnan"]],
  ["ru", "ноопепт доза и побочки?", "c=Noopept; s=dose,safety; p=2", [ASKS_2]],
  ["ru", "исследования ноопепта на людях", "c=Noopept; s=evidence", ["noopept"]],
  ["ru", "холин с ноопептом", "c=Choline,Noopept", ["choline + noopept"]],
  ["ru", "ноопепт легален?", "c=Noopept; s=legal-status", ["noopept"]],
  ["ru", "рацетамы для концентрации", "c=; s=class:racetams,goal:focus", [RACETAMS]],
  ["ru", "пирацетам сколько принимать", "c=Piracetam; s=dose", ["1200–4800 mg"]],
  ["ru", "ноопепт вызывает головную боль?", "c=Noopept; s=safety", ["headache"]],
  // Spanish
  ["es", "dosis de noopept", "c=Noopept; s=dose", ["10–30 mg"]],
  ["es", "¿piracetam es seguro con alcohol?", "c=Piracetam; d=Alcohol", ["piracetam + alcohol"]],
  ["es", "efectos secundarios de noopept", "c=Noopept; s=safety", ["noopept"]],
  ["es", "¿cuál es la vida media del noopept?", "c=Noopept; s=pharmacokinetics", ["half-life"]],
  [
    "es",
    "noopept o piracetam para la ansiedad",
    "c=Noopept,Piracetam; s=goal:anxiety",
    ["noopept vs piracetam: anxiety"],
  ],
  ["es", "¿qué racetam es el mejor para la memoria?", "c=; s=class:racetams,goal:memory", [RACETAMS]],
  ["es", "noopept con café", "c=Noopept; d=Coffee", ["noopept + coffee"]],
  ["es", "noopept con antidepresivos", "c=Noopept; d=Antidepressants", ["antidepressants"]],
  ["es", "¿cómo funciona el noopept?", "c=Noopept; s=mechanism", ["noopept"]],
  ["es", "¿es legal el piracetam?", "c=Piracetam; s=legal-status", ["piracetam"]],
  ["es", "colina con noopept", "c=Choline,Noopept", ["choline + noopept"]],
  ["es", "noopept durante el embarazo", "c=Noopept; s=safety", ["pregnan"]],
  ["es", "estudios de nefiracetam en humanos", "c=Nefiracetam; s=evidence", ["nefiracetam"]],
  ["es", "dosis de noopept y efectos secundarios", "c=Noopept; s=dose,safety; p=2", [ASKS_2]],
  ["es", "¿cuánto piracetam tomar?", "c=Piracetam; s=dose", ["1200–4800 mg"]],
  ["es", "nootrópicos para el sueño", "c=; s=goal:sleep", ["sleep"]],
  ["es", "noopept dolor de cabeza", "c=Noopept; s=safety", ["headache"]],
  ["es", "¿fasoracetam para la concentración?", "c=Fasoracetam; s=goal:focus", ["fasoracetam"]],
  // German
  ["de", "noopept Dosierung", "c=Noopept; s=dose", ["10–30 mg"]],
  ["de", "noopept mit Alkohol", "c=Noopept; d=Alcohol", ["noopept + alcohol"]],
  ["de", "Nebenwirkungen von noopept", "c=Noopept; s=safety", ["noopept"]],
  ["de", "Halbwertszeit von noopept", "c=Noopept; s=pharmacokinetics", ["half-life"]],
  [
    "de",
    "noopept oder piracetam gegen Angst",
    "c=Noopept,Piracetam; s=goal:anxiety",
    ["noopept vs piracetam: anxiety"],
  ],
  ["de", "welches Racetam ist am besten für das Gedächtnis", "c=; s=class:racetams,goal:memory", [RACETAMS]],
  ["de", "noopept mit Kaffee", "c=Noopept; d=Coffee", ["noopept + coffee"]],
  ["de", "noopept mit Antidepressiva", "c=Noopept; d=Antidepressants", ["antidepressants"]],
  ["de", "wie wirkt noopept", "c=Noopept; s=mechanism", ["noopept"]],
  ["de", "ist piracetam legal?", "c=Piracetam; s=legal-status", ["piracetam"]],
  ["de", "Cholin mit noopept", "c=Choline,Noopept", ["choline + noopept"]],
  ["de", "noopept in der Schwangerschaft", "c=Noopept; s=safety", ["pregnan"]],
  ["de", "Studien zu nefiracetam am Menschen", "c=Nefiracetam; s=evidence", ["nefiracetam"]],
  ["de", "noopept Dosierung und Nebenwirkungen", "c=Noopept; s=dose,safety; p=2", [ASKS_2]],
  ["de", "wie viel piracetam soll ich nehmen", "c=Piracetam; s=dose", ["1200–4800 mg"]],
  ["de", "Nootropika für Schlaf", "c=; s=goal:sleep", ["sleep"]],
  ["de", "noopept Kopfschmerzen", "c=Noopept; s=safety", ["headache"]],
  ["de", "fasoracetam für Konzentration", "c=Fasoracetam; s=goal:focus", ["fasoracetam"]],
  // French
  ["fr", "posologie du noopept", "c=Noopept; s=dose", ["10–30 mg"]],
  ["fr", "noopept avec alcool", "c=Noopept; d=Alcohol", ["noopept + alcohol"]],
  ["fr", "effets secondaires du noopept", "c=Noopept; s=safety", ["noopept"]],
  ["fr", "quelle est la demi-vie du noopept", "c=Noopept; s=pharmacokinetics", ["half-life"]],
  [
    "fr",
    "noopept ou piracetam pour l'anxiété",
    "c=Noopept,Piracetam; s=goal:anxiety",
    ["noopept vs piracetam: anxiety"],
  ],
  ["fr", "quel racétam est le meilleur pour la mémoire", "c=; s=class:racetams,goal:memory", [RACETAMS]],
  ["fr", "noopept avec café", "c=Noopept; d=Coffee", ["noopept + coffee"]],
  ["fr", "noopept avec antidépresseurs", "c=Noopept; d=Antidepressants", ["antidepressants"]],
  ["fr", "comment fonctionne le noopept", "c=Noopept; s=mechanism", ["noopept"]],
  ["fr", "le piracetam est-il légal ?", "c=Piracetam; s=legal-status", ["piracetam"]],
  ["fr", "choline avec noopept", "c=Choline,Noopept", ["choline + noopept"]],
  ["fr", "noopept pendant la grossesse", "c=Noopept; s=safety", ["pregnan"]],
  ["fr", "études sur le nefiracetam chez l'homme", "c=Nefiracetam; s=evidence", ["nefiracetam"]],
  ["fr", "posologie du noopept et effets secondaires", "c=Noopept; s=dose,safety; p=2", [ASKS_2]],
  ["fr", "combien de piracetam prendre", "c=Piracetam; s=dose", ["1200–4800 mg"]],
  ["fr", "nootropiques pour le sommeil", "c=; s=goal:sleep", ["sleep"]],
  ["fr", "noopept maux de tête", "c=Noopept; s=safety", ["headache"]],
  ["fr", "fasoracetam pour la concentration", "c=Fasoracetam; s=goal:focus", ["fasoracetam"]],
  // Portuguese (Brazil)
  ["pt", "dosagem de noopept", "c=Noopept; s=dose", ["10–30 mg"]],
  ["pt", "noopept com álcool faz mal?", "c=Noopept; d=Alcohol", ["noopept + alcohol"]],
  ["pt", "efeitos colaterais do noopept", "c=Noopept; s=safety", ["noopept"]],
  ["pt", "qual a meia vida do noopept", "c=Noopept; s=pharmacokinetics", ["half-life"]],
  [
    "pt",
    "noopept ou piracetam para ansiedade",
    "c=Noopept,Piracetam; s=goal:anxiety",
    ["noopept vs piracetam: anxiety"],
  ],
  ["pt", "qual racetam é o melhor para memória", "c=; s=class:racetams,goal:memory", [RACETAMS]],
  ["pt", "noopept com café", "c=Noopept; d=Coffee", ["noopept + coffee"]],
  ["pt", "noopept com antidepressivos", "c=Noopept; d=Antidepressants", ["antidepressants"]],
  ["pt", "como funciona o noopept", "c=Noopept; s=mechanism", ["noopept"]],
  ["pt", "piracetam é legal?", "c=Piracetam; s=legal-status", ["piracetam"]],
  ["pt", "colina com noopept", "c=Choline,Noopept", ["choline + noopept"]],
  ["pt", "noopept na gravidez", "c=Noopept; s=safety", ["pregnan"]],
  ["pt", "estudos de nefiracetam em seres humanos", "c=Nefiracetam; s=evidence", ["nefiracetam"]],
  ["pt", "dosagem de noopept e efeitos colaterais", "c=Noopept; s=dose,safety; p=2", [ASKS_2]],
  ["pt", "quanto tempo dura o noopept", "c=Noopept; s=pharmacokinetics", ["noopept"]],
  ["pt", "nootrópicos para o sono", "c=; s=goal:sleep", ["sleep"]],
  ["pt", "noopept dor de cabeça", "c=Noopept; s=safety", ["headache"]],
  ["pt", "fasoracetam para foco", "c=Fasoracetam; s=goal:focus", ["fasoracetam"]],
];

/** Every compound x the kinds asked of one compound, in English. */
const COMPOUNDS = [
  "Noopept",
  "Piracetam",
  "Aniracetam",
  "Fasoracetam",
  "Nefiracetam",
  "Choline",
  "Alpha-GPC",
];
const PER_COMPOUND: [string, string][] = [
  ["{c} dose and side effects", "s=dose,safety; p=2"],
  ["is {c} safe with alcohol", "d=Alcohol; s=safety; p=1"],
  ["{c} with coffee?", "d=Coffee; p=1"],
  ["was {c} tested on humans", "p=1"],
  ["{c} half life and how does it work", "s=pharmacokinetics,mechanism; p=2"],
  ["can I take {c} while pregnant", "s=safety; p=1"],
  ["{c} for memory", "s=goal:memory; p=1"],
  ["I have been reading about {c} for weeks. Friends swear by it. Is it legal?", "s=legal-status; p=1"],
];

/** Inputs the closing note of issue 18 listed as not read yet, each read now by a change of mechanism. */
const ONCE_UNREAD: MemberInput[] = [
  // A name two letters off inside a sentence, when no other name and no everyday word is as near.
  r("nopeptt dose", "c=Noopept; s=dose; p=1", ["10–30 mg"]),
  r("piracetamm or nopeptt?", "c=Piracetam,Noopept; s=comparison; p=1"),
  // Typos in the words that ask, not only in names.
  r("noopept half lfe", "c=Noopept; s=pharmacokinetics; p=1", ["half-life"]),
  r("noopept sid efects", "c=Noopept; s=safety; p=1", ["noopept"]),
  r("piracetam dosgae?", "c=Piracetam; s=dose; p=1", ["piracetam"]),
  // A real word one letter from a phrase word is not a typo of it: "affect" is not "effect".
  r("does noopept affect gaba", "c=Noopept; s=mechanism; p=1", ["it remains questionable"]),
  // A question with no strong word of its language, marked by its writing.
  r("¿noopept y alcohol?", "c=Noopept; d=Alcohol; l=es; p=1", ["noopept + alcohol", EN_QUOTES]),
  r("¡noopept dosis!", "c=Noopept; s=dose; l=es; p=1", ["10–30 mg", EN_QUOTES]),
  // An amount with a frequency: one dose and the day's total, each against the figures they can be held to.
  r("noopept 20mg twice a day", "c=Noopept; s=dose; p=1", [
    "20 mg is within 10–20 mg, per dose",
    "40 mg a day is 10 mg above the top of 10–30 mg",
  ]),
  // A comparison for what it says, not a fixed side-by-side card.
  r(
    "noopept or piracetam which is stronger",
    "c=Noopept,Piracetam; s=comparison; p=1",
    ["1,000 times as potent"],
    ["side by side"],
  ),
  // Russian case endings on names, and a Russian word for a goal.
  r("что с ноопептом при выгорании", "c=Noopept; s=goal:energy; l=ru; p=1", [EN_QUOTES]),
  r("пирацетамом и холином вместе", "c=Piracetam,Choline; l=ru; p=1", [EN_QUOTES]),
  r("доза фасорацетама", "c=Fasoracetam; s=dose; l=ru; p=1", [EN_QUOTES]),
  // "Which of them" with nothing to take the compounds from: asked which, never a search or a guess.
  r("which of them works better", "c=; p=1", ["which compounds do you mean"], ["from the sources"]),
  r("which of them is safer", "c=; p=1", ["which compounds do you mean"]),
  follow(
    "noopept vs piracetam",
    "which of them is safer",
    "c=Noopept,Piracetam; s=safety; p=1",
    [],
    ["which compound"],
  ),
];

export const MEMBER_INPUTS: MemberInput[] = [
  ...HAND,
  ...ONCE_UNREAD,
  ...LANGUAGES.map(([l, q, reading, has]) =>
    r(q, `${reading}; l=${l}${reading.includes("p=") ? "" : "; p=1"}`, [...has, EN_QUOTES]),
  ),
  ...COMPOUNDS.flatMap((c) =>
    PER_COMPOUND.map(([q, reading]) =>
      r(q.replace("{c}", c.toLowerCase()), `c=${c}; ${reading}; l=en`, [c.toLowerCase()]),
    ),
  ),
];
