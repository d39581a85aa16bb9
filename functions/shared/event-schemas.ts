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

/** One SQS message as the event source mapping delivers it; the body is parsed by the handler. */
export const SqsRecordSchema = z.object({
  messageId: z.string().min(1),
  receiptHandle: z.string(),
  body: z.string(),
  attributes: z.object({ ApproximateReceiveCount: z.string() }).loose(),
  eventSource: z.literal('aws:sqs'),
  eventSourceARN: z.string(),
});
/** The batch the process Lambda receives. */
export const SqsEventSchema = z.object({ Records: z.array(SqsRecordSchema) });

/**
 * An SQS message with its message attributes: the deliveries queue carries the SNS attributes of
 * the alert, and a redriven dead letter its `webhook` attribute.
 */
export const SqsRecordWithAttributesSchema = SqsRecordSchema.extend({
  messageAttributes: z.record(z.string(), z.object({ stringValue: z.string().optional(), dataType: z.string() }).loose()).default({}),
});
/** The batch the deliver Lambda receives. */
export const DeliveryEventSchema = z.object({ Records: z.array(SqsRecordWithAttributesSchema) });

/**
 * The daily rule's input to deliver: send the digests of the last `days` UTC days before today
 * (default 2, so a digest that failed yesterday gets a second try; one already sent is not sent again).
 */
export const DigestEventSchema = z.object({ digest: z.literal(true), days: z.number().int().min(1).max(7).default(2) }).strict();

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
/** The batch the notify Lambda receives (already filtered to new fact records by the mapping). */
export const StreamEventSchema = z.object({ Records: z.array(StreamRecordSchema) });

/** What notify receives: stream batches of new outbox alerts, and the schedule that sends the due ones. */
export const NotifyEventSchema = z.union([StreamEventSchema, ScheduledEventSchema]);

/** A Lambda event that does not match its schema: the handler was wired to the wrong source. */
export class EventParseError extends Error {
  override readonly name = 'EventParseError';
}

/**
 * Parses a Lambda event at the boundary; the error lists every issue with its path
 * (`Records.0.eventID: ...`), so the bad record is named in the logs.
 */
export function parseEvent<S extends z.ZodType>(schema: S, event: unknown, what: string): z.output<S> {
  const result = schema.safeParse(event);
  if (result.success) return result.data;
  const issues = result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
  throw new EventParseError(`${what} does not match its schema: ${issues}`, { cause: result.error });
}
