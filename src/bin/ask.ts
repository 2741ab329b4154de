import { saveFiles } from "../cli/files.js";
import { resolveLocale } from "../i18n/locale.js";
import { toAnswered } from "../interactions/to-api.js";
import { toComponentsV2 } from "../reply/v2/convert.js";
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
  const locale = resolveLocale(process.env.NOOTROPIC_LOCALE);
  const payload = new TerminalSession(createContext(registry), locale).replyTo(line);
  if (json) {
    // The exact message Discord is sent: the V2 card, with any file named in `attachments`.
    const { response } = toAnswered({ type: "reply", payload: toComponentsV2(payload) });
    console.log(JSON.stringify("data" in response ? response.data : response, null, 2));
  } else console.log([renderText(payload), ...saveFiles(payload)].join("\n"));
  return 0;
}

runCli(() => main(process.argv.slice(2)));
