import { SampleArticleSchema, type SampleArticle } from '../sample-article.js';
import { ASTANA_ARTICLES } from './astana.js';
import { KUN_ARTICLES } from './kun.js';
import { TREND_ARTICLES } from './trend.js';

/** Parses the content once at load, so a typo in an article fails loudly with its id. */
function load(): readonly SampleArticle[] {
  const articles = [...TREND_ARTICLES, ...KUN_ARTICLES, ...ASTANA_ARTICLES].map((input, i) => {
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

/** Every article of the sample site, all outlets, with the facts a careful reader would annotate. */
export const SAMPLE_ARTICLES: readonly SampleArticle[] = load();
