import { parseArticle } from '../article/parse-article.js';
import { articleLanguage } from './article-language.js';
import { assertArticle } from '../article/assert-article.js';
import { ArticleSchema, type Article, type FeedItem, type ItemMessage, type ParsedArticle } from '../schemas/index.js';

/** What an article is assembled from: the page, and the feed item that pointed to it (none for a file on disk). */
export interface ArticleSource {
  /** The page, decoded. */
  html: string;
  /** The URL the page was served from (relative links, site rule by host, URL date fallback). */
  url: string;
  item: FeedItem | null;
  /** The site rule to use, by host; the URL's host when null. */
  site: string | null;
  /** The feed's declared language; null (or absent) for a file on disk: the page or its text tells. */
  language?: string | null;
}

/**
 * The one way a page becomes an article's text, for processing, re-extraction and the `extract` and
 * `article` commands alike: the page parsed (site rule, then generic), and when it is a paywall shell
 * the feed's own full text stands in; a title or description the page lacks comes from the feed.
 * The language is the page's, else the feed's, else the text's (article-language.ts).
 */
export function assembleParsed(src: ArticleSource): ParsedArticle {
  const text = withFeed(parseArticle(src.html, src.url, { site: src.site }), src.item);
  const language = articleLanguage({
    page: text.language, feed: src.language ?? null, text: [text.title, text.description, ...text.paragraphs].join('\n'),
  });
  return { ...text, language };
}

function withFeed(parsed: ParsedArticle, item: FeedItem | null): ParsedArticle {
  if (!item) return parsed;
  if (parsed.paywalled && item.contentHtml) {
    const fromFeed = parseArticle(`<html><body><article>${item.contentHtml}</article></body></html>`, item.link);
    if (fromFeed.paragraphs.length) return { ...parsed, paragraphs: fromFeed.paragraphs, paywalled: false };
  }
  return { ...parsed, title: parsed.title || item.title, description: parsed.description || item.description };
}

/**
 * The stored article of a claimed item: assembled as above, checked to be an article, with its ids
 * and provenance. `rawKey` is left for the caller, who knows where the page is kept.
 * @throws NotAnArticleError when the page is not an article (a listing, a gallery, no title)
 */
export function assembleArticle(message: ItemMessage, page: { html: string; url: string; charsetNote?: string | null }, fetchedAt: string): Article {
  const { item } = message;
  const parsed = assembleParsed({ html: page.html, url: page.url, item, site: message.site, language: message.language });
  assertArticle(parsed, page.url);
  return ArticleSchema.parse({
    id: message.articleId,
    url: item.link,
    canonicalUrl: message.canonicalUrl,
    feedId: item.feedId,
    outlet: message.outlet,
    title: parsed.title || item.title,
    published: parsed.published ?? item.published,
    author: parsed.author,
    language: parsed.language,
    image: parsed.image ?? item.image,
    tags: parsed.tags.length ? parsed.tags : item.categories,
    description: parsed.description || item.description,
    paragraphs: parsed.paragraphs,
    paywalled: parsed.paywalled,
    extractedBy: parsed.extractedBy,
    fetchedAt,
    rawKey: null,
    notes: [...(page.charsetNote ? [`charset: ${page.charsetNote}`] : []), ...(parsed.warnings ?? [])],
  });
}

/**
 * The message of an article stored before claims kept their message: rebuilt from the article, its
 * own text standing in for the feed's full text (it came from there when the page was a shell). The
 * stored language stands in for the feed's declaration, so re-reading a page keeps what was decided.
 */
export function messageFromStored(stored: Article): ItemMessage {
  const text = stored.paywalled ? null : stored.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('');
  return {
    articleId: stored.id, canonicalUrl: stored.canonicalUrl, outlet: stored.outlet,
    site: stored.extractedBy.startsWith('site:') ? stored.extractedBy.slice('site:'.length) : null,
    language: stored.language,
    item: {
      feedId: stored.feedId ?? '', title: stored.title, link: stored.url, guid: null, published: stored.published ? new Date(stored.published).toISOString() : null,
      description: stored.description, contentHtml: text, categories: stored.tags, image: stored.image,
    },
  };
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
