import { appendFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { Alert } from '../schemas/index.js';
import type { AlertSink } from '../store/ports.js';

/** Appends each alert as one JSON line; the local stand-in for the SNS topic. */
export function createJsonlAlertSink(path: string): AlertSink {
  return {
    async send(alert) {
      await mkdir(dirname(path), { recursive: true });
      await appendFile(path, `${JSON.stringify(alert)}\n`, 'utf8');
    },
  };
}

/** Webhook calls give up after this long, so a dead receiver cannot stall a run. */
const WEBHOOK_TIMEOUT_MS = 10_000;

/** POSTs each alert as JSON; any answer but 2xx is an error (and the alert is retried by the caller). */
export function createWebhookAlertSink(url: string): AlertSink {
  const target = new URL(url);
  const request = target.protocol === 'https:' ? httpsRequest : httpRequest;
  return {
    send(alert: Alert) {
      const body = JSON.stringify(alert);
      return new Promise<void>((resolve, reject) => {
        const req = request(target, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'user-agent': 'coop-facts-alerts/0.1' },
          timeout: WEBHOOK_TIMEOUT_MS,
        }, (res) => {
          res.resume();
          res.on('end', () => {
            const status = res.statusCode ?? 0;
            if (status >= 200 && status < 300) resolve();
            else reject(new Error(`webhook ${target.origin}${target.pathname} answered HTTP ${status}`));
          });
        });
        req.on('timeout', () => req.destroy(new Error(`webhook ${target.origin}${target.pathname} timed out after ${WEBHOOK_TIMEOUT_MS} ms`)));
        req.on('error', reject);
        req.end(body);
      });
    },
  };
}

/** Sends to every sink in turn; one failing sink fails the alert (so it is retried for all). */
export function fanOut(sinks: AlertSink[]): AlertSink {
  return { async send(alert) { for (const s of sinks) await s.send(alert); } };
}
