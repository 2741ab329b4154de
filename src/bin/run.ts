import { KnowledgeError } from "../knowledge/parse.js";
import { quietWhenOutputCloses } from "./closed-output.js";

/**
 * Runs a command-line entry point and sets the exit code: an invalid knowledge file prints its list of
 * problems (file, path, what is wrong) and exits 1, never with a stack trace; a reader of its output that
 * went away (`| head -1`) ends it quietly with its own code.
 */
export function runCli(main: () => number): void {
  quietWhenOutputCloses();
  try {
    const code = main();
    if (code !== 0 || process.exitCode === undefined) process.exitCode = code;
  } catch (error) {
    if (!(error instanceof KnowledgeError)) throw error;
    console.error(error.message);
    process.exitCode = 1;
  }
}
