import * as z from 'zod';

/**
 * The parts of the Lambda events the handlers rely on, parsed at the boundary (anything else in
 * the event is allowed and ignored).
 */

/** EventBridge scheduled event that starts discover. */
export const ScheduledEventSchema = z.object({
  id: z.string(),
  'detail-type': z.literal('Scheduled Event'),
  source: z.literal('aws.events'),
  time: z.iso.datetime(),
  resources: z.array(z.string()),
});
export type ScheduledEvent = z.infer<typeof ScheduledEventSchema>;

export const SqsRecordSchema = z.object({
  messageId: z.string().min(1),
  receiptHandle: z.string(),
  body: z.string(),
  attributes: z.object({ ApproximateReceiveCount: z.string() }).loose(),
  eventSource: z.literal('aws:sqs'),
  eventSourceARN: z.string(),
});
export const SqsEventSchema = z.object({ Records: z.array(SqsRecordSchema) });

/** A DynamoDB stream record; NewImage stays DynamoDB JSON until it is unmarshalled. */
export const StreamRecordSchema = z.object({
  eventID: z.string(),
  eventName: z.enum(['INSERT', 'MODIFY', 'REMOVE']),
  eventSource: z.literal('aws:dynamodb'),
  dynamodb: z.object({
    SequenceNumber: z.string().min(1),
    NewImage: z.record(z.string(), z.unknown()).optional(),
  }).loose(),
});
export type StreamRecord = z.infer<typeof StreamRecordSchema>;
export const StreamEventSchema = z.object({ Records: z.array(StreamRecordSchema) });

/** Reads one record with its index in the error, so a bad record is named in the logs. */
export class EventParseError extends Error {
  override readonly name = 'EventParseError';
}

export function parseEvent<S extends z.ZodType>(schema: S, event: unknown, what: string): z.output<S> {
  const result = schema.safeParse(event);
  if (result.success) return result.data;
  const issues = result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
  throw new EventParseError(`${what} does not match its schema: ${issues}`, { cause: result.error });
}
