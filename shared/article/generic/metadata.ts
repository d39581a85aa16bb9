import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { isElement, normalizeSpace } from '../dom.js';
import { parseDate } from '../parse-date.js';
import { readJsonLd, type JsonLdArticle } from './json-ld.js';

/** Page metadata found by the generic path; each field is null (or empty) when nothing was found. */
export interface GenericMetadata {
  title: string | null;
  published: string | null;
  author: string | null;
  language: string | null;
  image: string | null;
  tags: string[];
  description: string;
  canonicalUrl: string | null;
  jsonLd: JsonLdArticle | null;
}

const META_TITLE = ['meta[property="og:title"]', 'meta[name="twitter:title"]', 'meta[name="title"]', 'meta[itemprop="headline"]'];
const META_PUBLISHED = [
  'meta[property="article:published_time"]', 'meta[property="og:article:published_time"]', 'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]', 'meta[name="publishdate"]', 'meta[name="publish-date"]', 'meta[name="date"]',
  'meta[name="DC.date.issued"]', 'meta[name="dc.date"]', 'meta[name="parsely-pub-date"]', 'meta[name="sailthru.date"]',
];
const DOM_PUBLISHED = ['[itemprop="datePublished"][datetime]', 'article time[datetime]', 'time[pubdate][datetime]', 'time[datetime]'];
const META_AUTHOR = ['meta[name="author"]', 'meta[property="article:author"]', 'meta[name="parsely-author"]', 'meta[name="sailthru.author"]'];
const DOM_AUTHOR = ['[itemprop="author"] [itemprop="name"]', '[rel="author"]', '.byline .author', '.author-name', '.byline'];
const META_IMAGE = ['meta[property="og:image"]', 'meta[name="twitter:image"]', 'meta[name="twitter:image:src"]', 'meta[itemprop="image"]'];
const META_DESCRIPTION = ['meta[property="og:description"]', 'meta[name="description"]', 'meta[name="twitter:description"]'];
/** A byline longer than this is a sentence or a block of links, not a name (Postlight caps at 300; names are far shorter). */
const MAX_AUTHOR_CHARS = 80;

/**
 * Generic metadata, per field in the order JSON-LD → meta tags → DOM → URL (STYLE.md 1.3.6).
 * @param $ the loaded page, not yet cleaned (scripts still hold the JSON-LD)
 * @param url the page URL, for relative links and the /YYYY/MM/DD/ date fallback
 */
export function extractMetadata($: CheerioAPI, url: string): GenericMetadata {
  const ld = readJsonLd($);
  return {
    title: cleanTitle(ld?.headline ?? firstContent($, META_TITLE) ?? singleText($, 'h1') ?? titleTag($)),
    published: publishedOf($, ld, url),
    author: authorOf($, ld),
    language: languageOf($, ld),
    image: absolute(ld?.image ?? firstContent($, META_IMAGE) ?? $('link[rel="image_src"]').attr('href') ?? null, url),
    tags: tagsOf($, ld),
    description: normalizeSpace(firstContent($, META_DESCRIPTION) ?? ld?.description ?? ''),
    canonicalUrl: absolute($('link[rel="canonical"]').attr('href') ?? firstContent($, ['meta[property="og:url"]']) ?? ld?.url ?? null, url),
    jsonLd: ld,
  };
}

/** The content attribute of the first matching meta tag that has one, trimmed. */
export function firstContent($: CheerioAPI, selectors: readonly string[]): string | null {
  for (const sel of selectors) {
    const v = $(sel).first().attr('content')?.trim();
    if (v) return v;
  }
  return null;
}

function singleText($: CheerioAPI, selector: string): string | null {
  const found = $(selector);
  return found.length === 1 ? normalizeSpace(found.text()) || null : null;
}

/** The <title> without the site name: " - Trend News Agency", " | Kun.uz" are cut when the rest stays long. */
function titleTag($: CheerioAPI): string | null {
  const t = normalizeSpace($('head title').first().text() || $('title').first().text());
  if (!t) return null;
  const parts = t.split(/\s+[|\-–—»]\s+/);
  const head = parts[0] ?? t;
  return parts.length > 1 && head.split(' ').length >= 3 ? head : t;
}

function cleanTitle(t: string | null): string | null {
  const v = t ? normalizeSpace(t) : '';
  return v || null;
}

function publishedOf($: CheerioAPI, ld: JsonLdArticle | null, url: string): string | null {
  const fromLd = parseDate(ld?.datePublished);
  if (fromLd) return fromLd;
  const fromMeta = parseDate(firstContent($, META_PUBLISHED));
  if (fromMeta) return fromMeta;
  for (const sel of DOM_PUBLISHED) {
    const el = $(sel).first();
    const v = parseDate(el.attr('datetime') ?? el.attr('content'));
    if (v) return v;
  }
  const nearTitle = dateNearTitle($);
  if (nearTitle) return nearTitle;
  // Last resort, the URL: many WordPress and news sites put /2024/05/15/ in the path.
  const m = /\/(20\d{2}|19\d{2})\/(\d{1,2})\/(\d{1,2})\//.exec(url);
  return m ? parseDate(`${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`) : null;
}

