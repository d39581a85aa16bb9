// A whole ingestion on the bundled sample site (with its fault feeds), into dynalite and s3rver,
// then a second run: what was stored, what was alerted, and that nothing moves the second time.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { startLocalStores, type LocalStores } from '../../../shared/local/stores.js';
import { startSampleSite, type SampleSite } from '../../../shared/local/sample-site/server.js';
import { SAMPLE_ARTICLES } from '../../../shared/local/sample-site/content/index.js';
import { createHttpClient } from '../../../shared/fetch/http-client.js';
import { createJsonlAlertSink } from '../../../shared/local/alert-sinks.js';
import { runOnce, type RunSummary } from '../../../shared/local/run-once.js';
import { ArticleSchema, DealSchema, FACT_TYPES, type Fact } from '../../../shared/schemas/index.js';
import { ENTITY } from '../../../shared/store/table-design.js';
import { unitsPerUsd } from '../../../shared/facts/money/usd.js';

const quiet = { info() {}, warn() {} };
let stores: LocalStores;
let site: SampleSite;
let alertsFile: string;
let first: RunSummary;
let second: RunSummary;
let tableAfterFirst: Record<string, unknown>[];
let blobsAfterFirst: string[];

async function scanTable(): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const out = await stores.doc.send(new ScanCommand({ TableName: stores.tableName, ExclusiveStartKey: start }));
    items.push(...(out.Items ?? []));
    start = out.LastEvaluatedKey;
  } while (start);
  // Feed state and claims carry poll and settle times, which a second run rightly updates.
  return items
    .filter((i) => i.entity !== ENTITY.feed && i.entity !== ENTITY.claim)
    .sort((a, b) => `${a.pk}|${a.sk}`.localeCompare(`${b.pk}|${b.sk}`));
}

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ingest-'));
  alertsFile = join(dir, 'alerts.jsonl');
  stores = await startLocalStores({ dataDir: join(dir, 'data') });
  site = await startSampleSite({ faults: true, stallMs: 4000 });
  // Short timeouts so the stalled page fails fast; no retries so the run stays quick.
  const http = createHttpClient({ allowPrivateAddresses: true, perHostIntervalMs: 0, retries: 0, totalTimeoutMs: 1500, connectTimeoutMs: 1000 });
  const run = (now?: () => Date) => runOnce({ stores, http, feeds: site.feeds, sink: createJsonlAlertSink(alertsFile), thresholdUsd: 100_000_000, log: quiet, ignorePollInterval: true, now });
  first = await run();
  tableAfterFirst = await scanTable();
  blobsAfterFirst = await stores.blobs.list('');
  // Ten minutes later: past the pause before a transiently failed item is due again.
  second = await run(() => new Date(Date.now() + 10 * 60_000));
}, 120_000);

afterAll(async () => {
  await site?.close();
  await stores?.close();
});

const feed = (s: RunSummary, id: string) => s.discover.feeds.find((f) => f.feedId === id);

