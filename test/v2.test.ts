import { ComponentType, MessageFlags, type APIInteraction } from "discord-api-types/v10";
import { describe, expect, it } from "vitest";
import { route } from "../src/interactions/route.js";
import { createLogger } from "../src/logger.js";
import { SECTIONS } from "../src/reply/compound/sections.js";
import { accentColor } from "../src/reply/evidence.js";
import { reply, type MessagePayload } from "../src/reply/payload.js";
import { toComponentsV2 } from "../src/reply/v2/convert.js";
import { componentCount, textLength } from "../src/reply/v2/count.js";
import { boundaryFor, testContext } from "./support/bot.js";
import { cardButtons, cardText, isV2 } from "./support/cards.js";
import { buttonClick, chatInput } from "./support/interactions.js";
import { v2Problems } from "./support/limits.js";

/** Components V2 cards: laid out from the reply at the payload level, within V2's limits. */

const ctx = testContext();
const byId = (id: string) => ctx.knowledge.compounds.find((c) => c.id === id)!;
const boundary = boundaryFor(ctx, { logger: createLogger({ level: "silent" }) });
const send = async (raw: object) =>
  (await boundary.handle(raw as unknown as APIInteraction)) as { type: number; data: MessagePayload };
const command = (name: string, options: Record<string, string | boolean>) => {
  const out = route(ctx, { type: "command", name, options });
  if (out.type !== "reply") throw new Error(out.type);
  return out.payload;
};
type Node = {
  type: number;
  accent_color?: number;
  components?: Node[];
  accessory?: Node;
  content?: string;
  label?: string;
};
const containers = (data: unknown) =>
  ((data as { components: Node[] }).components ?? []).filter((c) => c.type === ComponentType.Container);

describe("V2 cards", () => {
  it("/compound is a container in its compound's strongest-evidence colour, each part a section with its button beside it", async () => {
    const { data } = await send(chatInput("compound", { name: "noopept" }));
    expect(isV2(data)).toBe(true);
    const [card] = containers(data);
    expect(card?.accent_color).toBe(accentColor(byId("noopept")));
    expect(accentColor(byId("noopept"))).not.toBe(accentColor(byId("nefiracetam")));
    const sections = card!.components!.filter((c) => c.type === ComponentType.Section);
    const dosing = sections.find((s) => s.accessory?.label === "Dosing");
    expect(dosing?.components?.[0]?.content).toMatch(/^### How much to take/);
    expect(cardButtons(data).map((b) => b.label)).toContain("Report a problem");
    expect(cardText(data)).toMatch(/🟡 animal study \[3\]/);
    expect(cardText(data)).toMatch(/-# Educational only, not medical advice/);
    expect(v2Problems(data)).toEqual([]);
  });

  it("/compare is a container per compound, each in its own colour, with the chart", async () => {
    const { data } = await send(chatInput("compare", { first: "noopept", second: "nefiracetam" }));
    const colours = containers(data).map((c) => c.accent_color);
    expect(colours).toEqual(
      expect.arrayContaining([accentColor(byId("noopept")), accentColor(byId("nefiracetam"))]),
    );
    const headings = cardText(data)
      .split("\n")
      .filter((l) => l.startsWith("## "));
    expect(headings).toEqual(expect.arrayContaining(["## Noopept", "## Nefiracetam"]));
    expect(v2Problems(data)).toEqual([]);
  });

  it("a button on a card sent as embeds updates it as embeds; on a V2 card, as V2", async () => {
    const old = await send(buttonClick("compound:noopept:effects"));
    expect(isV2(old.data)).toBe(false);
    expect(old.data.embeds[0]?.title).toMatch(/Noopept/);
    const v2 = await send(
      buttonClick("compound:noopept:effects", undefined, { flags: MessageFlags.IsComponentsV2 }),
    );
    expect(isV2(v2.data)).toBe(true);
    expect(v2Problems(v2.data)).toEqual([]);
  });

  it("keeps every card within 40 components and 4,000 characters, cutting whole parts and saying so", () => {
    const fields = Array.from({ length: 25 }, (_, i) => ({ name: `Part ${i}`, value: "x ".repeat(300) }));
    const many = reply([{ title: "Big", description: "d", fields }], {
      components: [
        {
          type: ComponentType.ActionRow,
          components: Array.from({ length: 5 }, (_, i) => ({
            type: ComponentType.Button as const,
            style: 2 as const,
            label: `Part ${i}`,
            custom_id: `x:${i}`,
          })),
        },
      ],
    });
    const v2 = toComponentsV2(many);
    expect(componentCount(v2.components)).toBeLessThanOrEqual(40);
    expect(textLength(v2.components)).toBeLessThanOrEqual(4000);
    expect(cardText(v2)).toMatch(/more not shown here/);
    expect(cardButtons(v2)).toHaveLength(5);
  });

  it("every card of every compound and section, and every command, fits V2 as a new message", () => {
    for (const c of ctx.knowledge.compounds)
      for (const section of SECTIONS)
        expect(
          v2Problems(toComponentsV2(command("compound", { name: c.id, section }))),
          `${c.id} ${section}`,
        ).toEqual([]);
    for (const [name, options] of [
      ["stack", {}],
      ["stack", { goal: "memory" }],
      ["sources", {}],
      ["help", {}],
      ["ask", { question: "is noopept safe with ssris" }],
      ["compare", { first: "noopept", second: "piracetam", third: "nefiracetam" }],
    ] as const)
      expect(v2Problems(toComponentsV2(command(name, options))), name).toEqual([]);
  });
});
