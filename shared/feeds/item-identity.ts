import { createHash } from 'node:crypto';
import type { FeedItem } from '../schemas/item.js';
import { canonicalUrl, outletArticleId } from './canonical-url.js';
import { outletRuleFor } from './outlets.js';

/** How an item is recognised when it shows up again (next poll, another feed of the outlet). */
export interface ItemIdentity {
  /** `trend:4213174` where the outlet numbers its articles, else the canonical URL. */
  key: string;
  canonicalUrl: string;
  outletArticleId: string | null;
  guid: string | null;
}

/** The identity of a feed item; its link must be an absolute http(s) URL (FeedItemSchema ensures it). */
export function itemIdentity(item: Pick<FeedItem, 'link' | 'guid'>): ItemIdentity {
  const canonical = canonicalUrl(item.link);
  const id = outletArticleId(item.link);
  const rule = outletRuleFor(new URL(canonical).hostname);
  const key = id && rule ? `${rule.outlet.toLowerCase().replace(/[^a-z0-9]+/g, '-')}:${id}` : canonical;
  return { key, canonicalUrl: canonical, outletArticleId: id, guid: item.guid };
}

/**
 * A digest of what a reader sees of the item: title, description, content, date, image. Two polls
 * giving the same identity but a different fingerprint mean the outlet edited the item; the item
 * ledger (store/ports.ts ItemLedger.claim) then answers 'updated' and the article is processed again.
 */
export function itemFingerprint(item: Pick<FeedItem, 'title' | 'description' | 'contentHtml' | 'published' | 'image'>): string {
  const parts = [item.title, item.description, item.contentHtml ?? '', item.published ?? '', item.image ?? ''];
  return createHash('sha256').update(parts.map((p) => p.replace(/\s+/g, ' ').trim()).join('\u0000')).digest('hex').slice(0, 32);
}
