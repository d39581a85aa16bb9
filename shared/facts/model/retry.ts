import { ModelError } from './types.js';

export interface RetryPolicy {
  /** Calls in all, the first included. */
  attempts: number;
  /** The first wait; each next one doubles, with full jitter, up to maxDelayMs. */
  baseDelayMs: number;
  maxDelayMs: number;
}

/** Four calls over about 15 s at most: throttling on Bedrock and busy local servers clear in seconds. */
export const DEFAULT_RETRY: RetryPolicy = { attempts: 4, baseDelayMs: 1000, maxDelayMs: 8000 };

export interface RetryHooks {
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  /** Epoch ms after which no attempt starts: the caller's whole time for the call (a Lambda's timeout). */
  deadline?: number;
  now?: () => number;
  /** Told of each failed attempt that will be retried. */
  onRetry?: (error: ModelError, attempt: number, delayMs: number) => void;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Calls `fn` until it succeeds, fails with an error that is not worth retrying (a bad request, a
 * refusal), or the attempts run out. Waits with exponential backoff and full jitter, or as long as
 * the service asked (Retry-After) when that is longer, capped at maxDelayMs.
 */
export async function withRetries<T>(fn: (attempt: number) => Promise<T>, policy: RetryPolicy = DEFAULT_RETRY, hooks: RetryHooks = {}): Promise<T> {
  const sleep = hooks.sleep ?? defaultSleep;
  const random = hooks.random ?? Math.random;
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn(attempt);
    } catch (err) {
      const error = err instanceof ModelError ? err : new ModelError('unavailable', err instanceof Error ? err.message : String(err), { cause: err });
      if (!error.retryable || attempt >= policy.attempts) throw error;
      const backoff = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1)) * random();
      const delay = Math.min(policy.maxDelayMs, Math.max(backoff, error.retryAfterMs ?? 0));
      if (hooks.deadline !== undefined && (hooks.now ?? Date.now)() + delay >= hooks.deadline) throw error;
      hooks.onRetry?.(error, attempt, delay);
      await sleep(delay);
    }
  }
}
