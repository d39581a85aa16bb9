import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalStores, type LocalStores } from '../../../shared/local/stores.js';
import { buildFact } from '../../helpers/builders.js';
import { articleIdOf } from '../../../shared/pipeline/ids.js';

let stores: LocalStores;
beforeAll(async () => { stores = await startLocalStores(); });
afterAll(async () => { await stores?.close(); });

describe('item ledger (conditional claims on dynalite)', () => {
  const claim = (articleId: string, contentHash: string) =>
    ({ articleId, canonicalUrl: 'https://x.test/a', feedId: 'f', contentHash, claimedAt: '2026-11-27T00:00:00.000Z' });

  it('claims an item once, then sees it, and tells an update from a repeat', async () => {
    const id = articleIdOf('https://x.test/a');
    expect(await stores.ledger.claim(claim(id, 'h1'))).toBe('new');
    expect(await stores.ledger.claim(claim(id, 'h1'))).toBe('seen');
    expect(await stores.ledger.claim(claim(id, 'h2'))).toBe('updated');
    expect(await stores.ledger.claim(claim(id, 'h2'))).toBe('seen');
  });

  it('re-claims a transient failure a bounded number of times, and never a permanent one', async () => {
    const transient = articleIdOf('https://x.test/transient');
    expect(await stores.ledger.claim(claim(transient, 'h'))).toBe('new');
    await stores.ledger.settle(transient, { status: 'failed', error: 'timeout', retryable: true });
    expect(await stores.ledger.claim(claim(transient, 'h'))).toBe('retry');
    await stores.ledger.settle(transient, { status: 'failed', error: 'timeout', retryable: true });
    expect(await stores.ledger.claim(claim(transient, 'h'))).toBe('retry');
    await stores.ledger.settle(transient, { status: 'failed', error: 'timeout', retryable: true });
    expect(await stores.ledger.claim(claim(transient, 'h'))).toBe('seen');

    const permanent = articleIdOf('https://x.test/permanent');
    await stores.ledger.claim(claim(permanent, 'h'));
    await stores.ledger.settle(permanent, { status: 'failed', error: 'not an article', retryable: false });
    expect(await stores.ledger.claim(claim(permanent, 'h'))).toBe('seen');
  });

  it('claims again an item whose claim was never settled after the lease (a run killed mid-way)', async () => {
    const id = articleIdOf('https://x.test/lost');
    const at = (t: string) => ({ ...claim(id, 'h'), claimedAt: t });
    expect(await stores.ledger.claim(at('2026-11-27T10:00:00.000Z'))).toBe('new');
    expect(await stores.ledger.claim(at('2026-11-27T10:30:00.000Z'))).toBe('seen');
    expect(await stores.ledger.claim(at('2026-11-27T11:30:00.000Z'))).toBe('retry');
    await stores.ledger.settle(id, { status: 'stored' });
    expect(await stores.ledger.claim(at('2026-11-28T11:30:00.000Z'))).toBe('seen');
  });

  it('gives a released claim back', async () => {
    const id = articleIdOf('https://x.test/released');
    await stores.ledger.claim(claim(id, 'h'));
    await stores.ledger.release(id);
    expect(await stores.ledger.claim(claim(id, 'h'))).toBe('new');
  });
});

