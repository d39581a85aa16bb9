import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { startLocalStores, type LocalStores } from '../../../shared/local/stores.js';
import { buildAlert, buildFact } from '../../helpers/builders.js';
import { articleIdOf } from '../../../shared/pipeline/ids.js';
import { groupFacts } from '../../../shared/deals/group-facts.js';

let stores: LocalStores;
beforeAll(async () => { stores = await startLocalStores(); });
afterAll(async () => { await stores?.close(); });

describe('item ledger (conditional claims on dynalite, the work index)', () => {
  const message = (articleId: string) => ({
    articleId, canonicalUrl: 'https://x.test/a', outlet: 'X', site: null, language: null,
    item: { feedId: 'f', title: 'A', link: 'https://x.test/a', guid: null, published: null, description: '', contentHtml: null, categories: [], image: null },
  });
  const claim = (articleId: string, contentHash: string, claimedAt = '2026-11-27T00:00:00.000Z') =>
    ({ articleId, canonicalUrl: 'https://x.test/a', feedId: 'f', contentHash, claimedAt, message: message(articleId) });
  const minutes = (iso: string, n: number) => new Date(Date.parse(iso) + n * 60_000).toISOString();
  const T0 = '2026-11-27T00:00:00.000Z';

  it('claims an item once, then sees it, and tells an update from a repeat', async () => {
    const id = articleIdOf('https://x.test/a');
    expect(await stores.ledger.claim(claim(id, 'h1'))).toBe('new');
    expect(await stores.ledger.claim(claim(id, 'h1'))).toBe('seen');
    expect(await stores.ledger.claim(claim(id, 'h2'))).toBe('updated');
    expect(await stores.ledger.claim(claim(id, 'h2'))).toBe('seen');
    expect(await stores.ledger.messageOf(id)).toEqual(message(id));
  });

  it('keeps a transient failure due after a growing pause, a bounded number of times, and never a permanent one', async () => {
    const transient = articleIdOf('https://x.test/transient');
    expect(await stores.ledger.claim(claim(transient, 'h', T0))).toBe('new');
    await stores.ledger.settle(transient, { status: 'failed', error: 'timeout', retryable: true }, T0);
    expect(await stores.ledger.claim(claim(transient, 'h', minutes(T0, 4)))).toBe('seen');
    expect(await stores.ledger.claim(claim(transient, 'h', minutes(T0, 5)))).toBe('retry');
    await stores.ledger.settle(transient, { status: 'failed', error: 'timeout', retryable: true }, minutes(T0, 5));
    expect(await stores.ledger.claim(claim(transient, 'h', minutes(T0, 14)))).toBe('seen');
    expect(await stores.ledger.claim(claim(transient, 'h', minutes(T0, 15)))).toBe('retry');
    await stores.ledger.settle(transient, { status: 'failed', error: 'timeout', retryable: true }, minutes(T0, 15));
    expect(await stores.ledger.claim(claim(transient, 'h', minutes(T0, 600)))).toBe('seen');

    const permanent = articleIdOf('https://x.test/permanent');
    await stores.ledger.claim(claim(permanent, 'h', T0));
    await stores.ledger.settle(permanent, { status: 'failed', error: 'not an article', retryable: false }, T0);
    expect(await stores.ledger.claim(claim(permanent, 'h', minutes(T0, 600)))).toBe('seen');
  });

  it('claims again an item whose claim was never settled after the lease (a run killed mid-way)', async () => {
    const id = articleIdOf('https://x.test/lost');
    const at = (t: string) => claim(id, 'h', t);
    expect(await stores.ledger.claim(at('2026-11-27T10:00:00.000Z'))).toBe('new');
    expect(await stores.ledger.claim(at('2026-11-27T10:30:00.000Z'))).toBe('seen');
    expect(await stores.ledger.claim(at('2026-11-27T11:30:00.000Z'))).toBe('retry');
    await stores.ledger.settle(id, { status: 'stored' }, '2026-11-27T11:31:00.000Z');
    expect(await stores.ledger.claim(at('2026-11-28T11:30:00.000Z'))).toBe('seen');
  });

  it('makes a released claim due at once, without counting it as abandoned', async () => {
    const id = articleIdOf('https://x.test/released');
    await stores.ledger.claim(claim(id, 'h', T0));
    await stores.ledger.release(id, minutes(T0, 1));
    const due = (await stores.ledger.due({ at: minutes(T0, 1) })).filter((c) => c.articleId === id);
    expect(due).toMatchObject([{ status: 'claimed', takeovers: 0 }]);
    expect(await stores.ledger.takeOver(due[0]!, minutes(T0, 2))).toEqual(message(id));
    expect((await stores.ledger.due({ at: minutes(T0, 2), abandonedBefore: minutes(T0, 3) })).find((c) => c.articleId === id)).toMatchObject({ takeovers: 0 });
  });
});

