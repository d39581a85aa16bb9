// Re-extraction from stored raw pages: same text, same facts and no alert; a changed page replaces
// its facts (new written before old removed) and alerts only what is new in substance.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalStores, type LocalStores } from '../../../shared/local/stores.js';
import { startSampleSite, type SampleSite } from '../../../shared/local/sample-site/server.js';
import { createHttpClient } from '../../../shared/fetch/http-client.js';
import { createJsonlAlertSink } from '../../../shared/local/alert-sinks.js';
import { runOnce } from '../../../shared/local/run-once.js';
import { reextractAll } from '../../../shared/pipeline/reextract.js';
import { createAlertDispatcher } from '../../../shared/pipeline/dispatch-alerts.js';
import { ArticleSchema, FeedConfigSchema, type Alert } from '../../../shared/schemas/index.js';
import { startHttpServer } from '../../helpers/http-server.js';

const quiet = { info() {}, warn() {} };
let stores: LocalStores;
let site: SampleSite;
const sent: Alert[] = [];
const sink = { async send(a: Alert) { sent.push(a); } };

beforeAll(async () => {
  stores = await startLocalStores({ dataDir: join(mkdtempSync(join(tmpdir(), 'reextract-')), 'data') });
  site = await startSampleSite();
  const http = createHttpClient({ allowedOrigins: [site.baseUrl], perHostIntervalMs: 0, retries: 0 });
  await runOnce({ stores, http, feeds: site.feeds, sink, thresholdUsd: 1e8, log: quiet });
}, 60_000);
afterAll(async () => {
  await site?.close();
  await stores?.close();
});

/** articles/dt=YYYY-MM-DD/<articleId>.json → articleId */
const idOf = (key: string) => key.slice(key.lastIndexOf('/') + 1, -'.json'.length);
const dispatch = (keys: string[]) => createAlertDispatcher({ outbox: stores.outbox, sink, log: quiet }).dispatch(keys);
const reextractDeps = () => ({ blobs: stores.blobs, articles: stores.articles, facts: stores.facts, deals: stores.deals, ledger: stores.ledger, outbox: stores.outbox, thresholdUsd: 1e8, log: quiet });

describe('reextractAll', () => {
  it('finds the same facts in unchanged pages and alerts nothing', async () => {
    const keys = await stores.blobs.list('articles/');
    const before = await Promise.all(keys.map(async (k) => (await stores.facts.factsOfArticle(idOf(k))).map((f) => f.id).sort()));
    const alertsBefore = sent.length;

    const r = await reextractAll(reextractDeps());
    const notified = await dispatch(r.alertKeys);

    expect(r.failed).toEqual([]);
    expect(r.articles).toBe(keys.length);
    expect(r.added).toEqual([]);
    expect(r.removed).toBe(0);
    expect(notified.sent).toEqual([]);
    expect(sent.length).toBe(alertsBefore);
    const after = await Promise.all(keys.map(async (k) => (await stores.facts.factsOfArticle(idOf(k))).map((f) => f.id).sort()));
    expect(after).toEqual(before);
  });

  it('replaces the facts of a page whose amount changed, and alerts only the new fact', async () => {
    // Find a stored article with an agreement that has an amount, and change that amount in its raw page.
    let target: { id: string; raw: string; rawKey: string; old: string; dealId: string } | null = null;
    for (const key of await stores.blobs.list('articles/')) {
      const article = ArticleSchema.parse(JSON.parse((await stores.blobs.get(key))!));
      // A fact from the body: title and feed description are not re-read from the raw page alone.
      const deal = (await stores.facts.factsOfArticle(article.id)).find((f) => f.type === 'agreement' && f.basis === 'body' && f.amount?.text);
      const raw = article.rawKey ? await stores.blobs.get(article.rawKey) : null;
      if (deal && raw?.includes(deal.amount!.text!)) { target = { id: article.id, raw, rawKey: article.rawKey!, old: deal.amount!.text!, dealId: deal.id }; break; }
    }
    expect(target).not.toBeNull();
    const { id, raw, rawKey, old, dealId } = target!;
    const oldFacts = await stores.facts.factsOfArticle(id);
    const changedText = old.replace(/\d+/, (n) => String(Number(n) + 7));
    await stores.blobs.put(rawKey, raw.split(old).join(changedText), 'text/html; charset=utf-8');

    const r = await reextractAll(reextractDeps());
    const notified = await dispatch(r.alertKeys);

    const newFacts = await stores.facts.factsOfArticle(id);
    expect(r.added.length).toBeGreaterThan(0);
    expect(r.added.every((f) => f.articleId === id)).toBe(true);
    expect(r.removed).toBeGreaterThan(0);
    expect(newFacts.some((f) => f.amount?.text === changedText)).toBe(true);
    expect(newFacts.map((f) => f.id)).not.toContain(dealId);
    expect(newFacts.some((f) => f.basis === 'body' && f.amount?.text === old)).toBe(false);
    // Facts the change did not touch keep their ids.
    const untouched = oldFacts.filter((f) => !f.evidence.includes(old));
    for (const f of untouched) expect(newFacts.map((n) => n.id)).toContain(f.id);
    expect(notified.sent.length).toBeGreaterThan(0);
    expect(notified.sent.every((a) => a.articleId === id && a.evidence.includes(changedText))).toBe(true);
  });
});

