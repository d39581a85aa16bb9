import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findSiteRule } from '../../../shared/article/sites/index.js';
import { FeedsFileError, loadFeedsFile } from '../../../shared/config/feeds-file.js';
import { itemMatchesFilter } from '../../../shared/feeds/feed-filter.js';

const REGISTRY = 'shared/feeds/registry/feeds.live.json';

describe('loadFeedsFile', () => {
  it('loads the live registry: every outlet of SOURCES.md, unverified URLs marked', () => {
    const { feeds } = loadFeedsFile(REGISTRY);
    const outlets = new Set(feeds.map((f) => f.outlet));
    for (const o of ['Trend', 'Azernews', 'Report.az', 'Kun.uz', 'Gazeta.uz', 'UzDaily', 'Kazinform', 'The Astana Times', 'AKIpress', 'Times of Central Asia', 'Asia-Plus', 'Business Turkmenistan', 'UzA']) {
      expect(outlets.has(o), o).toBe(true);
    }
    expect(feeds.find((f) => f.id === 'trend-casia')).toMatchObject({ url: 'https://en.trend.az/feeds/casia.rss', verified: true, language: 'en', site: 'trend.az' });
    expect(feeds.find((f) => f.id === 'kun-uz')?.verified).toBe(false);
    expect(feeds.every((f) => ['en', 'ru'].includes(f.language) && f.countries.length > 0)).toBe(true);
  });

  it('declares at least 8 Russian-language feeds, each parsed by a site rule and filtered in Russian', () => {
    const ru = loadFeedsFile(REGISTRY).feeds.filter((f) => f.language === 'ru');
    expect(ru.length).toBeGreaterThanOrEqual(8);
    expect(new Set(ru.map((f) => f.outlet)).size).toBeGreaterThanOrEqual(7);
    for (const f of ru) {
      expect(findSiteRule(f.site)?.host, f.id).toBeTruthy();
      expect(f.note, f.id).toMatch(/^Russian\. /);
      // An English keyword list would drop every Russian item.
      if (f.filter) expect(f.filter.keywords.every((k) => /\p{Script=Cyrillic}/u.test(k)), f.id).toBe(true);
    }
    const item = (title: string) => ({ feedId: 'kun-uz-ru', title, link: 'https://kun.uz/ru/news/1', guid: null, published: null, description: '', contentHtml: null, categories: [], image: null });
    const filter = ru.find((f) => f.id === 'kun-uz-ru')?.filter;
    expect(itemMatchesFilter(item('АБР выделит Узбекистану кредит на $500 млн'), filter)).toBe(true);
    expect(itemMatchesFilter(item('Узбекистан и Китай подписали соглашения о сотрудничестве'), filter)).toBe(true);
    expect(itemMatchesFilter(item('В Ташкенте прошел джазовый концерт'), filter)).toBe(false);
    expect(itemMatchesFilter(item('Газета.uz запустила подкаст о футболе'), filter)).toBe(false);
    expect(ru.find((f) => f.id === 'kun-uz-ru')).toMatchObject({ url: 'https://kun.uz/api/rss?lang=ru', site: 'kun.uz', verified: true });
    expect(ru.filter((f) => !f.verified).map((f) => f.id)).toEqual(expect.arrayContaining(['sputnik-kg', 'kazinform-ru', 'akipress-ru']));
  });

  it('lists every invalid field of a bad file in one error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'feeds-file-'));
    const path = join(dir, 'bad.json');
    writeFileSync(path, JSON.stringify({ feeds: [{ id: 'Bad Id', url: 'not-a-url', outlet: 'X' }, { id: 'ok-feed', url: 'https://x.test/rss', outlet: 'X', countries: ['uz'] }] }));
    let error: unknown;
    try {
      loadFeedsFile(path);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(FeedsFileError);
    const { issues, message, name } = error as FeedsFileError;
    expect(name).toBe('FeedsFileError');
    expect(issues.map((i) => i.split(':')[0])).toEqual(['feeds[0].id', 'feeds[0].url', 'feeds[1].countries[0]']);
    expect(message).toContain(`feeds file ${path}: 3 problems`);
  });

  it('says when the file is missing or not JSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'feeds-file-'));
    writeFileSync(join(dir, 'x.json'), '{ feeds: ');
    expect(() => loadFeedsFile(join(dir, 'missing.json'))).toThrow(/cannot be read/);
    expect(() => loadFeedsFile(join(dir, 'x.json'))).toThrow(/is not JSON/);
  });
});

describe('feeds file rules', () => {
  const write = (content: string | Buffer) => {
    const path = join(mkdtempSync(join(tmpdir(), 'feeds-file-')), 'feeds.json');
    writeFileSync(path, content);
    return path;
  };
  const issuesOf = (path: string) => { try { loadFeedsFile(path); return []; } catch (e) { return (e as FeedsFileError).issues; } };

  it('refuses feed URLs that are not http(s): file:, javascript:, ftp:', () => {
    const path = write(JSON.stringify({ feeds: ['file:///etc/passwd', 'javascript:alert(1)', 'ftp://x.test/rss'].map((url, i) => ({ id: `feed-${i}`, url, outlet: 'X' })) }));
    expect(issuesOf(path)).toEqual(['feeds[0].url: must be an http(s) URL', 'feeds[1].url: must be an http(s) URL', 'feeds[2].url: must be an http(s) URL']);
  });

  it('refuses keys it does not know, at any level, rather than ignoring a typo', () => {
    const path = write(JSON.stringify({ feeds: [{ id: 'a-feed', url: 'https://x.test/rss', outlet: 'X', pollInterval: 5, filter: { keyword: ['loan'] } }], version: 2 }));
    expect(issuesOf(path)).toEqual(expect.arrayContaining([
      'feeds[0]: Unrecognized key: "pollInterval"', 'feeds[0].filter: Unrecognized key: "keyword"', '(root): Unrecognized key: "version"',
    ]));
  });

  it('reads a file saved with a UTF-8 byte order mark', () => {
    const path = write(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify({ feeds: [{ id: 'bom-feed', url: 'https://x.test/rss', outlet: 'X', note: 'saved by Notepad' }] }))]));
    expect(loadFeedsFile(path).feeds.map((f) => f.id)).toEqual(['bom-feed']);
  });
});
