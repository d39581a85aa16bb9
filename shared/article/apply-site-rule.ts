import type { CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import { normalizeSpace } from './dom.js';
import { absolute, unique } from './generic/metadata.js';
import { toParagraphs } from './generic/to-paragraphs.js';
import { parseDate } from './parse-date.js';
import type { FieldRule, SiteRule } from './sites/site-rule.js';

/** What a site rule found; a null or empty field falls back to the generic extractor. */
export interface SiteFields {
  title: string | null;
  published: string | null;
  author: string | null;
  tags: string[];
  image: string | null;
  paragraphs: string[];
}

/**
 * Applies a site rule to the page. Reads the fields first, then cleans inside the body matches only,
 * so the rest of the page stays intact for the generic fallbacks.
 */
export function applySiteRule($: CheerioAPI, rule: SiteRule, url: string): SiteFields {
  const t = rule.transforms;
  const title = pick($, rule.title);
  const published = pick($, rule.published);
  const author = pick($, rule.author);
  return {
    title: title ? normalizeSpace(t?.title ? t.title(title) : title) || null : null,
    published: published ? parseDate(t?.published ? t.published(published) : published, rule.utcOffset) : null,
    author: author ? normalizeSpace((t?.author ? t.author(author) : author).replace(/^by\s+/i, '')) || null : null,
    tags: rule.tags ? unique(values($, rule.tags)) : [],
    image: absolute(pick($, rule.image), url),
    paragraphs: bodyOf($, rule),
  };
}

function pick($: CheerioAPI, field: FieldRule | null | undefined): string | null {
  if (!field) return null;
  if (field.allowMultiple) {
    const all = values($, field);
    return all.length > 0 ? all.join(' ') : null;
  }
  for (const sel of field.selectors) {
    const [css, attr] = typeof sel === 'string' ? [sel, null] : sel;
    const found = $(css);
    if (found.length !== 1) continue;
    const v = normalizeSpace((attr ? found.attr(attr) : found.text()) ?? '');
    if (v) return v;
  }
  return null;
}

/** Every non-empty value of the first selector that matches anything. */
function values($: CheerioAPI, field: FieldRule): string[] {
  for (const sel of field.selectors) {
    const [css, attr] = typeof sel === 'string' ? [sel, null] : sel;
    const out = $(css).map((_, el) => normalizeSpace((attr ? $(el).attr(attr) : $(el).text()) ?? '')).get().filter(Boolean);
    if (out.length > 0) return out;
  }
  return [];
}

function bodyOf($: CheerioAPI, rule: SiteRule): string[] {
  if (!rule.body) return [];
  // Cleaned page-wide, not inside the matches: a paragraph selector ("div.article-content p") would
  // otherwise still reach the <p>s of a "related news" box nested in the body container.
  if (rule.body.clean && rule.body.clean.length > 0) $(rule.body.clean.join(', ')).remove();
  for (const css of rule.body.selectors) {
    const found = $(css);
    if (found.length === 0) continue;
    found.find('script, style, noscript, iframe, button').remove();
    const paragraphs = toParagraphs(found.get() as Element[]);
    if (paragraphs.length > 0) return paragraphs;
  }
  return [];
}
