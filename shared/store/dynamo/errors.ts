/** True for DynamoDB's "condition not met" answer, the signal of an idempotent write finding its twin. */
export function isConditionFailed(err: unknown): boolean {
  return err instanceof Error && err.name === 'ConditionalCheckFailedException';
}

/** A storage failure, named for the item it concerns; the cause keeps the SDK error. */
export class StoreError extends Error {
  override name = 'StoreError';
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
  }
}
