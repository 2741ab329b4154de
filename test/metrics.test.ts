import { describe, expect, it } from "vitest";
import { createMetrics, observeInteraction } from "../src/metrics.js";

describe("metrics", () => {
  it("counts an interaction over the limit once, by kind, and nothing else as a limiter refusal", async () => {
    const metrics = createMetrics({ processDefaults: false });
    observeInteraction(metrics, { kind: "command", command: "ask", outcome: "rate-limited", latencyMs: 1 });
    observeInteraction(metrics, {
      kind: "button",
      command: "compound",
      outcome: "rate-limited",
      latencyMs: 1,
    });
    observeInteraction(metrics, { kind: "command", command: "ask", outcome: "ok", latencyMs: 1 });
    observeInteraction(metrics, { kind: "command", command: "ask", outcome: "refused", latencyMs: 1 });
    const text = await metrics.registry.metrics();
    expect(text).toMatch(/nootropic_limiter_refusals_total\{kind="command"\} 1\n/);
    expect(text).toMatch(/nootropic_limiter_refusals_total\{kind="button"\} 1\n/);
    // Every label the metric can carry is one the bot emits: no "verdict" that is never set.
    expect(text).not.toMatch(/nootropic_limiter_refusals_total\{[^}]*verdict/);
    expect(text).toMatch(/nootropic_interactions_total\{kind="command",command="ask",outcome="ok"\} 1/);
  });
});
