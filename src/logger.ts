import { Writable } from "node:stream";
import pino, { type Logger } from "pino";
import pretty from "pino-pretty";

export type { Logger };

export interface LoggerOptions {
  level?: string;
  /** Human-readable output (a terminal); JSON lines otherwise. */
  pretty?: boolean;
  /** Strings that must never be written, such as the bot token: replaced by [REDACTED] in every line. */
  secrets?: readonly string[];
  /** Where lines go; standard output by default. */
  destination?: NodeJS.WritableStream;
}

const REDACTED = "[REDACTED]";

/** A stream that scrubs every secret from each line before passing it on: messages, fields and stacks alike. */
function redacting(target: NodeJS.WritableStream, secrets: readonly string[]): NodeJS.WritableStream {
  const active = secrets.filter((s) => s.length >= 8);
  if (active.length === 0) return target;
  return new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      let line = chunk.toString();
      for (const secret of active) line = line.split(secret).join(REDACTED);
      target.write(line);
      done();
    },
  });
}

/** The one logger: structured fields, the token redacted by path and by value. */
export function createLogger(options: LoggerOptions = {}): Logger {
  const out = options.destination ?? process.stdout;
  const sink = options.pretty ? pretty({ colorize: true, destination: out, sync: true }) : out;
  return pino(
    {
      level: options.level ?? "info",
      base: undefined,
      redact: { paths: ["token", "*.token", "config.DISCORD_TOKEN", "headers.authorization", "*.headers.authorization"], censor: REDACTED },
    },
    redacting(sink, options.secrets ?? []),
  );
}
