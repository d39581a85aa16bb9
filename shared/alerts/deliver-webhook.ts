import type { Alert, WebhookTarget } from '../schemas/index.js';
import type { PipelineLog } from '../pipeline/types.js';
import { postWebhook, WebhookDeliveryError } from './post-webhook.js';
import { webhookRequest } from './webhook-request.js';

/**
 * Tries per webhook within one invocation: the first at once, then after each delay. Three tries
 * over ten seconds ride out a receiver's restart or a brief 503; a receiver down for longer is the
 * dead-letter queue's case (redrive re-sends once it is back), not a reason to hold the queue.
 */
export const RETRY_DELAYS_MS: readonly number[] = [2_000, 8_000];
/** One POST waits this long for an answer; with the delays, a dead receiver costs 3 × 10 + 10 = 40 s at most. */
export const DELIVERY_TIMEOUT_MS = 10_000;

/** A secret that is not there (or not readable) will not appear by retrying this invocation. */
export class SecretUnavailableError extends Error {
  override readonly name = 'SecretUnavailableError';
  constructor(message: string, readonly retryable: boolean, options?: ErrorOptions) {
    super(message, options);
  }
}

export interface DeliverDeps {
  /** The signing secret in the named SSM parameter (cached by the adapter). */
  secretOf(parameterName: string): Promise<string>;
  /** Keeps an alert that could not be delivered to `target`: the alert itself, with the target's id and the last error. */
  deadLetter(alert: Alert, target: WebhookTarget, error: string): Promise<void>;
  post?: typeof postWebhook;
  sleep?: (ms: number) => Promise<void>;
  now?: () => Date;
  log: PipelineLog;
  /** @default RETRY_DELAYS_MS */
  retryDelaysMs?: readonly number[];
  /** @default DELIVERY_TIMEOUT_MS */
  timeoutMs?: number;
}

export type DeliveryOutcome = { target: string; outcome: 'sent'; attempts: number } | { target: string; outcome: 'dead-lettered'; attempts: number; error: string };

const retryable = (err: unknown) => !(err instanceof WebhookDeliveryError || err instanceof SecretUnavailableError) || err.retryable;
const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

/**
 * Delivers one alert to one webhook: reads its secret, signs afresh at each try (a retry stays
 * inside the receiver's replay window), POSTs, and retries with backoff what a retry can fix
 * (network, timeouts, 5xx, 408, 429, a throttled secret read). What it cannot fix (another 4xx, a
 * missing secret) or what is still failing after the last try goes to the dead letters. Throws
 * only when the dead letter itself cannot be written, so the message is retried whole.
 */
export async function deliverWebhook(alert: Alert, target: WebhookTarget, deps: DeliverDeps): Promise<DeliveryOutcome> {
  const post = deps.post ?? postWebhook;
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const delays = deps.retryDelaysMs ?? RETRY_DELAYS_MS;
  let attempts = 0;
  let last: unknown;
  for (;;) {
    attempts++;
    try {
      const secret = await deps.secretOf(target.secretParameter);
      const { body, headers } = webhookRequest(alert, target.format, secret, (deps.now ?? (() => new Date()))());
      await post(target.url, body, headers, { timeoutMs: deps.timeoutMs ?? DELIVERY_TIMEOUT_MS });
      return { target: target.id, outcome: 'sent', attempts };
    } catch (err) {
      last = err;
      const delay = delays[attempts - 1];
      if (!retryable(err) || delay === undefined) break;
      deps.log.warn('webhook delivery failed, will retry', { alertId: alert.alertId, webhook: target.id, attempt: attempts, error: messageOf(err) });
      await sleep(delay);
    }
  }
  const error = messageOf(last);
  await deps.deadLetter(alert, target, error);
  deps.log.warn('webhook delivery dead-lettered', { alertId: alert.alertId, webhook: target.id, attempts, error });
  return { target: target.id, outcome: 'dead-lettered', attempts, error };
}

/** Delivers one alert to each of its webhooks, one after another (a receiver sees one request at a time from a message). */
export async function deliverToWebhooks(alert: Alert, targets: readonly WebhookTarget[], deps: DeliverDeps): Promise<DeliveryOutcome[]> {
  const outcomes: DeliveryOutcome[] = [];
  for (const target of targets) outcomes.push(await deliverWebhook(alert, target, deps));
  return outcomes;
}
