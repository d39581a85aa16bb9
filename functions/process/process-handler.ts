import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import type { SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import type { Pipeline } from '../../shared/pipeline/wiring.js';
import { ItemMessageSchema } from '../../shared/schemas/index.js';
import { parseEvent, SqsEventSchema } from '../shared/event-schemas.js';
import type { Powertools } from '../shared/powertools.js';

/** A failure worth another try (network, 5xx, store): the record is reported so SQS redelivers it. */
export class RetryableItemError extends Error {
  override readonly name = 'RetryableItemError';
}

/** A message body that is not an ItemMessage: it can never succeed, so after maxReceiveCount it lands in the DLQ. */
export class BadMessageError extends Error {
  override readonly name = 'BadMessageError';
}

function parseMessage(record: SQSRecord) {
  let json: unknown;
  try {
    json = JSON.parse(record.body);
  } catch (err) {
    throw new BadMessageError(`message ${record.messageId} is not JSON`, { cause: err });
  }
  const result = ItemMessageSchema.safeParse(json);
  if (!result.success) {
    const issues = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new BadMessageError(`message ${record.messageId} is not an ItemMessage: ${issues}`, { cause: result.error });
  }
  return result.data;
}

/**
 * The process handler over injected dependencies: one SQS record = one feed item. Records are
 * handled one by one; a retryable failure becomes a batch item failure (ReportBatchItemFailures),
 * a permanent one is logged and dropped (the ledger already holds it as failed).
 */
export function createProcessHandler(pipeline: Pick<Pipeline, 'process'>, { logger, metrics }: Powertools) {
  // Records run in parallel: the HTTP client still paces requests per host, and a slow page then
  // does not hold up the rest of the batch until the function times out.
  const processor = new BatchProcessor(EventType.SQS);
  const handleRecord = async (record: SQSRecord): Promise<void> => {
    const message = parseMessage(record);
    const result = await pipeline.process(message);
    if (result.status === 'stored') {
      metrics.addMetric('ItemsStored', MetricUnit.Count, 1);
      metrics.addMetric('NewFacts', MetricUnit.Count, result.newFacts.length);
      return;
    }
    metrics.addMetric('ItemsFailed', MetricUnit.Count, 1);
    if (result.retryable) throw new RetryableItemError(`item ${result.articleId} (${result.url}) failed, will retry: ${result.error}`);
    logger.warn('item failed for good', { articleId: result.articleId, url: result.url, error: result.error });
  };
  return async (event: unknown): Promise<SQSBatchResponse> => {
    const parsed = parseEvent(SqsEventSchema, event, 'SQS event') as unknown as SQSEvent;
    try {
      return await processPartialResponse(parsed, handleRecord, processor, { processInParallel: true, throwOnFullBatchFailure: false });
    } finally {
      metrics.publishStoredMetrics();
    }
  };
}
