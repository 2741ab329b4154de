import { registry } from "../../commands/index.js";
import { loadConfigOrExit } from "../config.js";
import { deployCommands } from "../discord/deploy.js";

/** npm run deploy-commands: registers the slash commands, to DISCORD_GUILD_ID when set, else globally. */
async function main(): Promise<number> {
  const config = loadConfigOrExit();
  if (!config.DISCORD_TOKEN || !config.DISCORD_APPLICATION_ID) {
    console.error("deploy-commands needs DISCORD_TOKEN and DISCORD_APPLICATION_ID (see .env.example).");
    return 1;
  }
  try {
    const result = await deployCommands({
      token: config.DISCORD_TOKEN,
      applicationId: config.DISCORD_APPLICATION_ID,
      guildId: config.DISCORD_GUILD_ID,
      apiUrl: config.DISCORD_API_URL,
      commands: registry.list.map((c) => c.data),
    });
    const list = result.names.map((n) => (/\s/.test(n) ? `“${n}”` : `/${n}`)).join(", ");
    console.log(
      result.action === "updated"
        ? `Registered ${result.names.length} commands (${result.scope}): ${list}.`
        : `Commands already up to date (${result.scope}): ${list}. Nothing written.`,
    );
    if (result.action === "updated" && result.scope === "global")
      console.log("Global commands can take a few minutes to appear.");
    return 0;
  } catch (error) {
    const message = (error as Error).message.split(config.DISCORD_TOKEN).join("[REDACTED]");
    console.error(`Could not deploy the commands: ${message}`);
    return 1;
  }
}

process.exitCode = await main();
