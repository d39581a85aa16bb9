import { describe, expect, it } from 'vitest';
import { itemFingerprint, itemIdentity } from '../../../shared/feeds/item-identity.js';
import { FeedItemSchema, type FeedItem } from '../../../shared/schemas/item.js';

const base = FeedItemSchema.parse({
  feedId: 'trend-casia',
  title: 'Uzbekistan, China sign copper deal',
  link: 'https://www.trend.az/casia/uzbekistan/4213174.html?utm_source=rss',
  guid: '4213174',
  published: '2026-08-06T07:08:00.000Z',
});

describe('itemIdentity', () => {
  it('keys a Trend item by outlet and article id, whatever the host and section', () => {
    const a = itemIdentity(base);
    const b = itemIdentity({ link: 'https://en.trend.az/casia/4213174.html', guid: null });
    expect(a).toEqual({ key: 'trend:4213174', canonicalUrl: 'https://en.trend.az/casia/uzbekistan/4213174.html', outletArticleId: '4213174', guid: '4213174' });
    expect(b.key).toBe(a.key);
  });

  it('keys other outlets by canonical URL', () => {
    expect(itemIdentity({ link: 'https://www.gazeta.uz/en/2026/08/06/metro/?utm_medium=rss', guid: null }).key).toBe('https://www.gazeta.uz/en/2026/08/06/metro');
  });
});

describe('itemFingerprint', () => {
  const stored = itemFingerprint(base);

  it('is the same for the same item, whatever its spacing, and changes when the text is edited', () => {
    expect(itemFingerprint({ ...base, title: ` ${base.title}  ` })).toBe(stored);
    expect(itemFingerprint({ ...base, title: 'Uzbekistan, China sign $1.2bn copper deal' })).not.toBe(stored);
  });

  it('notices a changed date or image, not only text', () => {
    expect(itemFingerprint({ ...base, published: '2026-08-06T08:00:00.000Z' })).not.toBe(stored);
    expect(itemFingerprint({ ...base, image: 'https://static.trend.az/1.jpg' })).not.toBe(stored);
  });
});
