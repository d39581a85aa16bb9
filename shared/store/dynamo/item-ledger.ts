import { GetCommand, PutCommand, QueryCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ItemMessageSchema, type ItemMessage } from '../../schemas/index.js';
import type { ClaimOutcome, ItemClaim, ItemLedger, OpenClaim } from '../ports.js';
import { keys } from '../keys.js';
import { ENTITY, ENTITY_ATTR, GSI, WORK_INDEX_PK } from '../table-design.js';
import { isConditionFailed } from './errors.js';

/** A failed item whose error was transient is handed out again, at most this many times in all. */
export const MAX_ATTEMPTS = 3;
/**
 * A claim handed out and still unsettled after this long was lost on the way (a run killed before
 * it finished, a message that ended in the DLQ): the sweep hands it out again. Far above the time a
 * queued item can legitimately wait (SQS visibility timeout × receives).
 */
export const CLAIM_LEASE_MS = 60 * 60 * 1000;
/** An item whose runner died this many times is taken to be what kills it, and is closed as failed. */
export const MAX_TAKEOVERS = 5;
/** The pause before a transiently failed item is due again: 5 minutes, doubled per attempt. */
export const RETRY_PAUSE_MS = 5 * 60 * 1000;

const plus = (iso: string, ms: number) => new Date(Date.parse(iso) + ms).toISOString();
const workKey = (dueAt: string, articleId: string) => `${dueAt}#${articleId}`;

/**
 * The claim items (ART#<id> / CLAIM) as the pipeline's durable work records. While work is open the
 * item carries gsi2 keys WORK / <dueAt>#<id> (a sparse index: closed claims drop them), so the sweep
 * finds lost and retryable work with one Query, whatever the feeds say.
 */
