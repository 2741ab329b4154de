import {
  Client,
  Events,
  GatewayIntentBits,
  type InteractionReplyOptions,
  type InteractionUpdateOptions,
} from "discord.js";
import type { MessagePayload } from "../../src/reply/payload.js";
import type { FakeDiscord } from "./fake-discord.js";
import { autocomplete, buttonClick, chatInput } from "./interactions.js";

/** The realistic traffic of a busy server, deterministic for a given size. */

const TYPED = [
  "noopept",
  "nopept",
  "Noopept",
  "piracetm",
  "fasoracetam",
  "NS-105",
  "alpha gpc",
  "nefirecetam",
  "aniracetam",
  "cholin",
  "phenylpiracetam",
  "xyzzy",
];
const PAIRS: Array<[string, string]> = [
  ["noopept", "piracetam"],
  ["nefiracetam", "aniracetam"],
  ["fasoracetam", "noopept"],
  ["choline", "alpha-gpc"],
];
const SECTIONS = ["overview", "dosing", "mechanisms", "effects", "safety", "stacks", "sources"];
const IDS = ["noopept", "piracetam", "nefiracetam", "aniracetam", "fasoracetam", "choline", "alpha-gpc"];

export type Kind = "compound" | "compare" | "stack" | "autocomplete" | "button";
export interface Planned {
  kind: Kind;
  payload: { id: string };
}

/** `count` interactions from a pool of users: typo'd lookups, comparisons, stacks, typing bursts and clicks. */
export function trafficMix(count: number, users = 1000): Planned[] {
  const out: Planned[] = [];
  for (let i = 0; out.length < count; i++) {
    const user = String(800000000000000000n + BigInt(i % users));
    const roll = i % 20;
    if (roll < 7) {
      out.push({
        kind: "compound",
        payload: chatInput(
          "compound",
          {
            name: TYPED[i % TYPED.length]!,
            ...(i % 3 === 0 ? { section: SECTIONS[i % SECTIONS.length]! } : {}),
          },
          user,
        ),
      });
    } else if (roll < 10) {
      const [a, b] = PAIRS[i % PAIRS.length]!;
      out.push({ kind: "compare", payload: chatInput("compare", { first: a, second: b }, user) });
    } else if (roll < 12) {
      out.push({
        kind: "stack",
        payload: chatInput("stack", i % 2 ? { compound: IDS[i % IDS.length]! } : { goal: "memory" }, user),
      });
    } else if (roll < 18) {
      const word = TYPED[i % TYPED.length]!;
      for (let n = 1; n <= Math.min(4, word.length) && out.length < count; n++) {
        out.push({
          kind: "autocomplete",
          payload: autocomplete("compound", { name: word.slice(0, n) }, "name", user),
        });
      }
    } else {
      out.push({
        kind: "button",
        payload: buttonClick(`compound:${IDS[i % IDS.length]}:${SECTIONS[i % SECTIONS.length]}`, user),
      });
    }
  }
  return out.slice(0, count);
}

export interface LoadResult {
  label: string;
  sent: number;
  lost: number;
  errors: number;
  p50: number;
  p99: number;
  durationMs: number;
}

const EXPECTED_CALLBACK: Record<Kind, number> = {
  compound: 4,
  compare: 4,
  stack: 4,
  autocomplete: 8,
  button: 7,
};

function percentile(sorted: number[], q: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! : NaN;
}

/**
 * Sends the planned interactions through the fake, `concurrency` at a time, and measures each round trip
 * from dispatch to the bot's callback. An interaction with no callback within `deadlineMs` is lost; a
 * callback of the wrong type or carrying the apology is an error. `expectCallback` false for a floor bot
 * that answers everything the same way.
 */
export async function drive(
  fake: FakeDiscord,
  plan: Planned[],
  concurrency: number,
  label: string,
  options: { deadlineMs?: number; strict?: boolean } = {},
): Promise<LoadResult> {
  const deadline = options.deadlineMs ?? 10_000;
  const times: number[] = [];
  let lost = 0;
  let errors = 0;
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < plan.length) {
      const item = plan[next++]!;
      const t0 = performance.now();
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timeout = new Promise<undefined>(
        (resolve) => (timer = setTimeout(() => resolve(undefined), deadline)),
      );
      const answer = await Promise.race([fake.interact(item.payload).catch(() => undefined), timeout]);
      clearTimeout(timer);
      if (!answer) {
        lost += 1;
        continue;
      }
      times.push(performance.now() - t0);
      const body = answer.body as { type?: number } | undefined;
      const wrongType = options.strict !== false && body?.type !== EXPECTED_CALLBACK[item.kind];
      if (wrongType || JSON.stringify(body).includes("Something went wrong")) errors += 1;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const sorted = times.sort((a, b) => a - b);
  return {
    label,
    sent: plan.length,
    lost,
    errors,
    p50: percentile(sorted, 0.5),
    p99: percentile(sorted, 0.99),
    durationMs: performance.now() - started,
  };
}

/**
 * The framework's floor: a bare discord.js bot that answers every interaction with a plain pong; given a
 * payload, it sends that fixed reply instead, to show what the size of a real answer costs by itself.
 */
export async function startPongBot(
  fake: FakeDiscord,
  token: string,
  payload?: MessagePayload,
): Promise<Client> {
  const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: fake.apiUrl } });
  // A fixed payload goes to discord.js as JSON-encodable values, so it is sent as it is.
  const encodable = <T>(value: T) => ({ toJSON: () => value });
  const message = (
    payload
      ? {
          embeds: payload.embeds.map(encodable),
          components: payload.components.map(encodable),
          allowedMentions: { parse: [] },
        }
      : { content: "pong" }
  ) as InteractionReplyOptions;
  client.on(Events.InteractionCreate, (interaction) => {
    const done = interaction.isAutocomplete()
      ? interaction.respond([])
      : interaction.isButton()
        ? interaction.update(message as InteractionUpdateOptions)
        : interaction.isRepliable()
          ? interaction.reply(message)
          : Promise.resolve();
    void done.catch(() => undefined);
  });
  await client.login(token);
  return client;
}

export function formatLoadTable(rows: readonly LoadResult[], floor?: Map<string, LoadResult>): string {
  const header = ["run", "sent", "lost", "errors", "p50 ms", "p99 ms", "total s", "p50/pong", "p99/pong"];
  const body = rows.map((r) => {
    const f = floor?.get(r.label);
    return [
      r.label,
      String(r.sent),
      String(r.lost),
      String(r.errors),
      r.p50.toFixed(2),
      r.p99.toFixed(2),
      (r.durationMs / 1000).toFixed(2),
      f ? (r.p50 / f.p50).toFixed(2) : "",
      f ? (r.p99 / f.p99).toFixed(2) : "",
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  return [header, ...body]
    .map((row) => row.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  "))
    .join("\n");
}
