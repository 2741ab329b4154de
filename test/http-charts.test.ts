import { InteractionResponseType, MessageFlags } from "discord-api-types/v10";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { APP_ID } from "./support/fake-rest.js";
import { cardImages, cardText, isV2 } from "./support/cards.js";
import { startReplicas, type Replica } from "./support/http-replicas.js";
import { buttonClick, chatInput } from "./support/interactions.js";
import { v2Problems } from "./support/limits.js";

/** HTTP mode: an answer with a chart is deferred inline, then sent as the original message's edit with the PNG. */

let cluster: Awaited<ReturnType<typeof startReplicas>>;
let a: Replica;
beforeAll(async () => {
  cluster = await startReplicas(1);
  a = cluster.replicas[0]!;
});
afterAll(async () => {
  await cluster?.stop();
});

const followUp = (token: string) =>
  cluster.fake.waitForRequest(
    (r) => r.method === "PATCH" && r.path === `/api/v10/webhooks/${APP_ID}/${token}/messages/@original`,
  );

describe("charts in HTTP mode", () => {
  it("/compare defers, then edits the original with the V2 card and the chart attached", async () => {
    const interaction = chatInput("compare", { first: "noopept", second: "piracetam" }, "880000000000000700");
    const inline = (await a.client.post(interaction)).json<{ type: number; data?: { flags?: number } }>();
    expect(inline.type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
    const edit = await followUp(interaction.token);
    expect(isV2(edit.body)).toBe(true);
    expect(v2Problems(edit.body)).toEqual([]);
    expect(cardText(edit.body)).toContain("1200–4800 mg");
    expect(edit.files?.map((f) => f.name)).toEqual(["chart-noopept-piracetam.png"]);
    expect([...edit.files![0]!.data.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    const body = edit.body as { attachments?: Array<{ id: number; filename: string; description: string }> };
    expect(body.attachments?.[0]).toMatchObject({ id: 0, filename: "chart-noopept-piracetam.png" });
    expect(body.attachments?.[0]?.description).toMatch(/logarithmic/);
    expect(cardImages(edit.body)[0]?.url).toBe("attachment://chart-noopept-piracetam.png");
  });

  it("a private dosing section defers ephemerally; the edit sets only the V2 flag", async () => {
    const interaction = chatInput(
      "compound",
      { name: "noopept", section: "dosing", private: true },
      "880000000000000701",
    );
    const inline = (await a.client.post(interaction)).json<{ type: number; data?: { flags?: number } }>();
    expect(inline).toEqual({
      type: InteractionResponseType.DeferredChannelMessageWithSource,
      data: { flags: MessageFlags.Ephemeral },
    });
    const edit = await followUp(interaction.token);
    expect((edit.body as { flags: number }).flags).toBe(MessageFlags.IsComponentsV2);
    expect(edit.files?.[0]?.name).toBe("chart-noopept.png");
  });

  it("the Dosing button on a V2 card defers the update, then edits the card with the chart", async () => {
    const press = buttonClick("compound:noopept:dosing", "880000000000000702", {
      flags: MessageFlags.IsComponentsV2,
    });
    const inline = (await a.client.post(press)).json<{ type: number }>();
    expect(inline.type).toBe(InteractionResponseType.DeferredMessageUpdate);
    const edit = await followUp(press.token);
    expect(isV2(edit.body)).toBe(true);
    expect(edit.files?.[0]?.name).toBe("chart-noopept.png");
  });
});
