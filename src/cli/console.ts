import { resolveLocale } from "../i18n/locale.js";
import { saveFiles } from "./files.js";
import readline from "node:readline";
import type { BotContext, Registry } from "../interactions/types.js";
import { renderText } from "./render-text.js";
import { TerminalSession } from "./session.js";

/** The greeting lists every command's examples, from the registry. */
export function consoleGreeting(commands: Registry): string {
  const examples = commands.list.filter((c) => c.execute).flatMap((c) => c.examples);
  return [
    "Ask me here, as you would in Discord:",
    ...examples.map((e) => `  ${e}`),
    "Any other line is a question in plain words, e.g.  is noopept safe with ssris",
    "A letter presses a button of the last answer; exit to leave.",
  ].join("\n");
}

/** A local console that answers typed commands with the same replies the bot sends, rendered as text. */
export function runConsole(
  ctx: BotContext,
  input: NodeJS.ReadableStream = process.stdin,
  output: NodeJS.WritableStream = process.stdout,
): Promise<void> {
  const session = new TerminalSession(ctx, resolveLocale(process.env.NOOTROPIC_LOCALE));
  const rl = readline.createInterface({
    input,
    output,
    terminal: Boolean((input as { isTTY?: boolean }).isTTY),
  });
  const write = (text: string) => output.write(`${text}\n`);
  write(consoleGreeting(ctx.commands));
  rl.setPrompt("nootropic> ");
  rl.prompt();
  rl.on("line", (line) => {
    const trimmed = line.trim();
    if (/^(exit|quit|\.exit)$/i.test(trimmed)) {
      rl.close();
      return;
    }
    if (trimmed) {
      try {
        const payload = session.replyTo(trimmed);
        write([renderText(payload), ...saveFiles(payload)].join("\n"));
      } catch (error) {
        write(`Sorry, that failed: ${(error as Error).message}`);
      }
    }
    rl.prompt();
  });
  return new Promise((resolve) => rl.on("close", () => resolve()));
}
