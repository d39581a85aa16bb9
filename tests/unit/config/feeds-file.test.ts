import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FeedsFileError, loadFeedsFile } from '../../../shared/config/feeds-file.js';

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
    expect(feeds.every((f) => f.language === 'en' && f.countries.length > 0)).toBe(true);
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
