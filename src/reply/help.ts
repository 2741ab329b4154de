import { COLORS, reply, type MessagePayload } from "./payload.js";

export interface CommandHelp {
  usage: string;
  description: string;
  examples: readonly string[];
}

/** /help: what each command does, with examples. */
export function helpReply(coveredNames: readonly string[], commands: readonly CommandHelp[]): MessagePayload {
  return reply(
    [
      {
        title: "nootropic-bot",
        description: `Answers about nootropics from a small set of curated sources. Names may be misspelt or given as an alias or code name.\n\n**Covered:** ${coveredNames.join(", ")}`,
        color: COLORS.info,
        fields: commands.map((c) => ({
          name: c.usage,
          value: `${c.description}.${c.examples.length ? `\nExample: ${c.examples.map((e) => `\`${e}\``).join(", ")}` : ""}`,
        })),
      },
    ],
    { ephemeral: true },
  );
}