export function createDynamoItemLedger(doc: DynamoDBDocumentClient, table: string): ItemLedger {
  const get = async (articleId: string) =>
    (await doc.send(new GetCommand({ TableName: table, Key: keys.claim(articleId), ConsistentRead: true }))).Item;

  /**
   * The claim an index entry stands for, read again from the table: an index is a hint, and one that
   * disagrees with its item (dynalite writes them separately, so a killed process can leave one
   * behind) is skipped.
   */
  const current = async (entry: Record<string, unknown>) => {
    const item = await get(String(entry.articleId));
    return item && item[GSI.byKind.pk] === WORK_INDEX_PK && item[GSI.byKind.sk] === entry[GSI.byKind.sk] ? item : null;
  };

  /** The open-work index attributes for a claim due at `dueAt`. */
  const indexed = (articleId: string, dueAt: string) => ({
    ':due': dueAt, ':wpk': WORK_INDEX_PK, ':wsk': workKey(dueAt, articleId),
  });
  const SET_INDEX = `dueAt = :due, ${GSI.byKind.pk} = :wpk, ${GSI.byKind.sk} = :wsk`;
  const REMOVE_INDEX = `dueAt, ${GSI.byKind.pk}, ${GSI.byKind.sk}`;

  /** Closes an open claim as failed for good (it leaves the work index). */
  const close = async (articleId: string, error: string, at: string) => {
    await doc.send(new UpdateCommand({
      TableName: table, Key: keys.claim(articleId),
      UpdateExpression: `SET #s = :failed, #e = :e, retryable = :f, settledAt = :t REMOVE ${REMOVE_INDEX}`,
      ExpressionAttributeNames: { '#s': 'status', '#e': 'error' },
      ExpressionAttributeValues: { ':failed': 'failed', ':e': error, ':f': false, ':t': at },
    }));
  };

  /**
   * Hands the claim out again if nothing changed since `prior` was read (the condition makes two
   * runners agree on one winner). A changed item starts afresh; a due one counts one more attempt
   * (failed) or takeover (abandoned).
   */
  const handOut = async (prior: Record<string, unknown>, at: string, next: { message: ItemMessage; contentHash: string; fresh: boolean }): Promise<boolean> => {
    const articleId = String(prior.articleId);
    const abandoned = prior.status === 'claimed' && prior.released !== true;
    const attempts = next.fresh ? 1 : Number(prior.attempts ?? 1) + (prior.status === 'failed' ? 1 : 0);
    const takeovers = next.fresh ? 0 : Number(prior.takeovers ?? 0) + (abandoned ? 1 : 0);
    try {
      await doc.send(new UpdateCommand({
        TableName: table, Key: keys.claim(articleId),
        UpdateExpression: `SET contentHash = :h, claimedAt = :t, #s = :claimed, attempts = :a, takeovers = :k, message = :m, ${SET_INDEX} REMOVE #e, retryable, released`,
        ConditionExpression: 'contentHash = :oldHash AND #s = :oldStatus AND claimedAt = :oldClaimedAt',
        ExpressionAttributeNames: { '#s': 'status', '#e': 'error' },
        ExpressionAttributeValues: {
          ':h': next.contentHash, ':t': at, ':claimed': 'claimed', ':a': attempts, ':k': takeovers, ':m': next.message,
          ':oldHash': prior.contentHash, ':oldStatus': prior.status, ':oldClaimedAt': prior.claimedAt,
          ...indexed(articleId, plus(at, CLAIM_LEASE_MS)),
        },
      }));
      return true;
    } catch (err) {
      if (isConditionFailed(err)) return false;
      throw err;
    }
  };

  /** Whether an existing claim is due at `at` (claims written before the work index are judged the same way). */
  const isDue = (prior: Record<string, unknown>, at: string): boolean => {
    if (prior.status === 'failed') return prior.retryable === true && Number(prior.attempts ?? 1) < MAX_ATTEMPTS && String(prior.dueAt ?? '') <= at;
    if (prior.status !== 'claimed') return false;
    return String(prior.dueAt ?? plus(String(prior.claimedAt), CLAIM_LEASE_MS)) <= at;
  };

  const ledger: ItemLedger = {
    async claim(claim: ItemClaim): Promise<ClaimOutcome> {
      try {
        await doc.send(new PutCommand({
          TableName: table,
          Item: {
            ...keys.claim(claim.articleId), [ENTITY_ATTR]: ENTITY.claim, ...claim, status: 'claimed', attempts: 1, takeovers: 0,
            dueAt: plus(claim.claimedAt, CLAIM_LEASE_MS),
            [GSI.byKind.pk]: WORK_INDEX_PK, [GSI.byKind.sk]: workKey(plus(claim.claimedAt, CLAIM_LEASE_MS), claim.articleId),
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        }));
        return 'new';
      } catch (err) {
        if (!isConditionFailed(err)) throw err;
      }
      const prior = await get(claim.articleId);
      if (!prior) return 'seen';
      const changed = prior.contentHash !== claim.contentHash;
      if (!changed && !isDue(prior, claim.claimedAt)) return 'seen';
      if (!changed && prior.status === 'claimed' && prior.released !== true && Number(prior.takeovers ?? 0) >= MAX_TAKEOVERS) {
        await close(claim.articleId, `abandoned ${MAX_TAKEOVERS} times: whatever runs it dies`, claim.claimedAt);
        return 'seen';
      }
      const won = await handOut(prior, claim.claimedAt, { message: claim.message, contentHash: claim.contentHash, fresh: changed });
      if (!won) return 'seen';
      return changed ? 'updated' : 'retry';
    },

    async settle(articleId, outcome, at = new Date().toISOString()) {
      const prior = await get(articleId);
      const attempts = Number(prior?.attempts ?? 1);
      const retry = outcome.status === 'failed' && outcome.retryable === true && attempts < MAX_ATTEMPTS;
      const values = { ':s': outcome.status, ':e': outcome.error ?? null, ':r': outcome.retryable ?? false, ':t': at };
      await doc.send(new UpdateCommand({
        TableName: table,
        Key: keys.claim(articleId),
        UpdateExpression: retry
          ? `SET #s = :s, #e = :e, retryable = :r, settledAt = :t, ${SET_INDEX}`
          : `SET #s = :s, #e = :e, retryable = :r, settledAt = :t REMOVE ${REMOVE_INDEX}`,
        ExpressionAttributeNames: { '#s': 'status', '#e': 'error' },
        ExpressionAttributeValues: retry ? { ...values, ...indexed(articleId, plus(at, RETRY_PAUSE_MS * 2 ** (attempts - 1))) } : values,
      }));
    },

    async release(articleId, at) {
      try {
        await doc.send(new UpdateCommand({
          TableName: table, Key: keys.claim(articleId),
          UpdateExpression: `SET released = :t, ${SET_INDEX}`,
          ConditionExpression: '#s = :claimed',
          ExpressionAttributeNames: { '#s': 'status' },
          ExpressionAttributeValues: { ':t': true, ':claimed': 'claimed', ...indexed(articleId, at) },
        }));
      } catch (err) {
        if (!isConditionFailed(err)) throw err;
      }
    },

    async due({ at, abandonedBefore, limit = 1000 }) {
      const before = abandonedBefore ?? plus(at, -CLAIM_LEASE_MS);
      // A claim handed out before `before` has dueAt before `before` + lease: read up to the later bound, then filter.
      const until = [at, plus(before, CLAIM_LEASE_MS)].sort().at(-1)!;
      const found: OpenClaim[] = [];
      let start: Record<string, unknown> | undefined;
      do {
        const out = await doc.send(new QueryCommand({
          TableName: table, IndexName: GSI.byKind.name,
          KeyConditionExpression: '#pk = :work AND #sk <= :until',
          ExpressionAttributeNames: { '#pk': GSI.byKind.pk, '#sk': GSI.byKind.sk },
          ExpressionAttributeValues: { ':work': WORK_INDEX_PK, ':until': `${until}#~` },
          ExclusiveStartKey: start,
        }));
        for (const entry of out.Items ?? []) {
          const item = await current(entry);
          if (!item) continue;
          const due = String(item.dueAt) <= at || (item.status === 'claimed' && String(item.claimedAt) < before);
          if (due) found.push(openClaimOf(item));
        }
        start = out.LastEvaluatedKey;
      } while (start && found.length < limit);
      return found.slice(0, limit);
    },

    async takeOver(claim, at) {
      const prior = await get(claim.articleId);
      if (!prior || prior.status !== claim.status || prior.claimedAt !== claim.claimedAt) return null;
      const message = ItemMessageSchema.safeParse(prior.message);
      if (!message.success) {
        await close(claim.articleId, 'no stored message to retry it from', at);
        return null;
      }
      if (prior.status === 'claimed' && prior.released !== true && Number(prior.takeovers ?? 0) >= MAX_TAKEOVERS) {
        await close(claim.articleId, `abandoned ${MAX_TAKEOVERS} times: whatever runs it dies`, at);
        return null;
      }
      const won = await handOut(prior, at, { message: message.data, contentHash: String(prior.contentHash), fresh: false });
      return won ? message.data : null;
    },

    async messageOf(articleId) {
      const parsed = ItemMessageSchema.safeParse((await get(articleId))?.message);
      return parsed.success ? parsed.data : null;
    },
  };
  return ledger;
}

function openClaimOf(item: Record<string, unknown>): OpenClaim {
  const message = ItemMessageSchema.safeParse(item.message);
  return {
    articleId: String(item.articleId),
    status: item.status === 'failed' ? 'failed' : 'claimed',
    claimedAt: String(item.claimedAt),
    dueAt: String(item.dueAt),
    attempts: Number(item.attempts ?? 1),
    takeovers: Number(item.takeovers ?? 0),
    error: typeof item.error === 'string' ? item.error : null,
    message: message.success ? message.data : null,
  };
}
