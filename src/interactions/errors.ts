/** A failure the user can act on: shown to them as a friendly ephemeral note, not logged as a bug. */
export class ExpectedError extends Error {
  constructor(
    readonly title: string,
    message: string,
  ) {
    super(message);
    this.name = "ExpectedError";
  }
}
