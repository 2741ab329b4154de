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
  /** Where lines go once the destination is closed; standard error by default for standard output, else none. */
  fallback?: NodeJS.WritableStream | null;
}

const REDACTED = "[REDACTED]";

/** Discord interaction callback and webhook URLs carry the interaction token as a path segment. */
const INTERACTION_TOKEN = /((?:\/interactions\/\d+|\/webhooks\/\d+)\/)([A-Za-z0-9._-]{20,})/g;
/** Interaction tokens as a JSON field, wherever a caller put one. */
const TOKEN_FIELD = /("(?:token|interaction_token|interactionToken)":")[^"]+(")/g;

/** Removes every bot and interaction token from one line of text. */
export function redactSecrets(line: string, secrets: readonly string[] = []): string {
  let out = line;
  for (const secret of secrets) if (secret.length >= 8) out = out.split(secret).join(REDACTED);
  return out.replace(INTERACTION_TOKEN, `$1${REDACTED}`).replace(TOKEN_FIELD, `$1${REDACTED}$2`);
}

/**
 * A log sink that can never take the process down or spin it: the target's errors (EPIPE when the reader of a
 * pipe went away, a destroyed stream) are caught, after which lines go to the fallback, or nowhere. Writes
 * never wait for the reader, never throw and never emit an error.
 */
export class GuardedSink extends Writable {
  private current: NodeJS.WritableStream | undefined;
  private readonly broken = new WeakSet<NodeJS.WritableStream>();

  constructor(
    target: NodeJS.WritableStream,
    private readonly fallback: NodeJS.WritableStream | undefined,
  ) {
    super({ decodeStrings: false });
    this.current = target;
    for (const stream of [target, fallback])
      stream?.on("error", (error: Error) => this.onBroken(stream, error));
  }

  override _write(
    chunk: Buffer | string,
    _encoding: BufferEncoding,
    done: (error?: Error | null) => void,
  ): void {
    this.send(typeof chunk === "string" ? chunk : chunk.toString());
    done();
  }

  private send(line: string): void {
    const target = this.current;
    if (!target) return;
    const closed =
      (target as Partial<Writable>).destroyed === true ||
      (target as Partial<Writable>).writableEnded === true;
    if (closed)
      return this.onBroken(
        target,
        Object.assign(new Error("log output closed"), { code: "ERR_STREAM_DESTROYED" }),
        line,
      );
    try {
      target.write(line);
    } catch (error) {
      this.onBroken(target, error as Error, line);
    }
  }

  private onBroken(stream: NodeJS.WritableStream, error: Error, pending?: string): void {
    if (this.broken.has(stream)) return;
    this.broken.add(stream);
    if (stream !== this.current) return;
    const next =
      this.fallback && !this.broken.has(this.fallback) && stream !== this.fallback
        ? this.fallback
        : undefined;
    this.current = next;
    if (!next) return;
    const code = (error as NodeJS.ErrnoException).code ?? error.message;
    this.send(
      `${JSON.stringify({ level: 40, time: Date.now(), code, msg: "log output closed: further log lines go to standard error" })}\n`,
    );
    if (pending !== undefined) this.send(pending);
  }
}

/** A stream that scrubs every secret from each line before passing it on: messages, fields and stacks alike. */
function redacting(target: NodeJS.WritableStream, secrets: readonly string[]): NodeJS.WritableStream {
  return new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      target.write(redactSecrets(chunk.toString(), secrets));
      done();
    },
  });
}

/** Errors with their message, code and stack, but never the request body a REST error carries (1–7 KB, user data). */
function serializeError(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  const serialized = pino.stdSerializers.err(error) as unknown as Record<string, unknown>;
  delete serialized.requestBody;
  delete serialized.rawError;
  return serialized;
}

/** The one logger: structured fields, the bot token and interaction tokens redacted by path and by value. */
export function createLogger(options: LoggerOptions = {}): Logger {
  const out = options.destination ?? process.stdout;
  const fallback =
    options.fallback === undefined
      ? out === process.stdout
        ? process.stderr
        : undefined
      : (options.fallback ?? undefined);
  const safe = new GuardedSink(out, fallback);
  const sink = options.pretty ? pretty({ colorize: true, destination: safe, sync: true }) : safe;
  return pino(
    {
      level: options.level ?? "info",
      base: undefined,
      serializers: { err: serializeError },
      redact: {
        paths: [
          "token",
          "*.token",
          "config.DISCORD_TOKEN",
          "headers.authorization",
          "*.headers.authorization",
        ],
        censor: REDACTED,
      },
    },
    redacting(sink, options.secrets ?? []),
  );
}
