// The model extractor in the local pipeline: the sample site processed with a model (a fake
// OpenAI-compatible server answering as the rules would), replies cached in the real blob store
// (s3rver), and a re-extraction that asks the model nothing and changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalStores, type LocalStores } from '../../../shared/local/stores.js';
import { startSampleSite, type SampleSite } from '../../../shared/local/sample-site/server.js';
import { createHttpClient } from '../../../shared/fetch/http-client.js';
import { runOnce } from '../../../shared/local/run-once.js';
import { reextractAll } from '../../../shared/pipeline/reextract.js';
import { localExtractor } from '../../../shared/local/local-extractor.js';
import { extractorConfig } from '../../../shared/config/extractor-config.js';
import { PROMPT_VERSION } from '../../../shared/facts/model/prompt.js';
import { MODEL_REPLIES_PREFIX } from '../../../shared/store/keys.js';
import type { Alert } from '../../../shared/schemas/index.js';
import { startFakeLlm, type FakeLlm } from '../../helpers/fake-llm.js';
import { rulesAnswer } from '../../helpers/oracle.js';

const quiet = { info() {}, warn() {} };
let stores: LocalStores;
let site: SampleSite;
let llm: FakeLlm;
const sent: Alert[] = [];
const sink = { async send(a: Alert) { sent.push(a); } };

beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'model-pipeline-'));
  llm = await startFakeLlm((article) => ({ facts: rulesAnswer(article) }));
  stores = await startLocalStores({ dataDir: join(root, 'data') });
  site = await startSampleSite();
}, 60_000);
afterAll(async () => {
  await site?.close();
  await stores?.close();
  await llm?.close();
});

const settings = () => extractorConfig({ EXTRACTOR: 'model', LLM_BASE_URL: llm.baseUrl, LLM_MODEL: 'oracle' });

describe('the local pipeline with EXTRACTOR=model', () => {
  it('stores the model\'s grounded facts, marked and versioned as the model\'s, and keeps each reply in the blob store', async () => {
    const http = createHttpClient({ allowedOrigins: [site.baseUrl], perHostIntervalMs: 0, retries: 0 });
    const extractor = await localExtractor(settings(), stores, quiet);
    // Every feed, the Russian edition's too: grounding reads Russian sentences, sums and names (issue 15).
    const feeds = site.feeds;
    expect(feeds.some((f) => f.language === 'ru')).toBe(true);
    const summary = await runOnce({ stores, http, feeds, sink, thresholdUsd: 1e8, log: quiet, extractor });

    const stored = summary.processed.filter((p) => p.status === 'stored');
    expect(stored.length).toBeGreaterThan(10);
    const asked = stored.filter((p) => p.extraction && !p.extraction.fallback);
    expect(asked.length).toBe(llm.bodies.length);
    const facts = stored.flatMap((p) => p.facts);
    const byModel = facts.filter((f) => f.extractor === 'model');
    expect(byModel.length).toBeGreaterThan(20);
    expect(asked.every((p) => p.extraction!.dropped === 0)).toBe(true);
    for (const f of byModel) expect(f.extractorVersion).toMatch(new RegExp(`\\+${PROMPT_VERSION}\\+oracle$`));
    // Articles without a cue sentence were read by the rules, and say so.
    for (const p of stored.filter((x) => x.extraction?.fallback)) expect(p.extraction!.fallback).toBe('no-cue-sentence');
    expect((await stores.blobs.list(MODEL_REPLIES_PREFIX)).length).toBe(llm.bodies.length);
    expect(sent.length).toBeGreaterThan(0);
  }, 120_000);

  it('re-extracts from the cached replies: no call to the model, no fact added or removed, no alert', async () => {
    const calls = llm.bodies.length;
    const alerts = sent.length;
    const extractor = await localExtractor(settings(), stores, quiet);
    const r = await reextractAll({ blobs: stores.blobs, articles: stores.articles, facts: stores.facts, deals: stores.deals, ledger: stores.ledger, outbox: stores.outbox, thresholdUsd: 1e8, log: quiet, extractor });
    expect(r.failed).toEqual([]);
    expect(llm.bodies.length).toBe(calls);
    expect([r.added.length, r.removed]).toEqual([0, 0]);
    expect(sent.length).toBe(alerts);
  }, 120_000);
});
