import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import type { Pipeline } from '../../shared/pipeline/wiring.js';
import { parseEvent, NotifyEventSchema } from '../shared/event-schemas.js';
import type { Powertools } from '../shared/powertools.js';
import { alertKeyFromRecord } from './alert-key-from-record.js';

/** What the scheduled run returns: the pending alerts it found due, sent and failed. */
export interface NotifyScheduleReply {
  due: number;
  sent: number;
  failed: number;
}

/** An alert whose send failed: the record is reported, so the stream retries it (the outbox keeps it pending meanwhile). */
export class AlertNotSentError extends Error {
  override readonly name = 'AlertNotSentError';
}

/**
 * The notify handler over injected dependencies, for two event sources:
 * - the table stream, filtered to INSERTs of outbox alerts: each record is one alert to send now; a
 *   failed send is reported by sequence number, so the stream retries from there;
 * - the schedule: every pending alert that is due (failed earlier and past its back-off, or left by
 *   a sender that died) is sent, so an alert whose stream record ran out of retries is not lost.
 * The outbox lease and status make both paths send each alert once.
 */
export function createNotifyHandler(pipeline: Pick<Pipeline, 'dispatcher'>, { logger, metrics }: Powertools) {
  // In order: a stream shard is ordered, and a reported failure checkpoints at the first failed record.
  const processor = new BatchProcessor(EventType.DynamoDBStreams);
  const handleRecord = async (record: DynamoDBRecord): Promise<void> => {
    const key = alertKeyFromRecord(record);
    if (!key) return;
    const result = await pipeline.dispatcher().dispatch([key]);
    metrics.addMetric('AlertsSent', MetricUnit.Count, result.sent.length);
    if (result.failed.length) {
      metrics.addMetric('AlertsFailed', MetricUnit.Count, 1);
      throw new AlertNotSentError(`alert ${key} not sent: ${result.failed[0]!.error}`);
    }
    if (result.sent.length) logger.info('alert sent', { alertId: key, type: result.sent[0]!.type });
  };
  return async (event: unknown): Promise<DynamoDBBatchResponse | NotifyScheduleReply> => {
    const parsed = parseEvent(NotifyEventSchema, event, 'DynamoDB stream or schedule event');
    try {
      if ('Records' in parsed) {
        return await processPartialResponse(parsed as unknown as DynamoDBStreamEvent, handleRecord, processor, { processInParallel: false, throwOnFullBatchFailure: false });
      }
      const dispatcher = pipeline.dispatcher();
      const result = await dispatcher.dispatchDue();
      metrics.addMetric('AlertsSent', MetricUnit.Count, result.sent.length);
      metrics.addMetric('AlertsFailed', MetricUnit.Count, result.failed.length);
      const reply = { due: result.sent.length + result.failed.length, sent: result.sent.length, failed: result.failed.length };
      logger.info('pending alerts dispatched', { ...reply });
      return reply;
    } finally {
      metrics.publishStoredMetrics();
    }
  };
}
