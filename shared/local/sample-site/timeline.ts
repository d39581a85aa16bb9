/**
 * The sample site on a clock the caller controls: each article appears (in its outlet's feed and as
 * a page) at its publication time, as a newsroom's items do, so a simulated run sees what a
 * scheduled poll at that moment would have seen.
 */
import type { StaticDocument } from './conditional-get.js';
import { articlePath, type SampleArticle } from './sample-article.js';
import { OUTLET_TEMPLATES } from './templates/index.js';

const HTML = 'text/html; charset=utf-8';
const ROBOTS: StaticDocument = { contentType: 'text/plain; charset=utf-8', body: 'User-agent: *\nAllow: /\n', lastModified: null };

/** Items a feed lists, newest first: older ones drop off, as on real outlets. */
export const TIMELINE_FEED_SIZE = 20;

export interface SampleTimeline {
  /** What the site serves instead of the bundled articles, each from its `published` time on. */
  articles: readonly SampleArticle[];
  /** "Now" for every request. */
  clock: () => Date;
  /** @default TIMELINE_FEED_SIZE */
  feedSize?: number;
}

/** A document for a path at the clock's time: an unpublished article is 404 (undefined). */
export function timelineDocuments(baseUrl: string, timeline: SampleTimeline): (path: string) => StaticDocument | undefined {
  const feedSize = timeline.feedSize ?? TIMELINE_FEED_SIZE;
  const pages = new Map<string, { article: SampleArticle; at: number; html: string | null }>();
  const feeds = new Map<string, { template: (typeof OUTLET_TEMPLATES)[number]; newestFirst: Array<{ article: SampleArticle; at: number }> }>();
  for (const template of OUTLET_TEMPLATES) {
    const newestFirst = timeline.articles.filter((a) => a.outlet === template.outlet)
      .map((article) => ({ article, at: Date.parse(article.published) }))
      .sort((a, b) => b.at - a.at);
    feeds.set(template.feedPath, { template, newestFirst });
    for (const { article, at } of newestFirst) {
      const path = articlePath(article);
      if (pages.has(path)) throw new Error(`timeline path "${path}" is used by two articles`);
      pages.set(path, { article, at, html: null });
    }
  }
  // A feed is rendered again only when its visible items change.
  const rendered = new Map<string, { key: string; doc: StaticDocument }>();
  return (path) => {
    const now = timeline.clock().getTime();
    if (path === '/robots.txt') return ROBOTS;
    const feed = feeds.get(path);
    if (feed) {
      const visible = feed.newestFirst.filter((e) => e.at <= now).slice(0, feedSize);
      const key = visible.map((e) => e.article.id).join(',');
      const cached = rendered.get(path);
      if (cached?.key === key) return cached.doc;
      const doc = {
        contentType: feed.template.feedContentType,
        body: feed.template.renderFeed(visible.map((e) => e.article), baseUrl),
        lastModified: visible[0] ? new Date(visible[0].at) : null,
      };
      rendered.set(path, { key, doc });
      return doc;
    }
    const page = pages.get(path);
    if (!page || page.at > now) return undefined;
    const template = OUTLET_TEMPLATES.find((t) => t.outlet === page.article.outlet)!;
    page.html ??= template.renderPage(page.article, `${baseUrl}${path}`, baseUrl);
    return { contentType: HTML, body: page.html, lastModified: new Date(page.at) };
  };
}
