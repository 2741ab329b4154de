import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dispatch } from "../src/curate/dispatch.js";
import { exportVerb } from "../src/curate/export.js";
import { gapsVerb } from "../src/curate/gaps.js";
import { reportsVerb } from "../src/curate/reports.js";
import { resolveVerb } from "../src/curate/resolve.js";
import { openStore, type Store } from "../src/store/store.js";

const VERBS = [reportsVerb, resolveVerb, exportVerb, gapsVerb];
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "nb-curate-"));
const url = `sqlite:${path.join(tmp, "c.db")}`;
let store: Store;

/** Runs one curate command line against the test database: its exit code and what it printed. */
async function curate(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await dispatch(VERBS, argv, {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    openStore: () => openStore({ url, root: tmp }),
  });
  return { code, out, err };
}

beforeAll(async () => {
  store = await openStore({ url, root: tmp });
  await store.reports.add({ compound: "noopept", section: "dosing", text: "wrong dose", reporterId: "1" });
  await store.reports.add({
    compound: "piracetam",
    section: "safety",
    text: "missing caveat",
    reporterId: "2",
  });
  await store.gaps.add({ text: "noopept and alcohol?", compound: "noopept", subject: "alcohol" });
});
afterAll(async () => {
  await store.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe("npm run curate", () => {
  it("lists reports as lines, or one JSON object per line", async () => {
    const text = await curate("reports");
    expect(text.code).toBe(0);
    expect(text.out).toHaveLength(2);
    expect(text.out[0]).toMatch(/^#2 .*\[open\] piracetam\/safety: missing caveat$/);
    const json = await curate("reports", "--json");
    expect(json.out.map((l) => (JSON.parse(l) as { compound: string }).compound)).toEqual([
      "piracetam",
      "noopept",
    ]);
  });

  it("closes a report with a note, and lists by status", async () => {
    const done = await curate("resolve", "1", "accepted", "--note", "fixed in knowledge/noopept.yaml");
    expect(done.code).toBe(0);
    expect(done.out[0]).toContain("[accepted]");
    expect((await store.reports.get(1))?.note).toBe("fixed in knowledge/noopept.yaml");
    const open = await curate("reports", "--status", "open", "--json");
    expect(open.out.map((l) => (JSON.parse(l) as { id: number }).id)).toEqual([2]);
    expect((await curate("resolve", "99", "rejected")).code).toBe(1);
  });

  it("refuses wrong arguments with the verb's usage and exit code 2", async () => {
    for (const argv of [
      ["resolve", "1", "maybe"],
      ["resolve", "abc", "accepted"],
      ["reports", "--status", "closed"],
      ["reports", "--colour"],
      ["frobnicate"],
    ]) {
      const run = await curate(...argv);
      expect(run.code, argv.join(" ")).toBe(2);
      expect(run.err.join("\n")).toMatch(/Usage: npm run curate --/);
    }
  });

  it("exports every record as JSON lines and lists the gaps", async () => {
    const exported = await curate("export");
    const tables = exported.out.map((l) => (JSON.parse(l) as { table: string }).table);
    expect(tables.filter((t) => t === "reports")).toHaveLength(2);
    expect(tables).toContain("unanswered");
    const gaps = await curate("gaps");
    expect(gaps.out[0]).toMatch(/^\s+1 {2}noopept \/ alcohol .*"noopept and alcohol\?"/);
  });
});
