import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { interactionBase } from "./support/interactions.js";
import { startReplicas, type Replica } from "./support/http-replicas.js";

let cluster: Awaited<ReturnType<typeof startReplicas>>;
let replica: Replica;
beforeAll(async () => {
  cluster = await startReplicas(1);
  replica = cluster.replicas[0]!;
});
afterAll(async () => {
  await cluster?.stop();
});

/** Any JSON value where Discord would put a string: what a signed but odd body may carry. */
const odd = fc.oneof(
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }),
);

const shapes = fc.oneof(
  odd.map((name) => ({ type: 2, data: { name, type: 1, options: [] } })),
  odd.map((name) => ({ type: 2, data: { name, type: 1, options: [{ name, type: 3, value: name }] } })),
  odd.map((name) => ({
    type: 4,
    data: { name, type: 1, options: [{ name: "name", type: 3, value: name, focused: true }] },
  })),
  odd.map((customId) => ({ type: 3, data: { custom_id: customId, component_type: 2 } })),
  odd.map((customId) => ({ type: 5, data: { custom_id: customId, components: [] } })),
  odd.map((data) => ({ type: 2, data })),
  odd.map((member) => ({ type: 2, member, data: { name: "ask", type: 1, options: [] } })),
);

describe("everything past the signature check is answered, whatever its shape", () => {
  it("a signed body whose name or custom_id is not a string gets an answer, never a 500", async () => {
    await fc.assert(
      fc.asyncProperty(shapes, async (shape) => {
        const res = await replica.client.post({
          ...interactionBase(shape.type, "555555555555555555"),
          ...shape,
        });
        expect(res.status, res.text).toBe(200);
        expect(res.json<{ type: number }>().type).toBeGreaterThan(0);
      }),
      { numRuns: 150 },
    );
  });
});
