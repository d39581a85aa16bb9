import { UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { TokenBudget } from '../../facts/model/types.js';
import { keys, utcDay } from '../keys.js';
import { ENTITY, ENTITY_ATTR } from '../table-design.js';
import { isConditionFailed } from './errors.js';

export interface DynamoTokenBudgetOptions {
  /** Tokens all process Lambdas together may spend in one UTC day (MODEL_RUN_TOKENS on AWS). */
  dailyLimit: number;
  /** @default the clock */
  now?: () => Date;
}

const assertTokens = (n: number, what: string) => {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`token budget: ${what} must be a whole number >= 0, got ${n}`);
};

/**
 * The daily token budget shared by every process Lambda: one counter item per UTC day
 * (BUDGET#tokens / DAY#<yyyy-mm-dd>). `take` adds the estimate only if the day's total stays within
 * the limit, in one conditional update, so two Lambdas racing for the last tokens cannot both win.
 * `settle` then adds what the service counted minus the estimate, unconditionally: tokens spent are
 * spent, and an over-estimate is given back. `used` is what this instance counted, for its summary.
 */
export function createDynamoTokenBudget(doc: DynamoDBDocumentClient, table: string, options: DynamoTokenBudgetOptions): TokenBudget {
  const { dailyLimit, now = () => new Date() } = options;
  assertTokens(dailyLimit, 'the daily limit');
  let counted = 0;
  // The day of each reservation not yet settled: a call that crosses midnight is settled on the day it was taken.
  const open: { estimate: number; day: string }[] = [];

  const add = (day: string, n: number, room?: number) => doc.send(new UpdateCommand({
    TableName: table, Key: keys.tokenBudget(day),
    UpdateExpression: 'SET #entity = :entity ADD used :n',
    ...(room === undefined ? {} : { ConditionExpression: 'attribute_not_exists(used) OR used <= :room' }),
    ExpressionAttributeNames: { '#entity': ENTITY_ATTR },
    ExpressionAttributeValues: { ':entity': ENTITY.tokenBudget, ':n': n, ...(room === undefined ? {} : { ':room': room }) },
  }));

  return {
    async take(estimate) {
      assertTokens(estimate, 'an estimate');
      if (estimate > dailyLimit) return false;
      const day = utcDay(now().toISOString());
      try {
        await add(day, estimate, dailyLimit - estimate);
      } catch (err) {
        if (isConditionFailed(err)) return false;
        throw err;
      }
      counted += estimate;
      open.push({ estimate, day });
      return true;
    },

    async settle(estimate, actual) {
      assertTokens(actual, 'the tokens counted');
      const at = open.findIndex((r) => r.estimate === estimate);
      const day = at >= 0 ? open.splice(at, 1)[0]!.day : utcDay(now().toISOString());
      const delta = actual - estimate;
      if (delta !== 0) await add(day, delta);
      counted += delta;
    },

    used: () => counted,
  };
}
