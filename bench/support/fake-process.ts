/**
 * The fake Discord in a process of its own, for the mentions soak: so the bot's RSS is measured without the
 * fake's buffers. Driven over IPC: { burst: n } dispatches n ordinary messages then one mention, and answers
 * { answered } once the bot's reply to the mention arrived (so the bot has read every message before it).
 */
import { FakeDiscord } from "../../test/support/fake-discord.js";
import { channelMessage, guildCreate } from "../../test/support/messages.js";

const fake = await FakeDiscord.start();
let sent = 0;
process.send?.({ apiUrl: fake.apiUrl });
process.on("message", (command: { burst?: number; guild?: boolean; stop?: boolean }) => {
  void (async () => {
    if (command.stop) {
      await fake.stop();
      process.exit(0);
    }
    if (command.guild) fake.dispatch("GUILD_CREATE", guildCreate());
    for (let i = 0; i < (command.burst ?? 0); i++) {
      sent += 1;
      fake.dispatch(
        "MESSAGE_CREATE",
        channelMessage(`ordinary chatter ${sent}: did anyone compare noopept and piracetam?`, {
          authorId: String(500000000000000000n + BigInt(sent % 5000)),
        }),
      );
    }
    const reply = await fake.message(
      channelMessage("noopept dose?", {
        mentionBot: true,
        authorId: String(600000000000000000n + BigInt(sent)),
      }),
    );
    // Forget what was recorded, so the fake's own memory stays flat too.
    fake.requests.length = 0;
    process.send?.({ answered: JSON.stringify(reply?.body).includes("10–30 mg") });
  })();
});
