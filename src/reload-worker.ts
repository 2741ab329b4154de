/**
 * The knowledge reload's worker thread (started by load-worker.ts for a reload, stopped after it): parses
 * the compound files that changed (YAML and the schema, the costly part of reading a file), off the thread
 * that answers interactions. It keeps nothing between requests: the answering thread, which has every
 * other compound, checks the whole knowledge itself (src/knowledge/load.ts, in slices).
 */
import { parentPort } from "node:worker_threads";
import { parseCompoundFile } from "./knowledge/parse.js";
import type { ParseReply, ParseRequest } from "./load-protocol.js";
import type { Compound } from "./knowledge/schema.js";

function parse(request: ParseRequest): ParseReply {
  try {
    const parsed: [string, Compound][] = [];
    for (const file of request.files) {
      const { compound } = parseCompoundFile(file);
      if (compound) parsed.push([file.path, compound]);
    }
    return { ok: true, parsed };
  } catch (error) {
    return { ok: false, failed: error instanceof Error ? error.message : String(error) };
  }
}

parentPort?.on("message", (request: ParseRequest) => parentPort?.postMessage(parse(request)));
