/**
 * Custom ids of buttons and forms: the name of the command that made them, then its arguments, so the
 * router hands a click back to that command and any replica can answer it ("compound:noopept:dosing").
 */
const SEPARATOR = ":";
const MAX_LENGTH = 100;

export function customId(
  command: { readonly data: { readonly name: string } },
  ...args: readonly string[]
): string {
  return [command.data.name, ...args].join(SEPARATOR).slice(0, MAX_LENGTH);
}

export function parseCustomId(id: string): { command: string; args: string[] } {
  const [command = "", ...args] = id.split(SEPARATOR);
  return { command, args };
}
