/** The sample site could not start (e.g. its port is taken); the message names the address and the reason. */
export class SampleSiteError extends Error {
  override readonly name = 'SampleSiteError';
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
  }
}
