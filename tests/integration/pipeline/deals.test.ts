// Deals on the sample site, through the whole pipeline into dynalite: each event that several outlets
// report is one deal, near misses stay apart, and the same articles in another order (and at another
// concurrency) give the same deals. Then deals follow re-extraction: a fact that goes leaves its deal.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { startLocalStores, type LocalStores } from '../../../shared/local/stores.js';
import { startSampleSite, type SampleSite } from '../../../shared/local/sample-site/server.js';
import { SAMPLE_EXPECTED_DEALS, SAMPLE_NEAR_MISSES, resolveMention } from '../../../shared/local/sample-site/expected-deals.js';
import { createHttpClient } from '../../../shared/fetch/http-client.js';
import { runOnce } from '../../../shared/local/run-once.js';
import { DealsUnsettledError, MAX_ROUNDS, updateDeals } from '../../../shared/deals/update-deals.js';
import { ArticleSchema, DealSchema, type Alert, type Article, type Deal, type Fact } from '../../../shared/schemas/index.js';
import { OUTLET_FEEDS } from '../../../shared/local/sample-site/sample-feeds.js';
import { dealAlertReasons } from '../../../shared/deals/deal-alerts.js';
import { DEFAULT_ALERT_THRESHOLD_USD } from '../../../shared/config/defaults.js';
import type { AlertSink } from '../../../shared/store/ports.js';
import { ENTITY } from '../../../shared/store/table-design.js';
import { buildFact } from '../../helpers/builders.js';
import { articleIdOf } from '../../../shared/pipeline/ids.js';

const quiet = { info() {}, warn() {} };
const sink: AlertSink = { async send() {} } as unknown as AlertSink;
let site: SampleSite;
const opened: LocalStores[] = [];

async function ingest(order: 'feed' | 'reversed', concurrency: number): Promise<LocalStores> {
  const stores = await startLocalStores({ dataDir: join(mkdtempSync(join(tmpdir(), 'deals-')), 'data') });
  opened.push(stores);
  const http = createHttpClient({ allowPrivateAddresses: true, perHostIntervalMs: 0, retries: 0 });
  const feeds = order === 'feed' ? site.feeds : [...site.feeds].reverse();
  if (order === 'reversed') {
    // Each feed's items in reverse too: a later report of a deal is stored before the first.
    for (const feed of feeds) await runOnce({ stores, http, feeds: [feed], sink, thresholdUsd: 1e8, log: quiet, ignorePollInterval: true, concurrency });
  } else {
    await runOnce({ stores, http, feeds, sink, thresholdUsd: 1e8, log: quiet, ignorePollInterval: true, concurrency });
  }
  return stores;
}

async function scan(stores: LocalStores, entity: string): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const out = await stores.doc.send(new ScanCommand({ TableName: stores.tableName, ExclusiveStartKey: start }));
    items.push(...(out.Items ?? []).filter((i) => i.entity === entity));
    start = out.LastEvaluatedKey;
  } while (start);
  return items;
}

/** The stored article JSON of a page (articles/dt=…/<article id>.json in the blob store). */
async function storedArticle(stores: LocalStores, id: string): Promise<Article> {
  const key = (await stores.blobs.list('articles/')).find((k) => k.endsWith(`/${id}.json`));
  expect(key, id).toBeDefined();
  return ArticleSchema.parse(JSON.parse((await stores.blobs.get(key!))!));
}

const dealsOf = async (stores: LocalStores): Promise<Deal[]> => (await scan(stores, ENTITY.deal)).map((i) => DealSchema.parse(i.deal));
const factsOf = async (stores: LocalStores): Promise<Fact[]> => (await scan(stores, ENTITY.fact)).map((i) => i.fact as Fact);

/** The deal holding the stored fact an expected mention names (matched on path, type and amount). */
function dealOfMention(deals: Deal[], ref: Parameters<typeof resolveMention>[0]): Deal {
  const { path } = resolveMention(ref);
  const found = deals.filter((d) => d.mentions.some((m) => new URL(m.sourceUrl).pathname === path && m.type === ref.type
    && (ref.amount === null ? m.amount === null : m.amount?.value === ref.amount.value && m.amount.currency === ref.amount.currency)));
  expect(found, `${ref.outlet}:${ref.id} ${ref.type}`).toHaveLength(1);
  return found[0]!;
}

