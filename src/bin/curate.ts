import { loadConfigOrExit } from "../config.js";
import { addSourceVerb } from "../curate/add-source.js";
import { dispatch } from "../curate/dispatch.js";
import { disputeVerb } from "../curate/dispute.js";
import { draftVerb } from "../curate/draft.js";
import { exportVerb } from "../curate/export.js";
import { gapsVerb } from "../curate/gaps.js";
import { pendingVerb } from "../curate/pending.js";
import { reloadVerb } from "../curate/reload.js";
import { reviewVerb } from "../curate/review.js";
import { reanchorVerb } from "../curate/reanchor.js";
import { reportsVerb } from "../curate/reports.js";
import { resolveVerb } from "../curate/resolve.js";
import type { CurateVerb } from "../curate/verb.js";
import { PROJECT_ROOT } from "../paths.js";
import { openStore } from "../store/store.js";
import { quietWhenOutputCloses } from "./closed-output.js";

/** THE list of curate verbs: adding one is one file under src/curate/ and one line here. */
const VERBS: readonly CurateVerb[] = [
  reportsVerb,
  resolveVerb,
  exportVerb,
  gapsVerb,
  addSourceVerb,
  reanchorVerb,
  draftVerb,
  pendingVerb,
  reviewVerb,
  reloadVerb,
  disputeVerb,
];

/** npm run curate -- <verb>: the curators' command line (reports, unanswered questions, backups, sources, anchors). */
const output = quietWhenOutputCloses();
const config = loadConfigOrExit();
const code = await dispatch(VERBS, process.argv.slice(2), {
  out: (line) => {
    if (!output.closed()) console.log(line);
  },
  openStore: () =>
    openStore({
      url: config.DATABASE_URL,
      root: PROJECT_ROOT,
      retentionDays: config.UNANSWERED_RETENTION_DAYS,
    }),
});
if (code !== 0 || process.exitCode === undefined) process.exitCode = code;
