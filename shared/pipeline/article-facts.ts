import { articleLanguage, extractFacts, type ExtractInput } from '../facts/extract-facts.js';
import { rulesExtractor, type Extraction, type FactExtractor } from '../facts/extractor.js';
import { amountInUsd } from '../facts/money/usd.js';
import { FactSchema, type Article, type ExtractedFact, type Fact } from '../schemas/index.js';
import { factIdOf, shortHash } from './ids.js';

/**
 * The distinct facts of a text, each with its id. Two rules finding the same fact in the same words
 * give one fact (same id). One rule finding it again in the same sentence is another fact (three
 * plants listed in one sentence are three projects the rule cannot tell apart by their fields): the
 * repeat's id adds its ordinal, so the store keeps as many as the extractor found, and the first keeps
 * the plain id. The pipeline stores these and the `extract` command prints them: the evaluation
 * measures what is stored.
 */
export function distinctFactsOf(facts: readonly ExtractedFact[], articleId: string): Array<{ id: string; fact: ExtractedFact }> {
  const byId = new Map<string, ExtractedFact>();
  const repeats = new Map<string, number>();
  for (const fact of facts) {
    const base = factIdOf(articleId, fact);
    const n = repeats.get(`${base}|${fact.rule}`) ?? 0;
    repeats.set(`${base}|${fact.rule}`, n + 1);
    const id = n === 0 ? base : shortHash('fact-repeat', base, String(n));
    if (!byId.has(id)) byId.set(id, fact);
  }
  return [...byId].map(([id, fact]) => ({ id, fact }));
}

/** distinctFactsOf over the rules' facts of a text. */
export function distinctFacts(input: ExtractInput, articleId: string): Array<{ id: string; fact: ExtractedFact }> {
  return distinctFactsOf(extractFacts(input), articleId);
}

/** What an article reads as for the extractor. */
export const extractInputOf = (article: Article): ExtractInput => ({
  title: article.title, paragraphs: article.paragraphs, description: article.description, paywalled: article.paywalled, published: article.published,
  language: article.language,
});

/**
 * Facts for an article, with the provenance every stored fact carries: its amount in US dollars at the
 * rate of the publication month, the version of the extractor that made it (a model fact's names the prompt and the model), and the extraction itself (fallbacks,
 * tokens) for the caller's log and summary.
 */
export async function factsOf(article: Article, extractedAt: string, extractor: FactExtractor = rulesExtractor): Promise<{ facts: Fact[]; extraction: Extraction }> {
  const input = extractInputOf(article);
  const extraction = await extractor.extract(input);
  const language = articleLanguage(input);
  const facts = distinctFactsOf(extraction.facts, article.id).map(({ id, fact }) => FactSchema.parse({
    ...fact, id, articleId: article.id, sourceUrl: article.url, published: article.published, outlet: article.outlet,
    amountUsd: amountInUsd(fact.amount, article.published), language,
    extractorVersion: fact.extractor === 'model' && extraction.versions.model ? extraction.versions.model : extraction.versions.rules,
    extractedAt,
  }));
  return { facts, extraction };
}