const shape = (deals: Deal[]) => deals.map((d) => `${d.id}: ${d.mentions.map((m) => m.factId).sort().join(',')}`).sort();

/** One report of the ADB's $150 million water loan to Uzbekistan, at this address: the races below group three of them. */
const loanReport = (url: string): Fact => buildFact({
  articleId: articleIdOf(url), sourceUrl: url, people: [], type: 'financing', status: 'signed', amount: { value: 150e6, currency: 'USD', qualifier: 'exact' },
  countries: ['UZ'], organizations: ['Asian Development Bank (ADB)'], published: '2026-11-18T09:00:00Z',
  evidence: `ADB signed a $150 million water loan with Uzbekistan (${url}).`,
});

/** A promise one step of a race waits on, and the call that lets it go. */
const gate = () => { let open!: () => void; const opened = new Promise<void>((r) => { open = r; }); return { open, opened }; };

/** Fresh stores holding one report's fact and the deal it forms: where each race below starts. */
async function withFirstReport(name: string, first: Fact): Promise<{ stores: LocalStores; deps: { deals: LocalStores['deals']; facts: LocalStores['facts']; now: () => Date }; deal: Deal }> {
  const stores = await startLocalStores({ dataDir: join(mkdtempSync(join(tmpdir(), `deals-${name}-`)), 'data') });
  opened.push(stores);
  const deps = { deals: stores.deals, facts: stores.facts, now: () => new Date('2026-11-20T12:00:00Z') };
  await stores.facts.replaceFacts(first.articleId, [first]);
  const [deal] = (await updateDeals({ articleId: first.articleId, facts: [first] }, deps)).deals;
  return { stores, deps, deal: deal! };
}

/** What an announcement of `deal` records over the stored deal, written over exactly what it read, as the announcer writes it. */
async function announce(stores: LocalStores, deal: Deal, alertId: string): Promise<boolean> {
  const read = (await stores.deals.readDeal(deal.id))!;
  const alerted = { alertId, status: deal.status, amount: deal.amount, amountUsd: deal.amountUsd, countries: deal.countries, organizationKeys: deal.organizationKeys };
  return stores.deals.putDeal({ ...read.deal, alerted }, { memberships: false, ifRevision: read.revision });
}

let inOrder: LocalStores;
let reversed: LocalStores;

beforeAll(async () => {
  site = await startSampleSite();
  inOrder = await ingest('feed', 4);
  reversed = await ingest('reversed', 1);
}, 180_000);

afterAll(async () => {
  await site?.close();
  for (const s of opened) await s.close();
});

