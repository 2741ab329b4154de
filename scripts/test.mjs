/**
 * npm test: the static checks (typecheck, lint, formatting, the knowledge check) and vitest, run at once
 * rather than one after another. Many tests wait on spawned bots and sockets, which leaves a core idle that
 * the static checks can use. Vitest's output streams as it runs; each check's output is printed when it ends,
 * then a summary names every step that failed. Exits non-zero when any step fails.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

/**
 * The static checks, one after another in one lane: each is mostly one busy core. The type check and the lint
 * share one TypeScript program (scripts/typecheck-lint.mjs: `npm run typecheck` and `npm run lint` in one
 * process, 7 s of CPU less than the two apart).
 */
const CHECKS = [
  { name: "typecheck and lint", command: process.execPath, args: ["scripts/typecheck-lint.mjs"] },
  { name: "format:check", command: npm, args: ["run", "--silent", "format:check"] },
  { name: "knowledge:check", command: npm, args: ["run", "--silent", "knowledge:check"] },
];

function run(command, args, capture) {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: root,
      stdio: capture ? ["ignore", "pipe", "pipe"] : "inherit",
      env: process.env,
    });
    let output = "";
    if (capture) {
      child.stdout.on("data", (chunk) => (output += chunk));
      child.stderr.on("data", (chunk) => (output += chunk));
    }
    child.on("error", (error) => resolve({ code: 1, output: `${output}${error.message}\n`, started }));
    child.on("close", (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output, started }));
  });
}

function seconds(started) {
  return `${((performance.now() - started) / 1000).toFixed(1)} s`;
}

async function checks() {
  const results = [];
  for (const { name, command, args } of CHECKS) {
    const { code, output, started } = await run(command, args, true);
    const ok = code === 0;
    const text = output.trim();
    process.stdout.write(`\n── ${name}: ${ok ? "ok" : "FAILED"} (${seconds(started)})\n`);
    if (text !== "" && (!ok || name === "knowledge:check")) process.stdout.write(`${text}\n`);
    results.push({ name, ok });
  }
  return results;
}

const started = performance.now();
const [staticResults, tests] = await Promise.all([
  checks(),
  run(npm, ["exec", "--", "vitest", "run"], false),
]);
const results = [...staticResults, { name: "vitest", ok: tests.code === 0 }];
const failed = results.filter((r) => !r.ok).map((r) => r.name);
process.stdout.write(
  failed.length === 0
    ? `\nnpm test: every step passed (${results.map((r) => r.name).join(", ")}) in ${seconds(started)}\n`
    : `\nnpm test FAILED: ${failed.join(", ")} (${seconds(started)})\n`,
);
process.exit(failed.length === 0 ? 0 : 1);
