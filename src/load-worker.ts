import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { LoadedKnowledge, LoadOptions } from "./knowledge/load.js";
import type { OtherDrug } from "./knowledge/other-drugs.js";
import type { Compound, Knowledge } from "./knowledge/schema.js";
import type { VocabularyData } from "./knowledge/vocabulary-data.js";
import type { LoadReply, LoadRequest } from "./load-protocol.js";

/** A reload's loading, done in the worker: the knowledge as loaded, or its problems. */
export type WorkerLoad =
  | { ok: true; unchanged: true; version: string }
  | {
      ok: true;
      unchanged: false;
      loaded: LoadedKnowledge;
      otherDrugs: OtherDrug[];
      vocabulary: VocabularyData;
    }
  | { ok: false; problems: readonly string[] };

export interface LoadWorker {
  /**
   * Loads the knowledge again in the worker, relative to the version the caller has (`all`: every entry of
   * it); the compounds whose files did not change are the caller's own objects, so that indexes built on
   * them can be updated rather than rebuilt. Undefined when the worker failed: the caller loads it itself.
   */
  load(current: { version: string; all: Knowledge }): Promise<WorkerLoad | undefined>;
  /** Stops the worker. */
  close(): Promise<void>;
}

/** The knowledge with the compounds the worker sent, and the caller's own for the files that did not change. */
function assemble(reply: Extract<LoadReply, { changed: unknown }>, all: Knowledge): Knowledge | undefined {
  const mine = new Map(all.compounds.map((c) => [all.files.get(c.id) ?? c.id, c]));
  const changed = new Map(reply.changed);
  const compounds: Compound[] = [];
  for (const file of reply.order) {
    const compound = changed.get(file) ?? mine.get(file);
    if (!compound) return undefined;
    compounds.push(compound);
  }
  const { sources, subjects, notCovered } = reply;
  return { sources, subjects, notCovered, compounds, files: new Map(reply.files) };
}

/** tsx's ESM API (a dev dependency), as a file URL: found from its package's exports. */
function tsxApi(): string {
  const require = createRequire(import.meta.url);
  const manifest = require.resolve("tsx/package.json");
  const { exports } = JSON.parse(fs.readFileSync(manifest, "utf8")) as {
    exports: Record<string, { import: { default: string } }>;
  };
  return pathToFileURL(path.join(path.dirname(manifest), exports["./esm/api"]!.import.default)).href;
}

/**
 * The worker thread running reload-worker: from the build, the .js beside this file; from the TypeScript
 * sources (tsx, the tests) the .ts, through tsx's loader registered in the worker first (on Node 20 a
 * loader given with --import does not apply to a worker's own entry file).
 */
function spawn(workerData: unknown): Worker {
  const fromSource = import.meta.url.endsWith(".ts");
  const entry = new URL(`./reload-worker.${fromSource ? "ts" : "js"}`, import.meta.url);
  if (!fromSource) return new Worker(entry, { workerData });
  const boot = `import(${JSON.stringify(tsxApi())}).then((tsx) => tsx.register()).then(() => import(${JSON.stringify(entry.href)}));`;
  return new Worker(boot, { eval: true, workerData });
}

/**
 * Starts the reload worker (reload-worker.ts) for a knowledge folder whose current version is `version`:
 * it reads the folder once at start, in the background, so that a reload sends only what changed. The
 * worker never keeps the process alive.
 */
export function startLoadWorker(
  options: Pick<LoadOptions, "dir" | "sourcesDir" | "quotes">,
  version: string,
): LoadWorker {
  const worker = spawn({ dir: options.dir, sourcesDir: options.sourcesDir, quotes: options.quotes });
  worker.unref();
  let broken = false;
  // A reload waiting for its answer keeps the process alive; a worker with nothing asked of it does not.
  let keeping = 0;
  const waiting: Array<{ resolve: (reply: LoadReply | undefined) => void; keeps: boolean }> = [];
  const settle = (reply: LoadReply | undefined) => {
    const next = waiting.shift();
    if (next?.keeps && --keeping === 0) worker.unref();
    next?.resolve(reply);
  };
  worker.on("message", (reply: LoadReply) => settle(reply));
  const fail = () => {
    broken = true;
    while (waiting.length > 0) settle(undefined);
  };
  worker.on("error", fail);
  worker.on("exit", fail);
  const ask = (request: LoadRequest) =>
    new Promise<LoadReply | undefined>((resolve) => {
      if (broken) return resolve(undefined);
      const keeps = request.prime !== true;
      if (keeps && keeping++ === 0) worker.ref();
      waiting.push({ resolve, keeps });
      worker.postMessage(request);
    });
  void ask({ version, prime: true });
  return {
    async load(current) {
      const reply = await ask({ version: current.version });
      if (!reply || (!reply.ok && "failed" in reply)) return undefined;
      if (!reply.ok) return { ok: false, problems: reply.problems };
      if (reply.unchanged) return { ok: true, unchanged: true, version: reply.version };
      const knowledge = assemble(reply, current.all);
      if (!knowledge) return undefined;
      return {
        ok: true,
        unchanged: false,
        loaded: { knowledge, version: reply.version, quoteCheck: reply.quoteCheck },
        otherDrugs: reply.otherDrugs,
        vocabulary: reply.vocabulary,
      };
    },
    async close() {
      broken = true;
      await worker.terminate();
    },
  };
}
