import { createContext } from "../context.js";
import { KnowledgeError } from "../knowledge/parse.js";
import { renderText } from "./render-text.js";
import { TerminalSession } from "./session.js";

/** npm run ask -- /compound noopept [--json]: answers one command and exits. */
function main(argv: string[]): number {
  const json = argv.includes("--json");
  const line = argv.filter((a) => a !== "--json").join(" ").trim();
  if (!line) {
    console.error("Usage: npm run ask -- /compound noopept   (add --json for the exact Discord payload)");
    return 2;
  }
  try {
    const payload = new TerminalSession(createContext()).answer(line);
    console.log(json ? JSON.stringify(payload, null, 2) : renderText(payload));
    return 0;
  } catch (error) {
    if (error instanceof KnowledgeError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
}

process.exitCode = main(process.argv.slice(2));
