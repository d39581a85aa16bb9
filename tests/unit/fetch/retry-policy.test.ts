import { describe, expect, it } from 'vitest';
import { FetchError } from '../../../shared/fetch/errors.js';
import { backoffMs, parseRetryAfter, retryDelayMs } from '../../../shared/fetch/retry-policy.js';

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-11-27T10:00:00Z');
  it.each([
    ['120', 120_000],
    [' 0 ', 0],
    ['Fri, 27 Nov 2026 10:00:30 GMT', 30_000],
    ['Fri, 27 Nov 2026 09:00:00 GMT', 0],
    ['soon', undefined],
    ['-5', undefined],
    [undefined, undefined],
  ])('%j → %j ms', (value, expected) => {
    expect(parseRetryAfter(value, now)).toBe(expected);
  });
});

describe('backoffMs', () => {
  it('doubles each retry and keeps the jitter within the upper half', () => {
    expect(backoffMs(0, 500, () => 0)).toBe(250);
    expect(backoffMs(0, 500, () => 1)).toBe(500);
    expect(backoffMs(3, 500, () => 0)).toBe(2000);
    expect(backoffMs(3, 500, () => 0.5)).toBe(3000);
  });
});

describe('retryDelayMs', () => {
  const error = (status: number, retryAfterMs?: number) =>
    new FetchError({ url: 'https://a.example/', reason: 'http-status', detail: `HTTP ${status}`, status, retryAfterMs });

  it('does not retry a 404', () => {
    expect(retryDelayMs(error(404), 0, 100, 60_000)).toBeNull();
  });

  it('retries a 503 after a backoff', () => {
    const delay = retryDelayMs(error(503), 1, 100, 60_000);
    expect(delay).toBeGreaterThanOrEqual(100);
    expect(delay).toBeLessThanOrEqual(200);
  });

  it('waits for a Retry-After longer than the backoff', () => {
    expect(retryDelayMs(error(429, 5000), 0, 100, 60_000)).toBe(5000);
  });

  it('caps a long Retry-After at maxRetryAfterMs', () => {
    expect(retryDelayMs(error(429, 3_600_000), 0, 100, 60_000)).toBe(60_000);
  });

  it('retries network errors and timeouts, not redirect or address failures', () => {
    const of = (reason: FetchError['reason']) => new FetchError({ url: 'https://a.example/', reason, detail: reason });
    expect(retryDelayMs(of('network'), 0, 10, 1000)).not.toBeNull();
    expect(retryDelayMs(of('timeout'), 0, 10, 1000)).not.toBeNull();
    expect(retryDelayMs(of('private-address'), 0, 10, 1000)).toBeNull();
    expect(retryDelayMs(of('redirect-loop'), 0, 10, 1000)).toBeNull();
    expect(retryDelayMs(of('too-large'), 0, 10, 1000)).toBeNull();
  });
});

describe('FetchError', () => {
  it('names the URL, the reason and the retries in its message', () => {
    const err = new FetchError({ url: 'https://x.example/y', reason: 'http-status', detail: 'HTTP 503', status: 503, retries: 3, cause: new Error('root') });
    expect(err.name).toBe('FetchError');
    expect(err.message).toBe('GET https://x.example/y failed: HTTP 503 after 3 retries');
    expect(err.retryable).toBe(true);
    expect((err.cause as Error).message).toBe('root');
  });
});