describe('fact store', () => {
  const article = articleIdOf('https://x.test/facts');
  const a = buildFact({ articleId: article, evidence: 'China will invest $1 billion in Uzbekistan.' });
  const b = buildFact({
    articleId: article, type: 'trade', countries: ['KZ', 'TR'], organizations: [], amount: { value: 1e10, currency: 'USD', qualifier: 'over' },
    evidence: 'Trade between Kazakhstan and Turkey topped $10 billion.', published: '2026-10-01T00:00:00Z',
  });

  it('reports only facts that did not exist before', async () => {
    expect((await stores.facts.replaceFacts(article, [a, b])).added.map((f) => f.id)).toEqual([a.id, b.id]);
    expect(await stores.facts.replaceFacts(article, [a, b])).toEqual({ added: [], removed: [] });
    expect((await stores.facts.factsOfArticle(article)).map((f) => f.id).sort()).toEqual([a.id, b.id].sort());
  });

  it('finds facts by country, pair, organisation, type and date through the indexes', async () => {
    expect((await stores.facts.query({ country: 'UZ' })).map((f) => f.id)).toContain(a.id);
    expect((await stores.facts.query({ country: 'TR-KZ' })).map((f) => f.id)).toEqual([b.id]);
    expect((await stores.facts.query({ country: 'UZ-KZ' }))).toEqual([]);
    expect((await stores.facts.query({ organization: 'China State Construction Corporation' })).map((f) => f.id)).toEqual([a.id]);
    expect((await stores.facts.query({ type: 'trade' })).map((f) => f.id)).toEqual([b.id]);
    expect((await stores.facts.query({ type: 'trade', since: '2026-11-01' }))).toEqual([]);
    expect((await stores.facts.query({ country: 'KZ', type: 'investment' }))).toEqual([]);
  });

  it('replaces an article\'s facts writing the new before removing the old, with their index entries', async () => {
    const c = buildFact({ articleId: article, type: 'agreement', countries: ['UZ', 'KR'], organizations: ['KEXIM'], amount: null, evidence: 'Uzbekistan and Korea signed a memorandum.' });
    const { added, removed } = await stores.facts.replaceFacts(article, [a, c]);
    expect(added.map((f) => f.id)).toEqual([c.id]);
    expect(removed.map((f) => f.id)).toEqual([b.id]);
    expect((await stores.facts.factsOfArticle(article)).map((f) => f.id).sort()).toEqual([a.id, c.id].sort());
    expect(await stores.facts.query({ country: 'TR-KZ' })).toEqual([]);
    expect((await stores.facts.query({ organization: 'kexim' })).map((f) => f.id)).toEqual([c.id]);
  });

  it('updates a fact that keeps its id and drops its stale index entries', async () => {
    const changed = { ...a, organizations: ['Uzbekneftegaz'] };
    const { added, removed } = await stores.facts.replaceFacts(article, [changed, buildFact({ articleId: article, type: 'agreement', countries: ['UZ', 'KR'], organizations: ['KEXIM'], amount: null, evidence: 'Uzbekistan and Korea signed a memorandum.' })]);
    expect(added).toEqual([]);
    expect(removed).toEqual([]);
    expect(await stores.facts.query({ organization: 'China State Construction' })).toEqual([]);
    expect((await stores.facts.query({ organization: 'JSC Uzbekneftegaz' }))[0]?.organizations).toEqual(['Uzbekneftegaz']);
  });
});

describe('feed state, alert ledger and blobs', () => {
  it('keeps feed state and lists every feed', async () => {
    const state = { feedId: 'trend', url: 'https://en.trend.az/feeds/index.rss', etag: '"abc"', lastModified: 'Wed, 25 Nov 2026 10:00:00 GMT',
      lastPolledAt: null, lastSuccessAt: null, nextPollAfter: null, consecutiveFailures: 0, lastError: null, paused: false, itemsSeen: 3 };
    await stores.feedState.put(state);
    await stores.feedState.put({ ...state, feedId: 'kun', etag: null });
    expect(await stores.feedState.get('trend')).toEqual(state);
    expect(await stores.feedState.get('nope')).toBeNull();
    expect((await stores.feedState.list()).map((s) => s.feedId).sort()).toEqual(['kun', 'trend']);
  });

  it('claims an alert key once and gives it back on release', async () => {
    expect(await stores.alertLedger.claim('k1', '2026-11-27T00:00:00.000Z')).toBe(true);
    expect(await stores.alertLedger.claim('k1', '2026-11-27T00:00:01.000Z')).toBe(false);
    await stores.alertLedger.release('k1');
    expect(await stores.alertLedger.claim('k1', '2026-11-27T00:00:02.000Z')).toBe(true);
  });

  it('lets a pending claim be taken over after its lease, and a confirmed one never', async () => {
    expect(await stores.alertLedger.claim('crashed', '2026-11-27T10:00:00.000Z')).toBe(true);
    // The sender died before sending: within the lease the claim holds, after it a retry may send.
    expect(await stores.alertLedger.claim('crashed', '2026-11-27T10:04:00.000Z')).toBe(false);
    expect(await stores.alertLedger.claim('crashed', '2026-11-27T10:06:00.000Z')).toBe(true);

    expect(await stores.alertLedger.claim('done', '2026-11-27T10:00:00.000Z')).toBe(true);
    await stores.alertLedger.confirm('done', '2026-11-27T10:00:01.000Z');
    expect(await stores.alertLedger.claim('done', '2026-11-28T10:00:00.000Z')).toBe(false);
  });

  it('stores, reads and lists blobs in s3rver', async () => {
    await stores.blobs.put('raw/dt=2026-11-27/a.html', '<p>Ташкент €</p>', 'text/html; charset=utf-8');
    await stores.blobs.put('raw/dt=2026-11-28/b.html', '<p>b</p>', 'text/html; charset=utf-8');
    expect(await stores.blobs.get('raw/dt=2026-11-27/a.html')).toBe('<p>Ташкент €</p>');
    expect(await stores.blobs.get('raw/dt=2026-11-27/missing.html')).toBeNull();
    expect(await stores.blobs.list('raw/')).toEqual(['raw/dt=2026-11-27/a.html', 'raw/dt=2026-11-28/b.html']);
  });
});