/**
 * A visible date printed next to the headline ("May 31, 2019 / 04:05 PM" in span.date): searched in the
 * h1's container, then one and two levels up, so a "today is …" date in the page header is not taken.
 */
function dateNearTitle($: CheerioAPI): string | null {
  let scope: Element | null = ($('h1').first().parent().get(0) as Element | undefined) ?? null;
  for (let level = 0; level < DATE_SEARCH_LEVELS && scope; level++) {
    for (const el of dateElementsIn(scope, MAX_DATE_CANDIDATES)) {
      const text = normalizeSpace($(el).text());
      const v = text.length <= MAX_DATE_TEXT_CHARS ? parseDate(text) : null;
      if (v) return v;
    }
    scope = scope.parent && isElement(scope.parent) ? scope.parent : null;
  }
  return null;
}

/**
 * The first `limit` descendants of `scope`, in document order, whose class or id says they hold the
 * date (what `[class*="date"], [class*="time"], [id*="date"], [class*="published"], [class*="posted"]`
 * selects). A walk that stops at the limit: cheerio's find() first de-duplicates the scope's children
 * pairwise, quadratic on a page of 50,000 paragraphs (64 s for 20 MB).
 */
function dateElementsIn(scope: Element, limit: number): Element[] {
  const found: Element[] = [];
  const stack: AnyNode[] = [...scope.children].reverse();
  while (stack.length > 0 && found.length < limit) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    const cls = node.attribs['class'] ?? '';
    if (DATE_CLASS.test(cls) || (node.attribs['id'] ?? '').includes('date')) found.push(node);
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return found;
}

/** Class names that say the element holds the date (case-sensitive, as the CSS attribute selectors were). */
const DATE_CLASS = /date|time|published|posted/;
/** Containers above the h1 searched for a visible date: its own and two more (a meta row beside a title block). */
const DATE_SEARCH_LEVELS = 3;
/** A date line is short: "Published Monday, November 18, 2019 8:22AM EST" is 46 chars. */
const MAX_DATE_TEXT_CHARS = 80;
/** Enough for a meta row; a container with more date-like nodes is a listing. */
const MAX_DATE_CANDIDATES = 10;

function authorOf($: CheerioAPI, ld: JsonLdArticle | null): string | null {
  if (ld && ld.authors.length > 0) return ld.authors.join(', ');
  const meta = firstContent($, META_AUTHOR);
  if (meta && !/^https?:/.test(meta)) return meta;
  for (const sel of DOM_AUTHOR) {
    const v = normalizeSpace($(sel).first().text()).replace(/^by\s+/i, '');
    if (v && v.length <= MAX_AUTHOR_CHARS) return v;
  }
  return null;
}

function languageOf($: CheerioAPI, ld: JsonLdArticle | null): string | null {
  const raw = $('html').attr('lang') ?? $('meta[http-equiv="content-language" i]').attr('content') ??
    firstContent($, ['meta[property="og:locale"]']) ?? ld?.inLanguage ?? null;
  return normalizeLanguage(raw);
}

/** 'en-US', 'en_GB', 'EN' → 'en'; anything that is not a language tag → null. */
export function normalizeLanguage(raw: string | null | undefined): string | null {
  const m = raw ? /^\s*([a-z]{2,3})(?:[-_]|\s*$)/i.exec(raw) : null;
  return m ? m[1]!.toLowerCase() : null;
}

function tagsOf($: CheerioAPI, ld: JsonLdArticle | null): string[] {
  if (ld && ld.keywords.length > 0) return unique(ld.keywords);
  const metaTags = $('meta[property="article:tag"]').map((_, el) => $(el).attr('content') ?? '').get();
  if (metaTags.length > 0) return unique(metaTags);
  const keywords = firstContent($, ['meta[name="keywords"]', 'meta[name="news_keywords"]']);
  if (keywords) return unique(keywords.split(','));
  return unique($('a[rel="tag"]').map((_, el) => $(el).text()).get());
}

/** Trimmed, non-empty, first occurrence kept, order kept. */
export function unique(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const v of values) {
    const t = normalizeSpace(v);
    if (t && !seen.has(t.toLowerCase())) {
      seen.add(t.toLowerCase());
      out.push(t);
    }
  }
  return out;
}

/** Resolves a link against the page URL; only http(s) results are kept. */
export function absolute(href: string | null | undefined, base: string): string | null {
  if (!href) return null;
  try {
    const u = new URL(href.trim(), base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}
