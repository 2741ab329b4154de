import { t } from "../i18n/t.js";
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
        description: `${t("help.intro")}\n\n${t("help.covered", { names: coveredNames.join(", ") })}`,
        color: COLORS.info,
        fields: commands.map((c) => ({
          name: c.usage,
          value: `${c.description}.${c.examples.length ? `\n${t("help.example", { examples: c.examples.map((e) => `\`${e}\``).join(", ") })}` : ""}`,
        })),
      },
    ],
    { ephemeral: true },
  );
}
