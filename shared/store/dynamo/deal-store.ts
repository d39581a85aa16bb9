import { BatchGetCommand, DeleteCommand, GetCommand, PutCommand, QueryCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { AlertedSnapshotSchema, DealSchema, FactSchema, type AlertedSnapshot, type Deal, type Fact } from '../../schemas/index.js';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { randomUUID } from 'node:crypto';
import type { DealQuery, DealStore, IndexedFact } from '../ports.js';
import { keys, orgKey } from '../keys.js';
import { DEALS_INDEX_PK, ENTITY, ENTITY_ATTR, GSI } from '../table-design.js';
import { batchWrite } from './batch-write.js';

/** DynamoDB's limit per BatchGetItem call. */
const BATCH_GET_LIMIT = 100;
/** Pending marks written at once (one UpdateItem each: a batch write cannot add to a set). */
const MARKS_IN_FLIGHT = 10;

/**
 * The condition that the stored deal is still at `revision` ('' for a deal written before revisions had none); a delete
 * (`orGone`) also passes when the deal is gone already.
 */
function atRevision(revision: string, orGone: boolean) {
  const at = revision ? '#revision = :revision' : 'attribute_not_exists(#revision)';
  return {
    ConditionExpression: orGone ? `attribute_not_exists(pk) OR ${at}` : revision ? at : `attribute_exists(pk) AND ${at}`,
    ExpressionAttributeNames: { '#revision': 'revision' },
    ...(revision ? { ExpressionAttributeValues: { ':revision': revision } } : {}),
  };
}

const dealItem = (deal: Deal) => ({
  // A new token with every write: a writer that read the deal writes over it only if nobody wrote in between.
  revision: randomUUID(),
  ...keys.deal(deal.id), [ENTITY_ATTR]: ENTITY.deal,
  [GSI.byKind.pk]: DEALS_INDEX_PK, [GSI.byKind.sk]: `${deal.day}#${deal.id}`,
  dealId: deal.id, type: deal.type, day: deal.day, deal,
});

export function createDynamoDealStore(doc: DynamoDBDocumentClient, table: string): DealStore {
  /**
   * One update per membership, not a batch of puts: a put would also wipe the marks of deals another process wrote
   * meanwhile, which the caller never read, and a deal of a process that then died would be left with nothing leading to it.
   */
  const putMemberships = async (deal: Deal, settled: ReadonlySet<string>, factIds?: ReadonlySet<string>): Promise<void> => {
    const clear = [...settled];
    const mentions = factIds ? deal.mentions.filter((m) => factIds.has(m.factId)) : deal.mentions;
    for (let i = 0; i < mentions.length; i += MARKS_IN_FLIGHT) {
      await Promise.all(mentions.slice(i, i + MARKS_IN_FLIGHT).map((m) => doc.send(new UpdateCommand({
        TableName: table,
        Key: keys.dealMember(m.articleId, m.factId),
        UpdateExpression: `SET #entity = :entity, factId = :factId, dealId = :dealId${clear.length ? ' DELETE pendingDeals :settled' : ''}`,
        ExpressionAttributeNames: { '#entity': ENTITY_ATTR },
        ExpressionAttributeValues: { ':entity': ENTITY.dealMember, ':factId': m.factId, ':dealId': deal.id, ...(clear.length ? { ':settled': new Set(clear) } : {}) },
      }))));
    }
  };
  /** Items by key, 100 to a call, re-asking for what DynamoDB left unprocessed; missing keys are skipped. */
  const batchGet = async (wanted: Record<string, unknown>[]): Promise<Record<string, unknown>[]> => {
    const items: Record<string, unknown>[] = [];
    for (let i = 0; i < wanted.length; i += BATCH_GET_LIMIT) {
      let pending: Record<string, unknown>[] = wanted.slice(i, i + BATCH_GET_LIMIT);
      for (let attempt = 1; pending.length > 0; attempt++) {
        if (attempt > 6) throw new Error(`batch get from ${table}: ${pending.length} keys still unprocessed`);
        const res = await doc.send(new BatchGetCommand({ RequestItems: { [table]: { Keys: pending, ConsistentRead: true } } }));
        items.push(...(res.Responses?.[table] ?? []));
        pending = (res.UnprocessedKeys?.[table]?.Keys ?? []) as Record<string, unknown>[];
        if (pending.length) await new Promise((r) => setTimeout(r, 50 * 2 ** attempt));
      }
    }
    return items;
  };

  /** The membership item of each fact, once per fact. */
  const memberKeys = (facts: ReadonlyArray<Pick<Fact, 'articleId' | 'id'>>) => [...new Map(facts.map((f) => [f.id, keys.dealMember(f.articleId, f.id)])).values()];

  const store: DealStore = {
    async indexed(key, fromDay, toDay) {
      const found: IndexedFact[] = [];
      let start: Record<string, unknown> | undefined;
      do {
        const out = await doc.send(new QueryCommand({
          TableName: table,
          KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
          ExpressionAttributeValues: { ':pk': key, ':from': fromDay, ':to': `${toDay}#~` },
          ExclusiveStartKey: start,
        }));
        for (const item of out.Items ?? []) found.push({ fact: FactSchema.parse(item.fact), articleFacts: typeof item.articleFacts === 'number' ? item.articleFacts : null });
        start = out.LastEvaluatedKey;
      } while (start);
      return found;
    },

    async announcementsOf(facts) {
      const out = new Map<string, { owner: string; told: AlertedSnapshot }>();
      for (const item of await batchGet([...new Map(facts.map((f) => [f.id, keys.told(f.articleId, f.id)])).values()])) {
        out.set(String(item.factId), { owner: String(item.owner), told: AlertedSnapshotSchema.parse(item.told) });
      }
      return out;
    },

    async dealIdsOf(facts) {
      const out = new Map<string, string>();
      for (const item of await batchGet(memberKeys(facts))) {
        if (typeof item.dealId === 'string') out.set(String(item.factId), item.dealId);
      }
      return out;
    },

    async markPending(deal) {
      for (let i = 0; i < deal.mentions.length; i += MARKS_IN_FLIGHT) {
        await Promise.all(deal.mentions.slice(i, i + MARKS_IN_FLIGHT).map((m) => doc.send(new UpdateCommand({
          TableName: table,
          Key: keys.dealMember(m.articleId, m.factId),
          UpdateExpression: 'SET #entity = if_not_exists(#entity, :entity), factId = :factId ADD pendingDeals :deal',
          ExpressionAttributeNames: { '#entity': ENTITY_ATTR },
          ExpressionAttributeValues: { ':entity': ENTITY.dealMember, ':factId': m.factId, ':deal': new Set([deal.id]) },
        }))));
      }
    },

    async pendingDealsOf(facts) {
      const out = new Set<string>();
      for (const item of await batchGet(memberKeys(facts))) {
        for (const id of (item.pendingDeals as Set<string> | undefined) ?? []) out.add(id);
      }
      return out;
    },

    async getDeal(dealId) {
      return (await store.readDeal(dealId))?.deal ?? null;
    },

    async readDeal(dealId) {
      const out = await doc.send(new GetCommand({ TableName: table, Key: keys.deal(dealId), ConsistentRead: true }));
      // Deals written before revisions have none: '' stands for "no revision yet".
      return out.Item ? { deal: DealSchema.parse(out.Item.deal), revision: typeof out.Item.revision === 'string' ? out.Item.revision : '' } : null;
    },

    async putDeal(deal, options) {
      const parsed = DealSchema.parse(deal);
      const condition = options?.ifRevision !== undefined ? atRevision(options.ifRevision, false) : {};
      try {
        await doc.send(new PutCommand({ TableName: table, Item: dealItem(parsed), ...condition }));
      } catch (err) {
        if (options?.ifRevision !== undefined && err instanceof ConditionalCheckFailedException) return false;
        throw err;
      }
      if (options?.memberships !== false) await putMemberships(parsed, new Set([parsed.id]));
      return true;
    },

    putMemberships,

    async deleteDeal(dealId, options) {
      const condition = options?.ifRevision === undefined ? {} : atRevision(options.ifRevision, true);
      try {
        await doc.send(new DeleteCommand({ TableName: table, Key: keys.deal(dealId), ...condition }));
      } catch (err) {
        if (options?.ifRevision !== undefined && err instanceof ConditionalCheckFailedException) return false;
        throw err;
      }
      return true;
    },

    async forget(articleId, factIds) {
      await batchWrite(doc, table, factIds.map((id) => ({ DeleteRequest: { Key: keys.dealMember(articleId, id) } })));
    },

    async membersOfArticle(articleId) {
      const out = new Map<string, string>();
      let start: Record<string, unknown> | undefined;
      do {
        const res = await doc.send(new QueryCommand({
          TableName: table,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :m)',
          ExpressionAttributeValues: { ':pk': keys.article(articleId).pk, ':m': keys.dealMemberPrefix },
          ConsistentRead: true,
          ExclusiveStartKey: start,
        }));
        for (const item of res.Items ?? []) if (typeof item.dealId === 'string') out.set(String(item.factId), item.dealId);
        start = res.LastEvaluatedKey;
      } while (start);
      return out;
    },

    async claimAnnouncement(owner, facts, told) {
      const mine: Array<Pick<Fact, 'articleId' | 'id'>> = [];
      const undo = async () => {
        for (const m of mine) {
          await doc.send(new DeleteCommand({
            TableName: table, Key: keys.told(m.articleId, m.id),
            ConditionExpression: '#owner = :owner', ExpressionAttributeNames: { '#owner': 'owner' }, ExpressionAttributeValues: { ':owner': owner },
          })).catch((e: unknown) => { if (!(e instanceof ConditionalCheckFailedException)) throw e; });
        }
      };
      // In fact-id order, so two claimants meet on the same first fact.
      for (const f of [...facts].sort((a, b) => a.id.localeCompare(b.id))) {
        for (let attempt = 1; ; attempt++) {
          try {
            await doc.send(new PutCommand({
              TableName: table,
              Item: { ...keys.told(f.articleId, f.id), [ENTITY_ATTR]: ENTITY.announcement, factId: f.id, owner, told },
              ConditionExpression: 'attribute_not_exists(pk) OR #owner = :owner',
              ExpressionAttributeNames: { '#owner': 'owner' },
              ExpressionAttributeValues: { ':owner': owner },
            }));
            mine.push(f);
            break;
          } catch (err) {
            if (!(err instanceof ConditionalCheckFailedException)) throw err;
            const other = await doc.send(new GetCommand({ TableName: table, Key: keys.told(f.articleId, f.id), ConsistentRead: true }));
            // The other claimant may have just undone its marker (it lost elsewhere): try the fact again.
            if (!other.Item && attempt < 3) continue;
            await undo();
            return other.Item ? AlertedSnapshotSchema.parse(other.Item.told) : told;
          }
        }
      }
      return null;
    },

    async query(q: DealQuery) {
      const limit = q.limit ?? 50;
      const matches = (d: Deal) =>
        (!q.type || d.type === q.type) &&
        (!q.country || q.country.split('-').every((c) => d.countries.includes(c.toUpperCase()))) &&
        (!q.organization || d.organizationKeys.includes(orgKey(q.organization)));
      const deals: Deal[] = [];
      let start: Record<string, unknown> | undefined;
      do {
        const out = await doc.send(new QueryCommand({
          TableName: table,
          IndexName: GSI.byKind.name,
          KeyConditionExpression: q.since ? '#pk = :pk AND #sk >= :since' : '#pk = :pk',
          ExpressionAttributeNames: { '#pk': GSI.byKind.pk, ...(q.since ? { '#sk': GSI.byKind.sk } : {}) },
          ExpressionAttributeValues: { ':pk': DEALS_INDEX_PK, ...(q.since ? { ':since': q.since } : {}) },
          ScanIndexForward: false,
          ExclusiveStartKey: start,
        }));
        for (const item of out.Items ?? []) {
          const deal = DealSchema.parse(item.deal);
          if (matches(deal)) deals.push(deal);
        }
        start = out.LastEvaluatedKey;
      } while (start && deals.length < limit);
      return deals.slice(0, limit);
    },
  };
  return store;
}
