import { loadKnowledge } from "../knowledge/load.js";
import { KnowledgeError } from "../knowledge/parse.js";
import { publishedKnowledge } from "../knowledge/review.js";
import { INDEX_DIR, knowledgeDir } from "../paths.js";
import { writeFullText } from "../search/fulltext-cache.js";
import { buildFullTextIndex } from "../search/fulltext.js";

/**
 * Run by `npm run build`: builds the full-text index of the published knowledge once and writes it to
 * dist/index/, keyed on the knowledge's version, so that the bot loads it instead of building it at start.
 * A knowledge that does not load is left for the bot to report: nothing is written and the build goes on.
 */
try {
  const started = performance.now();
  const { knowledge, version } = loadKnowledge({ dir: knowledgeDir(), quotes: "if-present" });
  const published = publishedKnowledge(knowledge);
  const index = buildFullTextIndex(published);
  const file = writeFullText(INDEX_DIR, index, published, version);
  console.log(
    `build: full-text index of ${index.live} documents written to ${file} (${Math.round(performance.now() - started)} ms)`,
  );
} catch (error) {
  const why = error instanceof KnowledgeError ? "the knowledge does not load" : String(error);
  console.error(`build: no full-text index written (${why}); the bot will build it when it starts.`);
}
