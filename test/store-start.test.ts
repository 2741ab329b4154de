import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Libsql from "libsql";
import { afterAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../src/paths.js";
import { spawnEntry } from "./support/spawn.js";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "nb-store-start-"));
afterAll(() => {
  fs.chmodSync(tmp, 0o755);
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** The entry point with this DATABASE_URL and nothing to read: its exit code and the lines it printed. */
async function start(databaseUrl: string) {
  const run = spawnEntry("src/bin/start.ts", [], { DATABASE_URL: databaseUrl }, "exit\n");
  const code = await run.exited;
  return { code, stderr: run.stderr().trim(), stdout: run.stdout() };
}

describe("npm start with a store it cannot use", () => {
  it("exits 1 with one line naming an unreachable database, without its password", async () => {
    const run = await start("postgres://bot:hunter2@127.0.0.1:1/nootropic");
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^Not starting: cannot reach the database at postgres:\/\/127\.0\.0\.1:1\/nootropic: .+$/,
    );
    expect(run.stderr + run.stdout).not.toContain("hunter2");
  });

  it("exits 1 with one line naming the migration that failed", async () => {
    const file = path.join(tmp, "conflict.db");
    const db = new Libsql(file);
    db.exec("CREATE TABLE unanswered (x text)");
    db.close();
    const run = await start(`sqlite:${file}`);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^Not starting: migration 0003_unanswered failed on .*conflict\.db: .+$/);
  });

  it.skipIf(process.getuid?.() !== 0)("exits 1 with one line when the file is read-only", async (test) => {
    // As root every file is writable, so the bot runs as nobody here, as an operator's service user would;
    // where nobody cannot read the project (a clone under /root), there is nothing to show.
    const probe = spawnSync(process.execPath, ["-e", "require('fs').readFileSync('dist/src/bin/start.js')"], {
      cwd: PROJECT_ROOT,
      uid: 65534,
      gid: 65534,
    });
    if (probe.status !== 0) test.skip();
    const file = path.join(tmp, "readonly.db");
    new Libsql(file).close();
    fs.chmodSync(file, 0o444);
    fs.chmodSync(tmp, 0o555);
    const child = spawn(process.execPath, ["dist/src/bin/start.js"], {
      cwd: PROJECT_ROOT,
      env: { PATH: process.env.PATH, DATABASE_URL: `sqlite:${file}` },
      uid: 65534,
      gid: 65534,
    });
    let err = "";
    child.stderr.on("data", (d: Buffer) => (err += d.toString()));
    child.stdin.end("exit\n");
    const code = await new Promise((resolve) => child.on("exit", resolve));
    fs.chmodSync(tmp, 0o755);
    expect(code).toBe(1);
    expect(err.trim()).toMatch(
      /^Not starting: cannot write the database file .*readonly\.db: .*readonly database$/,
    );
  });

  it("starts four processes at once on one new SQLite file: each migrates or waits, none fails", async () => {
    const url = `sqlite:${path.join(tmp, "together", "nootropic.db")}`;
    const runs = await Promise.all([1, 2, 3, 4].map(() => start(url)));
    expect(runs.map((r) => [r.code, r.stderr])).toEqual(runs.map(() => [0, ""]));
  });

  it("creates the SQLite file on first start and answers in the terminal", async () => {
    const file = path.join(tmp, "fresh", "nootropic.db");
    const run = await start(`sqlite:${file}`);
    expect(run.code).toBe(0);
    expect(fs.existsSync(file)).toBe(true);
  });
});
