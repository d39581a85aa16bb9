import type { FeedConfig } from '../schemas/feed.js';
import type { FeedItem } from '../schemas/item.js';

/**
 * Whether an item passes its feed's filter. No filter, or one with empty lists, passes everything.
 * A category matches when equal to one of the item's categories, case-insensitive; a keyword
 * matches at a word start in the title, description or categories, case-insensitive, so "invest"
 * catches "investment" but "trade" does not catch "comrade". Either kind of match is enough.
 * @example itemMatchesFilter(item, { categories: ['Economy'], keywords: ['invest'] })
 */
export function itemMatchesFilter(item: FeedItem, filter: FeedConfig['filter']): boolean {
  const categories = filter?.categories ?? [];
  const keywords = filter?.keywords ?? [];
  if (categories.length === 0 && keywords.length === 0) return true;
  const itemCategories = item.categories.map((c) => c.toLowerCase().trim());
  if (categories.some((c) => itemCategories.includes(c.toLowerCase().trim()))) return true;
  const haystack = [item.title, item.description, ...item.categories].join('\n');
  return keywords.some((k) => keywordPattern(k).test(haystack));
}

const patterns = new Map<string, RegExp>();

function keywordPattern(keyword: string): RegExp {
  let re = patterns.get(keyword);
  if (!re) {
    const escaped = keyword.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // \p{L}/\p{N} rather than \b so that Cyrillic and accented words have word starts too.
    re = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}`, 'iu');
    patterns.set(keyword, re);
  }
  return re;
}
