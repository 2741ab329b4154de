import { startBot, type RunningBot } from "../../src/discord/gateway.js";
import { startHttpMode, type RunningHttpMode } from "../../src/http/serve.js";
import type { Boundary } from "../../src/interactions/boundary.js";
import type { Logger } from "../../src/logger.js";
import { TEST_TOKEN } from "./bot.js";
import { FakeDiscord } from "./fake-discord.js";
import { chatInput } from "./interactions.js";
import { generateSigningKeys, SignedClient } from "./signed-client.js";

/** A slash command as a member of the server `guildId` sends it. */
export const inGuild = (guildId: string, name: string, values: Record<string, string | boolean> = {}) => ({
  ...chatInput(name, values),
  guild_id: guildId,
  authorizing_integration_owners: { "0": guildId },
});

/** What an interaction gets back, through either front door. */
export type Sent = { type: number; data?: { flags?: number; embeds?: unknown[]; components?: unknown[] } };

/** The two front doors on 127.0.0.1, each with its own boundary from `boundary`, as the entry point wires them. */
export interface BothDoors {
  /** Sends a signed interaction to the HTTP endpoint; the callback it answers. */
  viaHttp(interaction: object): Promise<Sent>;
  /** Dispatches an interaction through the fake Discord's gateway; the callback the bot sent. */
  viaGateway(interaction: Parameters<FakeDiscord["interact"]>[0]): Promise<Sent>;
  close(): Promise<void>;
}

export async function startBothDoors(boundary: () => Boundary, logger: Logger): Promise<BothDoors> {
  const keys = generateSigningKeys();
  const http: RunningHttpMode = await startHttpMode({
    boundary: boundary(),
    publicKey: keys.publicKeyHex,
    logger,
    port: 0,
    host: "127.0.0.1",
  });
  const client = new SignedClient(`http://127.0.0.1:${http.port}`, keys);
  const fake = await FakeDiscord.start();
  const bot: RunningBot = await startBot({
    token: TEST_TOKEN,
    apiUrl: fake.apiUrl,
    boundary: boundary(),
    logger,
  });
  return {
    viaHttp: async (interaction) => (await client.post(interaction)).json<Sent>(),
    viaGateway: async (interaction) => (await fake.interact(interaction)).body as Sent,
    async close() {
      client.close();
      await http.server.close(100);
      await bot.stop();
      await fake.stop();
    },
  };
}