describe('work index: what the sweep finds, without the feeds', () => {
  let fresh: LocalStores;
  beforeAll(async () => { fresh = await startLocalStores({ tableName: 'work-index' }); });
  afterAll(async () => { await fresh?.close(); });
  const T0 = '2026-11-27T00:00:00.000Z';
  const at = (minutes: number) => new Date(Date.parse(T0) + minutes * 60_000).toISOString();
  const put = (name: string, when = T0) => {
    const articleId = articleIdOf(`https://x.test/${name}`);
    return fresh.ledger.claim({
      articleId, canonicalUrl: `https://x.test/${name}`, feedId: 'f', contentHash: 'h', claimedAt: when,
      message: { articleId, canonicalUrl: `https://x.test/${name}`, outlet: null, site: null, language: null, item: { feedId: 'f', title: name, link: `https://x.test/${name}`, guid: null, published: null, description: '', contentHtml: null, categories: [], image: null } },
    }).then(() => articleId);
  };

  it('lists abandoned and retryable claims when due, never stored or permanently failed ones', async () => {
    const abandoned = await put('abandoned');
    const retryable = await put('retryable');
    const stored = await put('stored');
    const permanent = await put('permanent');
    await fresh.ledger.settle(retryable, { status: 'failed', error: 'HTTP 503', retryable: true }, T0);
    await fresh.ledger.settle(stored, { status: 'stored' }, T0);
    await fresh.ledger.settle(permanent, { status: 'failed', error: 'HTTP 404', retryable: false }, T0);
    const ids = async (q: Parameters<typeof fresh.ledger.due>[0]) => (await fresh.ledger.due(q)).map((c) => c.articleId).sort();

    expect(await ids({ at: at(1) })).toEqual([]);
    expect(await ids({ at: at(5) })).toEqual([retryable]);
    expect(await ids({ at: at(60) })).toEqual([abandoned, retryable].sort());
    // The local runtime holds the data-folder lock: a claim handed out before its start is abandoned.
    expect(await ids({ at: at(1), abandonedBefore: at(1) })).toEqual([abandoned]);
  });

  it('hands a due claim to one taker only, and closes one abandoned too often', async () => {
    const id = await put('poison', at(100));
    let when = 100;
    for (let i = 0; i < 5; i++) {
      when += 1;
      const [due] = (await fresh.ledger.due({ at: at(when), abandonedBefore: at(when) })).filter((c) => c.articleId === id);
      expect(due).toBeDefined();
      const [a, b] = await Promise.all([fresh.ledger.takeOver(due!, at(when)), fresh.ledger.takeOver(due!, at(when))]);
      expect([a, b].filter(Boolean)).toHaveLength(1);
    }
    const [last] = (await fresh.ledger.due({ at: at(when + 1), abandonedBefore: at(when + 1) })).filter((c) => c.articleId === id);
    expect(last).toMatchObject({ takeovers: 5 });
    expect(await fresh.ledger.takeOver(last!, at(when + 1))).toBeNull();
    expect((await fresh.ledger.due({ at: at(when + 500) })).map((c) => c.articleId)).not.toContain(id);
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

describe('deal memberships', () => {
  it('moves a fact to its deal and clears only the pending marks the mover settled', async () => {
    const url = 'https://k.example/1';
    const fact = buildFact({ articleId: articleIdOf(url), sourceUrl: url, evidence: 'ADB lends $150 million to Uzbekistan.' });
    const [deal] = groupFacts([fact], () => null, '2026-11-20T12:00:00.000Z');
    await stores.deals.markPending({ ...deal!, id: 'mine' });
    await stores.deals.markPending({ ...deal!, id: 'another-process' });
    await stores.deals.putMemberships(deal!, new Set(['mine', deal!.id]));
    expect(await stores.deals.dealIdsOf([fact])).toEqual(new Map([[fact.id, deal!.id]]));
    expect(await stores.deals.pendingDealsOf([fact])).toEqual(new Set(['another-process']));
    await stores.deals.putMemberships(deal!, new Set(['another-process']));
    expect(await stores.deals.pendingDealsOf([fact])).toEqual(new Set());
  });
});

describe('deal revisions', () => {
  it('writes or deletes a deal over exactly the revision read, and over nothing else', async () => {
    const url = 'https://k.example/2';
    const fact = buildFact({ articleId: articleIdOf(url), sourceUrl: url, evidence: 'ADB lends $250 million to Uzbekistan.' });
    const [deal] = groupFacts([fact], () => null, '2026-11-20T12:00:00.000Z');
    await stores.deals.putDeal(deal!, { memberships: false });
    const first = await stores.deals.readDeal(deal!.id);
    expect(first?.deal).toEqual(deal);
    // Another process writes it: the first reader's revision no longer holds for a write or a delete.
    expect(await stores.deals.putDeal({ ...deal!, updatedAt: '2026-11-21T12:00:00.000Z' }, { memberships: false, ifRevision: first!.revision })).toBe(true);
    expect(await stores.deals.putDeal(deal!, { memberships: false, ifRevision: first!.revision })).toBe(false);
    expect(await stores.deals.deleteDeal(deal!.id, { ifRevision: first!.revision })).toBe(false);
    expect((await stores.deals.getDeal(deal!.id))?.updatedAt).toBe('2026-11-21T12:00:00.000Z');
    const second = await stores.deals.readDeal(deal!.id);
    expect(second?.revision).not.toBe(first?.revision);
    expect(await stores.deals.deleteDeal(deal!.id, { ifRevision: second!.revision })).toBe(true);
    expect(await stores.deals.readDeal(deal!.id)).toBeNull();
  });

  it('treats a deal stored before revisions as revision \'\' until its first write with one', async () => {
    const url = 'https://k.example/3';
    const fact = buildFact({ articleId: articleIdOf(url), sourceUrl: url, evidence: 'ADB lends $350 million to Uzbekistan.' });
    const [deal] = groupFacts([fact], () => null, '2026-11-20T12:00:00.000Z');
    await stores.deals.putDeal(deal!, { memberships: false });
    // As an older process stored it: no revision attribute.
    await stores.doc.send(new UpdateCommand({ TableName: stores.tableName, Key: { pk: `DEAL#${deal!.id}`, sk: 'DEAL' }, UpdateExpression: 'REMOVE revision' }));
    expect((await stores.deals.readDeal(deal!.id))?.revision).toBe('');
    expect(await stores.deals.putDeal(deal!, { memberships: false, ifRevision: '' })).toBe(true);
    expect(await stores.deals.putDeal(deal!, { memberships: false, ifRevision: '' })).toBe(false);
    expect(await stores.deals.deleteDeal(deal!.id, { ifRevision: '' })).toBe(false);
  });
});

describe('feed state, alert outbox and blobs', () => {
  it('keeps feed state and lists every feed', async () => {
    const state = { feedId: 'trend', url: 'https://en.trend.az/feeds/index.rss', etag: '"abc"', lastModified: 'Wed, 25 Nov 2026 10:00:00 GMT',
      lastPolledAt: null, lastSuccessAt: null, nextPollAfter: null, consecutiveFailures: 0, lastError: null, lastWarning: null, paused: false, itemsSeen: 3, recentPublished: ["2026-08-06T07:00:00.000Z"] };
    await stores.feedState.put(state);
    await stores.feedState.put({ ...state, feedId: 'kun', etag: null });
    expect(await stores.feedState.get('trend')).toEqual(state);
    expect(await stores.feedState.get('nope')).toBeNull();
    expect((await stores.feedState.list()).map((s) => s.feedId).sort()).toEqual(['kun', 'trend']);
  });

  it('writes an alert to the outbox once, whatever asks again', async () => {
    const alert = buildAlert('a1');
    expect(await stores.outbox.enqueue(alert, '2026-11-27T00:00:00.000Z')).toBe(true);
    expect(await stores.outbox.enqueue({ ...alert, title: 'changed' }, '2026-11-27T00:00:01.000Z')).toBe(false);
    expect((await stores.outbox.pending()).find((p) => p.key === alert.alertId)).toMatchObject({ status: 'pending', attempts: 0, alert });
  });

  it('leases a pending alert to one sender; a lease is taken over after it runs out, a sent alert never', async () => {
    const alert = buildAlert('a2');
    await stores.outbox.enqueue(alert, '2026-11-27T10:00:00.000Z');
    const [a, b] = await Promise.all([
      stores.outbox.lease(alert.alertId, '2026-11-27T10:00:00.000Z'), stores.outbox.lease(alert.alertId, '2026-11-27T10:00:00.000Z'),
    ]);
    expect([a, b].filter(Boolean)).toHaveLength(1);
    // The sender died before sending: within the lease it holds, after it another may send.
    expect(await stores.outbox.lease(alert.alertId, '2026-11-27T10:04:00.000Z')).toBeNull();
    expect(await stores.outbox.lease(alert.alertId, '2026-11-27T10:06:00.000Z')).toMatchObject({ key: alert.alertId });
    // The local runtime holds the data-folder lock: any lease older than its start is a dead run's.
    expect(await stores.outbox.lease(alert.alertId, '2026-11-27T10:06:01.000Z', { leasesTakenBefore: '2026-11-27T10:06:01.000Z' })).not.toBeNull();
    await stores.outbox.markSent(alert.alertId, '2026-11-27T10:06:02.000Z');
    expect(await stores.outbox.lease(alert.alertId, '2026-11-28T10:00:00.000Z', { leasesTakenBefore: '2026-11-28T10:00:00.000Z' })).toBeNull();
    expect((await stores.outbox.pending()).map((p) => p.key)).not.toContain(alert.alertId);
  });

  it('makes a failed alert due again after a back-off that doubles with each failure', async () => {
    const alert = buildAlert('a3');
    const t = (m: number) => new Date(Date.parse('2026-11-29T10:00:00.000Z') + m * 60_000).toISOString();
    await stores.outbox.enqueue(alert, t(0));
    const dueAt = async (m: number) => (await stores.outbox.due(t(m))).includes(alert.alertId);
    expect(await dueAt(0)).toBe(true);
    await stores.outbox.markFailed((await stores.outbox.lease(alert.alertId, t(0)))!, 'HTTP 500', t(0));
    expect([await dueAt(0.9), await dueAt(1)]).toEqual([false, true]);
    await stores.outbox.markFailed((await stores.outbox.lease(alert.alertId, t(1)))!, 'HTTP 500', t(1));
    expect([await dueAt(2.9), await dueAt(3)]).toEqual([false, true]);
    expect((await stores.outbox.pending()).find((p) => p.key === alert.alertId)).toMatchObject({ attempts: 2, lastError: 'HTTP 500' });
  });

  it('stores, reads and lists blobs in s3rver', async () => {
    await stores.blobs.put('raw/dt=2026-11-27/a.html', '<p>Ташкент €</p>', 'text/html; charset=utf-8');
    await stores.blobs.put('raw/dt=2026-11-28/b.html', '<p>b</p>', 'text/html; charset=utf-8');
    expect(await stores.blobs.get('raw/dt=2026-11-27/a.html')).toBe('<p>Ташкент €</p>');
    expect(await stores.blobs.get('raw/dt=2026-11-27/missing.html')).toBeNull();
    expect(await stores.blobs.list('raw/')).toEqual(['raw/dt=2026-11-27/a.html', 'raw/dt=2026-11-28/b.html']);
  });
});
