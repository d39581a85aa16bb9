import { PutCommand, QueryCommand, DeleteCommand, type DynamoDBDocumentClient, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { FACT_TYPES, FactSchema, type Fact } from '../../schemas/index.js';
import type { FactQuery, FactStore } from '../ports.js';
import { factDay, keys, orgKey } from '../keys.js';
import { ENTITY, ENTITY_ATTR, GSI } from '../table-design.js';
import { batchWrite } from './batch-write.js';

/** Partition keys of the index entries a fact is listed under: each country, each pair, each organisation. */
export function indexKeysOf(fact: Fact): string[] {
  const countries = [...new Set(fact.countries)].sort();
  const out = countries.map((c) => keys.country(c));
  for (let i = 0; i < countries.length; i++)
    for (let j = i + 1; j < countries.length; j++) out.push(keys.pair(countries[i]!, countries[j]!));
  for (const org of organizationKeysOf(fact)) out.push(`ORG#${org}`);
  return [...new Set(out)];
}

const sortKeyOf = (fact: Fact) => `${factDay(fact)}#${fact.id}`;

const factItem = (fact: Fact) => ({
  ...keys.fact(fact.articleId, fact.id), [ENTITY_ATTR]: ENTITY.fact,
  [GSI.byType.pk]: keys.type(fact.type), [GSI.byType.sk]: sortKeyOf(fact),
  factId: fact.id, articleId: fact.articleId, type: fact.type, day: factDay(fact), fact,
  // Beside the fact, not in it: the keys are the store's folding (orgKey), so exports and SQL group by them.
  organizationKeys: organizationKeysOf(fact),
});

/** The fact's organisation keys, once each, in the order the organisations are named. */
export const organizationKeysOf = (fact: Fact) => [...new Set(fact.organizations.map(orgKey).filter(Boolean))];

/** An index entry carries the fact, and how many facts its article has: a walk that found them all needs no read of the article. */
const indexPuts = (fact: Fact, articleFacts: number) =>
  indexKeysOf(fact).map((pk) => ({ PutRequest: { Item: { pk, sk: sortKeyOf(fact), [ENTITY_ATTR]: ENTITY.factIndex, fact, articleFacts } } }));

const indexDeletes = (fact: Fact, keep: Set<string> = new Set()) =>
  indexKeysOf(fact)
    .filter((pk) => !keep.has(`${pk}|${sortKeyOf(fact)}`))
    .map((pk) => ({ DeleteRequest: { Key: { pk, sk: sortKeyOf(fact) } } }));

export function createDynamoFactStore(doc: DynamoDBDocumentClient, table: string): FactStore {
  const queryAll = async (input: QueryCommandInput, limit: number): Promise<Fact[]> => {
    const facts: Fact[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const out = await doc.send(new QueryCommand({ ...input, ExclusiveStartKey: start }));
      for (const item of out.Items ?? []) facts.push(FactSchema.parse(item.fact));
      start = out.LastEvaluatedKey;
    } while (start && facts.length < limit);
    return facts.slice(0, limit);
  };

  const byPartition = (pk: string, since: string | undefined, limit: number) =>
    queryAll({
      TableName: table,
      KeyConditionExpression: since ? 'pk = :pk AND sk >= :since' : 'pk = :pk',
      ExpressionAttributeValues: since ? { ':pk': pk, ':since': since } : { ':pk': pk },
      ScanIndexForward: false,
    }, limit);

  const byType = (type: Fact['type'], since: string | undefined, limit: number) =>
    queryAll({
      TableName: table,
      IndexName: GSI.byType.name,
      KeyConditionExpression: since ? '#pk = :pk AND #sk >= :since' : '#pk = :pk',
      ExpressionAttributeNames: since ? { '#pk': GSI.byType.pk, '#sk': GSI.byType.sk } : { '#pk': GSI.byType.pk },
      ExpressionAttributeValues: since ? { ':pk': keys.type(type), ':since': since } : { ':pk': keys.type(type) },
      ScanIndexForward: false,
    }, limit);

  // Methods call each other through `store`, not `this`, so a detached method still works.
  const store: FactStore = {
    async replaceFacts(articleId, facts) {
      const before = new Map((await store.factsOfArticle(articleId)).map((f) => [f.id, f]));
      const next = new Map(facts.map((f) => [f.id, FactSchema.parse(f)]));
      const added: Fact[] = [];
      for (const fact of next.values()) {
        await batchWrite(doc, table, indexPuts(fact, next.size));
        // A fact that keeps its id keeps its alert; its new content simply replaces the old one.
        await doc.send(new PutCommand({ TableName: table, Item: factItem(fact) }));
        const old = before.get(fact.id);
        if (!old) added.push(fact);
        else {
          const kept = new Set(indexKeysOf(fact).map((pk) => `${pk}|${sortKeyOf(fact)}`));
          await batchWrite(doc, table, indexDeletes(old, kept));
        }
      }
      const removed = [...before.values()].filter((f) => !next.has(f.id));
      await store.deleteFacts(removed);
      return { added, removed };
    },

    async factsOfArticle(articleId) {
      return queryAll({
        TableName: table,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :f)',
        ExpressionAttributeValues: { ':pk': keys.article(articleId).pk, ':f': keys.factPrefix },
        ConsistentRead: true,
      }, Number.MAX_SAFE_INTEGER);
    },

    async deleteFacts(facts) {
      for (const fact of facts) {
        // Main item first, so that no fact is ever listed by its article without its index entries.
        await doc.send(new DeleteCommand({ TableName: table, Key: keys.fact(fact.articleId, fact.id) }));
        await batchWrite(doc, table, indexDeletes(fact));
      }
    },

    async query(q: FactQuery) {
      const limit = q.limit ?? 50;
      const matches = (f: Fact) =>
        (!q.type || f.type === q.type) &&
        (!q.since || factDay(f) >= q.since) &&
        (!q.country || q.country.split('-').every((c) => f.countries.includes(c.toUpperCase()))) &&
        (!q.organization || f.organizations.some((o) => orgKey(o) === orgKey(q.organization!)));
      // The most selective index that serves the query; the other conditions filter its entries.
      const fetchLimit = q.type || q.since ? Number.MAX_SAFE_INTEGER : limit;
      let found: Fact[];
      if (q.organization) found = await byPartition(keys.org(q.organization), q.since, fetchLimit);
      else if (q.country) {
        const [a, b] = q.country.split('-');
        found = await byPartition(b ? keys.pair(a!, b) : keys.country(a!), q.since, fetchLimit);
      } else {
        const types = q.type ? [q.type] : FACT_TYPES;
        found = (await Promise.all(types.map((t) => byType(t, q.since, limit)))).flat();
      }
      return found
        .filter(matches)
        .sort((x, y) => sortKeyOf(y).localeCompare(sortKeyOf(x)))
        .slice(0, limit);
    },
  };
  return store;
}
