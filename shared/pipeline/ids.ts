import { createHash } from 'node:crypto';
import type { ExtractedFact, FeedItem } from '../schemas/index.js';

/** 32 hex characters of sha256: short enough for keys, far from any collision at news scale. */
export function shortHash(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32);
}

/** The article id is the hash of the canonical URL, so the same story from two feeds is one article. */
export function articleIdOf(canonicalUrl: string): string {
  return shortHash('article', canonicalUrl);
}

/**
 * A fact's id comes from its article and what it says (type, amount, parties, evidence), not from
 * when it was extracted: re-extracting the same text gives the same ids and writes nothing new.
 */
export function factIdOf(articleId: string, fact: ExtractedFact): string {
  const amount = fact.amount ? `${fact.amount.value} ${fact.amount.currency}` : '-';
  return shortHash('fact', articleId, fact.type, amount, [...fact.countries].sort().join(','), fact.evidence);
}

/** What makes a feed item "changed": its visible content, not its position in the feed. */
export function itemContentHash(item: FeedItem): string {
  return shortHash('item', item.title, item.description, item.contentHtml ?? '');
}
