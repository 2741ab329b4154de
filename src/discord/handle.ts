import type { Interaction, InteractionEditReplyOptions, InteractionReplyOptions, RepliableInteraction } from "discord.js";
import type { Answer } from "../interactions/cache.js";
import { ExpectedError, type Incoming, type Outgoing } from "../interactions/route.js";
import type { OptionValues } from "../interactions/types.js";
import type { Logger } from "../logger.js";
import { noticeReply } from "../reply/not-found.js";
import type { MessagePayload } from "../reply/payload.js";
import type { Limiter } from "./limiter.js";
import { toReplyOptions, toUpdateOptions } from "./send.js";

/** Reduces a discord.js interaction to what the router takes; undefined for kinds the bot does not handle. */
export function toIncoming(interaction: Interaction): Incoming | undefined {
  if (interaction.isChatInputCommand() || interaction.isAutocomplete()) {
    const options: OptionValues = Object.fromEntries(interaction.options.data.map((o) => [o.name, o.value]));
    if (interaction.isChatInputCommand()) return { type: "command", name: interaction.commandName, options };
    const focused = interaction.options.getFocused(true);
    return { type: "autocomplete", name: interaction.commandName, focused: { name: focused.name, value: String(focused.value) }, options };
  }
  if (interaction.isButton()) return { type: "button", customId: interaction.customId };
  return undefined;
}

async function send(interaction: Interaction, out: Outgoing): Promise<void> {
  if (out.type === "choices") {
    if (interaction.isAutocomplete()) await interaction.respond(out.choices);
  } else if (out.type === "update" && interaction.isButton()) {
    await interaction.update(toUpdateOptions(out.payload));
  } else if (interaction.isRepliable()) {
    await interaction.reply(toReplyOptions(out.payload));
  }
}

export const APOLOGY = noticeReply("Something went wrong", "Sorry, I couldn't answer that. The error has been logged; please try again.");

/** The parts of a repliable interaction that answering after a failure needs. */
export type FailureTarget = Pick<RepliableInteraction, "replied" | "deferred"> & {
  reply(options: InteractionReplyOptions): Promise<unknown>;
  followUp(options: InteractionReplyOptions): Promise<unknown>;
  editReply(options: InteractionEditReplyOptions): Promise<unknown>;
};

/** Answers after a failure without sending twice: follow up if already replied, edit if deferred. */
export async function answerFailure(interaction: FailureTarget, payload: MessagePayload): Promise<void> {
  if (interaction.replied) await interaction.followUp(toReplyOptions(payload));
  else if (interaction.deferred) await interaction.editReply(toUpdateOptions(payload));
  else await interaction.reply(toReplyOptions(payload));
}

/**
 * The one error boundary: routes an interaction, sends the answer, and logs the outcome with its latency.
 * Expected failures get a friendly ephemeral note; anything else is logged with its stack and the user
 * gets a generic apology. Autocomplete failures answer with no choices rather than leave it hanging.
 */
export async function handleInteraction(interaction: Interaction, answer: Answer, logger: Logger, limiter?: Limiter): Promise<void> {
  const started = performance.now();
  const incoming = toIncoming(interaction);
  if (!incoming) return;
  const fields = {
    kind: incoming.type,
    command: incoming.type === "button" ? incoming.customId : incoming.name,
    userId: interaction.user.id,
    guildId: interaction.guildId ?? undefined,
  };
  const latencyMs = () => Math.round((performance.now() - started) * 100) / 100;
  try {
    const limited = limiter?.check(interaction.user.id, incoming.type === "autocomplete" ? "autocomplete" : "command");
    if (limited === "refuse") {
      logger.debug({ ...fields, outcome: "rate-limited-silent" }, "over the limit: not answered");
      return;
    }
    const out: Outgoing =
      limited === "warn"
        ? { type: "reply", payload: noticeReply("Slow down", "You're sending commands faster than I answer them. Try again in a few seconds.") }
        : answer(incoming);
    await send(interaction, out);
    logger.info({ ...fields, latencyMs: latencyMs(), outcome: limited === "warn" ? "rate-limited" : "ok" }, "interaction answered");
  } catch (error) {
    const expected = error instanceof ExpectedError;
    if (expected) logger.warn({ ...fields, latencyMs: latencyMs(), outcome: "refused", reason: error.message }, "interaction refused");
    else logger.error({ ...fields, latencyMs: latencyMs(), outcome: "error", err: error }, "interaction failed");
    try {
      if (interaction.isAutocomplete()) {
        if (!interaction.responded) await interaction.respond([]);
      } else if (interaction.isRepliable()) {
        await answerFailure(interaction, expected ? noticeReply(error.title, error.message) : APOLOGY);
      }
    } catch (sendError) {
      logger.error({ ...fields, outcome: "error-reply-failed", err: sendError }, "could not tell the user about the failure");
    }
  }
}
