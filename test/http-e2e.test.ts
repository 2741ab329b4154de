import { cardButtons, cardText } from "./support/cards.js";
import { InteractionResponseType, InteractionType, type APIInteractionResponse } from "discord-api-types/v10";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registry } from "../commands/index.js";
import { apology } from "../src/interactions/boundary.js";
import { autocomplete, buttonClick, chatInput } from "./support/interactions.js";
import { everyCommand, startReplicas, type Replica } from "./support/http-replicas.js";
import { limitProblems } from "./support/limits.js";
import { trafficMix, type Kind } from "./support/load.js";
import { generateSigningKeys, request, signRequest } from "./support/signed-client.js";

type Response = APIInteractionResponse & {
  data?: {
    embeds?: unknown[];
    components?: Array<{ components: Array<{ custom_id?: string; label?: string }> }>;
    choices?: Array<{ name: string }>;
  };
};

let cluster: Awaited<ReturnType<typeof startReplicas>>;
let a: Replica;
let b: Replica;
beforeAll(async () => {
  cluster = await startReplicas(2);
  [a, b] = cluster.replicas as [Replica, Replica];
});
afterAll(async () => {
  await cluster?.stop();
});

const post = async (replica: Replica, payload: unknown) => {
  const res = await replica.client.post(payload);
  expect(res.status).toBe(200);
  return res.json<Response>();
};

