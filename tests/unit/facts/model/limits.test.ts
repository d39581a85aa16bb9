// What bounds the model's cost and waiting: retries with backoff, the run's token budget, the reply cache.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withRetries } from '../../../../shared/facts/model/retry.js';
import { memoryBudget } from '../../../../shared/facts/model/memory-budget.js';
import { dirReplyCache, replyKey } from '../../../../shared/facts/model/reply-cache.js';
import { ModelError, type ModelRequest } from '../../../../shared/facts/model/types.js';

const policy = { attempts: 4, baseDelayMs: 1000, maxDelayMs: 8000 };

describe('withRetries', () => {
  it('retries throttling and timeouts with doubling waits (full jitter), then gives up with the last error', async () => {
    const waits: number[] = [];
    let calls = 0;
    const run = withRetries(async () => {
      calls++;
      throw new ModelError(calls % 2 ? 'throttled' : 'timeout', `call ${calls}`);
    }, policy, { sleep: async (ms) => void waits.push(ms), random: () => 1 });
    await expect(run).rejects.toMatchObject({ kind: 'timeout', message: 'call 4' });
    expect(calls).toBe(4);
    expect(waits).toEqual([1000, 2000, 4000]);
  });

  it('waits as long as Retry-After asks when that is longer, within the cap', async () => {
    const waits: number[] = [];
    let calls = 0;
    const value = await withRetries(async () => {
      if (++calls < 3) throw new ModelError('throttled', 'slow down', { status: 429, retryAfterMs: calls === 1 ? 5000 : 60_000 });
      return 'ok';
    }, policy, { sleep: async (ms) => void waits.push(ms), random: () => 0 });
    expect(value).toBe('ok');
    expect(waits).toEqual([5000, 8000]);
  });

  it('does not retry what another try cannot fix', async () => {
    for (const kind of ['config', 'http', 'malformed', 'refused'] as const) {
      let calls = 0;
      await expect(withRetries(async () => {
        calls++;
        throw new ModelError(kind, kind);
      }, policy, { sleep: async () => undefined })).rejects.toMatchObject({ kind });
      expect(calls).toBe(1);
    }
  });
});

describe('memoryBudget', () => {
  it('reserves estimates so that calls in flight cannot pass the limit together, and settles on what was counted', async () => {
    const budget = memoryBudget(10_000);
    expect(await budget.take(6000)).toBe(true);
    expect(await budget.take(6000)).toBe(false);
    await budget.settle(6000, 2500);
    expect(await budget.take(6000)).toBe(true);
    expect(await budget.take(2000)).toBe(false);
    await budget.settle(6000, 0);
    expect(budget.used()).toBe(2500);
  });
});

describe('dirReplyCache and replyKey', () => {
  const request: ModelRequest = { system: 's', user: '{"title":"t","sentences":[]}', schema: { type: 'object' }, schemaName: 'x', maxOutputTokens: 100 };
  const reply = { text: '{"facts":[]}', usage: { inputTokens: 10, outputTokens: 3 }, modelId: 'm' };

  it('keys by model and everything sent', () => {
    expect(replyKey(request, 'm')).toBe(replyKey({ ...request }, 'm'));
    expect(replyKey(request, 'm')).not.toBe(replyKey(request, 'other-model'));
    expect(replyKey(request, 'm')).not.toBe(replyKey({ ...request, user: `${request.user} ` }, 'm'));
    expect(replyKey(request, 'm')).toMatch(/^[0-9a-f]{64}$/);
  });

  it('keeps replies as whole files, and reads an unreadable one as a miss', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'replies-'));
    const cache = dirReplyCache(join(dir, 'cache'));
    expect(await cache.get('k')).toBeNull();
    await cache.put('k', reply);
    expect(await cache.get('k')).toEqual(reply);
    expect(readdirSync(join(dir, 'cache'))).toEqual(['k.json']);
    writeFileSync(join(dir, 'cache', 'bad.json'), '{"text": 1');
    expect(await cache.get('bad')).toBeNull();
  });
});

describe('withRetries within a deadline', () => {
  it('starts no attempt whose wait would end past the deadline, and throws the last error', async () => {
    let calls = 0;
    let clock = 0;
    await expect(withRetries(async () => {
      calls++;
      clock += 1000;
      throw new ModelError('timeout', `call ${calls}`);
    }, { attempts: 10, baseDelayMs: 1000, maxDelayMs: 1000 }, { sleep: async (ms) => void (clock += ms), random: () => 1, deadline: 4500, now: () => clock })).rejects.toMatchObject({ message: 'call 3' });
    expect(calls).toBe(3);
    expect(clock).toBe(5000);
  });
});
