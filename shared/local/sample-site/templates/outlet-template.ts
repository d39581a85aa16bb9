import type { SampleArticle, SampleOutlet } from '../sample-article.js';

/** How one outlet renders its pages and its feed; the server knows nothing else about markup. */
export interface OutletTemplate {
  outlet: SampleOutlet;
  /** Loopback path of the outlet's feed, e.g. "/trend/feeds/index.rss". */
  feedPath: string;
  /** Content-Type the real outlet sends its feed with. */
  feedContentType: string;
  /** A full HTML document for one article; `url` is the article's absolute loopback URL. */
  renderPage(article: SampleArticle, url: string, baseUrl: string): string;
  /** The feed document; `articles` are this outlet's, newest first. */
  renderFeed(articles: readonly SampleArticle[], baseUrl: string): string;
}
