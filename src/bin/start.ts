import { runConsole } from "../cli/console.js";
import { registry } from "../commands/index.js";
import { loadConfigOrExit } from "../config.js";
import { createContext } from "../context.js";
import { startBot, type RunningBot } from "../discord/gateway.js";
import { describeLoginError } from "../discord/login-error.js";
import { Limiter } from "../interactions/limiter.js";
import { KnowledgeError } from "../knowledge/parse.js";
import { createLogger } from "../logger.js";

const HOW_TO_CONNECT = `No DISCORD_TOKEN is set, so I am not connecting to Discord.
To run the bot in a server: copy .env.example to .env, set DISCORD_TOKEN and DISCORD_APPLICATION_ID
(README.md, "Connect it to Discord"), run npm run deploy-commands, then npm start again.
`;

/** npm start: the bot with a token; without one, a local console answering the same commands. */
async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const logger = createLogger({ level: config.LOG_LEVEL, pretty: process.stdout.isTTY, secrets: config.DISCORD_TOKEN ? [config.DISCORD_TOKEN] : [] });

  let ctx;
  try {
    ctx = createContext(registry, { dir: config.NOOTROPIC_KNOWLEDGE_DIR, sourcesDir: config.NOOTROPIC_SOURCES_DIR });
  } catch (error) {
    if (!(error instanceof KnowledgeError)) throw error;
    console.error(`Not starting: ${error.message}`);
    process.exit(1);
  }
  if (ctx.quoteCheck.status === "skipped") logger.warn({ dir: ctx.quoteCheck.dir }, "source texts not found: quotes not re-checked at startup");

  if (!config.DISCORD_TOKEN) {
    console.log(HOW_TO_CONNECT);
    await runConsole(ctx);
    return;
  }

  process.on("unhandledRejection", (reason) => logger.error({ err: reason }, "unhandled rejection"));
  process.on("uncaughtException", (err) => {
    logger.fatal({ err }, "uncaught exception: exiting");
    process.exit(1);
  });
  const limiter = new Limiter({
    command: { count: config.COMMAND_COOLDOWN_COUNT, windowMs: config.COMMAND_COOLDOWN_SECONDS * 1000 },
    autocomplete: { count: config.AUTOCOMPLETE_PER_MINUTE, windowMs: 60_000 },
  });
  let bot: RunningBot | undefined;
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) {
      logger.warn({ signal }, "second signal: exiting without waiting for answers in flight");
      process.exit(1);
    }
    stopping = true;
    logger.info({ signal }, "shutting down: taking no new interactions");
    if (bot) {
      const drained = await bot.stop({ graceMs: config.SHUTDOWN_GRACE_SECONDS * 1000 }).catch((err: unknown) => logger.error({ err }, "error while disconnecting"));
      if (drained) logger[drained.abandoned ? "warn" : "info"](drained, "drained: disconnected from Discord");
    }
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  try {
    bot = await startBot({ token: config.DISCORD_TOKEN, apiUrl: config.DISCORD_API_URL, ctx, logger, limiter, reportChannelId: config.REPORT_CHANNEL_ID });
  } catch (error) {
    if (stopping) return;
    logger.fatal({ code: (error as { code?: unknown }).code }, `not starting: ${describeLoginError(error, config.DISCORD_API_URL)}`);
    process.exit(1);
  }
}

main().catch((error: unknown) => {
  console.error(`nootropic-bot stopped: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
