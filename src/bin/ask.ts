import { registry } from "../../commands/index.js";
import { renderText } from "../cli/render-text.js";
import { TerminalSession } from "../cli/session.js";
import { createContext } from "../context.js";
import { runCli } from "./run.js";

/** npm run ask -- /compound noopept [--json]: answers one command and exits. */
function main(argv: string[]): number {
  const json = argv.includes("--json");
  const line = argv
    .filter((a) => a !== "--json")
    .join(" ")
    .trim();
  if (!line) {
    console.error("Usage: npm run ask -- /compound noopept   (add --json for the exact Discord payload)");
    return 2;
  }
  const payload = new TerminalSession(createContext(registry)).answer(line);
  console.log(json ? JSON.stringify(payload, null, 2) : renderText(payload));
  return 0;
}

runCli(() => main(process.argv.slice(2)));
