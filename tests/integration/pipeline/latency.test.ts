// Publish-to-alert latency on a simulated morning (tests/bench/latency-sim.ts): the sample site's
// timeline on a controlled clock, runs of the local runtime with jittered starts and processing.
import { describe, expect, it } from 'vitest';
import { simulateLatency } from '../../bench/latency-sim.js';

const MINUTE = 60_000;
// 03:00-07:00 UTC: 08:00-12:00 in Tashkent, the busy hours.
const MORNING = { seed: 3, hours: 4, start: new Date('2026-11-16T03:00:00.000Z') };

describe('publish-to-alert latency, simulated', () => {
  it('on the default 5-minute schedule alerts every story, within 10 minutes at p95 and 11 at most', async () => {
    const r = await simulateLatency({ ...MORNING, schedulePeriodMinutes: 5, rule: 'adaptive' });
    expect(r.stories).toBeGreaterThan(10);
    expect(r.missing).toBe(0);
    expect(r.warnings).toEqual([]);
    expect(r.stats!.count).toBe(r.stories);
    expect(r.stats!.p95).toBeLessThanOrEqual(10 * MINUTE);
    expect(r.stats!.max).toBeLessThanOrEqual(11 * MINUTE);
    // Nothing is alerted before it is published.
    expect(Math.min(...r.latencies)).toBeGreaterThan(0);
  }, 60_000);

  it('with the rule it replaces (15 minutes, no slack) a story waits past one interval: a run reached a feed earlier than the last', async () => {
    const r = await simulateLatency({ ...MORNING, schedulePeriodMinutes: 15, rule: 'today' });
    expect(r.missing).toBe(0);
    expect(r.stats!.max).toBeGreaterThan(16 * MINUTE);
    // Fewer polls than runs × feeds: the skipped ones.
    expect(r.feedRequests).toBeLessThan(r.runs * 3);
  }, 60_000);
});
