import fs from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../../src/paths.js";

/**
 * The start script ("exec env NAME=value … node <flags> dist/src/bin/start.js"): the environment it sets and
 * node's arguments, so that a bench runs what npm start runs.
 */
export function startCommand(): { env: Record<string, string>; argv: string[] } {
  const pkg = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, "package.json"), "utf8")) as {
    scripts: { start: string };
  };
  const words = pkg.scripts.start.split(/\s+/);
  const node = words.indexOf("node");
  const env = Object.fromEntries(
    words
      .slice(0, node)
      .filter((w) => /^[A-Z_]+=/.test(w))
      .map((w) => [w.slice(0, w.indexOf("=")), w.slice(w.indexOf("=") + 1)]),
  );
  return { env, argv: words.slice(node + 1) };
}
