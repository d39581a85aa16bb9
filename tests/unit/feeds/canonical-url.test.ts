import { describe, expect, it } from 'vitest';
import { canonicalUrl, outletArticleId } from '../../../shared/feeds/canonical-url.js';
import { CanonicalUrlError } from '../../../shared/feeds/errors.js';

// [input, canonical form, why]
const CASES: Array<[string, string, string]> = [
  ['https://en.trend.az/casia/uzbekistan/4213174.html', 'https://en.trend.az/casia/uzbekistan/4213174.html', 'already canonical'],
  ['https://www.trend.az/casia/uzbekistan/4213174.html', 'https://en.trend.az/casia/uzbekistan/4213174.html', 'Trend www. folds to en.'],
  ['http://trend.az/casia/uzbekistan/4213174.html', 'https://en.trend.az/casia/uzbekistan/4213174.html', 'http and the apex fold too'],
  ['https://az.trend.az/azerbaijan/4213174.html', 'https://az.trend.az/azerbaijan/4213174.html', 'the Azeri edition is another site'],
  ['https://EN.Trend.AZ/casia/4212893.html?utm_source=rss&utm_medium=feed#comments', 'https://en.trend.az/casia/4212893.html', 'case, utm_* and fragment'],
  ['https://example.com/a?b=2&a=1', 'https://example.com/a?a=1&b=2', 'remaining parameters sorted'],
  ['https://example.com/a?fbclid=X&gclid=Y&yclid=Z&_ga=1&ref=tw&id=7', 'https://example.com/a?id=7', 'click ids and ref dropped, content id kept'],
  ['https://example.com/news/slug/', 'https://example.com/news/slug', 'trailing slash dropped'],
  ['https://example.com/news/slug', 'https://example.com/news/slug', 'no trailing slash stays'],
  ['https://example.com/', 'https://example.com/', 'root keeps its slash'],
  ['https://example.com', 'https://example.com/', 'empty path is the root'],
  ['https://example.com/?utm_campaign=x', 'https://example.com/', 'a query of trackers only disappears'],
  ['https://www.example.com/a', 'https://www.example.com/a', 'www. kept for hosts not in the outlet table'],
  ['https://www.gazeta.uz/en/2026/08/06/tashkent-metro/', 'https://www.gazeta.uz/en/2026/08/06/tashkent-metro', 'Gazeta keeps www.'],
  ['https://gazeta.uz/en/2026/08/06/tashkent-metro/', 'https://www.gazeta.uz/en/2026/08/06/tashkent-metro', 'and the apex folds to it'],
  ['https://www.astanatimes.com/2026/08/kazakhstan-grain-exports/', 'https://astanatimes.com/2026/08/kazakhstan-grain-exports', 'Astana Times folds www.'],
  ['https://example.com:443/a', 'https://example.com/a', 'default port dropped'],
  ['http://example.com:8080/a', 'https://example.com:8080/a', 'a non-default port is kept'],
  ['https://user:pw@example.com/a', 'https://example.com/a', 'user info dropped'],
  ['  https://example.com/a  ', 'https://example.com/a', 'surrounding spaces'],
  ['https://example.com/a?q=%D0%B0', 'https://example.com/a?q=%D0%B0', 'percent-encoding kept'],
];

describe('canonicalUrl', () => {
  it.each(CASES)('%s → %s (%s)', (input, expected) => {
    expect(canonicalUrl(input)).toBe(expected);
  });

  it('is idempotent on every case of the table', () => {
    for (const [input] of CASES) expect(canonicalUrl(canonicalUrl(input))).toBe(canonicalUrl(input));
  });

  it.each(['/relative/path', 'mailto:desk@trend.az', 'not a url', 'ftp://example.com/x'])('rejects %s with a CanonicalUrlError naming it', (input) => {
    expect(() => canonicalUrl(input)).toThrow(CanonicalUrlError);
    expect(() => canonicalUrl(input)).toThrow(input.slice(0, 10));
  });
});

describe('outletArticleId', () => {
  it.each([
    ['https://www.trend.az/casia/uzbekistan/4213174.html', '4213174'],
    ['https://en.trend.az/business/energy/4213153.html?utm_source=x', '4213153'],
    ['https://www.azernews.az/business/251234.html', '251234'],
    ['https://24.kg/english/334512_Kyrgyzstan_and_China_sign_railway_deal/', '334512'],
    ['https://en.apa.az/economy/azerbaijan-uzbekistan-trade-grows-480213', '480213'],
    ['https://www.trend.az/casia/uzbekistan/', null],
    ['https://report.az/en/business/uzbekistan-proposes-forum', null],
    ['https://example.com/news/4213174.html', null],
    ['not a url', null],
  ])('%s → %s', (url, id) => {
    expect(outletArticleId(url)).toBe(id);
  });
});
