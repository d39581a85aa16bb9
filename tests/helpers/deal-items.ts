/**
 * Deal items as the lead's deal store writes them (store/table-design.ts: DEAL#<id> / DEAL, listed
 * on gsi2 by day), put with the SDK until that store lands; every deal is parsed with DealSchema.
 */
import { createHash } from 'node:crypto';
import { PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DealSchema, type Deal } from '../../shared/schemas/deal.js';
import type { Fact } from '../../shared/schemas/index.js';
import { keys, orgKey } from '../../shared/store/keys.js';
import { DEALS_INDEX_PK, ENTITY, ENTITY_ATTR, GSI } from '../../shared/store/table-design.js';

/** A valid deal made of `facts` (the first is the best source), each fact's USD figure given beside it. */
export function buildDeal(facts: Array<{ fact: Fact; outlet: string; amountUsd: number | null }>): Deal {
  const [best] = facts;
  if (!best) throw new Error('a deal needs a mention');
  const published = facts.map((m) => m.fact.published).filter((p): p is string => p !== null).sort();
  return DealSchema.parse({
    id: createHash('sha256').update(facts.map((m) => m.fact.id).sort().join('|')).digest('hex').slice(0, 32),
    type: best.fact.type, status: best.fact.status, amount: best.fact.amount, amountUsd: best.amountUsd,
    countries: [...new Set(facts.flatMap((m) => m.fact.countries))].sort(),
    organizations: best.fact.organizations,
    organizationKeys: [...new Set(facts.flatMap((m) => m.fact.organizations.map(orgKey)))],
    sector: best.fact.sector,
    firstPublished: published[0] ?? null, lastPublished: published.at(-1) ?? null,
    day: (published[0] ?? best.fact.extractedAt).slice(0, 10),
    best: best.fact.id,
    outlets: [...new Set(facts.map((m) => m.outlet))],
    mentions: facts.map(({ fact, outlet, amountUsd }) => ({
      factId: fact.id, articleId: fact.articleId, sourceUrl: fact.sourceUrl, outlet, published: fact.published,
      type: fact.type, status: fact.status, amount: fact.amount, amountUsd, evidence: fact.evidence,
    })),
    groupingVersion: 'test-1',
    updatedAt: '2026-11-21T00:00:00.000Z',
  });
}

/** Writes the deal as its item. */
export async function putDeal(doc: DynamoDBDocumentClient, tableName: string, deal: Deal): Promise<void> {
  await doc.send(new PutCommand({
    TableName: tableName,
    Item: {
      ...keys.deal(deal.id), [ENTITY_ATTR]: ENTITY.deal,
      [GSI.byKind.pk]: DEALS_INDEX_PK, [GSI.byKind.sk]: `${deal.day}#${deal.id}`,
      dealId: deal.id, type: deal.type, day: deal.day, deal,
    },
  }));
}
