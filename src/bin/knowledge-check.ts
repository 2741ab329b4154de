import { coverage, formatCoverage } from "../knowledge/coverage.js";
import { loadKnowledge, readSourceTexts } from "../knowledge/load.js";
import { loadOtherDrugs } from "../knowledge/other-drugs.js";
import { silentSafety, subjectList } from "../knowledge/subjects.js";
import { formatUsage, sourceUsage } from "../knowledge/usage.js";
import { provenanceProblems } from "../reply/audit.js";
import { unreviewedShownProblems } from "../reply/review-audit.js";
import { publishedKnowledge, reviewTally } from "../knowledge/review.js";
import { runCli } from "./run.js";
import { loadCheckedVocabulary } from "../question/vocabulary-check.js";

/**
 * npm run knowledge:check — validates the knowledge, checks every quote, prints the coverage table, what
 * the sources are silent on, and how much of each source is quoted (`-- --unquoted` lists the rest).
 */
function main(): number {
  const ci = process.env.CI === "true";
  const { knowledge, quoteCheck } = loadKnowledge({ quotes: ci ? "required" : "if-present" });
  const otherDrugs = loadOtherDrugs(knowledge);
  const vocabulary = loadCheckedVocabulary(knowledge, otherDrugs);
  console.log(
    `Knowledge: ${knowledge.compounds.length} compounds, ${knowledge.sources.length} sources, ${knowledge.notCovered.length} known-but-not-covered names, ${otherDrugs.length} other drugs and classes.`,
  );
  console.log(
    `Vocabulary: ${vocabulary.languages.length} other languages (${vocabulary.languages.map((l) => l.id).join(", ")}), ${vocabulary.classes.length} classes of compounds, ${vocabulary.related.size} lexicon words; every word stands for one thing.`,
  );
  console.log(
    "Faithfulness rules (hedges, animal/cell context, numbers, linking names, long-term answers, disagreements): passed.",
  );
  const published = publishedKnowledge(knowledge);
  const provenance = [...provenanceProblems(published), ...unreviewedShownProblems(knowledge, published)];
  if (provenance.length > 0) {
    console.error(
      `Provenance audit of every reply: ${provenance.length} problem(s):\n${provenance.map((p) => `- ${p}`).join("\n")}`,
    );
    return 1;
  }
  console.log(
    "Provenance audit: every claim shown in every reply is whole and carries its evidence badge and source, and is reviewed.",
  );
  console.log(`Review: ${reviewTally(knowledge)}; answers show reviewed entries only.`);
  if (quoteCheck.status === "passed") {
    console.log(`Quote check: all ${quoteCheck.quotes} quoted entries are verbatim in ${quoteCheck.dir}.`);
    console.log(
      "Anchor check: every quote is exactly where its anchor says, and every source text matches its recorded sha256.",
    );
  } else {
    console.log(
      `SKIPPED: no source texts at ${quoteCheck.dir}, so the quote check here and the tests that read the texts are skipped; set NOOTROPIC_SOURCES_DIR to their folder to run them (README, "Source texts").`,
    );
  }
  console.log("");
  console.log(formatCoverage(coverage(knowledge)));
  console.log("");
  for (const c of knowledge.compounds) {
    const silent = silentSafety(knowledge, c);
    console.log(
      `${c.id}: sources silent on ${silent.length ? subjectList(silent) : "none of the safety subjects"}`,
    );
  }
  if (quoteCheck.status === "passed") {
    const texts = readSourceTexts(knowledge.sources, quoteCheck.dir);
    if (texts.status === "loaded") {
      console.log("");
      console.log(formatUsage(sourceUsage(knowledge, texts.texts), process.argv.includes("--unquoted")));
    }
  }
  return 0;
}

runCli(main);
