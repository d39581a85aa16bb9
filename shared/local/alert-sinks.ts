import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Alert } from '../schemas/index.js';
import type { AlertSink } from '../store/ports.js';
import type { LocalWebhook } from '../config/webhook-config.js';
import { postWebhook } from '../alerts/post-webhook.js';
import { webhookRequest } from '../alerts/webhook-request.js';


/**
 * Appends each alert as one JSON line; the local stand-in for the SNS topic. Idempotent: an alert
 * whose id is already in the file (a retry after another sink failed, or after a crash between
 * writing and marking it sent) is not written again.
 */
export function createJsonlAlertSink(path: string): AlertSink {
  let written: Promise<Set<string>> | null = null;
  // Appends run one after another, so concurrent senders never interleave lines.
  let tail: Promise<void> = Promise.resolve();
  const load = async () => {
    const ids = new Set<string>();
    const text = await readFile(path, 'utf8').catch(() => '');
    for (const line of text.split('\n')) {
      try {
        const id = (JSON.parse(line) as { alertId?: unknown }).alertId;
        if (typeof id === 'string') ids.add(id);
      } catch { /* a blank or cut line (a crash mid-write) holds no id */ }
    }
    return ids;
  };
  return {
    async send(alert) {
      const ids = await (written ??= load());
      if (ids.has(alert.alertId)) return;
      ids.add(alert.alertId);
      const write = tail.then(async () => {
        await mkdir(dirname(path), { recursive: true });
        await appendFile(path, `${JSON.stringify(alert)}\n`, 'utf8');
      });
      tail = write.catch(() => undefined);
      try {
        await write;
      } catch (err) {
        ids.delete(alert.alertId);
        throw err;
      }
    },
  };
}

/**
 * POSTs each alert to the webhook, signed (alerts/webhook-request.ts: the body in the webhook's
 * format, the Idempotency-Key, X-Coop-Timestamp and X-Coop-Signature). A crash between the
 * receiver's answer and the outbox marking the alert sent repeats the call; the key lets the
 * receiver drop it. Any answer but 2xx is an error, and the outbox tries again later.
 */
export function createWebhookAlertSink(webhook: LocalWebhook, options: { timeoutMs?: number; now?: () => Date } = {}): AlertSink {
  const now = options.now ?? (() => new Date());
  return {
    async send(alert: Alert) {
      const { body, headers } = webhookRequest(alert, webhook.format, webhook.secret, now());
      await postWebhook(webhook.url, body, headers, { timeoutMs: options.timeoutMs });
    },
  };
}

/**
 * Sends to every sink in turn; one failing sink fails the alert, which is then sent to all again
 * later. Put idempotent sinks (the JSONL file) first: they are written whatever the later ones do.
 */
export function fanOut(sinks: AlertSink[]): AlertSink {
  return { async send(alert) { for (const s of sinks) await s.send(alert); } };
}

/** The local runtime's alerts: always .data/alerts.jsonl, then the webhook when one is configured. */
export function createLocalAlertSink(alertsFile: string, webhook?: LocalWebhook | null, options: { timeoutMs?: number } = {}): AlertSink {
  // The file first: it is written whatever the webhook does (both are idempotent by alert id).
  return fanOut([createJsonlAlertSink(alertsFile), ...(webhook ? [withCircuitBreaker(createWebhookAlertSink(webhook, options))] : [])]);
}

/** A receiver that failed this many times in a row is not called again by this process. */
export const MAX_CONSECUTIVE_FAILURES = 3;

/**
 * Stops calling a receiver that keeps failing: a webhook that is down, or times out on every call,
 * must not stall a run for (alerts × timeout). The alerts it is not called for fail at once and stay
 * pending in the outbox, for a later run or `npm run alerts -- retry`.
 */
export function withCircuitBreaker(sink: AlertSink, limit = MAX_CONSECUTIVE_FAILURES): AlertSink {
  let inARow = 0;
  return {
    async send(alert) {
      if (inARow >= limit) throw new Error(`not tried: the receiver failed ${limit} times in a row in this run`);
      try {
        await sink.send(alert);
        inARow = 0;
      } catch (err) {
        inARow++;
        throw err;
      }
    },
  };
}
