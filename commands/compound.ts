import { withAccents, withChart } from "../src/reply/charts/attach.js";
import { t } from "../src/i18n/t.js";
import { ApplicationCommandOptionType } from "discord-api-types/v10";
import { compoundById } from "../src/knowledge/lookup.js";
import type { Compound } from "../src/knowledge/schema.js";
import { compoundReply } from "../src/reply/compound/card.js";
import { isSection, SECTION_LABEL, SECTIONS, type Section } from "../src/reply/compound/sections.js";
import type { MessagePayload } from "../src/reply/payload.js";
import { withReportButton } from "../src/reports/payloads.js";
import { userText } from "../src/reply/text.js";
import { autocomplete } from "../src/search/autocomplete.js";
import { resolve } from "../src/search/resolve.js";
import { customId } from "../src/interactions/custom-id.js";
import type { BotContext, SlashCommandData } from "../src/interactions/types.js";
import { readPhrase } from "../src/question/phrase.js";
import { askReply } from "../src/reply/ask.js";
import { EVERYWHERE, slashCommand } from "../src/interactions/define.js";
import { compoundOption, isPrivate, lookupCompound, privateOption } from "./shared/options.js";

const data = {
  name: "compound",
  description: "What the sources say about one nootropic: doses, mechanisms, effects, safety, stacks",
  options: [
    compoundOption("name", "Compound name, alias or code name (typos are fine)", true),
    {
      type: ApplicationCommandOptionType.String,
      name: "section",
      description: "Show one part in depth",
      choices: SECTIONS.map((s) => ({ name: SECTION_LABEL[s], value: s })),
    },
    privateOption,
  ],
  ...EVERYWHERE,
} as const satisfies SlashCommandData;

/**
 * The compound a name option means: the name, alias or typo of one (resolve), else a phrase read for the
 * compound it names and the section it asks for ("noopept dose?" is Noopept's dosing, "pira" Piracetam).
 */
function lookupPhrase(
  ctx: BotContext,
  typed: string,
): { compound: Compound; section: Section; guessed: boolean } | { reply: MessagePayload } {
  const found = lookupCompound(ctx, typed);
  if (!("reply" in found))
    return { compound: found.compound, section: "overview", guessed: found.match === "fuzzy" };
  if (resolve(ctx.index, typed).kind !== "unknown") return found;
  const phrase = readPhrase(ctx.ask.question, typed);
  if (phrase.kind === "covered")
    return {
      compound: phrase.compound,
      section: phrase.section,
      guessed: phrase.mention.match === "short" || phrase.mention.match === "fuzzy",
    };
  if (phrase.kind === "uncovered") {
    const { named, typed: name } = phrase.mention;
    if (named.kind === "other") return { reply: askReply(ctx.knowledge, ctx.ask, name, { ephemeral: true }) };
    const miss = lookupCompound(ctx, name);
    if ("reply" in miss) return miss;
  }
  return found;
}

/** The card's colour from its compound's strongest evidence; the dosing section with the dose chart. */
function decorate(
  ctx: BotContext,
  card: MessagePayload,
  compound: Compound,
  section: Section,
): MessagePayload {
  const accented = withAccents(card, [compound]);
  return section === "dosing" ? withChart(accented, ctx.knowledge, [compound]) : accented;
}

/** Pages of a section a button may ask for (the longest section of the knowledge needs 7). */
const MAX_PAGE = 20;

/** The custom id of the button that opens a section of a compound's card (at a page after the first). */
export const sectionButtonId = (compound: Compound) => (section: Section, page?: number) =>
  customId(compoundCommand, compound.id, section, ...(page ? [String(page)] : []));

export const compoundCommand = slashCommand({
  data,
  examples: ["/compound name:noopept", "/compound name:NS-105 section:dosing"],
  execute(ctx, options) {
    const typed = options.name;
    const found = lookupPhrase(ctx, typed);
    if ("reply" in found) return found.reply;
    // Say when a typo was corrected or a short form read, so a wrong guess would be seen rather than trusted.
    const note = found.guessed ? t("notes.closestMatch", { typed: userText(typed) }) : undefined;
    const section = options.section ?? found.section;
    const card = compoundReply(ctx.knowledge, found.compound, section, {
      buttonId: sectionButtonId(found.compound),
      ephemeral: isPrivate(options),
      note,
    });
    return decorate(
      ctx,
      withReportButton(card, { compound: found.compound.id, section }),
      found.compound,
      section,
    );
  },
  autocomplete: (ctx, focused) => autocomplete(ctx.index, focused.value),
  button(ctx, [id, section, at]) {
    const compound = id === undefined ? undefined : compoundById(ctx.knowledge, id);
    const page = at === undefined ? 0 : Number(at);
    if (!compound || !isSection(section) || !Number.isInteger(page) || page < 0 || page > MAX_PAGE)
      return undefined;
    const card = compoundReply(ctx.knowledge, compound, section, {
      buttonId: sectionButtonId(compound),
      page,
    });
    return {
      type: "update",
      payload: decorate(ctx, withReportButton(card, { compound: compound.id, section }), compound, section),
    };
  },
});
