import { isAbsolute, resolve } from 'node:path';
import * as z from 'zod';
import { loadFeedsFile } from '../shared/config/feeds-file.js';
import type { FeedsFile } from '../shared/schemas/index.js';
import { DEFAULT_ALERT_THRESHOLD_USD } from '../shared/config/defaults.js';
import { DEFAULT_DISCOVER_SCHEDULE, schedulePeriodMinutes } from '../shared/config/schedule-period.js';
import { EXTRACTOR_KINDS, MODEL_DEFAULTS, type ExtractorKind } from '../shared/config/extractor-config.js';

/** A CDK context value that does not fit the stage config; synth stops with this message. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
  }
}

/** EventBridge accepts `rate(1 minute)` but `rate(1 minutes)` fails at deploy, so check it at synth. */
const SCHEDULE_RE = /^(rate\((1 (minute|hour|day)|([2-9]|[1-9]\d+) (minutes|hours|days))\)|cron\(\S+( \S+){5}\))$/;
const schedule = z.string().trim().regex(SCHEDULE_RE, 'must be "rate(N minutes|hours|days)" or "cron(m h dom mon dow year)"')
  // Discover is told the period (a feed may be polled half of it early), so it must be readable.
  .superRefine((expr, ctx) => {
    if (!SCHEDULE_RE.test(expr)) return;
    try { schedulePeriodMinutes(expr); } catch (err) { ctx.addIssue({ code: 'custom', message: err instanceof Error ? err.message : String(err) }); }
  });

/** A number, with a message that says so when `-c` gives text that is not one. */
const num = () => z.number({ error: 'must be a number' });

/** The retention periods CloudWatch Logs accepts (a subset: the ones worth choosing). */
const LOG_RETENTION_DAYS = [1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 3653] as const;

/**
 * A Bedrock model id ("anthropic.claude-3-haiku-20240307-v1:0") or a cross-Region inference profile
 * id ("eu.anthropic.claude-3-haiku-20240307-v1:0"): provider and model joined by dots, an optional
 * ":version". ARNs are refused: the grant is built from the id (constructs/bedrock-model.ts).
 */
const BEDROCK_MODEL_ID_RE = /^[a-z0-9-]+(\.[a-z0-9-]+)+(:[a-z0-9-]+)*$/i;

/** The stage configuration, read from CDK context (`-c key=value` or cdk.json "context"). */
export const StageConfigSchema = z.object({
  /** Prefixes the stack name and tags every resource. */
  stage: z.string().regex(/^[a-z][a-z0-9-]{0,15}$/, 'must be lower-case letters, digits and dashes, at most 16').default('dev'),
  /**
   * How often discover runs (and notify sends the due alerts). Each feed is polled at its own interval
   * within it (shared/feeds/poll-timing.ts); 5 minutes keeps publish-to-alert p95 under 10 (README).
   */
  schedule: schedule.default(DEFAULT_DISCOVER_SCHEDULE),
  /** Facts at or over this many USD are alerted whatever their type (agreements always are). */
  alertThresholdUsd: num().finite().nonnegative('must be >= 0').default(DEFAULT_ALERT_THRESHOLD_USD),
  /** Where alarms go by e-mail (optional; alarms still show in the console without it). */
  opsEmail: z.email().optional(),
  /** The feeds registry bundled with the discover Lambda, relative to the project root. */
  feedsFile: z.string().min(1).default('shared/feeds/registry/feeds.live.json'),
  /**
   * At most this many process Lambdas run at once (SQS event source maxConcurrency: 2-1000). The
   * HTTP client paces requests per host within one instance only, so each instance adds load on an
   * outlet; 2 (the minimum) clears 300 articles a day many times over.
   */
  processConcurrency: num().int().min(2, 'must be 2 or more (SQS event source minimum)').max(1000).default(2),
  /** Hour (UTC) of the daily export of the table to S3 for Athena. */
  exportHourUtc: num().int().min(0).max(23, 'must be an hour, 0-23').default(3),
  logRetentionDays: num().int().refine((d) => (LOG_RETENTION_DAYS as readonly number[]).includes(d),
    `must be one of ${LOG_RETENTION_DAYS.join(', ')}`).default(30),
  /** Raw pages move to Infrequent Access after this many days and expire after rawExpireDays. */
  rawInfrequentAccessDays: num().int().min(30, 'must be 30 or more (S3 minimum before Standard-IA)').default(30),
  rawExpireDays: num().int().min(31).default(730),
  /** Which fact extractor process runs: rules (no model, nothing new in the stack), model or hybrid (Bedrock). */
  extractor: z.enum(EXTRACTOR_KINDS, { error: `must be one of ${EXTRACTOR_KINDS.join(', ')}` }).default('rules'),
  /** The Bedrock model or inference profile id the process function may invoke; required unless extractor is rules. */
  bedrockModelId: z.string().trim().regex(BEDROCK_MODEL_ID_RE,
    'must be a Bedrock model id such as "anthropic.claude-3-haiku-20240307-v1:0" or an inference profile id such as "eu.anthropic.claude-3-haiku-20240307-v1:0", not an ARN').optional(),
  /** Model tokens (input + output) all process functions together may spend in a UTC day; MODEL_DEFAULTS.runTokens when unset. */
  modelRunTokens: num().int('must be a whole number').positive('must be > 0').optional(),
}).superRefine((c, ctx) => {
  if (c.rawExpireDays <= c.rawInfrequentAccessDays) {
    ctx.addIssue({ code: 'custom', path: ['rawExpireDays'], message: 'must be more than rawInfrequentAccessDays' });
  }
  if (c.extractor !== 'rules' && c.bedrockModelId === undefined) {
    ctx.addIssue({
      code: 'custom', path: ['bedrockModelId'],
      message: `is required with extractor=${c.extractor}: the Bedrock model or inference profile id to call, e.g. eu.anthropic.claude-3-haiku-20240307-v1:0 (enable access to it in the Bedrock console of the stack's region)`,
    });
  }
});
export type StageConfig = z.infer<typeof StageConfigSchema>;

