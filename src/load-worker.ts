import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { KnowledgeFile } from "./knowledge/parse.js";
import type { Compound } from "./knowledge/schema.js";
import type { ParseReply, ParseRequest } from "./load-protocol.js";

/** The worker thread's nice value (Linux): the lowest priority, below the answering thread's. */
const WORKER_NICE = 19;

/** Compound files parsed in the worker, by path, each with the text it was parsed from. */
export type Parsed = Map<string, { text: string; compound: Compound }>;

export interface LoadWorker {
  /**
   * Parses the compound files in a worker thread (reload-worker.ts), started for the call and stopped when
   * it has answered: nothing of the knowledge is kept in a second thread between reloads. Undefined when
   * the worker failed: the caller parses the files itself.
   */
  parse(files: readonly KnowledgeFile[]): Promise<Parsed | undefined>;
  /** Stops the worker, if one is running. */
  close(): Promise<void>;
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
function spawn(): Worker {
  const fromSource = import.meta.url.endsWith(".ts");
  const entry = new URL(`./reload-worker.${fromSource ? "ts" : "js"}`, import.meta.url);
  // First of all, on Linux, where a thread's nice value is its own (setpriority(2)), the worker yields the
  // CPU to the thread that answers interactions: on a machine with few cores they compete for it.
  const nice =
    process.platform === "linux"
      ? `import("node:os").then((os) => os.setPriority(${WORKER_NICE})).catch(() => undefined)`
      : "Promise.resolve()";
  const load = fromSource
    ? `.then(() => import(${JSON.stringify(tsxApi())})).then((tsx) => tsx.register())`
    : "";
  return new Worker(`${nice}${load}.then(() => import(${JSON.stringify(entry.href)}));`, { eval: true });
}

/**
 * The reload worker, started lazily: a thread is started for each reload that has files to parse, and
 * stopped as soon as it has answered (about 20 MB of memory that a running bot no longer keeps). It never
 * keeps the process alive but while a reload waits for it.
 */
export function createLoadWorker(): LoadWorker {
  let running: Worker | undefined;
  const stop = async (worker: Worker) => {
    if (running === worker) running = undefined;
    await worker.terminate();
  };
  return {
    parse(files) {
      return new Promise<Parsed | undefined>((resolve) => {
        let worker: Worker;
        try {
          worker = spawn();
        } catch {
          return resolve(undefined);
        }
        running = worker;
        // The first outcome counts (stopping the thread makes it exit); the reload goes on once the thread
        // has stopped, so that none is left running when it is done.
        let settled = false;
        const done = (parsed: Parsed | undefined) => {
          if (settled) return;
          settled = true;
          void stop(worker).finally(() => resolve(parsed));
        };
        worker.once("message", (reply: ParseReply) => {
          if (!reply.ok) return done(undefined);
          const texts = new Map(files.map((f) => [f.path, f.text]));
          done(new Map(reply.parsed.map(([file, compound]) => [file, { text: texts.get(file)!, compound }])));
        });
        worker.once("error", () => done(undefined));
        worker.once("exit", () => done(undefined));
        worker.postMessage({ files: [...files] } satisfies ParseRequest);
      });
    },
    async close() {
      if (running) await stop(running);
    },
  };
}
