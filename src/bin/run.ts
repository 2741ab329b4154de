import { KnowledgeError } from "../knowledge/parse.js";

/**
 * Runs a command-line entry point and sets the exit code: an invalid knowledge file prints its list of
 * problems (file, path, what is wrong) and exits 1, never with a stack trace.
 */
export function runCli(main: () => number): void {
  try {
    process.exitCode = main();
  } catch (error) {
    if (!(error instanceof KnowledgeError)) throw error;
    console.error(error.message);
    process.exitCode = 1;
  }
}