describe('first run', () => {
  it('reports the broken and malformed feeds as failed, each with its reason, and polls the rest', () => {
    expect(feed(first, 'sample-broken')).toMatchObject({ status: 'failed' });
    expect(feed(first, 'sample-broken')!.error).toMatch(/500/);
    expect(feed(first, 'sample-malformed')).toMatchObject({ status: 'failed' });
    expect(feed(first, 'sample-malformed')!.error).toMatch(/sample-malformed|XML|malformed/i);
    for (const id of ['sample-trend', 'sample-kun', 'sample-astana', 'sample-kun-ru', 'sample-faults']) expect(feed(first, id)?.status).toBe('new-content');
  });

  it('stores every sample article and reports the stalled page and the non-article page as failed items', () => {
    const stored = first.processed.filter((p) => p.status === 'stored');
    const failed = first.processed.filter((p) => p.status === 'failed');
    expect(stored).toHaveLength(SAMPLE_ARTICLES.length);
    expect(failed).toHaveLength(2);
    expect(failed.map((f) => f.error).join('\n')).toMatch(/timeout|timed out/i);
    expect(failed.map((f) => f.error).join('\n')).toMatch(/not an article/i);
  });

  it('keeps the raw page and the article JSON in S3 under date partitions', async () => {
    const raw = blobsAfterFirst.filter((k) => k.startsWith('raw/'));
    const articles = blobsAfterFirst.filter((k) => k.startsWith('articles/'));
    expect(raw).toHaveLength(SAMPLE_ARTICLES.length);
    expect(articles).toHaveLength(SAMPLE_ARTICLES.length);
    for (const k of [...raw, ...articles]) expect(k).toMatch(/^(raw|articles)\/dt=\d{4}-\d{2}-\d{2}\/[0-9a-f]{32}\.(html|json)$/);
    const article = ArticleSchema.parse(JSON.parse((await stores.blobs.get(articles[0]!))!));
    expect(article.title.length).toBeGreaterThan(10);
    expect(await stores.blobs.get(article.rawKey!)).toContain('<html');
  });

  it('stores facts of at least four types, each with evidence found verbatim in its article', async () => {
    const facts = tableAfterFirst.filter((i) => i.entity === ENTITY.fact).map((i) => i.fact as Fact);
    const types = new Set(facts.map((f) => f.type));
    expect(types.size).toBeGreaterThanOrEqual(4);
    for (const f of facts) {
      const key = blobsAfterFirst.find((k) => k.startsWith('articles/') && k.includes(f.articleId))!;
      const a = ArticleSchema.parse(JSON.parse((await stores.blobs.get(key))!));
      const text = [a.title, a.description, ...a.paragraphs].join('\n');
      expect(text).toContain(f.evidence);
    }
    expect(first.newFactsByType).toEqual(Object.fromEntries(FACT_TYPES.map((t) => [t, facts.filter((f) => f.type === t).length])));
  });

  it('stores each fact\'s amount in US dollars: the article\'s own dollar figure, else the rate of its month', () => {
    const facts = tableAfterFirst.filter((i) => i.entity === ENTITY.fact).map((i) => i.fact as Fact);
    const byAmount = (value: number, currency: string) => facts.filter((f) => f.amount?.value === value && f.amount.currency === currency);
    // "350 million yuan ($48 million)": the writer's conversion.
    expect(byAmount(350e6, 'CNY').map((f) => f.amountUsd)).toEqual([48e6]);
    // Published in November 2026: the table's figure for that month (today past its last month, 2026-09, whose figure stands for it).
    expect(byAmount(120e9, 'UZS').map((f) => f.amountUsd)).toEqual([Math.round(120e9 / unitsPerUsd('UZS', '2026-11')!)]);
    expect(byAmount(120e9, 'UZS')[0]?.amountUsd).toBeGreaterThan(5e6);
    expect(facts.filter((f) => f.amount === null).map((f) => f.amountUsd)).toEqual(facts.filter((f) => f.amount === null).map(() => null));
    expect(facts.filter((f) => f.amount?.currency === 'USD').every((f) => f.amountUsd === f.amount?.value)).toBe(true);
  });

  it('alerts every deal that holds an agreement once, to the JSONL sink: one alert per deal, not per fact', () => {
    const lines = readFileSync(alertsFile, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(first.alerts.sent.length);
    const deals = tableAfterFirst.filter((i) => i.entity === ENTITY.deal).map((i) => DealSchema.parse(i.deal));
    const withAgreement = deals.filter((d) => d.mentions.some((m) => m.type === 'agreement'));
    expect(withAgreement.length).toBeGreaterThan(0);
    // A deal is told once, whatever merges followed (the alert names the deal as it was then).
    for (const d of withAgreement) expect(d.alerted).not.toBeNull();
    expect(lines.filter((l) => l.kind === 'new')).toHaveLength(deals.filter((d) => d.alerted).length);
    expect(new Set(lines.map((l) => l.alertId)).size).toBe(lines.length);
    for (const l of lines) expect(l).toMatchObject({ type: expect.any(String), evidence: expect.any(String), link: expect.stringMatching(/^http/) });
  });

  it('finds the paywalled Trend article\'s fact in its title', () => {
    const paywalled = tableAfterFirst.filter((i) => i.entity === ENTITY.fact && (i.fact as Fact).basis === 'title');
    expect(paywalled.length).toBeGreaterThan(0);
  });
});

describe('second run', () => {
  it('finds no new item, stores no new fact and sends no alert', () => {
    const sum = (k: 'newItems' | 'updatedItems') => second.discover.feeds.reduce((n, f) => n + f[k], 0);
    expect(sum('newItems')).toBe(0);
    expect(sum('updatedItems')).toBe(0);
    expect(Object.values(second.newFactsByType).every((n) => n === 0)).toBe(true);
    expect(second.alerts).toEqual({ sent: [], failed: [], pending: 0 });
    expect(readFileSync(alertsFile, 'utf8').trim().split('\n')).toHaveLength(first.alerts.sent.length);
  });

  it('answers the sample feeds with 304 and changes nothing that was stored', async () => {
    for (const id of ['sample-trend', 'sample-kun', 'sample-astana', 'sample-kun-ru']) expect(feed(second, id)?.status).toBe('not-modified');
    expect(await scanTable()).toEqual(tableAfterFirst);
    expect(await stores.blobs.list('')).toEqual(blobsAfterFirst);
    expect(existsSync(alertsFile)).toBe(true);
  });

  it('retries only the item that failed for a transient reason, found by the sweep, and it fails again without harm', () => {
    expect(second.sweep).toEqual({ due: 1, queued: 1, error: null });
    expect(second.processed.map((p) => p.status)).toEqual(['failed']);
    expect(second.processed[0]!.error).toMatch(/timeout|timed out/i);
  });
});
