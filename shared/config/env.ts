import { isAbsolute, resolve } from 'node:path';
import * as z from 'zod';
import {
  ALERT_THRESHOLD_USD, BUCKET_NAME, FEEDS_FILE, LAMBDA_TASK_ROOT, QUEUE_URL, SCHEDULE_PERIOD_MINUTES, STAGE, TABLE_NAME, TOPIC_ARN, WEBHOOK_FAILURES_URL, DIGEST_TOPIC_ARN,
} from './env-names.js';

/** A Lambda environment that does not match its schema; the message lists every bad variable. */
export class EnvError extends Error {
  override readonly name = 'EnvError';
  /** One entry per bad variable: `NAME: reason`. */
  readonly problems: string[];
  constructor(problems: string[], options?: ErrorOptions) {
    super(`Invalid Lambda environment (${problems.length} problem(s)): ${problems.join('; ')}`, options);
    this.problems = problems;
  }
}

const required = z.string({ error: 'is not set' }).trim().min(1, 'is empty');
const stage = z.string().regex(/^[a-z][a-z0-9-]{0,15}$/, 'must be lower-case letters, digits and dashes').default('dev');

/** The discover Lambda: polls feeds, claims items in the table, queues them. */
export const DiscoverEnvSchema = z.object({
  [STAGE]: stage,
  [TABLE_NAME]: required,
  [QUEUE_URL]: z.url({ error: 'must be the queue URL' }),
  [FEEDS_FILE]: required,
  [LAMBDA_TASK_ROOT]: z.string().optional(),
  /** Set by the stack from its schedule; absent, poll.ts takes the default schedule's (kept out of here: env.ts is in every bundle). */
  [SCHEDULE_PERIOD_MINUTES]: z.coerce.number({ error: 'must be a number' }).positive('must be > 0').optional(),
});
export type DiscoverEnv = z.infer<typeof DiscoverEnvSchema>;

const threshold = z.coerce.number({ error: 'must be a number' }).finite().nonnegative('must be >= 0');

/** The process Lambda: fetches, parses, extracts and stores one item per message, and writes its alerts to the outbox. */
export const ProcessEnvSchema = z.object({
  [STAGE]: stage,
  [TABLE_NAME]: required,
  [BUCKET_NAME]: required,
  [ALERT_THRESHOLD_USD]: threshold,
});
export type ProcessEnv = z.infer<typeof ProcessEnvSchema>;

/** The notify Lambda: outbox alerts (from the table stream, and due ones on the schedule) to SNS. */
export const NotifyEnvSchema = z.object({
  [STAGE]: stage,
  [TABLE_NAME]: required,
  [TOPIC_ARN]: required.regex(/^arn:aws[a-z-]*:sns:/, 'must be an SNS topic ARN'),
});
export type NotifyEnv = z.infer<typeof NotifyEnvSchema>;

/** The deliver Lambda: webhook deliveries (SQS, fed by the topic) → signed POSTs; failures to its dead-letter queue. */
export const DeliverEnvSchema = z.object({
  [STAGE]: stage,
  /** The table whose SUB# items are the webhook subscriptions (and whose outbox lists the day's alerts for digests). */
  [TABLE_NAME]: required,
  /** Where e-mail digests are published, each for one subscriber (attribute digest_for). */
  [DIGEST_TOPIC_ARN]: required.regex(/^arn:aws[a-z-]*:sns:/, 'must be an SNS topic ARN'),
  [WEBHOOK_FAILURES_URL]: z.url({ error: 'must be the queue URL' }),
});
export type DeliverEnv = z.infer<typeof DeliverEnvSchema>;

/**
 * Parses the Lambda environment once (call it at module scope, so a bad env fails the cold start)
 * and reports every bad variable at once rather than the first one.
 */
export function parseEnv<S extends z.ZodType>(schema: S, env: NodeJS.ProcessEnv = process.env): z.output<S> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const name = issue.path.map(String).join('.') || '(env)';
    const value = typeof issue.path[0] === 'string' ? env[issue.path[0]] : undefined;
    return `${name} ${issue.message}${value === undefined ? '' : ` (got "${value}")`}`;
  });
  throw new EnvError(problems, { cause: result.error });
}

/**
 * Where the feeds file is: an absolute FEEDS_FILE as is, a relative one under the bundle directory
 * (LAMBDA_TASK_ROOT in Lambda, the working directory elsewhere).
 */
export function resolveFeedsFile(env: DiscoverEnv): string {
  const file = env[FEEDS_FILE];
  return isAbsolute(file) ? file : resolve(env[LAMBDA_TASK_ROOT] ?? process.cwd(), file);
}
