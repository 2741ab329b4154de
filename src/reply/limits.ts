/** Discord's limits on what one message may carry (embeds, fields, components, content). */
export const LIMITS = {
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  embedsTotal: 6000,
  embeds: 10,
  actionRows: 5,
  buttonsPerRow: 5,
  customId: 100,
  buttonLabel: 80,
  content: 2000,
} as const;