describe('deals on the sample site', () => {
  it('makes each event reported by several outlets one deal, with every outlet among its mentions', async () => {
    const deals = await dealsOf(inOrder);
    for (const expected of SAMPLE_EXPECTED_DEALS.filter((d) => d.kind === 'multi-outlet')) {
      const ids = new Set(expected.mentions.map((m) => dealOfMention(deals, m).id));
      expect([...ids], expected.name).toHaveLength(1);
      const deal = deals.find((d) => d.id === [...ids][0])!;
      // Outlets by name: Kun.uz's English and Russian editions are one outlet.
      expect([...deal.outlets].sort(), expected.name).toEqual([...new Set(expected.mentions.map((m) => OUTLET_FEEDS[m.outlet].outlet))].sort());
    }
  });

  it('makes the Russian report of the ADB loan and the English ones one deal, the Russian article stored as Russian', async () => {
    const deals = await dealsOf(inOrder);
    const adb = SAMPLE_EXPECTED_DEALS.find((d) => d.name === 'adb-karakalpakstan-water-loan')!;
    const russian = adb.mentions.filter((m) => m.outlet === 'kun-ru');
    const english = adb.mentions.filter((m) => m.outlet === 'trend' || m.outlet === 'astana');
    expect(russian.length).toBeGreaterThan(0);
    expect(english.length).toBeGreaterThan(0);
    const deal = dealOfMention(deals, russian[0]!);
    for (const m of [...russian, ...english]) expect(dealOfMention(deals, m).id, `${m.outlet}:${m.id} ${m.type}`).toBe(deal.id);
    const paths = deal.mentions.map((m) => new URL(m.sourceUrl).pathname);
    expect(paths.some((p) => p.startsWith('/kun/ru/'))).toBe(true);
    expect(paths.some((p) => p.startsWith('/trend/') || p.startsWith('/astanatimes/'))).toBe(true);
    // The stored articles behind the mentions: the Russian one in Russian, the others in English.
    const languages = new Map<string, string | null>();
    for (const m of deal.mentions) languages.set(new URL(m.sourceUrl).pathname, (await storedArticle(inOrder, m.articleId)).language);
    for (const [path, language] of languages) expect(language, path).toBe(path.startsWith('/kun/ru/') ? 'ru' : 'en');
  });

  it('keeps near misses apart', async () => {
    const deals = await dealsOf(inOrder);
    for (const miss of SAMPLE_NEAR_MISSES) {
      const [a, b] = miss.deals.map((name) => SAMPLE_EXPECTED_DEALS.find((d) => d.name === name)!);
      expect(dealOfMention(deals, a!.mentions[0]!).id, miss.why).not.toBe(dealOfMention(deals, b!.mentions[0]!).id);
    }
  });

  it('holds every stored fact in exactly one deal, and names the best mention among its own', async () => {
    const deals = await dealsOf(inOrder);
    const facts = await factsOf(inOrder);
    const mentioned = deals.flatMap((d) => d.mentions.map((m) => m.factId));
    expect(new Set(mentioned).size).toBe(mentioned.length);
    expect(new Set(mentioned)).toEqual(new Set(facts.map((f) => f.id)));
    for (const d of deals) expect(d.mentions.map((m) => m.factId)).toContain(d.best);
    expect(deals.length).toBeLessThan(facts.length);
  });

  it('gives the same deals whatever order the articles arrive in', async () => {
    expect(shape(await dealsOf(reversed))).toEqual(shape(await dealsOf(inOrder)));
  });

  it('changes nothing on a second run', async () => {
    const before = await scan(inOrder, ENTITY.deal);
    const http = createHttpClient({ allowPrivateAddresses: true, perHostIntervalMs: 0, retries: 0 });
    await runOnce({ stores: inOrder, http, feeds: site.feeds, sink, thresholdUsd: 1e8, log: quiet, ignorePollInterval: true });
    const key = (i: Record<string, unknown>) => `${i.pk}`;
    expect((await scan(inOrder, ENTITY.deal)).sort((a, b) => key(a).localeCompare(key(b))))
      .toEqual(before.sort((a, b) => key(a).localeCompare(key(b))));
  });
});

describe('alerts per deal on the sample site', () => {
  it('alerts each deal that passes the default filter once, nothing on a second run, and one update when a later story revises a sum', async () => {
    const stores = await startLocalStores({ dataDir: join(mkdtempSync(join(tmpdir(), 'deal-alerts-')), 'data') });
    opened.push(stores);
    const sent: Alert[] = [];
    const collecting: AlertSink = { async send(alert) { sent.push(alert); } };
    const http = createHttpClient({ allowPrivateAddresses: true, perHostIntervalMs: 0, retries: 0 });
    const run = () => runOnce({ stores, http, feeds: site.feeds, sink: collecting, thresholdUsd: DEFAULT_ALERT_THRESHOLD_USD, log: quiet, ignorePollInterval: true });

    await run();
    const deals = await dealsOf(stores);
    const passing = deals.filter((d) => dealAlertReasons(d, DEFAULT_ALERT_THRESHOLD_USD).length > 0);
    expect(sent.map((a) => a.kind)).toEqual(passing.map(() => 'new'));
    expect(new Set(sent.map((a) => a.alertId)).size).toBe(sent.length);
    expect(deals.filter((d) => d.alerted !== null)).toHaveLength(passing.length);

    await run();
    expect(sent).toHaveLength(passing.length);

    site.setEdition(2);
    try {
      await run();
    } finally {
      site.setEdition(1);
    }
    const [update, ...more] = sent.slice(passing.length);
    expect(more).toEqual([]);
    expect(update).toMatchObject({ kind: 'update', changes: [{ field: 'amount', from: 'USD 120,000,000', to: 'USD 135,000,000' }], amount: { value: 135e6, currency: 'USD' } });
    expect(update!.evidence).toMatch(/revised to \$135 million/);
  }, 120_000);
});

