import { Duration } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import type * as logs from 'aws-cdk-lib/aws-logs';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { ALERT_THRESHOLD_USD, EXTRACTOR, FEEDS_FILE, MODEL_RUN_TOKENS, SCHEDULE_PERIOD_MINUTES } from '../../shared/config/env-names.js';
import { schedulePeriodMinutes } from '../../shared/config/schedule-period.js';
import type { ExtractorDeployment } from '../config.js';
import { AppFunction } from './node-function.js';
import { RATES_FILE_NAME, RATES_SOURCE_FILE } from '../../shared/config/data-files.js';
import { PREFIX } from './storage.js';

/** Polling 30 feeds one host at a time with polite pacing takes about a minute; 5 leaves room for slow hosts. */
const DISCOVER_TIMEOUT = Duration.minutes(5);
/**
 * A batch of pages fetched in parallel: one fetch is at most 2 tries of 20 s (the process Lambda
 * leaves further retries to SQS), plus parse, extract and store; two minutes leaves room for a slow host.
 */
const PROCESS_TIMEOUT = Duration.minutes(2);
/**
 * With a model extractor an item may also wait for the model: the fetch (at most 40 s, as above)
 * plus two calls of MODEL_TIMEOUT_MS (60 s by default: one try and one retry after a throttle or
 * timeout) and their backoff, about 170 s at worst. It stops at three minutes because an item
 * message lives up to 3 receives × the visibility timeout (6 × this) = 54 minutes, which must stay
 * under the 60-minute claim lease (shared/store/dynamo/item-ledger.ts) and the one-hour old-message
 * alarm; four minutes would make it 72.
 */
const MODEL_PROCESS_TIMEOUT = Duration.minutes(3);
/** AWS advises a visibility timeout of six times the function timeout for SQS event sources. */
const VISIBILITY_TIMEOUT_FACTOR = 6;
/** A message that fails this often is a bad item, not bad luck: park it in the DLQ. */
export const MAX_RECEIVE_COUNT = 3;
/** Small batches: each record is a page fetch, and a batch shares one timeout. */
const PROCESS_BATCH_SIZE = 5;
/** The name the feeds file gets next to the discover bundle (FEEDS_FILE, relative to LAMBDA_TASK_ROOT). */
export const BUNDLED_FEEDS_FILE = 'feeds.json';

export interface IngestionProps {
  /** Claims, feed state, articles and facts (discover and process read and write it). */
  table: dynamodb.ITable;
  /** Raw pages and article JSON (process writes under raw/ and articles/). */
  bucket: s3.IBucket;
  stage: string;
  /** EventBridge schedule expression for discover. */
  schedule: string;
  /** Absolute path of the validated feeds file, copied into the discover bundle. */
  feedsFilePath: string;
  /** Upper bound of concurrent process Lambdas (SQS event source maxConcurrency). */
  processConcurrency: number;
  /** Facts at or over this many USD are alerted whatever their type: process writes their alerts to the outbox. */
  alertThresholdUsd: number;
  logRetention: logs.RetentionDays;
  /**
   * The fact extractor process runs. With a model it gets EXTRACTOR, BEDROCK_MODEL_ID and
   * MODEL_RUN_TOKENS, InvokeModel on that model only, and a longer timeout (MODEL_PROCESS_TIMEOUT).
   * @default { kind: 'rules' } (nothing model-related in the stack)
   */
  extractor?: ExtractorDeployment;
}

/** Schedule → discover → queue (+ DLQ) → process, with partial batch failures and bounded concurrency. */
export class Ingestion extends Construct {
  readonly discover: AppFunction;
  readonly process: AppFunction;
  readonly queue: sqs.Queue;
  readonly deadLetterQueue: sqs.Queue;
  readonly rule: events.Rule;

