import { describe, expect, it } from 'vitest';
import { detectPaywall } from '../../../shared/article/paywall.js';

describe('detectPaywall', () => {
  it('turns the Trend shell into a paywalled article with no paragraphs', () => {
    const v = detectPaywall(['Get access to all paid news on Trend — just $1']);
    expect(v).toEqual({ paragraphs: [], paywalled: true });
  });

  it('keeps a teaser lead but marks the page and drops the invitation', () => {
    const v = detectPaywall(['BAKU, Azerbaijan, May 3. The two ministers met in Baku.', 'Subscribe to read the full article.']);
    expect(v.paywalled).toBe(true);
    expect(v.paragraphs).toEqual(['BAKU, Azerbaijan, May 3. The two ministers met in Baku.']);
  });

  it('marks a short body of a page declaring isAccessibleForFree: false', () => {
    expect(detectPaywall(['Only the lead is shown.'], true).paywalled).toBe(true);
  });

  it('leaves a full article that mentions subscriptions alone', () => {
    const long = 'The telecom operator said its mobile subscribers grew to 5 million, and that subscription revenue rose. '.repeat(8);
    const v = detectPaywall([long, 'Tariffs will rise in May.']);
    expect(v).toEqual({ paragraphs: [long, 'Tariffs will rise in May.'], paywalled: false });
  });

  it('removes the Trend invitation even from a long page, without marking it', () => {
    const body = 'TASHKENT, Uzbekistan, July 7. '.concat('The sides agreed to expand cooperation in energy. '.repeat(20));
    const v = detectPaywall([body, 'Get access to all paid news on Trend — just $1']);
    expect(v).toEqual({ paragraphs: [body], paywalled: false });
  });
});
