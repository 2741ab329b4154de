import { ApplicationCommandType, InteractionType } from "discord-api-types/v10";
import { startHttpMode, type RunningHttpMode } from "../../src/http/serve.js";
import { Limiter } from "../../src/interactions/limiter.js";
import type { CommandModule } from "../../src/interactions/types.js";
import { createLogger } from "../../src/logger.js";
import { createMetrics, type Metrics } from "../../src/metrics.js";
import { FakeDiscord } from "./fake-discord.js";
import { boundaryFor, LogCapture, testContext } from "./bot.js";
import { chatInput } from "./interactions.js";
import { generateSigningKeys, SignedClient, type SigningKeys } from "./signed-client.js";

/** Replicas of the HTTP mode in this process, each with its own context, cache, limiter, metrics and logs. */
export interface Replica {
  mode: RunningHttpMode;
  client: SignedClient;
  metrics: Metrics;
  logs: LogCapture;
  url: string;
}

export async function startReplicas(
  count: number,
  keys: SigningKeys = generateSigningKeys(),
): Promise<{ keys: SigningKeys; replicas: Replica[]; fake: FakeDiscord; stop(): Promise<void> }> {
  const replicas: Replica[] = [];
  // Where answers that follow a deferral (those with a chart) are sent: never the real Discord.
  const fake = await FakeDiscord.start();
  for (let i = 0; i < count; i++) {
    const logs = new LogCapture();
    const metrics = createMetrics({ processDefaults: false });
    const logger = createLogger({ level: "debug", destination: logs.stream });
    const limiter = new Limiter({ command: { count: 5, windowMs: 10_000 } });
    const mode = await startHttpMode({
      boundary: boundaryFor(testContext(), { logger, limiter, metrics }),
      publicKey: keys.publicKeyHex,
      logger,
      metrics,
      port: 0,
      host: "127.0.0.1",
      apiUrl: fake.apiUrl,
    });
    const url = `http://127.0.0.1:${mode.port}`;
    replicas.push({ mode, metrics, logs, url, client: new SignedClient(url, keys) });
  }
  return {
    keys,
    replicas,
    fake,
    async stop() {
      for (const r of replicas) {
        r.client.close();
        await r.mode.server.close(100);
      }
      await fake.stop();
    },
  };
}

/** "/compound name:noopept section:dosing" as the options Discord would send. */
function parseExample(example: string): { name: string; values: Record<string, string> } {
  const [command = "", ...pairs] = example.replace(/^\//, "").split(/\s+/);
  const values = Object.fromEntries(
    pairs.map((p) => [p.slice(0, p.indexOf(":")), p.slice(p.indexOf(":") + 1)]),
  );
  return { name: command, values };
}

export function messageCommand(name: string, content: string, userId = "555555555555555555") {
  const base = chatInput(name, {}, userId);
  const messageId = "666666666666666666";
  const message = {
    id: messageId,
    channel_id: base.channel_id,
    content,
    author: { id: "777777777777777777", username: "someone", discriminator: "0" },
  };
  return {
    ...base,
    type: InteractionType.ApplicationCommand,
    data: {
      id: base.data.id,
      name,
      type: ApplicationCommandType.Message,
      target_id: messageId,
      resolved: { messages: { [messageId]: message } },
    },
  };
}

/** One interaction per example of every command in the registry (a message command gets a question), each from its own user. */
export function everyCommand(list: readonly CommandModule[]): Array<{ label: string; payload: unknown }> {
  let users = 0;
  const nextUser = () => String(880000000000000000n + BigInt(++users));
  return list.flatMap((command): Array<{ label: string; payload: unknown }> => {
    if ("type" in command.data && command.data.type === ApplicationCommandType.Message) {
      return [
        {
          label: `message command ${command.data.name}`,
          payload: messageCommand(command.data.name, "what is a typical dose of noopept?", nextUser()),
        },
      ];
    }
    return command.examples.map((example) => {
      const { name, values } = parseExample(example);
      return { label: example, payload: chatInput(name, values, nextUser()) };
    });
  });
}
