import { Duration, Stack, Token, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq, SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import type * as logs from 'aws-cdk-lib/aws-logs';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subs from 'aws-cdk-lib/aws-sns-subscriptions';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { ENTITY, ENTITY_ATTR, GSI } from '../../shared/store/table-design.js';
import { DIGEST_TOPIC_ARN, WEBHOOK_FAILURES_URL } from '../../shared/config/env-names.js';
import { webhookSecretPrefix } from '../../shared/config/webhook-secret-name.js';
import { AppFunction } from './node-function.js';

/** A poisoned record is split off (bisect) and retried this often before it goes to the failure queue. */
const STREAM_RETRY_ATTEMPTS = 5;
/** Alerts older than a day are news no longer: drop them to the failure queue rather than send late. */
const STREAM_MAX_RECORD_AGE = Duration.hours(24);
const STREAM_BATCH_SIZE = 25;
/**
 * deliver's timeout: three tries of ten seconds and ten seconds of backoff for one webhook
 * (shared/alerts/deliver-webhook.ts) take 40 s; a minute leaves room for a second slow webhook.
 */
const DELIVER_TIMEOUT = Duration.seconds(60);
/** AWS advises a visibility timeout of six times the function timeout for SQS event sources. */
const VISIBILITY_TIMEOUT_FACTOR = 6;
/** deliver fails a whole record only for a body that is not an alert or a dead letter it could not write: three receives, then the dead letters. */
const DELIVERY_MAX_RECEIVE_COUNT = 3;
/** Few alerts an hour: two concurrent deliverers keep up, and a receiver never sees a burst from many. */
const DELIVER_CONCURRENCY = 2;

export interface AlertsProps {
  /** Its stream feeds notify (new outbox alerts); notify marks them sent in it. */
  table: dynamodb.ITable;
  stage: string;
  /** EventBridge schedule expression: notify then sends the pending alerts that are due. */
  schedule: string;
  logRetention: logs.RetentionDays;
}

/**
 * The stream filter: only INSERTs of outbox alerts (entity = 'alert', written pending by process),
 * not facts, index entries, articles, claims or the alert's own later updates.
 */
export const NEW_ALERT_FILTER = lambda.FilterCriteria.filter({
  eventName: lambda.FilterRule.isEqual('INSERT'),
  dynamodb: { NewImage: { [ENTITY_ATTR]: { S: lambda.FilterRule.isEqual(ENTITY.alert) } } },
});

/**
 * The table stream (new outbox alerts) and the schedule (due pending alerts) → notify → SNS topic
 * (encrypted) → e-mail subscriptions (plain words), made from the subscriptions kept as data (`npm run
 * subscriptions -- add --aws`, each with a filter policy generated from it: shared/alerts/filter-policy.ts),
 * and → deliveries queue → deliver → signed webhook POSTs to the webhook subscriptions, with a
 * dead-letter queue that keeps the alerts a webhook did not take.
 */
export class Alerts extends Construct {
  readonly topic: sns.Topic;
  readonly notify: AppFunction;
  readonly failures: sqs.Queue;
  readonly rule: events.Rule;
  /** Every alert (the topic's JSON, raw) on its way to the webhooks. */
  readonly deliveries: sqs.Queue;
  /** Alerts a webhook did not take: the alert itself, and the webhook's id as attribute `webhook`. */
  readonly webhookFailures: sqs.Queue;
  readonly deliver: AppFunction;
  /** Each digest subscriber's daily digest, published with its id as `digest_for` (its e-mail subscription asks for that id). */
  readonly digestTopic: sns.Topic;
  /** Once a day, shortly after midnight UTC: deliver sends the digests of the days before. */
  readonly digestRule: events.Rule;

  constructor(scope: Construct, id: string, props: AlertsProps) {
    super(scope, id);
    this.topic = new sns.Topic(this, 'Topic', {
      displayName: `Cooperation facts alerts (${props.stage})`,
      // The AWS-managed key: no key to pay for or administer; e-mail and HTTPS deliveries work with it.
      masterKey: kms.Alias.fromAliasName(this, 'SnsKey', 'alias/aws/sns'),
      enforceSSL: true,
    });

    this.failures = new sqs.Queue(this, 'NotifyFailures', {
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    Validations.of(this.failures).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason: 'This queue is itself the failure destination of the notify stream mapping; it needs no DLQ of its own.',
    });

    this.notify = new AppFunction(this, 'Notify', {
      name: 'notify',
      description: 'Sends outbox alerts to SNS: new ones from the table stream, due ones on the schedule',
      stage: props.stage,
      logRetention: props.logRetention,
    })
      // The outbox only: lease, mark sent or failed (UpdateItem), check (GetItem) ALERT# items, and
      // list pending ones (Query on gsi2). It may write nothing else: not facts, claims or articles.
      .bindTableItems(props.table, { actions: ['dynamodb:GetItem', 'dynamodb:UpdateItem'], leadingKeys: ['ALERT#*'], queryIndexes: [GSI.byKind.name] })
      .bindTopic(this.topic);
    this.notify.addEventSource(new DynamoEventSource(props.table, {
      startingPosition: lambda.StartingPosition.LATEST,
      batchSize: STREAM_BATCH_SIZE,
      bisectBatchOnError: true,
      retryAttempts: STREAM_RETRY_ATTEMPTS,
      maxRecordAge: STREAM_MAX_RECORD_AGE,
      reportBatchItemFailures: true,
      onFailure: new SqsDlq(this.failures),
      filters: [NEW_ALERT_FILTER],
    }));
    // An alert whose stream record ran out of retries (SNS down for hours) stays pending in the
    // outbox: the scheduled run sends it once SNS answers again.
    this.rule = new events.Rule(this, 'Schedule', {
      description: 'Runs notify on the schedule to send pending alerts that are due',
      schedule: events.Schedule.expression(props.schedule),
      targets: [new targets.LambdaFunction(this.notify, { retryAttempts: 0, maxEventAge: Duration.minutes(5) })],
    });

    // Webhooks are not SNS HTTPS subscriptions (SNS cannot sign with the subscriber's secret):
    // the topic feeds a queue, deliver signs and POSTs, and keeps what fails in webhookFailures.
    this.webhookFailures = new sqs.Queue(this, 'WebhookFailures', {
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    this.deliveries = new sqs.Queue(this, 'Deliveries', {
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      visibilityTimeout: Duration.seconds(DELIVER_TIMEOUT.toSeconds() * VISIBILITY_TIMEOUT_FACTOR),
      // Its dead letters are bodies as they came: alerts, which a redrive delivers again like the rest.
      deadLetterQueue: { queue: this.webhookFailures, maxReceiveCount: DELIVERY_MAX_RECEIVE_COUNT },
    });
    // Raw: the queue gets the message's `default` (the alert JSON), not the SNS envelope.
    this.topic.addSubscription(new subs.SqsSubscription(this.deliveries, { rawMessageDelivery: true }));

    this.deliver = new AppFunction(this, 'Deliver', {
      name: 'deliver',
      description: 'Signs each alert with its webhook\'s secret (SSM) and POSTs it, with retries; failures to the webhook dead-letter queue',
      timeout: DELIVER_TIMEOUT,
      stage: props.stage,
      logRetention: props.logRetention,
    })
      // The webhook subscriptions only: read SUB# items (GetItem) and list them (Query on gsi2, which also
      // lists the day's sent alerts for digests); and the digests' delivery records (ALERT#DIGEST-<day>).
      .bindTableItems(props.table, { actions: ['dynamodb:GetItem'], leadingKeys: ['SUB#*'], queryIndexes: [GSI.byKind.name] })
      .bindTableItems(props.table, { actions: ['dynamodb:Query', 'dynamodb:PutItem'], leadingKeys: ['ALERT#DIGEST-*'], queryIndexes: [] })
      .bindQueue(this.webhookFailures, WEBHOOK_FAILURES_URL);
    this.digestTopic = new sns.Topic(this, 'DigestTopic', {
      displayName: `Cooperation deals, daily digest (${props.stage})`,
      masterKey: kms.Alias.fromAliasName(this, 'DigestSnsKey', 'alias/aws/sns'),
      enforceSSL: true,
    });
    this.deliver.bindTopic(this.digestTopic, DIGEST_TOPIC_ARN);
    this.digestRule = new events.Rule(this, 'DailyDigest', {
      description: 'Runs deliver once a day to send each digest subscriber the alerts of the days before',
      schedule: events.Schedule.cron({ minute: '15', hour: '0' }),
      targets: [new targets.LambdaFunction(this.deliver, { event: events.RuleTargetInput.fromObject({ digest: true, days: 2 }), retryAttempts: 2, maxEventAge: Duration.hours(2) })],
    });
    this.grantWebhookSecrets(props.stage);
    this.deliver.addEventSource(new SqsEventSource(this.deliveries, {
      batchSize: 10,
      reportBatchItemFailures: true,
      maxConcurrency: DELIVER_CONCURRENCY,
    }));
  }

  /**
   * GetParameter on the stage's webhook secrets only. SecureStrings under the AWS-managed key
   * (aws/ssm) need no kms grant: its key policy lets the account use it through SSM.
   */
  private grantWebhookSecrets(stage: string): void {
    const resourceName = `${webhookSecretPrefix(stage).slice(1)}*`;
    const arn = Stack.of(this).formatArn({ service: 'ssm', resource: 'parameter', resourceName });
    this.deliver.addToRolePolicy(new iam.PolicyStatement({ actions: ['ssm:GetParameter'], resources: [arn] }));
    // cdk-nag names the resource as synthesized: the region literal when the stack has one, else the token.
    const region = Token.isUnresolved(Stack.of(this).region) ? '<AWS::Region>' : Stack.of(this).region;
    Validations.of(this.deliver.role!).acknowledge({
      id: `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:ssm:${region}:<AWS::AccountId>:parameter/${resourceName}]`,
      reason: 'One SecureString per webhook, named by its id; the grant is GetParameter under the stage\'s webhook path only.',
    });
  }
}
