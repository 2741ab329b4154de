import { coverage, formatCoverage } from "../knowledge/coverage.js";
import { loadKnowledge } from "../knowledge/load.js";
import { runCli } from "./run.js";

/** npm run knowledge:check — validates the knowledge, checks every quote, prints the coverage table. */
function main(): number {
  const ci = process.env.CI === "true";
  const { knowledge, quoteCheck } = loadKnowledge({ quotes: ci ? "required" : "if-present" });
  console.log(`Knowledge: ${knowledge.compounds.length} compounds, ${knowledge.sources.length} sources, ${knowledge.notCovered.length} known-but-not-covered names.`);
  if (quoteCheck.status === "passed") {
    console.log(`Quote check: all ${quoteCheck.quotes} quoted entries are verbatim in ${quoteCheck.dir}.`);
  } else {
    console.log(
      `SKIPPED: no source texts at ${quoteCheck.dir}, so the quote check here and the tests that read the texts are skipped; set NOOTROPIC_SOURCES_DIR to their folder to run them (README, "Source texts").`,
    );
  }
  console.log("");
  console.log(formatCoverage(coverage(knowledge)));
  return 0;
}

runCli(main);
