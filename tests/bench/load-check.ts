/**
 * The load benchmark's checks: what the pipeline should have stored for the generated site (worked
 * out here from the site's own documents, with the pipeline's parsers and extractor but no store,
 * network or concurrency), what it did store (read back from the data folder), and the pacing the
 * site saw (from its request log).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { parseFeed } from '../../shared/feeds/parse-feed.js';
import { itemIdentity } from '../../shared/feeds/item-identity.js';
import { articleIdOf } from '../../shared/pipeline/ids.js';
import { assembleArticle } from '../../shared/pipeline/assemble-article.js';
import { factsOf } from '../../shared/pipeline/article-facts.js';
import { groupFacts } from '../../shared/deals/group-facts.js';
import { dealAlertReasons } from '../../shared/deals/deal-alerts.js';
import { outletOfFact } from '../../shared/deals/outlet-of.js';
import { startLocalStores } from '../../shared/local/stores.js';
import { ENTITY } from '../../shared/store/table-design.js';
import type { Deal, Fact, ItemMessage } from '../../shared/schemas/index.js';
import type { LoadRequest, LoadSite } from './load-site.js';

/** The articles (id → URL), facts (id → what it says) and deals (their fact ids → whether they deserve an alert) of an ingestion. */
export interface EndState {
  articles: Map<string, string>;
  facts: Map<string, string>;
  deals: Map<string, boolean>;
}

/** What a fact says, from the article it belongs to down to its evidence: equal strings, equal facts. */
const factText = (f: Fact) => JSON.stringify([f.articleId, f.type, f.status, f.amount, f.countries, f.organizations, f.sector, f.evidence, f.rule]);

/** A deal named by what it groups: its fact ids (the deal id is the grouping's too, but this says which facts differ). */
const dealKey = (deal: Deal) => deal.mentions.map((m) => m.factId).sort().join(' ');

/**
 * What a clean ingestion of the site must leave: each feed parsed as the poll parses it, each story
 * claimed once (its first listing wins, as the claim's conditional write decides), each page
 * assembled and extracted as processing does, and the deals all those facts form (grouping is the same for the same
 * facts in any order: deals/group-deals.ts), each with whether it deserves an alert.
 */
export async function expectedState(site: LoadSite, thresholdUsd: number): Promise<EndState> {
  const pages = new Map(site.articles.map((a) => [a.url, a.html]));
  const messages = new Map<string, ItemMessage>();
  for (const { feed, body, contentType } of site.feedDocuments.values()) {
    const parsed = await parseFeed(Buffer.from(body, 'utf8'), { feedId: feed.id, feedUrl: feed.url, contentType });
    for (const item of parsed.items) {
      const identity = itemIdentity(item);
      const articleId = articleIdOf(identity.key);
      if (!messages.has(articleId)) messages.set(articleId, { articleId, canonicalUrl: identity.canonicalUrl, item, outlet: feed.outlet, site: feed.site ?? null, language: feed.language });
    }
  }
  const out: EndState = { articles: new Map(), facts: new Map(), deals: new Map() };
  const all: Fact[] = [];
  const at = new Date().toISOString();
  for (const message of messages.values()) {
    const html = pages.get(message.item.link);
    if (html === undefined) throw new Error(`the feeds list ${message.item.link}, which the site does not serve`);
    const article = assembleArticle(message, { html, url: message.item.link }, at);
    const { facts } = await factsOf(article, at);
    out.articles.set(article.id, article.url);
    for (const f of facts) out.facts.set(f.id, factText(f));
    all.push(...facts);
  }
  for (const deal of groupFacts(all, outletOfFact, at)) out.deals.set(dealKey(deal), dealAlertReasons(deal, thresholdUsd).length > 0);
  return out;
}

/** What the data folder holds, with every repeat kept (a repeat is what the checks look for). */
export interface StoredState {
  /** Article ids of the DynamoDB article items. */
  articleItems: string[];
  /** Article ids of the S3 `articles/` and `raw/` objects. */
  articleBlobs: string[];
  rawBlobs: string[];
  facts: Map<string, string>;
  /** Each stored deal: its fact ids (dealKey) and the id of the last alert it told, if any. */
  deals: Array<{ key: string; told: string | null }>;
  /** Alert ids of alerts.jsonl, line by line. */
  alertLines: string[];
  pendingAlerts: number;
  openWork: number;
}

const idOfKey = (key: string) => key.slice(key.lastIndexOf('/') + 1).replace(/\.[a-z]+$/, '');

