import { cardText } from "./support/cards.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registry } from "../commands/index.js";
import { deployCommands } from "../src/discord/deploy.js";
import { Limiter } from "../src/interactions/limiter.js";
import type { MessagePayload } from "../src/reply/payload.js";
import { startHarness, TEST_TOKEN, type Harness } from "./support/bot.js";
import { APP_ID } from "./support/fake-discord.js";
import { buttonClick, chatInput } from "./support/interactions.js";

const ASKER = "111111111111111112";
const OTHER = "222222222222222223";

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ limiter: new Limiter({ command: { count: 50, windowMs: 10_000 } }) });
});
afterAll(async () => {
  await h?.stop();
});

type Callback = {
  type: number;
  data: MessagePayload & { custom_id?: string; title?: string; components: unknown[] };
};
const answer = async (interaction: { id: string }) => (await h.fake.interact(interaction)).body as Callback;

describe("only the person who asked flips the shared card", () => {
  it("the asker's press updates the card in place", async () => {
    const cb = await answer(buttonClick("compound:noopept:dosing", ASKER, { owner: ASKER }));
    expect(cb.type).toBe(7);
  });

  it("someone else's press opens that section for them alone, leaving the card untouched", async () => {
    const cb = await answer(buttonClick("compound:noopept:dosing", OTHER, { owner: ASKER }));
    expect(cb.type).toBe(4);
    expect((cb.data.flags ?? 0) & 64).toBe(64);
    expect(cardText(cb.data)).toMatch(/Dosing|dose/i);
    await h.logs.waitFor((e) => e.userId === OTHER && e.sharedCard === true);
  });

  it("on their own ephemeral copy, the other person's presses update it in place", async () => {
    expect(
      (await answer(buttonClick("compound:noopept:safety", OTHER, { owner: ASKER, flags: 64 }))).type,
    ).toBe(7);
  });

  it("a card whose owner Discord does not name (an answer to a mention) opens privately for whoever presses", async () => {
    for (const user of [ASKER, OTHER]) {
      const cb = await answer(buttonClick("compound:noopept:dosing", user, { owner: null }));
      expect(cb.type).toBe(4);
      expect((cb.data.flags ?? 0) & 64).toBe(64);
    }
  });
});

describe("usable anywhere", () => {
  it("every command can be installed by servers and users, and used in servers and DMs", () => {
    for (const command of registry.list) {
      expect(command.data.integration_types, command.data.name).toEqual([0, 1]);
      expect(command.data.contexts, command.data.name).toEqual([0, 1, 2]);
    }
  });

  it("deploy-commands sends the install types and contexts, and sees no change once they are registered", async () => {
    const commands = registry.list.map((c) => c.data);
    expect(
      (await deployCommands({ token: TEST_TOKEN, applicationId: APP_ID, apiUrl: h.fake.apiUrl, commands }))
        .action,
    ).toBe("updated");
    const put = await h.fake.waitForRequest(
      (r) => r.method === "PUT" && r.path.endsWith(`/applications/${APP_ID}/commands`),
    );
    for (const sent of put.body as Array<{ integration_types: number[]; contexts: number[] }>) {
      expect(sent.integration_types).toEqual([0, 1]);
      expect(sent.contexts).toEqual([0, 1, 2]);
    }
    expect(
      (await deployCommands({ token: TEST_TOKEN, applicationId: APP_ID, apiUrl: h.fake.apiUrl, commands }))
        .action,
    ).toBe("unchanged");
  });

  const userInstalled = (permissions: string) => {
    const i = chatInput("compound", { name: "noopept" }, OTHER);
    return { ...i, authorizing_integration_owners: { "1": OTHER }, member: { ...i.member, permissions } };
  };

  it("answers ephemerally where a user-installed command may not post publicly", async () => {
    expect(((await answer(userInstalled("0"))).data.flags ?? 0) & 64).toBe(64);
    expect(((await answer(userInstalled(String(1n << 50n)))).data.flags ?? 0) & 64).toBe(0);
  });
});
