import { z } from "zod";

const snowflake = z.string().regex(/^\d{17,20}$/, "must be a Discord id: 17 to 20 digits");
const blankToUndefined = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());
/**
 * A whole number from 1 to max: every number setting has a sane upper bound (a grace of 2,147,484 seconds or
 * more would overflow node's timers and become 1 ms).
 */
const positiveInt = (fallback: number, max: number) => {
  const message = `must be a whole number from 1 to ${max.toLocaleString("en")}`;
  return z.preprocess(
    blankToUndefined,
    z.coerce.number({ message }).int(message).min(1, message).max(max, message).default(fallback),
  );
};
const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]"]);
/** https://, or plain http:// to this machine only: the token goes with every request to the API. */
const apiUrl = z
  .url({ protocol: /^https?$/, message: "must be an http(s) URL such as https://discord.com/api" })
  .refine((url) => !URL.canParse(url) || !url.startsWith("http:") || LOOPBACK.has(new URL(url).hostname), {
    message:
      "must use https:// (plain http:// only to 127.0.0.1 or localhost): over http the bot token would travel in clear",
  });
const port = z.coerce
  .number({ message: "must be a port from 1 to 65535" })
  .int("must be a port from 1 to 65535")
  .min(1, "must be a port from 1 to 65535")
  .max(65535, "must be a port from 1 to 65535");
const host = z.string().regex(/^[\w.:-]+$/, "must be a host name or an IP address, such as 127.0.0.1");

/** The bot's configuration: every key it reads from the environment, with what a valid value looks like. */
export const EnvSchema = z.object({
  DISCORD_TOKEN: optional(
    z
      .string()
      .regex(/^[\w-]+\.[\w-]+\.[\w-]+$/, "does not look like a bot token (three dot-separated parts)"),
  ),
  DISCORD_APPLICATION_ID: optional(snowflake),
  DISCORD_GUILD_ID: optional(snowflake),
  DISCORD_API_URL: optional(apiUrl),
  LOG_LEVEL: z.preprocess(
    blankToUndefined,
    z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  ),
  NOOTROPIC_SOURCES_DIR: optional(z.string()),
  NOOTROPIC_KNOWLEDGE_DIR: optional(z.string()),
  COMMAND_COOLDOWN_COUNT: positiveInt(5, 1_000),
  COMMAND_COOLDOWN_SECONDS: positiveInt(10, 86_400),
  AUTOCOMPLETE_PER_MINUTE: positiveInt(120, 10_000),
  DISCORD_PUBLIC_KEY: optional(
    z.string().regex(/^[0-9a-fA-F]{64}$/, "must be the application's public key: 64 hexadecimal characters"),
  ),
  PORT: z.preprocess(blankToUndefined, port.default(8080)),
  HOST: z.preprocess(blankToUndefined, host.default("0.0.0.0")),
  METRICS_PORT: optional(port),
  HTTP_MAX_CONNECTIONS: positiveInt(1000, 100_000),
  HTTP_MAX_BUFFERED_MB: positiveInt(8, 1_024),
  METRICS_HOST: z.preprocess(blankToUndefined, host.default("127.0.0.1")),
  REPORT_CHANNEL_ID: optional(snowflake),
  SHUTDOWN_GRACE_SECONDS: positiveInt(10, 3_600),
  /** Where the store is: unset for a SQLite file under data/, postgres://user:pass@host/db for replicas. */
  DATABASE_URL: optional(
    z
      .string()
      .regex(
        /^(postgres(ql)?:\/\/\S+|sqlite:\S+|file:\S+)$/i,
        "must be postgres://user:password@host:5432/database, or sqlite:path/to/file.db",
      ),
  ),
  /** Shares the per-user limits between replicas through Redis: redis://host:6379. */
  REDIS_URL: optional(
    z.string().regex(/^rediss?:\/\/\S+$/i, "must be a Redis URL such as redis://127.0.0.1:6379"),
  ),
  /** How many days unanswered questions are kept for the curators. */
  UNANSWERED_RETENTION_DAYS: positiveInt(90, 3_650),
  /** Whether unanswered questions are kept (each server can turn it off with /settings). */
  KEEP_UNANSWERED: z.preprocess(
    blankToUndefined,
    z
      .enum(["true", "false", "1", "0", "yes", "no", "on", "off"], { message: "must be true or false" })
      .default("true")
      .transform((v) => ["true", "1", "yes", "on"].includes(v)),
  ),
  /** Whether answers are private (ephemeral) unless a server or the command says otherwise. */
  PRIVATE_ANSWERS: z.preprocess(
    blankToUndefined,
    z
      .enum(["true", "false", "1", "0", "yes", "no", "on", "off"], { message: "must be true or false" })
      .default("false")
      .transform((v) => ["true", "1", "yes", "on"].includes(v)),
  ),
  /** Answer questions that @mention the bot in chat (on unless set to false, 0, no or off). */
  MENTIONS_ENABLED: z.preprocess(
    blankToUndefined,
    z
      .enum(["true", "false", "1", "0", "yes", "no", "on", "off"], { message: "must be true or false" })
      .default("true")
      .transform((v) => ["true", "1", "yes", "on"].includes(v)),
  ),
});
export type Config = z.infer<typeof EnvSchema>;

export type EnvResult = { ok: true; config: Config } | { ok: false; problems: string[] };

/** Parses the environment; never throws. Problems name the key and never echo its value (it may be a secret). */
export function parseEnv(env: NodeJS.ProcessEnv): EnvResult {
  const result = EnvSchema.safeParse(env);
  if (result.success) return { ok: true, config: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((i) => `${i.path.join(".") || "environment"}: ${i.message}`),
  };
}

/** The readable list printed when the environment is wrong. */
export function formatEnvProblems(problems: readonly string[]): string {
  return `The configuration is not valid:\n${problems.map((p) => `  - ${p}`).join("\n")}\nSee .env.example for every key and what it takes.`;
}
