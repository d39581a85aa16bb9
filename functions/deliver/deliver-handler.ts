import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import type { SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { deliverToWebhooks, type DeliverDeps } from '../../shared/alerts/deliver-webhook.js';
import type { WebhookDirectory } from '../../shared/alerts/webhook-directory.js';
import { AlertSchema, type Alert } from '../../shared/schemas/index.js';
import { DeliveryEventSchema, DigestEventSchema, parseEvent } from '../shared/event-schemas.js';
import type { DigestReport } from '../../shared/alerts/send-digests.js';
import type { Powertools } from '../shared/powertools.js';

/** A body that is not an alert can never be delivered: after maxReceiveCount SQS moves it to the dead letters as it is. */
export class BadDeliveryError extends Error {
  override readonly name = 'BadDeliveryError';
}

function alertOf(record: SQSRecord): Alert {
  let json: unknown;
  try {
    json = JSON.parse(record.body);
  } catch (err) {
    throw new BadDeliveryError(`message ${record.messageId} is not JSON`, { cause: err });
  }
  const parsed = AlertSchema.safeParse(json);
  if (!parsed.success) {
    throw new BadDeliveryError(`message ${record.messageId} is not an alert: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`, { cause: parsed.error });
  }
  return parsed.data;
}

/**
 * The deliver handler over injected dependencies: one SQS record = one alert (from the topic), or
 * one redriven dead letter whose `webhook` attribute names the one webhook to retry. Each webhook
 * gets its own retries and dead letter (shared/alerts/deliver-webhook.ts); a record fails (and
 * SQS redelivers it) only when its body is not an alert or a dead letter could not be written.
 */
/** The daily digest run (alerts/send-digests.ts) over the stores and channels the handler module binds. */
export type DigestRun = (day: string) => Promise<DigestReport>;

/** The UTC days before `now`, oldest first. */
export const previousDays = (now: Date, days: number): string[] =>
  Array.from({ length: days }, (_, i) => new Date(now.getTime() - (days - i) * 86_400_000).toISOString().slice(0, 10));

export function createDeliverHandler(directory: WebhookDirectory, deps: DeliverDeps, { logger, metrics }: Powertools, digests?: DigestRun) {
  const processor = new BatchProcessor(EventType.SQS);
  const handleRecord = async (record: SQSRecord): Promise<void> => {
    const alert = alertOf(record);
    const only = record.messageAttributes?.webhook?.stringValue;
    const targets = only === undefined ? await directory.targetsFor(alert) : [await directory.byId(only)].filter((t) => t !== null);
    if (only !== undefined && targets.length === 0) logger.warn('redriven alert names a webhook no longer configured', { alertId: alert.alertId, webhook: only });
    const outcomes = await deliverToWebhooks(alert, targets, deps);
    metrics.addMetric('WebhooksDelivered', MetricUnit.Count, outcomes.filter((o) => o.outcome === 'sent').length);
    metrics.addMetric('WebhooksDeadLettered', MetricUnit.Count, outcomes.filter((o) => o.outcome === 'dead-lettered').length);
  };
  return async (event: unknown): Promise<SQSBatchResponse | { digests: Array<{ day: string } & DigestReport> }> => {
    const digest = DigestEventSchema.safeParse(event);
    if (digest.success && digests) {
      try {
        const reports = [];
        for (const day of previousDays((deps.now ?? (() => new Date()))(), digest.data.days)) {
          const report = await digests(day);
          metrics.addMetric('DigestsSent', MetricUnit.Count, report.sent.length);
          metrics.addMetric('DigestsFailed', MetricUnit.Count, report.failed.length);
          logger.info('digests', { day, sent: report.sent, failed: report.failed });
          reports.push({ day, ...report });
        }
        return { digests: reports };
      } finally {
        metrics.publishStoredMetrics();
      }
    }
    const parsed = parseEvent(DeliveryEventSchema, event, 'SQS event') as unknown as SQSEvent;
    try {
      // In parallel: one slow receiver retrying must not hold up the other alerts of the batch.
      return await processPartialResponse(parsed, handleRecord, processor, { processInParallel: true, throwOnFullBatchFailure: false });
    } finally {
      metrics.publishStoredMetrics();
    }
  };
}
