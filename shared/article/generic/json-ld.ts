import type { CheerioAPI } from 'cheerio';

/** schema.org types that describe an article page; the first such node found wins. */
const ARTICLE_TYPES = /^(?:News|Report|Scholarly|Tech|Opinion|Analysis|Background|Review|Satirical|Advertiser)?Article$|^(?:BlogPosting|LiveBlogPosting|Posting|SocialMediaPosting|DiscussionForumPosting|WebPage)$/;

/** The fields of a JSON-LD article node that the parser reads, as plain strings. */
export interface JsonLdArticle {
  /** The node's @type, e.g. 'NewsArticle'. */
  type: string;
  headline: string | null;
  datePublished: string | null;
  authors: string[];
  image: string | null;
  keywords: string[];
  description: string | null;
  url: string | null;
  inLanguage: string | null;
  articleBody: string | null;
  /** `isAccessibleForFree: false` marks a paywalled page (schema.org's paywall markup). */
  paywalled: boolean;
}

/**
 * Reads the JSON-LD blocks of a page and returns the best article node (incl. inside @graph).
 * Article types are preferred over WebPage. Broken JSON is skipped: publishers often ship it.
 */
export function readJsonLd($: CheerioAPI): JsonLdArticle | null {
  const nodes: Record<string, unknown>[] = [];
  $('script[type="application/ld+json"]').each((_, el) => {
    const raw = $(el).text().trim();
    if (!raw) return;
    try {
      collect(JSON.parse(raw.replace(/^\s*<!--|-->\s*$/g, '')), nodes, 0);
    } catch {
      // Invalid JSON-LD is common (trailing commas, raw newlines); the meta tags still apply.
    }
  });
  const typed = nodes.filter((n) => typesOf(n).some((t) => ARTICLE_TYPES.test(t)));
  const best = typed.find((n) => !typesOf(n).includes('WebPage')) ?? typed[0];
  return best ? toArticle(best) : null;
}

function collect(value: unknown, out: Record<string, unknown>[], depth: number): void {
  if (depth > 4 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const v of value) collect(v, out, depth + 1);
    return;
  }
  const node = value as Record<string, unknown>;
  out.push(node);
  if (node['@graph']) collect(node['@graph'], out, depth + 1);
  if (node['mainEntity']) collect(node['mainEntity'], out, depth + 1);
}

function typesOf(node: Record<string, unknown>): string[] {
  const t = node['@type'];
  if (typeof t === 'string') return [t];
  return Array.isArray(t) ? t.filter((x): x is string => typeof x === 'string') : [];
}

function toArticle(node: Record<string, unknown>): JsonLdArticle {
  return {
    type: typesOf(node)[0] ?? 'Article',
    headline: str(node['headline']) ?? str(node['name']),
    datePublished: str(node['datePublished']) ?? str(node['dateCreated']),
    authors: names(node['author']),
    image: urlOf(node['image']) ?? urlOf(node['thumbnailUrl']),
    keywords: keywords(node['keywords']),
    description: str(node['description']),
    url: str(node['url']) ?? urlOf(node['mainEntityOfPage']),
    inLanguage: str(node['inLanguage']),
    articleBody: str(node['articleBody']),
    paywalled: node['isAccessibleForFree'] === false || node['isAccessibleForFree'] === 'False' || node['isAccessibleForFree'] === 'false',
  };
}

function str(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (Array.isArray(v)) return str(v[0]);
  return null;
}

function urlOf(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (Array.isArray(v)) return urlOf(v[0]);
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return str(o['url']) ?? str(o['@id']) ?? str(o['contentUrl']);
  }
  return null;
}

function names(v: unknown): string[] {
  const list = Array.isArray(v) ? v : v ? [v] : [];
  const out: string[] = [];
  for (const item of list) {
    const name = typeof item === 'string' ? item : item && typeof item === 'object' ? str((item as Record<string, unknown>)['name']) : null;
    if (name && !/^https?:/.test(name)) out.push(name.trim());
  }
  return out;
}

function keywords(v: unknown): string[] {
  if (typeof v === 'string') return v.split(',').map((s) => s.trim()).filter(Boolean);
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string').map((s) => s.trim()).filter(Boolean);
  return [];
}
