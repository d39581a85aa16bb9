import type { ItemMessage } from '../schemas/index.js';
import type { ArticleMeta } from '../store/ports.js';
import { blobKeys, utcDay } from '../store/keys.js';
import type { Extraction } from '../facts/extractor.js';
import type { ExtractionNote, ProcessDeps, ProcessResult } from './types.js';
import { assembleArticle } from './assemble-article.js';
import { factsOf } from './article-facts.js';
import { enqueueDealAlerts } from '../deals/deal-alerts.js';
import { updateDeals } from '../deals/update-deals.js';


/**
 * One claimed item: fetch the page, assemble the article, extract facts, store everything, and write
 * the alerts its facts deserve to the outbox (sending them is the dispatcher's job).
 * Writes happen only after the page parsed, so a failure leaves what was stored before untouched.
 * Never throws: a failure is returned with `retryable` so the queue can decide.
 */
export async function processItem(message: ItemMessage, deps: ProcessDeps): Promise<ProcessResult> {
  const now = deps.now ?? (() => new Date());
  const base = { articleId: message.articleId, url: message.item.link };
  try {
    const page = await deps.http.get(message.item.link, { purpose: 'page' });
    const fetchedAt = now().toISOString();
    const article = assembleArticle(message, { html: page.text, url: page.finalUrl, charsetNote: page.charsetNote }, fetchedAt);
    const day = utcDay(article.published ?? fetchedAt);
    article.rawKey = blobKeys.raw(day, article.id);
    const articleKey = blobKeys.article(day, article.id);
    await deps.blobs.put(article.rawKey, page.text, 'text/html; charset=utf-8');
    await deps.blobs.put(articleKey, JSON.stringify(article), 'application/json');
    const { facts, extraction } = await factsOf(article, fetchedAt, deps.extractor);
    const { added } = await deps.facts.replaceFacts(article.id, facts);
    const { paragraphs, ...rest } = article;
    const meta: ArticleMeta = { ...rest, articleKey, paragraphCount: paragraphs.length };
    await deps.articles.putArticle(meta);
    // Before the claim is settled, like the alerts: a run that dies here brings the deals up to date next time.
    const { deals } = await updateDeals({ articleId: article.id, facts }, { deals: deps.deals, facts: deps.facts, now, log: deps.log });
    // One alert per deal (new, or changed in a way that matters), before the claim is settled: a run that
    // dies here processes the item again and decides the same alerts then.
    const alertKeys = await enqueueDealAlerts(deals, {
      outbox: deps.outbox, deals: deps.deals, thresholdUsd: deps.thresholdUsd, at: now().toISOString(),
      title: (id) => (id === article.id ? article.title : null), articleId: article.id,
    });
    await deps.ledger.settle(article.id, { status: 'stored' }, now().toISOString());
    const note = noteOf(extraction);
    deps.log.info(`stored ${article.url}: ${facts.length} facts (${added.length} new)${describeNote(note)}`, { articleId: article.id, ...(note ? { extraction: note } : {}) });
    return { ...base, status: 'stored', error: null, retryable: false, title: article.title, newFacts: added, facts, dealIds: deals.map((d) => d.id), alertKeys, extraction: note };
  } catch (err) {
    const error = err instanceof Error ? err.message : String(err);
    const retryable = isRetryable(err);
    await deps.ledger.settle(message.articleId, { status: 'failed', error, retryable }, now().toISOString()).catch(() => undefined);
    deps.log.warn(`failed ${message.item.link}: ${error}`, { articleId: message.articleId, retryable });
    return { ...base, status: 'failed', error, retryable, title: message.item.title, newFacts: [], facts: [], dealIds: [], alertKeys: [], extraction: null };
  }
}

/** What the run summary keeps of an extraction: nothing for the rules alone. */
export function noteOf(extraction: Extraction): ExtractionNote | null {
  if (!extraction.model && !extraction.fallback) return null;
  return {
    fallback: extraction.fallback?.reason ?? null,
    inputTokens: extraction.model?.usage.inputTokens ?? 0,
    outputTokens: extraction.model?.usage.outputTokens ?? 0,
    cached: extraction.model?.cached ?? false,
    dropped: extraction.model?.dropped.length ?? 0,
  };
}

function describeNote(note: ExtractionNote | null): string {
  if (!note) return '';
  if (note.fallback) return ` by the rules (${note.fallback})`;
  return note.cached ? ' by the model (cached reply)' : ` by the model (${note.inputTokens + note.outputTokens} tokens${note.dropped ? `, ${note.dropped} answers not grounded` : ''})`;
}

/** Network trouble, 5xx, 429 and store errors may pass; a 404 or a page that is not an article will not. */
function isRetryable(err: unknown): boolean {
  if (err && typeof err === 'object' && 'retryable' in err && typeof err.retryable === 'boolean') return err.retryable;
  if (err instanceof Error && (err.name === 'NotAnArticleError' || err.name === 'ZodError')) return false;
  return true;
}
