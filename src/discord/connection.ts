import type { REST } from "@discordjs/rest";
import { WebSocketManager, WebSocketShardEvents, type SessionInfo } from "@discordjs/ws";
import { GatewayCloseCodes, type GatewayDispatchPayload } from "discord-api-types/v10";
import type { Logger } from "../logger.js";
import { setShardStatus, type Metrics } from "../metrics.js";

export interface ConnectionOptions {
  token: string;
  /** The REST client with the bot's token: the gateway asks it how many shards to open. */
  rest: REST;
  /** The gateway intents as one bitfield. */
  intents: number;
  logger: Logger;
  metrics?: Metrics;
  /** Every dispatch as Discord sent it: nothing is converted, cached or kept. */
  onDispatch(payload: GatewayDispatchPayload, shardId: number): void;
}

export interface GatewayConnection {
  /** Closes every shard and does not reconnect. */
  destroy(): Promise<void>;
}

/** Close codes after which the gateway will not take the bot back: the login fails with that code. */
const FATAL = new Set<number>([
  GatewayCloseCodes.AuthenticationFailed,
  GatewayCloseCodes.InvalidShard,
  GatewayCloseCodes.ShardingRequired,
  GatewayCloseCodes.InvalidAPIVersion,
  GatewayCloseCodes.InvalidIntents,
  GatewayCloseCodes.DisallowedIntents,
]);

/**
 * The raw gateway, through discord.js's own lower-level packages (@discordjs/ws and @discordjs/rest) and
 * their public API only: as many shards as Discord recommends, resumes and reconnects done by
 * @discordjs/ws, each shard's status logged and counted. No Client, so no object is built for a packet
 * nobody reads and nothing is cached. Resolves once every shard is ready; a login Discord refuses rejects
 * with the close code or the REST error, for describeLoginError.
 */
export async function connectToGateway(options: ConnectionOptions): Promise<GatewayConnection> {
  const { logger, metrics } = options;
  const { rest } = options;
  const sessions = new Map<number, SessionInfo>();
  const closedWith = new Map<number, number>();
  let connected = false;
  const status = (shard: number, value: Parameters<typeof setShardStatus>[2]) =>
    metrics && setShardStatus(metrics, shard, value);

  const manager = new WebSocketManager({
    token: options.token,
    intents: options.intents,
    rest,
    // Sessions are this bot's own (not the package's process-wide store), so two bots never share one.
    retrieveSessionInfo: (shard) => sessions.get(shard) ?? null,
    updateSessionInfo: (shard, info) => void (info ? sessions.set(shard, info) : sessions.delete(shard)),
  });
  manager.on(WebSocketShardEvents.Dispatch, ({ data, shardId }) => options.onDispatch(data, shardId));
  manager.on(WebSocketShardEvents.Ready, ({ data, shardId }) => {
    logger.info({ shard: shardId }, "gateway session ready");
    status(shardId, "ready");
    if (!connected) {
      connected = true;
      logger.info({ user: data.user.username, guilds: data.guilds.length }, "connected to Discord");
    }
  });
  manager.on(WebSocketShardEvents.Resumed, ({ shardId }) => {
    logger.info({ shard: shardId }, "gateway resumed");
    status(shardId, "ready");
  });
  manager.on(WebSocketShardEvents.Closed, ({ code, shardId }) => {
    closedWith.set(shardId, code);
    logger.warn({ shard: shardId, code }, "gateway disconnected");
    status(shardId, "disconnected");
  });
  manager.on(WebSocketShardEvents.Hello, ({ shardId }) => {
    if (!closedWith.has(shardId)) return;
    logger.info({ shard: shardId }, "gateway reconnecting");
    status(shardId, "reconnecting");
  });
  manager.on(WebSocketShardEvents.Error, ({ error, shardId }) =>
    logger.error({ shard: shardId, err: error }, "gateway error"),
  );

  try {
    await manager.connect();
  } catch (error) {
    await Promise.resolve(manager.destroy()).catch(() => undefined);
    const fatal = [...closedWith.values()].find((code) => FATAL.has(code));
    throw fatal === undefined
      ? error
      : Object.assign(new Error(`gateway closed with ${fatal}`), { code: fatal });
  }
  return {
    async destroy() {
      await manager.destroy({ reason: "shutting down" });
    },
  };
}
