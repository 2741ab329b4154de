/**
 * `npm run typecheck` and `npm run lint` in one process, as `npm test` runs them: the type-aware lint rules
 * need the same TypeScript program the type check builds (parsing and binding about 1,200 files with the
 * libraries' types), so it is built once, checked, and handed to ESLint (typescript-eslint's `programs`
 * parser option) instead of being built a second time. The rules are eslint.config.js's, unchanged. Prints
 * what each found as tsc and eslint would, and exits non-zero when either found a problem.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";
import ts from "typescript";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

function program() {
  const file = path.join(root, "tsconfig.json");
  const { config, error } = ts.readConfigFile(file, ts.sys.readFile);
  if (error) return { error };
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, root, undefined, file);
  const built = ts.createProgram({
    rootNames: parsed.fileNames,
    options: parsed.options,
    projectReferences: parsed.projectReferences,
  });
  return { program: built, configErrors: parsed.errors };
}

const host = {
  getCanonicalFileName: (f) => f,
  getCurrentDirectory: () => root,
  getNewLine: () => ts.sys.newLine,
};

const made = program();
const diagnostics = made.error
  ? [made.error]
  : [...made.configErrors, ...ts.getPreEmitDiagnostics(made.program)];
const typesOk = diagnostics.length === 0;
if (!typesOk) process.stdout.write(ts.formatDiagnosticsWithColorAndContext(diagnostics, host));
process.stdout.write(`typecheck: ${typesOk ? "ok" : `${diagnostics.length} error(s)`}\n`);

const eslint = new ESLint({
  cwd: root,
  overrideConfig: made.program
    ? [
        {
          files: ["src/**/*.ts", "commands/**/*.ts"],
          languageOptions: { parserOptions: { projectService: false, programs: [made.program] } },
        },
      ]
    : [],
});
const results = await eslint.lintFiles(["."]);
const text = await (await eslint.loadFormatter("stylish")).format(results);
const lintOk = results.every((r) => r.errorCount === 0 && r.fatalErrorCount === 0);
if (text) process.stdout.write(text);
process.stdout.write(`lint: ${lintOk ? "ok" : "problems found"}\n`);
process.exit(typesOk && lintOk ? 0 : 1);