describe("HTTP interactions mode, end to end over 127.0.0.1", () => {
  it("answers PING with PONG", async () => {
    expect(
      await post(a, { id: "1", application_id: "2", type: InteractionType.Ping, token: "t", version: 1 }),
    ).toEqual({ type: InteractionResponseType.Pong });
  });

  it("answers every example of every command in the registry inline, within Discord's limits", async () => {
    const cases = everyCommand(registry.list);
    expect(cases.length).toBeGreaterThanOrEqual(registry.list.length);
    for (const { label, payload } of cases) {
      const response = await post(a, payload);
      // An answer with a chart defers and follows up with the file (test/http-charts.test.ts).
      if (response.type === InteractionResponseType.DeferredChannelMessageWithSource) {
        expect(label).toMatch(/compare|dosing/);
        continue;
      }
      expect(response.type, label).toBe(InteractionResponseType.ChannelMessageWithSource);
      expect(JSON.stringify(response), label).not.toContain(apology().embeds?.[0]?.description ?? "apology");
      const data = response.data as Parameters<typeof limitProblems>[0];
      expect(limitProblems({ ...data, components: data.components ?? [] }), label).toEqual([]);
    }
  });

  it("answers autocomplete with choices", async () => {
    const response = await post(b, autocomplete("compound", { name: "noo" }, "name"));
    expect(response.type).toBe(InteractionResponseType.ApplicationCommandAutocompleteResult);
    expect(response.data?.choices?.map((c) => c.name)).toContain("Noopept");
  });

  it("answers a form submission inline", async () => {
    const form = {
      ...chatInput("help", {}, "880000000000000050"),
      type: InteractionType.ModalSubmit,
      data: { custom_id: "compound:unknown", components: [] },
    };
    expect((await post(b, form)).type).toBe(InteractionResponseType.ChannelMessageWithSource);
  });

  it("answers a button pressed on a card another replica rendered, exactly as that replica would", async () => {
    const card = await post(a, chatInput("compound", { name: "noopept" }, "880000000000000100"));
    const section = cardButtons(card.data).find((button) => button.custom_id?.includes("effects"))?.custom_id;
    expect(section).toBeDefined();
    const onOther = await post(b, buttonClick(section!, "880000000000000101"));
    const onSame = await post(a, buttonClick(section!, "880000000000000102"));
    expect(onOther.type).toBe(InteractionResponseType.UpdateMessage);
    expect(cardText(onOther.data)).toContain("rats");
    expect(onOther).toEqual(onSame);
  });

  it("answers bad signature, missing headers, stale timestamp, oversized body and wrong path or method, and keeps serving", async () => {
    const body = JSON.stringify(chatInput("help"));
    const post = (headers: Record<string, string>, payload = body, path = "/interactions", method = "POST") =>
      request(`${a.url}${path}`, {
        method,
        body: method === "GET" ? undefined : payload,
        headers: { "content-type": "application/json", ...headers },
      }).then((r) => r.status);
    expect(await post(signRequest(generateSigningKeys(), body))).toBe(401);
    expect(await post({})).toBe(401);
    expect(await post(signRequest(cluster.keys, body, String(Math.floor(Date.now() / 1000) - 600)))).toBe(
      401,
    );
    const huge = JSON.stringify({ ...chatInput("help"), padding: "x".repeat(300 * 1024) });
    expect(await post(signRequest(cluster.keys, huge), huge)).toBe(413);
    expect(await post(signRequest(cluster.keys, body), body, "/interaction")).toBe(404);
    expect(await post(signRequest(cluster.keys, body), body, "/interactions", "PUT")).toBe(405);
    expect(await post({}, body, "/interactions", "GET")).toBe(405);
    expect((await a.client.post(chatInput("help", {}, "880000000000000200"))).status).toBe(200);
  });

  it("answers 2,000 mixed interactions across both replicas, 50 at a time, with none lost and none wrong", async () => {
    const expected: Record<Kind, InteractionResponseType> = {
      compound: InteractionResponseType.ChannelMessageWithSource,
      compare: InteractionResponseType.ChannelMessageWithSource,
      stack: InteractionResponseType.ChannelMessageWithSource,
      autocomplete: InteractionResponseType.ApplicationCommandAutocompleteResult,
      button: InteractionResponseType.UpdateMessage,
    };
    // An answer with a chart (a comparison, a dosing section) defers, then follows up with the file.
    const deferred: Partial<Record<Kind, InteractionResponseType>> = {
      compound: InteractionResponseType.DeferredChannelMessageWithSource,
      compare: InteractionResponseType.DeferredChannelMessageWithSource,
      button: InteractionResponseType.DeferredMessageUpdate,
    };
    const charted = (item: { kind: Kind; payload: unknown }) =>
      item.kind === "compare" ||
      (item.kind !== "autocomplete" && JSON.stringify(item.payload).includes("dosing"));
    const plan = trafficMix(2000, 2000);
    let next = 0;
    let lost = 0;
    const wrong: string[] = [];
    const worker = async () => {
      while (next < plan.length) {
        const i = next++;
        const item = plan[i]!;
        const res = await (i % 2 ? a : b).client.post(item.payload).catch(() => undefined);
        if (res?.status !== 200) lost += 1;
        else if (res.json<Response>().type !== (charted(item) ? deferred[item.kind] : expected[item.kind]))
          wrong.push(`${item.kind}: ${res.text.slice(0, 120)}`);
      }
    };
    await Promise.all(Array.from({ length: 50 }, worker));
    expect(lost).toBe(0);
    expect(wrong).toEqual([]);
  });

  it("counts what it answered in /metrics and is ready on /readyz", async () => {
    expect((await request(`${a.url}/readyz`)).status).toBe(200);
    const text = await a.metrics.registry.metrics();
    expect(text).toMatch(
      /nootropic_interactions_total\{kind="command",command="compound",outcome="ok"\} \d+/,
    );
    expect(text).toMatch(/nootropic_interactions_total\{kind="button",command="compound",outcome="ok"\} \d+/);
    expect(text).toMatch(/nootropic_http_requests_total\{path="\/interactions",status="401"\} 3/);
  });

  it("writes no stack trace and no interaction token to its logs", () => {
    for (const replica of [a, b]) {
      const text = replica.logs.lines.join("\n");
      expect(text).toContain("interaction answered");
      expect(text).not.toMatch(/interaction-token-|\\n\s+at /);
    }
  });
});
