// The cross-outlet deal measure's parts (eval-deals.ts prints them; tests/quality gates the studied set).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { groupFacts } from '../../shared/deals/group-facts.js';
import { rulesExtractor } from '../../shared/facts/extractor.js';
import { distinctFactsOf } from '../../shared/pipeline/article-facts.js';
import { articleIdOf, shortHash } from '../../shared/pipeline/ids.js';
import { parseTxt } from '../../shared/local/cli/parse-txt.js';
import { FactSchema, type Fact } from '../../shared/schemas/index.js';
import { scoreLinks, type GoldFact, type LinkScore } from './deal-links.js';


export interface GoldFile {
  id: string;
  url: string;
  published: string | null;
  outlet?: string;
  source?: string;
  facts: Array<Record<string, unknown> & { deal: string; evidence: string }>;
}

const EXTRACTED_AT = '2026-01-01T00:00:00.000Z';
const publishedOf = (g: GoldFile, dated: boolean) => (dated && g.published ? `${g.published}T12:00:00Z` : null);

export function load(dir: string): Array<{ id: string; text: string; gold: GoldFile }> {
  return readdirSync(dir).filter((f) => f.endsWith('.gold.json')).sort().map((f) => {
    const gold = JSON.parse(readFileSync(join(dir, f), 'utf8')) as GoldFile;
    const id = f.replace(/\.gold\.json$/, '');
    return { id, text: readFileSync(join(dir, `${id}.txt`), 'utf8'), gold };
  });
}

export async function extracted(docs: ReturnType<typeof load>, dated: boolean): Promise<Fact[]> {
  const facts: Fact[] = [];
  for (const d of docs) {
    const extraction = await rulesExtractor.extract(parseTxt(d.text));
    const articleId = articleIdOf(d.id);
    for (const { id, fact } of distinctFactsOf(extraction.facts, articleId))
      facts.push(FactSchema.parse({ ...fact, id, articleId, sourceUrl: d.gold.url, published: publishedOf(d.gold, dated), extractorVersion: 'eval', extractedAt: EXTRACTED_AT }));
  }
  return facts;
}

export function goldAsFacts(docs: ReturnType<typeof load>, dated: boolean): Fact[] {
  return docs.flatMap((d) => d.gold.facts.map((f, i) => FactSchema.parse({
    people: [], sector: null, location: null, period: null, status: null, amount: null, ...f,
    id: shortHash('gold', d.id, String(i)), articleId: articleIdOf(d.id), sourceUrl: d.gold.url,
    published: publishedOf(d.gold, dated), confidence: 1, rule: 'gold', basis: 'body', extractor: 'rules',
    extractorVersion: 'gold', extractedAt: EXTRACTED_AT,
  })));
}

export function score(docs: ReturnType<typeof load>, facts: Fact[]): LinkScore {
  const idOf = new Map(docs.map((d) => [articleIdOf(d.id), d.id]));
  const outletOf = new Map(docs.map((d) => [articleIdOf(d.id), d.gold.outlet ?? d.gold.source ?? d.id]));
  const deals = groupFacts(facts, (f) => outletOf.get(f.articleId) ?? null, EXTRACTED_AT);
  const gold: GoldFact[] = docs.flatMap((d) => d.gold.facts.map((f) => ({ article: d.id, deal: f.deal, evidence: f.evidence })));
  return scoreLinks(deals.map((deal) => ({ mentions: deal.mentions.map((m) => ({ article: idOf.get(m.articleId)!, evidence: m.evidence })) })), gold);
}