describe('reextractAll assembles an article as processing did', () => {
  it('keeps the facts a paywalled page got from its feed item\'s full text: none removed, none added', async () => {
    // Prepare: a feed whose item carries the full text, and the page a paywall shell.
    const server = await startHttpServer((req, res) => {
      if (req.url === '/feed.rss') {
        res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
        return res.end(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>T</title><link>${server.url}/</link>
<item><title>Uzbekistan signs loan with ADB for Samarkand roads</title><link>${server.url}/news/4100001.html</link>
<description>Uzbekistan and the ADB signed a loan.</description>
<content:encoded><![CDATA[<p>Uzbekistan and the Asian Development Bank signed a $150 million loan agreement on Tuesday to rebuild roads in Samarkand region, the finance ministry said.</p>
<p>The Export-Import Bank of Korea will also lend $40 million to the Samarkand regional administration for new buses, according to the ministry.</p>
<p>Trade between Uzbekistan and Korea rose to $2.1 billion in the first nine months of the year, official data showed.</p>]]></content:encoded></item></channel></rss>`);
      }
      if (req.url !== '/news/4100001.html') return res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(`<html><head><title>Uzbekistan signs loan with ADB for Samarkand roads</title></head><body><article>
<h1>Uzbekistan signs loan with ADB for Samarkand roads</h1><p>Get access to all paid news on Trend — just $1</p></article></body></html>`);
    });
    const local = await startLocalStores();
    try {
      const feeds = [FeedConfigSchema.parse({ id: 'paywalled', url: `${server.url}/feed.rss`, outlet: 'Test' })];
      const http = createHttpClient({ allowedOrigins: [server.url], perHostIntervalMs: 0, retries: 0 });
      const run = await runOnce({ stores: local, http, feeds, sink, thresholdUsd: 1e8, log: quiet });
      const articleId = run.processed[0]!.articleId;
      const stored = await local.facts.factsOfArticle(articleId);

      // Act
      const r = await reextractAll({ blobs: local.blobs, articles: local.articles, facts: local.facts, deals: local.deals, ledger: local.ledger, outbox: local.outbox, thresholdUsd: 1e8, log: quiet });

      // Assert
      expect(run.processed.map((p) => p.status)).toEqual(['stored']);
      expect(stored.filter((f) => f.basis === 'body').length).toBeGreaterThanOrEqual(2);
      expect(r).toMatchObject({ articles: 1, failed: [], added: [], removed: 0 });
      expect((await local.facts.factsOfArticle(articleId)).map((f) => f.id).sort()).toEqual(stored.map((f) => f.id).sort());
    } finally {
      await local.close();
      await server.close();
    }
  });
});
