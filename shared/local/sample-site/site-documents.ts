import type { StaticDocument } from './conditional-get.js';
import { sampleArticlesOf } from './content/index.js';
import { articlePath } from './sample-article.js';
import { OUTLET_TEMPLATES } from './templates/index.js';

const HTML = 'text/html; charset=utf-8';

/** Lets every crawler in: the sample site is ours, and the pipeline honours robots.txt. */
const ROBOTS_TXT = 'User-agent: *\nAllow: /\n';

/**
 * Renders every fixed document of the site's edition once, keyed by path: each outlet's feed (newest item
 * first, Last-Modified = newest item) and article pages, plus /robots.txt.
 */
export function renderSiteDocuments(baseUrl: string, edition = 1): Map<string, StaticDocument> {
  const docs = new Map<string, StaticDocument>();
  docs.set('/robots.txt', { contentType: 'text/plain; charset=utf-8', body: ROBOTS_TXT, lastModified: null });
  for (const template of OUTLET_TEMPLATES) {
    const articles = sampleArticlesOf(edition).filter((a) => a.outlet === template.outlet).sort(
      (a, b) => Date.parse(b.published) - Date.parse(a.published),
    );
    for (const article of articles) {
      const path = articlePath(article);
      if (docs.has(path)) throw new Error(`sample-site path "${path}" is used by two articles`);
      docs.set(path, { contentType: HTML, body: template.renderPage(article, `${baseUrl}${path}`, baseUrl), lastModified: new Date(article.published) });
    }
    const newest = articles[0];
    docs.set(template.feedPath, {
      contentType: template.feedContentType,
      body: template.renderFeed(articles, baseUrl),
      lastModified: newest ? new Date(newest.published) : null,
    });
  }
  return docs;
}
