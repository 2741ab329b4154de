import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../src/paths.js";
import { openStore } from "../src/store/store.js";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "nb-curate-pipe-"));
const databaseUrl = `sqlite:${path.join(tmp, "curate.db")}`;
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Enough records that the verbs that read the store write many lines. */
beforeAll(async () => {
  const store = await openStore({ url: databaseUrl, root: tmp });
  for (let i = 0; i < 50; i++)
    await store.gaps.add({ text: `noopept and alcohol ${i}?`, compound: `c${i}`, subject: "alcohol" });
  await store.close();
});

/**
 * `npm run curate -- pending | head -1`, as npm runs it (tsx): the reader of standard output goes away before
 * the tool has written (`| true` exits at once, long before node has started), so every write fails with
 * EPIPE. The exit code is the tool's own, not the reader's.
 */
function withClosedOutput(
  args: string[],
  script = "src/bin/curate.ts",
): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(
    "bash",
    [
      "-c",
      '"$@" | true; exit "${PIPESTATUS[0]}"',
      "bash",
      process.execPath,
      "--import",
      "tsx",
      script,
      ...args,
    ],
    {
      cwd: PROJECT_ROOT,
      env: { ...process.env, DATABASE_URL: databaseUrl },
      stdio: ["ignore", "ignore", "pipe"],
    },
  );
  let stderr = "";
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => child.on("exit", (code) => resolve({ code, stderr })));
}

describe("the curators' command line when the reader of its output goes away (| head)", () => {
  it.each([["pending"], ["reports"], ["gaps"], ["export"]])(
    "%s exits 0 quietly, without an EPIPE stack trace",
    async (verb) => {
      const { code, stderr } = await withClosedOutput([verb]);
      expect(stderr).not.toMatch(/EPIPE|Unhandled 'error' event|\n\s+at /);
      expect(stderr).toBe("");
      expect(code).toBe(0);
    },
    20_000,
  );
});

describe("npm run ask and knowledge:check when the reader of their output goes away", () => {
  it.each([
    ["src/bin/ask.ts", ["/compound", "noopept"]],
    ["src/bin/ask.ts", ["/compound", "noopept", "--json"]],
    ["src/bin/knowledge-check.ts", []],
  ])(
    "%s %j exits 0 quietly, without an EPIPE stack trace",
    async (script, args) => {
      const { code, stderr } = await withClosedOutput(args, script);
      expect(stderr).not.toMatch(/EPIPE|Unhandled 'error' event|\n\s+at /);
      expect(code).toBe(0);
    },
    30_000,
  );
});
