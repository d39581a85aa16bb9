import { AlertSchema, ExtractedFactSchema, FactSchema, type Alert, type Fact } from '../../shared/schemas/index.js';
import { alertsOf } from '../../shared/pipeline/alerts.js';
import { factIdOf, articleIdOf } from '../../shared/pipeline/ids.js';

/** A valid stored fact, built through the schema so a test can only vary what the schema allows. */
export function buildFact(over: Partial<Fact> & { evidence?: string } = {}): Fact {
  const articleId = over.articleId ?? articleIdOf('https://example.com/news/1');
  const core = {
    type: 'investment' as const, status: 'planned' as const, amount: { value: 1e9, currency: 'USD', qualifier: 'exact' as const },
    countries: ['UZ', 'CN'], organizations: ['China State Construction'], people: [], sector: 'energy', location: null, period: null,
    evidence: 'China will invest $1 billion in Uzbekistan.', confidence: 0.9, rule: 'test', basis: 'body' as const,
    ...over,
  };
  return FactSchema.parse({
    ...core,
    id: over.id ?? factIdOf(articleId, ExtractedFactSchema.parse(core)),
    articleId,
    sourceUrl: over.sourceUrl ?? 'https://example.com/news/1',
    published: over.published === undefined ? '2026-11-20T10:00:00+05:00' : over.published,
    extractorVersion: over.extractorVersion ?? 'test-1',
    extractedAt: over.extractedAt ?? '2026-11-20T12:00:00.000Z',
  });
}

/** A valid alert for an agreement whose evidence names `tag`, so each tag gives its own alert id. */
export function buildAlert(tag: string): Alert {
  const fact = buildFact({ type: 'agreement', amount: null, evidence: `Uzbekistan and Korea signed an agreement (${tag}).` });
  return AlertSchema.parse(alertsOf([fact], `Agreement ${tag}`, 1e9)[0]);
}
