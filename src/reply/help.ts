import { COLORS, reply, type MessagePayload } from "./payload.js";

const COMMANDS: Array<[string, string]> = [
  ["/compound name:<compound> [section] [private]", "A card for one compound: doses, half-life and cycling, mechanisms, effects, safety, caveats, stacks and sources. Buttons switch sections.\nExample: `/compound name:noopept`, `/compound name:NS-105 section:dosing`"],
  ["/compare first second [third] [private]", "Two or three compounds side by side, then what the sources say comparing them.\nExample: `/compare first:noopept second:piracetam`"],
  ["/stack [compound] [with] [goal] [private]", "Documented stacks and cautions; what to stack one compound with; whether a pairing is documented; or which compounds are reported for a goal.\nExample: `/stack compound:fasoracetam`, `/stack goal:memory`"],
  ["/sources", "The sources every quote comes from, and what each covers."],
  ["/help", "This message."],
];

/** /help: what each command does, with examples. */
export function helpReply(coveredNames: readonly string[], options: { ephemeral?: boolean } = {}): MessagePayload {
  return reply(
    [
      {
        title: "nootropic-bot",
        description:
          `Answers about nootropics from a small set of curated sources. Names may be misspelt or given as an alias or code name.\n\n**Covered:** ${coveredNames.join(", ")}`,
        color: COLORS.info,
        fields: COMMANDS.map(([name, value]) => ({ name, value })),
      },
    ],
    { ephemeral: options.ephemeral ?? true },
  );
}