/** What the process function runs: the rules alone, or a model on Bedrock within a daily token budget. */
export type ExtractorDeployment =
  | { kind: 'rules' }
  | { kind: Exclude<ExtractorKind, 'rules'>; bedrockModelId: string; dailyTokens: number };

/** The extractor part of a validated stage config (bedrockModelId and modelRunTokens are ignored with rules). */
export function extractorDeployment(config: StageConfig): ExtractorDeployment {
  if (config.extractor === 'rules') return { kind: 'rules' };
  // The schema's refinement has already refused a model extractor without a model id.
  if (config.bedrockModelId === undefined) throw new ConfigError(`Invalid CDK context:\n  -c bedrockModelId: is required with extractor=${config.extractor}`);
  return { kind: config.extractor, bedrockModelId: config.bedrockModelId, dailyTokens: config.modelRunTokens ?? MODEL_DEFAULTS.runTokens };
}

/** Why `-c subscriptions=...` is refused. */
export const RETIRED_SUBSCRIPTIONS =
  '  -c subscriptions: subscriptions are data now, not stack settings: add each with `npm run subscriptions -- add ... --aws` ' +
  '(no redeploy), and remove the key; deploying without them removes the SNS subscriptions the stack made (see infra/README.md)';

/** The context keys read; anything else in context (CDK's own flags) is left alone. */
export const CONFIG_KEYS = Object.keys(StageConfigSchema.shape) as (keyof StageConfig)[];

/**
 * `-c key=value` always arrives as a string; cdk.json values arrive typed. Strings that look like
 * JSON (numbers, arrays, objects, booleans) are decoded so both routes give the same config.
 */
function decode(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const t = value.trim();
  if (/^(-?\d+(\.\d+)?([eE]\d+)?|true|false|\[.*\]|\{.*\})$/s.test(t)) {
    try { return JSON.parse(t); } catch { return value; }
  }
  return value;
}

/**
 * Builds the stage config from a context getter (`app.node.tryGetContext`). Every bad key is
 * listed in one ConfigError, so a typo fails synth before anything is bundled.
 */
export function readStageConfig(getContext: (key: string) => unknown): StageConfig {
  // Subscriptions were a context key until they became data in the table: say where they went, not just ignore them.
  if (getContext('subscriptions') !== undefined) throw new ConfigError(`Invalid CDK context:\n${RETIRED_SUBSCRIPTIONS}`);
  const raw: Record<string, unknown> = {};
  for (const key of CONFIG_KEYS) {
    const v = getContext(key);
    if (v !== undefined) raw[key] = decode(v);
  }
  const result = StageConfigSchema.safeParse(raw);
  if (result.success) return result.data;
  const lines = result.error.issues.map((i) => {
    const key = i.path.map(String).join('.');
    const got = i.path.length === 1 ? raw[String(i.path[0])] : undefined;
    return `  -c ${key}: ${i.message}${got === undefined ? '' : ` (got ${JSON.stringify(got)})`}`;
  });
  throw new ConfigError(`Invalid CDK context:\n${lines.join('\n')}`, { cause: result.error });
}

/** Reads and validates the feeds file at synth, so a broken registry never reaches a deployed Lambda. */
export function loadFeedsForSynth(file: string, root: string): { path: string; feeds: FeedsFile } {
  const path = isAbsolute(file) ? file : resolve(root, file);
  try {
    return { path, feeds: loadFeedsFile(path) };
  } catch (err) {
    throw new ConfigError(`Invalid CDK context: -c feedsFile: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
}