export async function storedState(dataDir: string): Promise<StoredState> {
  const stores = await startLocalStores({ dataDir });
  try {
    const state: StoredState = { articleItems: [], articleBlobs: [], rawBlobs: [], facts: new Map(), deals: [], alertLines: [], pendingAlerts: 0, openWork: 0 };
    let start: Record<string, unknown> | undefined;
    do {
      const out = await stores.doc.send(new ScanCommand({ TableName: stores.tableName, ExclusiveStartKey: start }));
      for (const item of out.Items ?? []) {
        if (item.entity === ENTITY.article) state.articleItems.push(String((item.article as { id: string }).id));
        if (item.entity === ENTITY.fact) state.facts.set(String(item.factId), factText(item.fact as Fact));
        if (item.entity === ENTITY.deal) { const deal = item.deal as Deal; state.deals.push({ key: dealKey(deal), told: deal.alerted?.alertId ?? null }); }
      }
      start = out.LastEvaluatedKey;
    } while (start);
    state.articleBlobs = (await stores.blobs.list('articles/')).map(idOfKey);
    state.rawBlobs = (await stores.blobs.list('raw/')).map(idOfKey);
    const lines = readFileSync(join(dataDir, 'alerts.jsonl'), 'utf8').split('\n').filter(Boolean);
    state.alertLines = lines.map((l) => (JSON.parse(l) as { alertId: string }).alertId);
    state.pendingAlerts = (await stores.outbox.pending()).length;
    const far = '2999-01-01T00:00:00.000Z';
    state.openWork = (await stores.ledger.due({ at: far, abandonedBefore: far })).length;
    return state;
  } finally {
    await stores.close();
  }
}

/** Ids listed more than once, and the expected ids missing from / not expected in a listing. */
function setProblems(what: string, expected: Iterable<string>, listed: string[]): string[] {
  const want = new Set(expected);
  const seen = new Map<string, number>();
  for (const id of listed) seen.set(id, (seen.get(id) ?? 0) + 1);
  const twice = [...seen].filter(([, n]) => n > 1).length;
  const missing = [...want].filter((id) => !seen.has(id)).length;
  const extra = [...seen.keys()].filter((id) => !want.has(id)).length;
  const out: string[] = [];
  if (missing) out.push(`${what}: ${missing} of ${want.size} missing`);
  if (extra) out.push(`${what}: ${extra} not expected`);
  if (twice) out.push(`${what}: ${twice} stored more than once`);
  return out;
}

/** Every way the stored state differs from the expected one; empty when nothing is lost or doubled. */
export function compareStates(expected: EndState, stored: StoredState): string[] {
  const problems = [
    ...setProblems('articles (DynamoDB)', expected.articles.keys(), stored.articleItems),
    ...setProblems('articles (S3 articles/)', expected.articles.keys(), stored.articleBlobs),
    ...setProblems('raw pages (S3 raw/)', expected.articles.keys(), stored.rawBlobs),
    ...setProblems('facts', expected.facts.keys(), [...stored.facts.keys()]),
    ...setProblems('deals', expected.deals.keys(), stored.deals.map((d) => d.key)),
    ...setProblems('alerts (alerts.jsonl)', stored.alertLines, stored.alertLines),
  ];
  // Every deal that deserves an alert told one, and the alert reached the sink. (How many alerts a deal's reports
  // gave on their way is not fixed: two deals each announced, then joined by a third report, are one deal told twice.)
  const lines = new Set(stored.alertLines);
  const owed = stored.deals.filter((d) => expected.deals.get(d.key));
  const untold = owed.filter((d) => d.told === null).length;
  const unsent = owed.filter((d) => d.told !== null && !lines.has(d.told)).length;
  if (untold) problems.push(`deals: ${untold} of ${owed.length} that deserve an alert never told one`);
  if (unsent) problems.push(`deals: ${unsent} told an alert that alerts.jsonl does not hold`);
  const differing = [...expected.facts].filter(([id, text]) => stored.facts.has(id) && stored.facts.get(id) !== text).length;
  if (differing) problems.push(`facts: ${differing} stored with other content than the extractor gives`);
  if (stored.pendingAlerts) problems.push(`alerts: ${stored.pendingAlerts} still pending in the outbox`);
  if (stored.openWork) problems.push(`work: ${stored.openWork} claims still open`);
  return problems;
}

/** Two requests to one host that the site got to closer together than the client's interval. */
export interface ShortGap {
  host: string;
  gapMs: number;
  paths: [string, string];
  /**
   * The site was slow enough in getting to the first request to explain the gap: it may have arrived
   * up to `lateBy` earlier, which makes the real gap at least the interval. Otherwise the gap is a
   * breach of pacing whatever the site's own delays.
   */
  explained: boolean;
}

export interface Pacing {
  requests: number;
  /** The shortest gap between two requests to one host, as logged. */
  minGapMs: number;
  short: ShortGap[];
}

/** Gaps between consecutive requests to each host, from the site's log, against `intervalMs`. */
export function pacingOf(log: readonly LoadRequest[], intervalMs: number): Pacing {
  const byHost = new Map<string, LoadRequest[]>();
  for (const r of log) {
    const requests = byHost.get(r.host) ?? [];
    requests.push(r);
    byHost.set(r.host, requests);
  }
  let minGapMs = Infinity;
  const short: ShortGap[] = [];
  for (const [host, requests] of byHost) {
    requests.sort((a, b) => a.at - b.at);
    for (let i = 1; i < requests.length; i++) {
      const [a, b] = [requests[i - 1]!, requests[i]!];
      const gapMs = b.at - a.at;
      minGapMs = Math.min(minGapMs, gapMs);
      if (gapMs < intervalMs) short.push({ host, gapMs, paths: [a.path, b.path], explained: gapMs + a.lateBy >= intervalMs });
    }
  }
  return { requests: log.length, minGapMs, short: short.sort((x, y) => x.gapMs - y.gapMs) };
}
