import { describe, expect, it } from 'vitest';
import { itemMatchesFilter } from '../../../shared/feeds/feed-filter.js';
import { FeedItemSchema, type FeedItem } from '../../../shared/schemas/item.js';

const item = (over: Partial<FeedItem>): FeedItem =>
  FeedItemSchema.parse({ feedId: 'trend-index', title: 'Untitled', link: 'https://www.trend.az/business/4213153.html', ...over });

describe('itemMatchesFilter', () => {
  const filter = { categories: ['Economy'], keywords: ['invest', 'joint venture', 'МоU'] };

  it.each([
    ['no filter passes everything', item({ title: 'Football results' }), undefined, true],
    ['empty lists pass everything', item({ title: 'Football results' }), { categories: [], keywords: [] }, true],
    ['category, case-insensitive', item({ categories: ['ECONOMY'] }), filter, true],
    ['keyword at a word start in the title', item({ title: 'Uzbekistan attracts investment in copper' }), filter, true],
    ['keyword in the description', item({ description: 'A new joint venture will build the plant.' }), filter, true],
    ['keyword inside a word does not match', item({ title: 'Reinvestigation of the crash continues' }), filter, false],
    ['keyword in a category name', item({ categories: ['Investments'] }), filter, true],
    ['Cyrillic keyword at a word start', item({ title: 'Стороны подписали МоU о сотрудничестве' }), filter, true],
    ['nothing matching', item({ title: 'Neftchi wins the cup', categories: ['Sport'] }), filter, false],
  ])('%s', (_why, it_, f, expected) => {
    expect(itemMatchesFilter(it_, f)).toBe(expected);
  });
});