  constructor(scope: Construct, id: string, props: IngestionProps) {
    super(scope, id);
    const extractor = props.extractor ?? { kind: 'rules' };
    const processTimeout = extractor.kind === 'rules' ? PROCESS_TIMEOUT : MODEL_PROCESS_TIMEOUT;
    this.deadLetterQueue = new sqs.Queue(this, 'ItemsDlq', {
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    this.queue = new sqs.Queue(this, 'Items', {
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      visibilityTimeout: Duration.seconds(processTimeout.toSeconds() * VISIBILITY_TIMEOUT_FACTOR),
      deadLetterQueue: { queue: this.deadLetterQueue, maxReceiveCount: MAX_RECEIVE_COUNT },
    });

    this.discover = new AppFunction(this, 'Discover', {
      name: 'discover',
      description: 'Queues again the open work the work index lists, then polls the feeds, claims new items, queues them',
      timeout: DISCOVER_TIMEOUT,
      stage: props.stage,
      logRetention: props.logRetention,
      // One run at a time: two overlapping runs would poll every feed twice.
      reservedConcurrentExecutions: 1,
      // The schedule's period: discover polls a feed up to half of it early (shared/feeds/poll-timing.ts).
      environment: { [FEEDS_FILE]: BUNDLED_FEEDS_FILE, [SCHEDULE_PERIOD_MINUTES]: String(schedulePeriodMinutes(props.schedule)) },
      commandHooks: {
        beforeBundling: () => [],
        beforeInstall: () => [],
        afterBundling: (_input: string, outputDir: string) => [`cp "${props.feedsFilePath}" "${outputDir}/${BUNDLED_FEEDS_FILE}"`],
      },
    })
      .bindTable(props.table, 'readWrite')
      .bindQueue(this.queue);

    this.process = new AppFunction(this, 'Process', {
      name: 'process',
      // The model build carries the model extractor; the rules build stays as small as before (functions/process/).
      handlerFile: extractor.kind === 'rules' ? 'handler.ts' : 'model-handler.ts',
      description: 'Fetches, parses, extracts and stores one feed item per message',
      timeout: processTimeout,
      memorySize: 1024,
      stage: props.stage,
      logRetention: props.logRetention,
      environment: { [ALERT_THRESHOLD_USD]: String(props.alertThresholdUsd) },
      // The extractor's regular expressions run as machine code from the first article (node-function.ts, v8Options).
      v8Options: true,
      // The US dollar rates table is read beside the bundle, not bundled (shared/facts/money/rates/rates-table.ts).
      commandHooks: {
        beforeBundling: () => [],
        beforeInstall: () => [],
        afterBundling: (_input: string, outputDir: string) => [`cp "${RATES_SOURCE_FILE}" "${outputDir}/${RATES_FILE_NAME}"`],
      },
    })
      .bindTable(props.table, 'readWrite')
      // Write only: processItem stores pages and articles and never reads them back (re-extraction runs elsewhere).
      .bindBucket(props.bucket, { write: [PREFIX.raw, PREFIX.articles] });
    if (extractor.kind !== 'rules') {
      // The daily budget is the one counter all process functions share (shared/store/dynamo/token-budget.ts).
      this.process.addEnvironment(EXTRACTOR, extractor.kind).addEnvironment(MODEL_RUN_TOKENS, String(extractor.dailyTokens));
      this.process.bindBedrockModel(extractor.bedrockModelId);
      // Replies are cached beside the pages: a re-extraction reads them instead of asking again.
      this.process.bindBucket(props.bucket, { read: [PREFIX.modelReplies], write: [PREFIX.modelReplies] });
    }
    this.process.addEventSource(new SqsEventSource(this.queue, {
      batchSize: PROCESS_BATCH_SIZE,
      reportBatchItemFailures: true,
      maxConcurrency: props.processConcurrency,
    }));

    // A failed run is not re-run by Lambda either (the next schedule polls the same feeds), and a
    // run throttled behind a slow one (reserved concurrency 1) waits at most one default interval.
    this.discover.configureAsyncInvoke({ retryAttempts: 0, maxEventAge: Duration.minutes(15) });

    this.rule = new events.Rule(this, 'Schedule', {
      description: 'Runs discover on the configured schedule',
      schedule: events.Schedule.expression(props.schedule),
      // A missed run is not retried: the next scheduled run polls the same feeds anyway.
      targets: [new targets.LambdaFunction(this.discover, { retryAttempts: 0, maxEventAge: Duration.minutes(5) })],
    });
  }
}
