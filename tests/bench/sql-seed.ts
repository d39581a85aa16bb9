/**
 * A generated store for the SQL bench: 10,000 facts over 2,500 articles (four each, a year of
 * publication days, five types, ten countries, twenty organisations) and 1,000 deals of two facts
 * each, written through the real stores (facts with their index entries) into a local data folder.
 */
import type { ArticleMeta } from '../../shared/store/ports.js';
import { startLocalStores } from '../../shared/local/stores.js';
import { mapLimit } from '../../shared/pipeline/map-limit.js';
import { articleIdOf } from '../../shared/pipeline/ids.js';
import { FACT_TYPES, type Fact } from '../../shared/schemas/index.js';
import { buildFact } from '../helpers/builders.js';
import { buildDeal, putDeal } from '../helpers/deal-items.js';

export const SEED = { facts: 10_000, factsPerArticle: 4, deals: 1_000 } as const;
const COUNTRIES = ['UZ', 'KZ', 'AZ', 'GE', 'KG', 'TJ', 'TM', 'CN', 'KR', 'TR'];
const ORGS = Array.from({ length: 20 }, (_, i) => `Organisation ${String.fromCharCode(65 + i)} JSC`);
/** Parallel writes: dynalite serialises them anyway; a few in flight keep it busy. */
const WRITERS = 8;

function factAt(i: number): Fact {
  const article = Math.floor(i / SEED.factsPerArticle);
  const url = `https://news.example.com/${article}`;
  const day = new Date(Date.UTC(2026, 0, 1) + (article % 365) * 86_400_000).toISOString().slice(0, 10);
  return buildFact({
    articleId: articleIdOf(url), sourceUrl: url, published: `${day}T09:00:00+05:00`,
    type: FACT_TYPES[i % FACT_TYPES.length]!,
    countries: [COUNTRIES[i % COUNTRIES.length]!, COUNTRIES[(i + 3) % COUNTRIES.length]!],
    organizations: [ORGS[i % ORGS.length]!],
    amount: i % 3 === 0 ? null : { value: (i % 97) * 1e6, currency: i % 2 ? 'USD' : 'EUR', qualifier: 'exact' },
    evidence: `Generated fact number ${i} about cooperation between two countries.`,
  });
}

const articleOf = (facts: Fact[]): ArticleMeta => {
  const f = facts[0]!;
  return {
    id: f.articleId, url: f.sourceUrl, canonicalUrl: f.sourceUrl, feedId: 'bench', outlet: `Outlet ${f.articleId.charCodeAt(0) % 5}`,
    title: `Article ${f.sourceUrl}`, published: f.published, author: null, language: 'en', image: null, tags: [], description: '',
    paywalled: false, extractedBy: 'generic', fetchedAt: '2026-12-01T00:00:00.000Z', rawKey: null, notes: [],
    articleKey: `articles/${f.articleId}.json`, paragraphCount: 6,
  };
};

/** Fills `dataDir` (which must not hold a store yet); returns how many items of each kind it wrote. */
export async function seedSqlStore(dataDir: string): Promise<{ facts: number; articles: number; deals: number }> {
  const stores = await startLocalStores({ dataDir });
  try {
    const facts = Array.from({ length: SEED.facts }, (_, i) => factAt(i));
    const articles: Fact[][] = [];
    for (let i = 0; i < facts.length; i += SEED.factsPerArticle) articles.push(facts.slice(i, i + SEED.factsPerArticle));
    await mapLimit(articles, WRITERS, async (group) => {
      await stores.articles.putArticle(articleOf(group));
      await stores.facts.replaceFacts(group[0]!.articleId, group);
    });
    // Each deal: two facts of one type from articles far apart (as two outlets' reports would be).
    const deals = Array.from({ length: SEED.deals }, (_, d) => buildDeal([
      { fact: facts[d * 5]!, outlet: 'Outlet A', amountUsd: facts[d * 5]!.amount ? (d % 97) * 1.1e6 : null },
      { fact: facts[d * 5 + 5_000]!, outlet: 'Outlet B', amountUsd: null },
    ]));
    await mapLimit(deals, WRITERS, (deal) => putDeal(stores.doc, stores.tableName, deal));
    return { facts: facts.length, articles: articles.length, deals: deals.length };
  } finally {
    await stores.close();
  }
}
