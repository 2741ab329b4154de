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
