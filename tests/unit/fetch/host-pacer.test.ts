import { describe, expect, it } from 'vitest';
import { HostPacer, sleep } from '../../../shared/fetch/host-pacer.js';

/** Runs `hosts` through the pacer at once and returns each task's start time relative to t0. */
async function startTimes(pacer: HostPacer, hosts: string[], taskMs = 0): Promise<number[]> {
  const t0 = Date.now();
  const starts: number[] = [];
  await Promise.all(
    hosts.map((host, i) =>
      pacer.run(host, async () => {
        starts[i] = Date.now() - t0;
        await sleep(taskMs);
      }),
    ),
  );
  return starts;
}

describe('HostPacer', () => {
  it('spaces starts to one host by the interval, in order', async () => {
    // Upper bounds leave room for a loaded CI machine; the lower bounds are the pacer's promise.
    const starts = await startTimes(new HostPacer({ intervalMs: 300, concurrency: 8 }), ['a', 'a', 'a']);
    expect(starts[0]).toBeLessThan(150);
    expect(starts[1]! - starts[0]!).toBeGreaterThanOrEqual(295);
    expect(starts[2]! - starts[1]!).toBeGreaterThanOrEqual(295);
  });

  it('does not make other hosts wait', async () => {
    const starts = await startTimes(new HostPacer({ intervalMs: 400, concurrency: 8 }), ['a', 'a', 'b', 'c']);
    expect(starts[2]).toBeLessThan(200);
    expect(starts[3]).toBeLessThan(200);
    expect(starts[1]).toBeGreaterThanOrEqual(395);
  });

  it('keeps at most `concurrency` tasks running', async () => {
    const pacer = new HostPacer({ intervalMs: 0, concurrency: 2 });
    let running = 0;
    let peak = 0;
    await Promise.all(
      ['a', 'b', 'c', 'd', 'e'].map((host) =>
        pacer.run(host, async () => {
          running += 1;
          peak = Math.max(peak, running);
          await sleep(20);
          running -= 1;
        }),
      ),
    );
    expect(peak).toBe(2);
  });

  it('honours a longer per-host interval (Crawl-delay)', async () => {
    const pacer = new HostPacer({ intervalMs: 0, concurrency: 8 });
    pacer.setHostInterval('slow', 100);
    const starts = await startTimes(pacer, ['slow', 'slow']);
    expect(starts[1]! - starts[0]!).toBeGreaterThanOrEqual(95);
  });

  it('paces from when a request went out, not from when it was let start', async () => {
    // Prepare: the first request is held 30 ms between its start and its first byte (a busy event loop).
    const pacer = new HostPacer({ intervalMs: 50, concurrency: 8 });
    let firstSent = 0;
    let secondStart = 0;
    // Act
    await Promise.all([
      pacer.run('a', async (sent) => { await sleep(30); firstSent = performance.now(); sent(); }),
      pacer.run('a', async (sent) => { secondStart = performance.now(); sent(); }),
    ]);
    // Assert
    expect(secondStart - firstSent).toBeGreaterThanOrEqual(50);
  });

  it('never lets a request out early, though a timer may fire early', async () => {
    // Prepare: the loop is busy for 30 ms right after the first request went out, so the second
    // one's timer counts from a stale loop clock and fires a fraction of a millisecond early.
    const pacer = new HostPacer({ intervalMs: 50, concurrency: 8 });
    const busy = (ms: number) => { const end = performance.now() + ms; while (performance.now() < end); };
    const out: number[] = [];
    // Act
    await Promise.all([
      pacer.run('a', async (sent) => { out.push(performance.now()); sent(); busy(30); }),
      pacer.run('a', async (sent) => { out.push(performance.now()); sent(); }),
    ]);
    // Assert
    expect(out[1]! - out[0]!).toBeGreaterThanOrEqual(50);
  });

  it('frees the slot and the host turn when a task fails', async () => {
    const pacer = new HostPacer({ intervalMs: 0, concurrency: 1 });
    await expect(pacer.run('a', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(pacer.run('a', async () => 'ok')).resolves.toBe('ok');
  });
});
