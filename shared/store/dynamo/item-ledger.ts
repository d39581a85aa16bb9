import { GetCommand, PutCommand, UpdateCommand, DeleteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ClaimOutcome, ItemClaim, ItemLedger } from '../ports.js';
import { keys } from '../keys.js';
import { ENTITY, ENTITY_ATTR } from '../table-design.js';
import { isConditionFailed } from './errors.js';

/** A failed item whose error was transient is claimed again on later runs, at most this many times. */
export const MAX_ATTEMPTS = 3;

/**
 * A claim still unsettled after this long was lost on the way (a local run killed before its
 * in-process queue drained, a message that ended in the DLQ): a later run claims it again. Far above
 * the time a queued item can legitimately wait (SQS visibility timeout × receives).
 */
export const CLAIM_LEASE_MS = 60 * 60 * 1000;

export function createDynamoItemLedger(doc: DynamoDBDocumentClient, table: string): ItemLedger {
  return {
    async claim(claim: ItemClaim): Promise<ClaimOutcome> {
      try {
        await doc.send(new PutCommand({
          TableName: table,
          Item: { ...keys.claim(claim.articleId), [ENTITY_ATTR]: ENTITY.claim, ...claim, status: 'claimed', attempts: 1 },
          ConditionExpression: 'attribute_not_exists(pk)',
        }));
        return 'new';
      } catch (err) {
        if (!isConditionFailed(err)) throw err;
      }
      const prior = (await doc.send(new GetCommand({ TableName: table, Key: keys.claim(claim.articleId), ConsistentRead: true }))).Item;
      if (!prior) return 'seen';
      const changed = prior.contentHash !== claim.contentHash;
      const failedTransiently = prior.status === 'failed' && prior.retryable === true;
      const lost = prior.status === 'claimed' && Date.parse(String(prior.claimedAt)) < Date.parse(claim.claimedAt) - CLAIM_LEASE_MS;
      const retry = !changed && (failedTransiently || lost) && Number(prior.attempts ?? 1) < MAX_ATTEMPTS;
      if (!changed && !retry) return 'seen';
      // The condition on the old hash and status makes two concurrent discoverers agree on one winner.
      try {
        await doc.send(new UpdateCommand({
          TableName: table,
          Key: keys.claim(claim.articleId),
          UpdateExpression: 'SET contentHash = :h, claimedAt = :t, #s = :claimed, attempts = :a REMOVE #e, retryable',
          ConditionExpression: 'contentHash = :old AND #s = :oldStatus AND claimedAt = :oldClaimedAt',
          ExpressionAttributeNames: { '#s': 'status', '#e': 'error' },
          ExpressionAttributeValues: {
            ':h': claim.contentHash, ':t': claim.claimedAt, ':claimed': 'claimed', ':old': prior.contentHash,
            ':oldStatus': prior.status, ':oldClaimedAt': prior.claimedAt, ':a': changed ? 1 : Number(prior.attempts ?? 1) + 1,
          },
        }));
        return changed ? 'updated' : 'retry';
      } catch (err) {
        if (isConditionFailed(err)) return 'seen';
        throw err;
      }
    },
    async settle(articleId, outcome) {
      await doc.send(new UpdateCommand({
        TableName: table,
        Key: keys.claim(articleId),
        UpdateExpression: 'SET #s = :s, #e = :e, retryable = :r, settledAt = :t',
        ExpressionAttributeNames: { '#s': 'status', '#e': 'error' },
        ExpressionAttributeValues: {
          ':s': outcome.status, ':e': outcome.error ?? null, ':r': outcome.retryable ?? false, ':t': new Date().toISOString(),
        },
      }));
    },
    async release(articleId) {
      await doc.send(new DeleteCommand({ TableName: table, Key: keys.claim(articleId) }));
    },
  };
}
