import fs from "node:fs";
import path from "node:path";
import { registry } from "../../commands/index.js";
import type { Workspace } from "../../src/curate/workspace.js";
import { createLiveContext, type LiveContext, type LiveOptions } from "../../src/live.js";

/** The bot's live context on a workspace's knowledge and source texts, quotes checked, as the bot runs it. */
export function liveIn(ws: Workspace, options: Partial<LiveOptions> = {}): LiveContext {
  return createLiveContext(registry, {
    dir: ws.knowledgeDir,
    sourcesDir: ws.sourcesDir,
    quotes: "required",
    ...options,
  });
}

/** Makes the workspace's piracetam invalid for a reload (a claim reviewed by its own author); its file. */
export function breakPiracetam(ws: Workspace): string {
  const file = path.join(ws.knowledgeDir, "compounds", "piracetam.yaml");
  fs.writeFileSync(
    file,
    fs.readFileSync(file, "utf8").replace("reviewer: sceptical-reading", "reviewer: initial-curation"),
  );
  return file;
}
