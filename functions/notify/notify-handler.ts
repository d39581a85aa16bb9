import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { runNotify } from '../../shared/pipeline/notify.js';
import type { NotifyDeps } from '../../shared/pipeline/types.js';
import { parseEvent, StreamEventSchema } from '../shared/event-schemas.js';
import type { Powertools } from '../shared/powertools.js';
import { factFromRecord } from './fact-from-record.js';

/**
 * The notify handler over injected dependencies: each new-fact stream record is one runNotify
 * call. A record whose alert could not be sent is reported by sequence number, so the stream
 * retries from there (and bisects on error); the alert ledger keeps a retry from sending twice.
 */
export function createNotifyHandler(deps: NotifyDeps, { logger, metrics }: Powertools) {
  // In order: a stream shard is ordered, and a reported failure checkpoints at the first failed record.
  const processor = new BatchProcessor(EventType.DynamoDBStreams);
  const handleRecord = async (record: DynamoDBRecord): Promise<void> => {
    const fact = factFromRecord(record);
    if (!fact) return;
    const summary = await runNotify([fact], deps);
    metrics.addMetric('AlertsSent', MetricUnit.Count, summary.sent.length);
    if (summary.sent.length) logger.info('alert sent', { factId: fact.id, type: fact.type });
  };
  return async (event: unknown): Promise<DynamoDBBatchResponse> => {
    const parsed = parseEvent(StreamEventSchema, event, 'DynamoDB stream event') as unknown as DynamoDBStreamEvent;
    try {
      return await processPartialResponse(parsed, handleRecord, processor, { processInParallel: false, throwOnFullBatchFailure: false });
    } finally {
      metrics.publishStoredMetrics();
    }
  };
}
