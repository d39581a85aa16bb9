import { SampleArticleSchema, articlePath, type SampleArticle } from '../sample-article.js';
import { ASTANA_ARTICLES } from './astana.js';
import { KUN_ARTICLES } from './kun.js';
import { KUN_RU_ARTICLES } from './kun-ru.js';
import { TREND_ARTICLES } from './trend.js';

/** Parses the content once at load, so a typo in an article fails loudly with its id. */
function load(): readonly SampleArticle[] {
  const articles = [...TREND_ARTICLES, ...KUN_ARTICLES, ...ASTANA_ARTICLES, ...KUN_RU_ARTICLES].map((input, i) => {
    const parsed = SampleArticleSchema.safeParse(input);
    if (!parsed.success) {
      throw new Error(`sample article #${i} ("${String(input.id)}") is invalid: ${parsed.error.message}`, { cause: parsed.error });
    }
    return parsed.data;
  });
  const ids = new Set<string>();
  for (const a of articles) {
    const key = `${a.outlet}:${a.id}`;
    if (ids.has(key)) throw new Error(`sample article id "${key}" is used twice`);
    ids.add(key);
  }
  return Object.freeze(articles);
}

/** Every article of every edition of the sample site, with the facts a careful reader would annotate. */
export const ALL_SAMPLE_ARTICLES: readonly SampleArticle[] = load();

/** The articles the site serves in an edition: its own and every earlier edition's. */
export const sampleArticlesOf = (edition: number): readonly SampleArticle[] => ALL_SAMPLE_ARTICLES.filter((a) => a.edition <= edition);

/** The articles of the first edition, what `npm start` serves. */
export const SAMPLE_ARTICLES: readonly SampleArticle[] = sampleArticlesOf(1);

/**
 * The sample article served at `url` (any base URL: only the path is compared), so a test can
 * compare what the pipeline stored for a page with the facts expected of it.
 * @example sampleArticleForUrl(`${site.baseUrl}/kun/en/news/2026/11/16/aiib-approves-loan-for-tashkent-ring-road`)?.expectedFacts
 */
export function sampleArticleForUrl(url: string): SampleArticle | undefined {
  const path = new URL(url).pathname;
  return ALL_SAMPLE_ARTICLES.find((a) => articlePath(a) === path);
}
