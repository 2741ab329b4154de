import { ComponentType, type APIMessageTopLevelComponent } from "discord-api-types/v10";

type Any = { type: number; components?: readonly Any[]; accessory?: Any; content?: string };

/** How many components a message has, nested ones included, as Discord counts them toward 40. */
export function componentCount(components: readonly APIMessageTopLevelComponent[]): number {
  const count = (c: Any): number =>
    1 +
    (c.components ?? []).reduce((n, child) => n + count(child), 0) +
    (c.accessory ? count(c.accessory) : 0);
  return (components as readonly Any[]).reduce((n, c) => n + count(c), 0);
}

/** The characters of every text display, as Discord counts them toward 4,000. */
export function textLength(components: readonly APIMessageTopLevelComponent[]): number {
  const length = (c: Any): number =>
    (c.type === (ComponentType.TextDisplay as number) ? (c.content ?? "").length : 0) +
    (c.components ?? []).reduce((n, child) => n + length(child), 0) +
    (c.accessory ? length(c.accessory) : 0);
  return (components as readonly Any[]).reduce((n, c) => n + length(c), 0);
}
