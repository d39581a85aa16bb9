import { parseArticle } from '../article/parse-article.js';
import { assertArticle } from '../article/assert-article.js';
import { extractFacts } from '../facts/extract-facts.js';
import { EXTRACTOR_VERSION } from '../facts/version.js';
import { ArticleSchema, FactSchema, type Article, type Fact, type ItemMessage, type ParsedArticle } from '../schemas/index.js';
import type { ArticleMeta } from '../store/ports.js';
import { blobKeys, utcDay } from '../store/keys.js';
import type { ProcessDeps, ProcessResult } from './types.js';
import { factIdOf } from './ids.js';
import { enqueueAlerts } from './alerts.js';

/**
 * One claimed item: fetch the page, parse the article, extract facts, store everything, and write
 * the alerts its facts deserve to the outbox (sending them is the dispatcher's job).
 * Writes happen only after the page parsed, so a failure leaves what was stored before untouched.
 * Never throws: a failure is returned with `retryable` so the queue can decide.
 */
export async function processItem(message: ItemMessage, deps: ProcessDeps): Promise<ProcessResult> {
  const now = deps.now ?? (() => new Date());
  const base = { articleId: message.articleId, url: message.item.link };
  try {
    const page = await deps.http.get(message.item.link, { purpose: 'page' });
    const parsed = withFeedText(parseArticle(page.text, page.finalUrl, { site: message.site }), message);
    assertArticle(parsed, page.finalUrl);
    const fetchedAt = now().toISOString();
    const article = buildArticle(message, parsed, fetchedAt);
    const day = utcDay(article.published ?? fetchedAt);
    article.rawKey = blobKeys.raw(day, article.id);
    const articleKey = blobKeys.article(day, article.id);
    await deps.blobs.put(article.rawKey, page.text, 'text/html; charset=utf-8');
    await deps.blobs.put(articleKey, JSON.stringify(article), 'application/json');
    const facts = factsOf(article, fetchedAt);
    const { added } = await deps.facts.replaceFacts(article.id, facts);
    const { paragraphs, ...rest } = article;
    const meta: ArticleMeta = { ...rest, articleKey, paragraphCount: paragraphs.length };
    await deps.articles.putArticle(meta);
    // Before the claim is settled: a run that dies here processes the item again and writes them then.
    const alertKeys = await enqueueAlerts(facts, article.title, { outbox: deps.outbox, thresholdUsd: deps.thresholdUsd, at: now().toISOString() });
    await deps.ledger.settle(article.id, { status: 'stored' }, now().toISOString());
    deps.log.info(`stored ${article.url}: ${facts.length} facts (${added.length} new)`, { articleId: article.id });
    return { ...base, status: 'stored', error: null, retryable: false, title: article.title, newFacts: added, facts, alertKeys };
  } catch (err) {
    const error = err instanceof Error ? err.message : String(err);
    const retryable = isRetryable(err);
    await deps.ledger.settle(message.articleId, { status: 'failed', error, retryable }, now().toISOString()).catch(() => undefined);
    deps.log.warn(`failed ${message.item.link}: ${error}`, { articleId: message.articleId, retryable });
    return { ...base, status: 'failed', error, retryable, title: message.item.title, newFacts: [], facts: [], alertKeys: [] };
  }
}

/** Facts for an article, with the provenance every stored fact carries. */
export function factsOf(article: Article, extractedAt: string): Fact[] {
  const extracted = extractFacts({
    title: article.title, paragraphs: article.paragraphs, description: article.description,
    paywalled: article.paywalled, published: article.published,
  });
  const byId = new Map<string, Fact>();
  for (const f of extracted) {
    const id = factIdOf(article.id, f);
    // Two rules finding the same fact in the same words give one fact, not two.
    if (byId.has(id)) continue;
    byId.set(id, FactSchema.parse({
      ...f, id, articleId: article.id, sourceUrl: article.url, published: article.published,
      extractorVersion: EXTRACTOR_VERSION, extractedAt,
    }));
  }
  return [...byId.values()];
}

/** When the page is a paywall shell, the feed's own text (full content or description) stands in. */
function withFeedText(parsed: ParsedArticle, message: ItemMessage): ParsedArticle {
  const { item } = message;
  if (parsed.paywalled && item.contentHtml) {
    const fromFeed = parseArticle(`<html><body><article>${item.contentHtml}</article></body></html>`, item.link);
    if (fromFeed.paragraphs.length) return { ...parsed, paragraphs: fromFeed.paragraphs, paywalled: false };
  }
  return { ...parsed, title: parsed.title || item.title, description: parsed.description || item.description };
}

function buildArticle(message: ItemMessage, parsed: ParsedArticle, fetchedAt: string): Article {
  const { item } = message;
  return ArticleSchema.parse({
    id: message.articleId,
    url: item.link,
    canonicalUrl: message.canonicalUrl,
    feedId: item.feedId,
    outlet: message.outlet,
    title: parsed.title || item.title,
    published: parsed.published ?? item.published,
    author: parsed.author,
    language: parsed.language,
    image: parsed.image ?? item.image,
    tags: parsed.tags.length ? parsed.tags : item.categories,
    description: parsed.description || item.description,
    paragraphs: parsed.paragraphs,
    paywalled: parsed.paywalled,
    extractedBy: parsed.extractedBy,
    fetchedAt,
    rawKey: null,
  });
}

/** Network trouble, 5xx, 429 and store errors may pass; a 404 or a page that is not an article will not. */
function isRetryable(err: unknown): boolean {
  if (err && typeof err === 'object' && 'retryable' in err && typeof err.retryable === 'boolean') return err.retryable;
  if (err instanceof Error && (err.name === 'NotAnArticleError' || err.name === 'ZodError')) return false;
  return true;
}
