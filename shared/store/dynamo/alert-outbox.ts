import { GetCommand, PutCommand, QueryCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { AlertSchema } from '../../schemas/index.js';
import type { AlertOutbox, OutboxEntry } from '../ports.js';
import { keys } from '../keys.js';
import { ENTITY, ENTITY_ATTR, GSI, OUTBOX_INDEX_PK, sentIndexPk } from '../table-design.js';
import { isConditionFailed } from './errors.js';

/**
 * How long a lease holds before another sender may take the alert over. Well above the notify
 * Lambda's 30 s timeout, so a live sender is never overtaken; a crashed one is.
 */
export const ALERT_LEASE_MS = 5 * 60 * 1000;
/** Back-off after a failed send: 1 minute, doubled per failure, at most an hour. */
export const ALERT_RETRY_BASE_MS = 60 * 1000;
export const ALERT_RETRY_MAX_MS = 60 * 60 * 1000;

const plus = (iso: string, ms: number) => new Date(Date.parse(iso) + ms).toISOString();
const outboxKey = (at: string, key: string) => `${at}#${key}`;

/** The pause before the next try of an alert that failed `attempts` times. */
export function alertRetryPauseMs(attempts: number): number {
  return Math.min(ALERT_RETRY_MAX_MS, ALERT_RETRY_BASE_MS * 2 ** Math.max(0, attempts - 1));
}

/**
 * The outbox as ALERT#<key> / ALERT items (the key the alert ledger used, so alerts decided before
 * the outbox existed are not decided again). A pending alert carries gsi2 keys OUTBOX /
 * <nextAttemptAt>#<key>; a sent one drops them (sparse index).
 */
export function createDynamoAlertOutbox(doc: DynamoDBDocumentClient, table: string): AlertOutbox {
  const listIndex = async (until: string | null, limit: number): Promise<Record<string, unknown>[]> => {
    const items: Record<string, unknown>[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const out = await doc.send(new QueryCommand({
        TableName: table, IndexName: GSI.byKind.name,
        KeyConditionExpression: until ? '#pk = :outbox AND #sk <= :until' : '#pk = :outbox',
        ExpressionAttributeNames: until ? { '#pk': GSI.byKind.pk, '#sk': GSI.byKind.sk } : { '#pk': GSI.byKind.pk },
        ExpressionAttributeValues: until ? { ':outbox': OUTBOX_INDEX_PK, ':until': `${until}#~` } : { ':outbox': OUTBOX_INDEX_PK },
        ExclusiveStartKey: start,
      }));
      for (const entry of out.Items ?? []) {
        // An index is a hint: an entry that disagrees with its item (dynalite writes them separately,
        // so a killed process can leave one behind) is skipped.
        const item = (await doc.send(new GetCommand({ TableName: table, Key: keys.alert(String(entry.key)), ConsistentRead: true }))).Item;
        if (item && item[GSI.byKind.pk] === OUTBOX_INDEX_PK && item[GSI.byKind.sk] === entry[GSI.byKind.sk]) items.push(item);
      }
      start = out.LastEvaluatedKey;
    } while (start && items.length < limit);
    return items.slice(0, limit);
  };

  return {
    async enqueue(alert, at) {
      try {
        await doc.send(new PutCommand({
          TableName: table,
          Item: {
            ...keys.alert(alert.alertId), [ENTITY_ATTR]: ENTITY.alert, key: alert.alertId, status: 'pending',
            alert: AlertSchema.parse(alert), attempts: 0, createdAt: at, nextAttemptAt: at,
            [GSI.byKind.pk]: OUTBOX_INDEX_PK, [GSI.byKind.sk]: outboxKey(at, alert.alertId),
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        }));
        return true;
      } catch (err) {
        if (isConditionFailed(err)) return false;
        throw err;
      }
    },

    async lease(key, at, options = {}) {
      try {
        const out = await doc.send(new UpdateCommand({
          TableName: table, Key: keys.alert(key),
          UpdateExpression: 'SET leasedAt = :at',
          ConditionExpression: '#s = :pending AND attribute_exists(alert) AND (attribute_not_exists(leasedAt) OR leasedAt < :before)',
          ExpressionAttributeNames: { '#s': 'status' },
          ExpressionAttributeValues: { ':at': at, ':pending': 'pending', ':before': options.leasesTakenBefore ?? plus(at, -ALERT_LEASE_MS) },
          ReturnValues: 'ALL_NEW',
        }));
        return entryOf(out.Attributes ?? {});
      } catch (err) {
        if (isConditionFailed(err)) return null;
        throw err;
      }
    },

    async markSent(key, at) {
      await doc.send(new UpdateCommand({
        TableName: table, Key: keys.alert(key),
        // Leaves the outbox partition for the day it was sent in: the daily digest lists them there.
        UpdateExpression: `SET #s = :sent, sentAt = :at, ${GSI.byKind.pk} = :day, ${GSI.byKind.sk} = :sk REMOVE leasedAt`,
        ExpressionAttributeNames: { '#s': 'status' },
        ExpressionAttributeValues: { ':sent': 'sent', ':at': at, ':day': sentIndexPk(at.slice(0, 10)), ':sk': `${at}#${key}` },
      }));
    },

    async markFailed(entry, error, at) {
      const attempts = entry.attempts + 1;
      const next = plus(at, alertRetryPauseMs(attempts));
      try {
        await doc.send(new UpdateCommand({
          TableName: table, Key: keys.alert(entry.key),
          UpdateExpression: `SET attempts = :a, lastError = :e, nextAttemptAt = :n, ${GSI.byKind.sk} = :sk REMOVE leasedAt`,
          // Only a pending alert: one another sender has marked sent in the meantime stays sent.
          ConditionExpression: '#s = :pending',
          ExpressionAttributeNames: { '#s': 'status' },
          ExpressionAttributeValues: { ':a': attempts, ':e': error, ':n': next, ':sk': outboxKey(next, entry.key), ':pending': 'pending' },
        }));
      } catch (err) {
        if (!isConditionFailed(err)) throw err;
      }
    },

    async due(at, limit = 1000) {
      return (await listIndex(at, limit)).map((i) => String(i.key));
    },

    async pending() {
      return (await listIndex(null, Number.MAX_SAFE_INTEGER)).map(entryOf).filter((e): e is OutboxEntry => e !== null);
    },

    async sentOn(day) {
      const out: OutboxEntry[] = [];
      let start: Record<string, unknown> | undefined;
      do {
        const res = await doc.send(new QueryCommand({
          TableName: table, IndexName: GSI.byKind.name,
          KeyConditionExpression: '#pk = :day', ExpressionAttributeNames: { '#pk': GSI.byKind.pk },
          ExpressionAttributeValues: { ':day': sentIndexPk(day) }, ExclusiveStartKey: start,
        }));
        // The index holds the whole item (gsi2 projects all attributes), in the order they were sent.
        for (const item of res.Items ?? []) { const e = entryOf(item); if (e) out.push(e); }
        start = res.LastEvaluatedKey;
      } while (start);
      return out;
    },
  };
}

function entryOf(item: Record<string, unknown>): OutboxEntry | null {
  const alert = AlertSchema.safeParse(item.alert);
  if (!alert.success) return null;
  return {
    key: String(item.key), alert: alert.data, status: item.status === 'sent' ? 'sent' : 'pending',
    attempts: Number(item.attempts ?? 0), createdAt: String(item.createdAt), nextAttemptAt: String(item.nextAttemptAt),
    lastError: typeof item.lastError === 'string' ? item.lastError : null, sentAt: typeof item.sentAt === 'string' ? item.sentAt : null,
  };
}
