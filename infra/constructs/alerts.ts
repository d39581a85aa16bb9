import { Duration, Validations } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import type * as logs from 'aws-cdk-lib/aws-logs';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { ENTITY, ENTITY_ATTR, GSI } from '../../shared/store/table-design.js';
import { AppFunction } from './node-function.js';

/** A poisoned record is split off (bisect) and retried this often before it goes to the failure queue. */
const STREAM_RETRY_ATTEMPTS = 5;
/** Alerts older than a day are news no longer: drop them to the failure queue rather than send late. */
const STREAM_MAX_RECORD_AGE = Duration.hours(24);
const STREAM_BATCH_SIZE = 25;

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
 * (encrypted). Its subscriptions are not made here: they are data, added with `npm run subscriptions
 * -- add --aws`, each with a filter policy generated from it (shared/alerts/filter-policy.ts).
 */
export class Alerts extends Construct {
  readonly topic: sns.Topic;
  readonly notify: AppFunction;
  readonly failures: sqs.Queue;
  readonly rule: events.Rule;

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
  }
}
