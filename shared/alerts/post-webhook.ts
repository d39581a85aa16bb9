import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';

/** Webhook calls give up after this long, so a dead receiver cannot stall a run. */
export const WEBHOOK_TIMEOUT_MS = 10_000;

/**
 * A POST that did not get a 2xx. `retryable` is false for answers a retry cannot change (4xx other
 * than 408 and 429: the receiver refuses this request), true for timeouts, network errors and 5xx.
 */
export class WebhookDeliveryError extends Error {
  override readonly name = 'WebhookDeliveryError';
  constructor(message: string, readonly status: number | null, readonly retryable: boolean, options?: ErrorOptions) {
    super(message, options);
  }
}

const retryableStatus = (status: number) => status >= 500 || status === 408 || status === 429;

/**
 * POSTs `body` with `headers` to `url` and resolves on a 2xx answer; anything else rejects with a
 * WebhookDeliveryError that names the endpoint (origin and path: a query string may hold a token).
 */
export function postWebhook(url: string, body: string, headers: Record<string, string>, options: { timeoutMs?: number } = {}): Promise<void> {
  const target = new URL(url);
  const timeoutMs = options.timeoutMs ?? WEBHOOK_TIMEOUT_MS;
  const request = target.protocol === 'https:' ? httpsRequest : httpRequest;
  const where = `${target.origin}${target.pathname}`;
  return new Promise<void>((resolve, reject) => {
    const req = request(target, {
      method: 'POST',
      headers: { ...headers, 'Content-Length': String(Buffer.byteLength(body)) },
      timeout: timeoutMs,
    }, (res) => {
      res.resume();
      res.on('end', () => {
        const status = res.statusCode ?? 0;
        if (status >= 200 && status < 300) resolve();
        else reject(new WebhookDeliveryError(`webhook ${where} answered HTTP ${status}`, status, retryableStatus(status)));
      });
      res.on('error', (err) => reject(new WebhookDeliveryError(`webhook ${where}: ${err.message}`, null, true, { cause: err })));
    });
    req.on('timeout', () => req.destroy(new Error(`timed out after ${timeoutMs} ms`)));
    req.on('error', (err) => reject(new WebhookDeliveryError(`webhook ${where}: ${err.message}`, null, true, { cause: err })));
    req.end(body);
  });
}
