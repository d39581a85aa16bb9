import { ArticleSchema, type Fact } from '../schemas/index.js';
import type { AlertOutbox, ArticleStore, BlobStore, DealStore, FactStore, ItemLedger } from '../store/ports.js';
import type { FactExtractor } from '../facts/extractor.js';
import type { PipelineLog } from './types.js';
import { assembleArticle, messageFromStored } from './assemble-article.js';
import { factsOf } from './article-facts.js';
import { enqueueDealAlerts } from '../deals/deal-alerts.js';
import { updateDeals } from '../deals/update-deals.js';

export interface ReextractDeps {
  blobs: BlobStore;
  articles: ArticleStore;
  facts: FactStore;
  /** Deals follow the re-extracted facts: merged, split or updated (deals/update-deals.ts). */
  deals: DealStore;
  /** Where the feed item of each article is kept (its claim's message). */
  ledger: ItemLedger;
  outbox: AlertOutbox;
  thresholdUsd: number;
  log: PipelineLog;
  now?: () => Date;
  /** @default the rules */
  extractor?: FactExtractor;
}

export interface ReextractResult {
  articles: number;
  failed: Array<{ key: string; error: string }>;
  added: Fact[];
  removed: number;
  kept: number;
  /** Outbox keys of the alerts the re-extracted facts deserve (written if new), for the dispatcher. */
  alertKeys: string[];
}

/**
 * Re-parses every stored raw page and re-extracts its facts with the current extractor, assembling
 * each article exactly as processing did: the same page, the same feed item (kept in the item's
 * claim), the same paywall fallback. New facts are written before old ones are removed
 * (FactStore.replaceFacts), so an article never has no facts; the alerts of new facts are written to
 * the outbox (`alertKeys`, for the dispatcher).
 */
export async function reextractAll(deps: ReextractDeps): Promise<ReextractResult> {
  const now = deps.now ?? (() => new Date());
  const result: ReextractResult = { articles: 0, failed: [], added: [], removed: 0, kept: 0, alertKeys: [] };
  for (const key of await deps.blobs.list('articles/')) {
    try {
      const stored = ArticleSchema.parse(JSON.parse((await deps.blobs.get(key)) ?? 'null'));
      const raw = stored.rawKey ? await deps.blobs.get(stored.rawKey) : null;
      const message = (await deps.ledger.messageOf(stored.id)) ?? messageFromStored(stored);
      // A page that no longer reads as an article keeps its stored text rather than losing its facts.
      let article = stored;
      if (raw !== null) {
        try {
          // The raw page is kept decoded: the charset note of its fetch stays with the article.
          const fresh = assembleArticle(message, { html: raw, url: stored.url }, stored.fetchedAt);
          article = { ...fresh, rawKey: stored.rawKey, notes: [...stored.notes.filter((n) => n.startsWith('charset:')), ...fresh.notes] };
        } catch (err) {
          if (!(err instanceof Error && err.name === 'NotAnArticleError')) throw err;
        }
      }
      const { facts } = await factsOf(article, now().toISOString(), deps.extractor);
      const { added, removed } = await deps.facts.replaceFacts(article.id, facts);
      const { deals } = await updateDeals({ articleId: article.id, facts }, { deals: deps.deals, facts: deps.facts, now, log: deps.log });
      await deps.blobs.put(key, JSON.stringify(article), 'application/json');
      // A deal already alerted alerts again only when it changed in a way that matters (deals/deal-alerts.ts).
      result.alertKeys.push(...await enqueueDealAlerts(deals, {
        outbox: deps.outbox, deals: deps.deals, thresholdUsd: deps.thresholdUsd, at: now().toISOString(),
        title: (id) => (id === article.id ? article.title : null), articleId: article.id,
      }));
      result.articles++;
      result.added.push(...added);
      result.removed += removed.length;
      result.kept += facts.length - added.length;
      deps.log.info(`${article.url}: ${facts.length} facts (${added.length} new, ${removed.length} removed)`);
    } catch (err) {
      const error = err instanceof Error ? err.message : String(err);
      result.failed.push({ key, error });
      deps.log.warn(`re-extract ${key} failed: ${error}`);
    }
  }
  return result;
}