describe('deals follow re-extraction', () => {
  it('splits a deal when the fact that joined two reports goes, and finishes after a crash', async () => {
    const stores = await startLocalStores({ dataDir: join(mkdtempSync(join(tmpdir(), 'deals-split-')), 'data') });
    opened.push(stores);
    const deps = { deals: stores.deals, facts: stores.facts, now: () => new Date('2026-11-20T12:00:00Z') };
    const at = (url: string, over: Partial<Fact>) => buildFact({ articleId: articleIdOf(url), sourceUrl: url, people: [], ...over });
    const loan = (url: string, day: string, evidence: string) => at(url, {
      type: 'financing', status: 'signed', amount: { value: 150e6, currency: 'USD', qualifier: 'exact' }, countries: ['UZ'],
      organizations: ['Asian Development Bank (ADB)'], published: `${day}T09:00:00Z`, evidence,
    });
    const a = loan('https://a.example/1', '2026-11-18', 'ADB lends $150 million for water in Karakalpakstan.');
    const b = loan('https://b.example/2', '2026-11-19', 'ADB signed a $150 million water loan with Uzbekistan.');
    for (const f of [a, b]) {
      await stores.facts.replaceFacts(f.articleId, [f]);
      await updateDeals({ articleId: f.articleId, facts: [f] }, deps);
    }
    const [joined] = await dealsOf(stores);
    expect(joined?.mentions.map((m) => m.factId).sort()).toEqual([a.id, b.id].sort());

    // Article b is re-extracted and its loan is now $300 million: another deal. The process dies after
    // storing the facts, before the deals: the next run's update must still split them.
    const b2 = loan('https://b.example/2', '2026-11-19', 'ADB signed a $300 million water loan with Uzbekistan.');
    const changed = { ...b2, amount: { value: 300e6, currency: 'USD', qualifier: 'exact' as const } };
    await stores.facts.replaceFacts(b.articleId, [changed]);
    // The retry stores the same facts again (nothing removed this time) and then updates the deals.
    expect((await stores.facts.replaceFacts(b.articleId, [changed])).removed).toEqual([]);
    await updateDeals({ articleId: b.articleId, facts: [changed] }, deps);
    const after = await dealsOf(stores);
    expect(shape(after).map((s) => s.split(': ')[1]).sort()).toEqual([a.id, changed.id].sort());
    const members = await scan(stores, ENTITY.dealMember);
    expect(members.map((m) => m.factId).sort()).toEqual([a.id, changed.id].sort());
  });

  it('leaves no duplicate deal when a process dies at any write of a merge: the next update finishes it', async () => {
    const url1 = 'https://c.example/1';
    const url2 = 'https://d.example/2';
    const make = (url: string, day: string, evidence: string) => buildFact({
      articleId: articleIdOf(url), sourceUrl: url, people: [], type: 'financing', status: 'signed', amount: { value: 150e6, currency: 'USD', qualifier: 'exact' },
      countries: ['UZ'], organizations: ['Asian Development Bank (ADB)'], published: `${day}T09:00:00Z`, evidence,
    });
    const x = make(url1, '2026-11-18', 'ADB lends $150 million for water in Karakalpakstan.');
    const y = make(url2, '2026-11-19', 'ADB signed a $150 million water loan with Uzbekistan.');
    // The later fact has the smaller id: joining it renames the deal (a deal's id is its smallest fact's), so the merge
    // writes a new deal, deletes the old one and moves the memberships: three kinds of write to die between.
    const [first, second] = x.id > y.id ? [x, y] : [y, x];
    for (let failAt = 1; failAt <= 4; failAt++) {
      const stores = await startLocalStores({ dataDir: join(mkdtempSync(join(tmpdir(), 'deals-crash-')), 'data') });
      opened.push(stores);
      const deps = { deals: stores.deals, facts: stores.facts, now: () => new Date('2026-11-20T12:00:00Z') };
      await stores.facts.replaceFacts(first.articleId, [first]);
      await updateDeals({ articleId: first.articleId, facts: [first] }, deps);
      // A store whose process dies at its failAt-th write.
      let writes = 0;
      const die = <T extends unknown[], R>(fn: (...a: T) => Promise<R>) => async (...a: T): Promise<R> => {
        if (++writes === failAt) throw new Error(`killed at write ${failAt}`);
        return fn(...a);
      };
      const dying = { ...stores.deals, putDeal: die(stores.deals.putDeal), deleteDeal: die(stores.deals.deleteDeal), putMemberships: die(stores.deals.putMemberships) };
      await stores.facts.replaceFacts(second.articleId, [second]);
      await updateDeals({ articleId: second.articleId, facts: [second] }, { ...deps, deals: dying }).catch(() => undefined);
      // The retry of the article: the same facts, the real store.
      await updateDeals({ articleId: second.articleId, facts: [second] }, deps);
      const deals = await dealsOf(stores);
      expect(shape(deals).map((d) => d.split(': ')[1]), `died at write ${failAt}`).toEqual([[x.id, y.id].sort().join(',')]);
      const members = await scan(stores, ENTITY.dealMember);
      expect(new Set(members.map((m) => m.dealId)), `died at write ${failAt}`).toEqual(new Set([deals[0]!.id]));
    }
  }, 60_000);

  it('leaves no duplicate deal when, after a process died in a merge, another report renames the deal before the retry', async () => {
    // Three reports of one loan. The second's update dies after writing the merged deal, before anything points to it; a
    // third report, whose fact has the smallest id of all, is grouped before the second is retried and renames the deal
    // again. The deal written by the update that died must not outlive it.
    const [third, second, first] = ['https://e.example/1', 'https://f.example/2', 'https://g.example/3'].map(loanReport).sort((p, q) => p.id.localeCompare(q.id));
    const { stores, deps } = await withFirstReport('rename', first!);
    // The second report's update writes the merged deal (named after the second's fact), then dies at its next write.
    const dying = { ...stores.deals, deleteDeal: async () => { throw new Error('killed'); }, putMemberships: async () => { throw new Error('killed'); } };
    await stores.facts.replaceFacts(second!.articleId, [second!]);
    await expect(updateDeals({ articleId: second!.articleId, facts: [second!] }, { ...deps, deals: dying })).rejects.toThrow('killed');
    expect((await dealsOf(stores)).length).toBe(2);
    // The third report arrives first, then the second is retried.
    await stores.facts.replaceFacts(third!.articleId, [third!]);
    await updateDeals({ articleId: third!.articleId, facts: [third!] }, deps);
    await updateDeals({ articleId: second!.articleId, facts: [second!] }, deps);
    const deals = await dealsOf(stores);
    expect(deals).toHaveLength(1);
    expect(deals[0]!.mentions.map((m) => m.factId).sort()).toEqual([first!.id, second!.id, third!.id].sort());
    const members = await scan(stores, ENTITY.dealMember);
    expect(new Set(members.map((m) => m.dealId))).toEqual(new Set([deals[0]!.id]));
  }, 60_000);

  it.each(['new', 'rewritten'])(
    'leaves no duplicate deal when an update dies after writing a %s deal while another update moves the same facts to its own', async (kind) => {
      // Three reports of one loan, two updates at once. The dying update saw two of them and wrote their deal; the other,
      // which started after it and saw all three, had read the pending marks before that deal was written, and moves the
      // memberships of all three to its own deal (named after the third report, whose fact has the smallest id of all).
      // Moving a membership must not clear a mark the mover never read: the retry finds the dead update's deal by it.
      const [smallest, ...others] = ['https://h.example/1', 'https://i.example/2', 'https://j.example/3'].map(loanReport).sort((p, q) => p.id.localeCompare(q.id)) as [Fact, Fact, Fact];
      // 'new': the first stored fact has the larger id, so the dying update's deal of two gets a new name; 'rewritten': the
      // smaller, so it rewrites the first fact's deal under the same name.
      const [first, dying] = kind === 'new' ? [others[1]!, others[0]!] : [others[0]!, others[1]!];
      const { stores, deps } = await withFirstReport('race', first);

      const otherReadMarks = gate();
      const otherDeleted = gate();
      const deadWrote = gate();
      let other: Promise<unknown> | undefined;
      // The other update: its first reading of the marks lets the dying one go on, and so does its deleting the first
      // report's deal (which the dying one then writes again, in the 'rewritten' case); its memberships wait for that write.
      let reads = 0;
      const otherStore = {
        ...stores.deals,
        pendingDealsOf: async (facts: Parameters<typeof stores.deals.pendingDealsOf>[0]) => {
          const out = await stores.deals.pendingDealsOf(facts);
          if (++reads === 1) otherReadMarks.open();
          return out;
        },
        deleteDeal: async (...a: Parameters<typeof stores.deals.deleteDeal>) => { const done = await stores.deals.deleteDeal(...a); otherDeleted.open(); return done; },
        putMemberships: async (...a: Parameters<typeof stores.deals.putMemberships>) => { await deadWrote.opened; await stores.deals.putMemberships(...a); },
      };
      // The dying update: once it has read its component and marks, the smallest report is stored and its update starts;
      // it writes its deal after the other has read the marks and deleted, then dies at the next write.
      let started = false;
      const dyingStore = {
        ...stores.deals,
        pendingDealsOf: async (facts: Parameters<typeof stores.deals.pendingDealsOf>[0]) => {
          const out = await stores.deals.pendingDealsOf(facts);
          if (!started) {
            started = true;
            await stores.facts.replaceFacts(smallest.articleId, [smallest]);
            other = updateDeals({ articleId: smallest.articleId, facts: [smallest] }, { ...deps, deals: otherStore });
            await otherReadMarks.opened;
          }
          return out;
        },
        putDeal: async (...a: Parameters<typeof stores.deals.putDeal>) => { await otherDeleted.opened; const done = await stores.deals.putDeal(...a); if (done) deadWrote.open(); return done; },
        deleteDeal: async () => { throw new Error('killed'); },
        putMemberships: async () => { throw new Error('killed'); },
      };
      await stores.facts.replaceFacts(dying.articleId, [dying]);
      await expect(updateDeals({ articleId: dying.articleId, facts: [dying] }, { ...deps, deals: dyingStore })).rejects.toThrow('killed');
      await other;
      // The dead update's article is processed again.
      await updateDeals({ articleId: dying.articleId, facts: [dying] }, deps);
      const deals = await dealsOf(stores);
      expect(shape(deals)).toHaveLength(1);
      expect(deals[0]!.mentions.map((m) => m.factId).sort()).toEqual([smallest.id, first.id, dying.id].sort());
      const members = await scan(stores, ENTITY.dealMember);
      expect(new Set(members.map((m) => m.dealId))).toEqual(new Set([deals[0]!.id]));
    }, 60_000);

  it('leaves no duplicate deal when another update clears the mark of a deal it read before that deal was written', async () => {
    // Three reports of one loan, two updates at once. The first report's deal is P. X, the update of the second report,
    // writes their deal (marked first, then put), but its deletion of P fails: an announcement recorded what it told on P
    // after X read it. Y, the update of the third report (whose fact has the smallest id), read the marks after X marked
    // its deal and the deals before X put it: it deletes P, moves every membership to its own deal, and must not clear a
    // mark whose deal it never saw. Else X's next round finds nothing that leads to X's deal, and it outlives the update.
    const [third, second, first] = ['https://k.example/1', 'https://l.example/2', 'https://m.example/3'].map(loanReport).sort((p, q) => p.id.localeCompare(q.id)) as [Fact, Fact, Fact];
    const { stores, deps, deal: p } = await withFirstReport('marks', first);

    const yRead = gate();
    const yGo = gate();
    let y: Promise<unknown> | undefined;
    // Y stops at its first write, having read the marks and the deals.
    let yWrites = 0;
    const yStore = {
      ...stores.deals,
      putDeal: async (...a: Parameters<typeof stores.deals.putDeal>) => {
        if (++yWrites === 1) { yRead.open(); await yGo.opened; }
        return stores.deals.putDeal(...a);
      },
    };
    let xWrites = 0;
    const xStore = {
      ...stores.deals,
      // X's deal is marked; before it is put, P is announced and Y reads.
      putDeal: async (...a: Parameters<typeof stores.deals.putDeal>) => {
        if (++xWrites === 1) {
          expect(await announce(stores, p, 'a'.repeat(32))).toBe(true);
          await stores.facts.replaceFacts(third.articleId, [third]);
          y = updateDeals({ articleId: third.articleId, facts: [third] }, { ...deps, deals: yStore });
          await yRead.opened;
        }
        return stores.deals.putDeal(...a);
      },
      // X's deletion of P fails (announced since X read it); then Y finishes before X's next round.
      deleteDeal: async (...a: Parameters<typeof stores.deals.deleteDeal>) => {
        const done = await stores.deals.deleteDeal(...a);
        if (y) { yGo.open(); await y; }
        return done;
      },
    };
    await stores.facts.replaceFacts(second.articleId, [second]);
    await updateDeals({ articleId: second.articleId, facts: [second] }, { ...deps, deals: xStore });
    await y;
    expect(xWrites).toBeGreaterThan(0);
    const deals = await dealsOf(stores);
    expect(shape(deals)).toHaveLength(1);
    expect(deals[0]!.mentions.map((m) => m.factId).sort()).toEqual([first.id, second.id, third.id].sort());
    // What P told carries over to the deal that holds its fact.
    expect(deals[0]!.alerted?.alertId).toBe('a'.repeat(32));
    const members = await scan(stores, ENTITY.dealMember);
    expect(new Set(members.map((m) => m.dealId))).toEqual(new Set([deals[0]!.id]));
  }, 60_000);
  it('fails the update, retryably, when the deals keep changing under other writers for every round, and the retry settles them', async () => {
    // Two reports of one loan. The first report's deal P is announced again (a real conditional write over it) each time
    // the second report's update is about to delete it, so no round settles. The update must not return as if it had
    // settled: it throws an error the item's claim records as retryable, and the retry, once the writes stop, leaves one
    // deal holding both facts and what the last announcement told.
    const [second, first] = ['https://n.example/1', 'https://o.example/2'].map(loanReport).sort((p, q) => p.id.localeCompare(q.id)) as [Fact, Fact];
    const { stores, deps, deal: p } = await withFirstReport('rounds', first);
    let announcements = 0;
    const busyStore = {
      ...stores.deals,
      deleteDeal: async (...a: Parameters<typeof stores.deals.deleteDeal>) => {
        if (a[0] === p.id) {
          expect(await announce(stores, p, String(9 - announcements++).repeat(32))).toBe(true);
        }
        return stores.deals.deleteDeal(...a);
      },
    };
    await stores.facts.replaceFacts(second.articleId, [second]);
    const failed = updateDeals({ articleId: second.articleId, facts: [second] }, { ...deps, deals: busyStore });
    await expect(failed).rejects.toThrow(DealsUnsettledError);
    await expect(failed).rejects.toMatchObject({ retryable: true, articleId: second.articleId });
    expect(announcements).toBe(MAX_ROUNDS);
    // Unsettled, P is still stored beside the deal that replaces it.
    expect(await dealsOf(stores)).toHaveLength(2);

    const { deals } = await updateDeals({ articleId: second.articleId, facts: [second] }, deps);
    expect(deals).toHaveLength(1);
    const stored = await dealsOf(stores);
    expect(shape(stored)).toEqual([`${deals[0]!.id}: ${[first.id, second.id].sort().join(',')}`]);
    // Of the announcements P carried, the smallest alert id passes on (withAlerted), the last one written here.
    expect(stored[0]!.alerted?.alertId).toBe(String(9 - MAX_ROUNDS + 1).repeat(32));
    const members = await scan(stores, ENTITY.dealMember);
    expect(new Set(members.map((m) => m.dealId))).toEqual(new Set([deals[0]!.id]));
  }, 60_000);
});
