import { describe, expect, it } from 'vitest';
import { alertLatency, latencyStats, recordSentTimes } from '../../../shared/pipeline/alert-latency.js';
import { duration, latencyLine } from '../../../shared/local/summary.js';
import type { AlertOutbox } from '../../../shared/store/ports.js';

describe('publish-to-alert latency', () => {
  it('takes nearest-rank percentiles: each figure is an observed value', () => {
    const minutes = Array.from({ length: 20 }, (_, i) => (i + 1) * 60_000);
    expect(latencyStats(minutes)).toEqual({ count: 20, p50: 10 * 60_000, p95: 19 * 60_000, max: 20 * 60_000 });
    expect(latencyStats([7])).toEqual({ count: 1, p50: 7, p95: 7, max: 7 });
    expect(latencyStats([])).toBeNull();
  });

  it('measures from the publication date to the sent time, and skips an alert without a date', () => {
    expect(alertLatency('a', 'x', '2026-11-16T08:00:00+05:00', '2026-11-16T03:07:30.000Z')?.ms).toBe(7.5 * 60_000);
    expect(alertLatency('a', 'x', null, '2026-11-16T03:07:30.000Z')).toBeNull();
    expect(alertLatency('a', 'x', 'not a date', '2026-11-16T03:07:30.000Z')).toBeNull();
  });

  it('prints one summary line in a readable unit, none without alerts', () => {
    expect(duration(48_000)).toBe('48 s');
    expect(duration(7.5 * 60_000)).toBe('7.5 min');
    expect(duration(-3 * 3_600_000)).toBe('-3.0 h');
    expect(duration(19.4 * 86_400_000)).toBe('19.4 d');
    const l = (ms: number) => ({ alertId: 'a', articleId: 'x', published: '', sentAt: '', ms });
    expect(latencyLine([l(60_000), l(120_000), l(30 * 60_000)])).toBe('alert latency     p50 2.0 min, p95 30.0 min, max 30.0 min (publication to alert sent, 3 alerts)');
    expect(latencyLine([])).toBeNull();
  });

  it('notes the time each alert is marked sent and passes every call through to the outbox', async () => {
    const calls: string[] = [];
    const outbox = {
      marker: 'kept',
      async enqueue() { calls.push('enqueue'); return true; },
      async lease() { calls.push('lease'); return null; },
      async markSent(key: string, at: string) { calls.push(`markSent ${key} ${at}`); },
      async markFailed() { calls.push('markFailed'); },
      async due() { calls.push('due'); return ['k']; },
      async pending() { return []; },
      async sentOn() { return []; },
    } satisfies AlertOutbox & { marker: string };
    const { outbox: recording, sentAt } = recordSentTimes(outbox);
    await recording.markSent('k', '2026-11-16T03:07:30.000Z');
    expect(await recording.due('2026-11-16T03:08:00.000Z')).toEqual(['k']);
    expect(calls).toEqual(['markSent k 2026-11-16T03:07:30.000Z', 'due']);
    expect(sentAt.get('k')).toBe('2026-11-16T03:07:30.000Z');
    expect((recording as typeof outbox).marker).toBe('kept');
  });
});
