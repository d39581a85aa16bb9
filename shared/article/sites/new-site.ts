// Scaffolds a site rule (STYLE.md 1.3.15, "site:new"):
//   node --import tsx shared/article/sites/new-site.ts <url | saved-page.html> [--host H] [--case NAME] [--root DIR]
// Writes shared/article/sites/<host>/rules.ts (selectors guessed from a saved page when one is given:
// the single h1, the date meta tag or time[datetime], the container the generic extractor picks) and
// tests/sites/<host>/<case>/page.html, a markup skeleton to fill with OUR OWN text (never the outlet's).
// It prints the line to add to sites/index.ts. Existing files are never overwritten.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import { extractContent } from '../generic/content.js';

/** What the scaffold guessed for the rule file. */
export interface Guess {
  host: string;
  title: string;
  published: string;
  body: string;
}

/** Guesses a rule from a saved page: selectors to review, not to trust. */
export function guessRule($: CheerioAPI, host: string): Guess {
  const h1 = $('h1');
  const title = h1.length === 1 ? selectorOf(h1.get(0) as Element) : 'h1';
  const published = $('meta[property="article:published_time"]').length > 0 ? `['meta[property="article:published_time"]', 'content']` : `['time[datetime]', 'datetime']`;
  const top = extractContent($, null).top;
  return { host, title, published, body: top ? `${selectorOf(top)} p` : 'article p' };
}

function selectorOf(el: Element): string {
  const id = el.attribs['id'];
  if (id && /^[A-Za-z][\w-]*$/.test(id)) return `${el.name}#${id}`;
  const classes = (el.attribs['class'] ?? '').split(/\s+/).filter((c) => /^[A-Za-z][\w-]*$/.test(c)).slice(0, 2);
  return el.name + classes.map((c) => `.${c}`).join('');
}

/** The rule file's text. */
export function ruleSource(g: Guess): string {
  const name = `${g.host.replace(/^www\./, '').replace(/[^a-z0-9]+(.)/g, (_, c: string) => c.toUpperCase())}Rule`;
  return `import type { SiteRule } from '../site-rule.js';

/** ${g.host}: selectors guessed by new-site.ts from a saved page; review each against the outlet's markup. */
export const ${name}: SiteRule = {
  host: '${g.host}',
  utcOffset: '+05:00', // TODO: the newsroom's offset (Baku +04:00, Tashkent/Astana +05:00, Bishkek +06:00)
  language: 'en',
  title: { selectors: ['${g.title}', 'h1'] },
  published: { selectors: [${g.published}] },
  body: { selectors: ['${g.body}'], clean: [] },
};
`;
}

const SKELETON = `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>TODO our own headline</title></head>
<body>
<!-- Copy the outlet's markup STRUCTURE (classes, nesting, menus, sidebars) and write your own text:
     a short invented story with amounts, plus a "latest news" block whose amounts must not reach the body. -->
</body>
</html>
`;

function main(argv: string[]): void {
  const get = (flag: string): string | undefined => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const source = argv.find((a, i) => !a.startsWith('--') && !argv[i - 1]?.startsWith('--'));
  if (!source) throw new Error('usage: new-site.ts <url | saved-page.html> [--host H] [--case NAME] [--root DIR]');
  const root = resolve(get('--root') ?? '.');
  const isFile = existsSync(source);
  const $ = isFile ? load(readFileSync(source, 'utf8')) : null;
  const hostFrom = (u: string | undefined): string | undefined => { try { return u ? new URL(u).hostname : undefined; } catch { return undefined; } };
  const host = get('--host') ?? (isFile ? hostFrom($!('link[rel="canonical"]').attr('href') ?? $!('meta[property="og:url"]').attr('content')) : hostFrom(source));
  if (!host) throw new Error(`new-site: no host for ${source}; pass --host`);
  const guess = $ ? guessRule($, host) : { host, title: 'h1', published: `['time[datetime]', 'datetime']`, body: 'article p' };
  const files: [string, string][] = [
    [join(root, 'shared/article/sites', host, 'rules.ts'), ruleSource(guess)],
    [join(root, 'tests/sites', host, get('--case') ?? 'first-case', 'page.html'), SKELETON],
  ];
  for (const [path, text] of files) {
    if (existsSync(path)) { console.log(`kept ${path} (exists)`); continue; }
    mkdirSync(resolve(path, '..'), { recursive: true });
    writeFileSync(path, text);
    console.log(`wrote ${path}`);
  }
  console.log(`next: add the rule to SITE_RULES in shared/article/sites/index.ts, write page.html, then UPDATE_FIXTURES=1 npx vitest run tests/sites`);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) main(process.argv.slice(2));
