import { createHash } from 'node:crypto';
import type { ExtractedFact } from '../schemas/index.js';

/** 32 hex characters of sha256: short enough for keys, far from any collision at news scale. */
export function shortHash(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32);
}

/**
 * The article id is the hash of the item's identity key (feeds/item-identity.ts): the outlet's own
 * article number where it has one ("trend:4213174", so a story under two section paths is one
 * article), else the canonical URL. The same story from two feeds is therefore one article.
 */
export function articleIdOf(identityKey: string): string {
  return shortHash('article', identityKey);
}

/**
 * A fact's id comes from its article and what it says (type, amount, parties, evidence), not from
 * when it was extracted: re-extracting the same text gives the same ids and writes nothing new.
 */
export function factIdOf(articleId: string, fact: ExtractedFact): string {
  const amount = fact.amount ? `${fact.amount.value} ${fact.amount.currency}` : '-';
  return shortHash('fact', articleId, fact.type, amount, [...fact.countries].sort().join(','), fact.evidence);
}
