// On the hand-annotated dev pages (../shared/eval/dev/*.html, third-party text used only to measure):
// every gold evidence sentence must be in the extracted body, and no sidebar, menu or footer text.
// Skipped when ../shared is not beside the repository.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../shared/article/parse-article.js';

const DEV = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../shared/eval/dev');
const pages = existsSync(DEV) ? readdirSync(DEV).filter((f) => f.endsWith('.html')).sort() : [];
/** Furniture on these pages: navigation, sidebars, latest-news tables, share and tag rows, footers. */
const FURNITURE = 'nav, aside, footer, header, #header, #footer, #right, [class*="sidebar"], [class*="latest"], [class*="lastnews"], [class*="share"], [class*="tags"], [class*="keywords"], [class*="footer"], [class*="menu"], [class*="related"]';

/** Whitespace and quote styles differ between the gold .json and the page; compare on a normal form. */
function norm(text: string): string {
  return text.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, ' ').trim();
}

interface Gold {
  facts: { evidence?: string }[];
}

describe.skipIf(pages.length === 0)('dev pages (../shared/eval/dev)', () => {
  for (const file of pages) {
    describe(file, () => {
      const path = join(DEV, file);
      const html = readFileSync(path, 'utf8');
      const article = parseArticle(html, pathToFileURL(path).href);
      const body = norm(article.paragraphs.join('\n'));
      const goldPath = path.replace(/\.html$/, '.gold.json');
      const gold = existsSync(goldPath) ? (JSON.parse(readFileSync(goldPath, 'utf8')) as Gold) : { facts: [] };

      it('has every gold evidence sentence in the body', () => {
        expect(article.title.length).toBeGreaterThan(0);
        for (const fact of gold.facts) {
          if (fact.evidence) expect(body).toContain(norm(fact.evidence));
        }
      });

      it('has the same words as the annotated text (.txt: title, blank line, body)', () => {
        const txtPath = path.replace(/\.html$/, '.txt');
        if (!existsSync(txtPath)) return;
        const words = (t: string): string[] => t.match(/[\p{L}\p{N}]+/gu) ?? [];
        const goldBody = readFileSync(txtPath, 'utf8').split('\n').slice(2).join('\n');
        expect(words(article.paragraphs.join('\n'))).toEqual(words(goldBody));
      });

      it('has no sidebar, menu or footer text in the body', () => {
        const $ = load(html);
        const lines = $(FURNITURE).find('a, li, td, p, span').addBack('p').map((_, el) => norm($(el).text())).get();
        for (const line of lines.filter((l) => l.length > 20)) expect(body).not.toContain(line);
      });
    });
  }
});
