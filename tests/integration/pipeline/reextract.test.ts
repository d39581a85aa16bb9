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
import { ArticleSchema, type Alert } from '../../../shared/schemas/index.js';

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
const reextractDeps = () => ({ blobs: stores.blobs, articles: stores.articles, facts: stores.facts, outbox: stores.outbox, thresholdUsd: 1e8, log: quiet });

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
