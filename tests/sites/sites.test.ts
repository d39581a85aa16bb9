// Site fixtures: every tests/sites/<host>/<case>/ folder holds page.html (our own text in the outlet's
// markup) and expected.json (the ParsedArticle). The suite discovers the folders, so a case is a folder.
// UPDATE_FIXTURES=1 rewrites expected.json from the current output; review the diff before committing.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../shared/article/parse-article.js';
import { findSiteRule } from '../../shared/article/sites/index.js';
import { ParsedArticleSchema } from '../../shared/schemas/article.js';

const here = dirname(fileURLToPath(import.meta.url));
const update = process.env['UPDATE_FIXTURES'] === '1';
/** Page furniture whose text must never reach the body: latest-news lists, sidebars, related boxes. */
const FURNITURE =
  'aside, [class*="sidebar"], [class*="latest" i], [class*="last" i], [class*="most-read"], [class*="news-list"], [class*="related"], [class*="widget"], [class*="read-also"], [class*="also-read"], [class*="links_block"]';

interface Case {
  host: string;
  name: string;
  dir: string;
}

function discover(): Case[] {
  const cases: Case[] = [];
  for (const host of readdirSync(here).sort()) {
    const hostDir = join(here, host);
    if (!statSync(hostDir).isDirectory()) continue;
    for (const name of readdirSync(hostDir).sort()) {
      const dir = join(hostDir, name);
      if (existsSync(join(dir, 'page.html'))) cases.push({ host, name, dir });
    }
  }
  return cases;
}

const cases = discover();

describe('site fixtures', () => {
  it('has at least one case per registered outlet', () => {
    const hosts = new Set(cases.map((c) => findSiteRule(c.host)?.host));
    for (const rule of ['en.trend.az', 'www.azernews.az', 'report.az', 'en.apa.az', 'kun.uz', 'www.gazeta.uz', 'daryo.uz', '24.kg', 'timesca.com', 'astanatimes.com', 'business.com.tm',
      'kursiv.media', 'uz.sputniknews.ru', 'www.inform.kz', 'akipress.org']) {
      expect(hosts, rule).toContain(rule);
    }
  });

  for (const c of cases) {
    describe(`${c.host}/${c.name}`, () => {
      // Prepare
      const html = readFileSync(join(c.dir, 'page.html'), 'utf8');
      const url = `https://${c.host}/news/${c.name}.html`;
      // Act
      const article = parseArticle(html, url);
      const expectedPath = join(c.dir, 'expected.json');
      if (update) writeFileSync(expectedPath, `${JSON.stringify(article, null, 2)}\n`);

      it('matches expected.json', () => {
        expect(existsSync(expectedPath), `${expectedPath} is missing: run with UPDATE_FIXTURES=1 and review it`).toBe(true);
        expect(article).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
      });

      it('is produced by the site rule, and is schema-valid', () => {
        expect(article.extractedBy).toBe(`site:${findSiteRule(c.host)?.host}`);
        expect(ParsedArticleSchema.safeParse(article).success).toBe(true);
      });

      it('keeps sidebar and latest-news text out of the body', () => {
        const $ = load(html);
        const body = article.paragraphs.join('\n');
        const furniture = $(FURNITURE).find('a, li, p').map((_, el) => $(el).text().replace(/\s+/g, ' ').trim()).get();
        for (const line of furniture.filter((l) => l.length > 15)) expect(body).not.toContain(line);
      });

      it('is found by the same rule when served from elsewhere with options.site', () => {
        const local = parseArticle(html, 'http://127.0.0.1:8080/article/1', { site: c.host });
        expect(local.paragraphs).toEqual(article.paragraphs);
        expect(local.extractedBy).toBe(article.extractedBy);
      });
    });
  }
});
