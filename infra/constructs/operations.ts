import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as scheduler from 'aws-cdk-lib/aws-scheduler';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subs from 'aws-cdk-lib/aws-sns-subscriptions';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

/** The metric discover publishes (Powertools Metrics, namespace and service set by AppFunction). */
export const FEEDS_FAILED_METRIC = { namespace: 'CoopFacts', metricName: 'FeedsFailed', service: 'discover' } as const;
/**
 * Alarm when this many feeds fail in one run, two hours running: one flaky outlet is normal
 * (SOURCES.md lists several that time out now and then); a sixth of the 30 feeds is an outage.
 */
const FEEDS_FAILED_THRESHOLD = 5;
/**
 * A stream record older than this has waited for notify too long: alerts are minutes-fresh news,
 * and records expire after a day (STREAM_MAX_RECORD_AGE), so an hour behind is an outage.
 */
const STREAM_ITERATOR_AGE_MS = 15 * 60 * 1000;
/** An item message older than the claim lease (an hour) is about to be swept again: processing is stuck. */
const OLDEST_MESSAGE_AGE_S = 60 * 60;

export interface OperationsProps {
  /** Powertools adds it as a dimension to every metric (functions/shared/powertools.ts), so the alarm must name it too. */
  stage: string;
  /** Each gets an errors alarm and a throttles alarm. */
  functions: lambda.IFunction[];
  /** Queues whose messages are failures that need a person: DLQ and stream failure destination. */
  failureQueues: sqs.IQueue[];
  /** Queues of work: an old message means processing stopped. */
  workQueues: sqs.IQueue[];
  /** Functions fed by a stream: their iterator age says how far behind they are. */
  streamConsumers: lambda.IFunction[];
  /** Topics whose deliveries to subscribers (e-mail, HTTPS) must not fail unseen. */
  alertTopics: sns.ITopic[];
  /** The schedule group of the daily export: a dropped invocation is an export that did not start. */
  exportSchedules: scheduler.IScheduleGroup;
  /** @default no subscription (alarms still show in the console) */
  opsEmail?: string;
}

/**
 * Alarms on DLQ depth, the age of the oldest item message, the notify stream's iterator age, SNS
 * delivery failures, a dropped export, Lambda errors and throttles and failing feeds, sent to an ops topic.
 */
export class Operations extends Construct {
  readonly topic: sns.Topic;
  readonly alarms: cloudwatch.Alarm[] = [];

  constructor(scope: Construct, id: string, props: OperationsProps) {
    super(scope, id);
    // CloudWatch cannot use the AWS-managed SNS key, so alarms need a key whose policy lets it in.
    // Destroyed with the stack (after KMS's shortest waiting period): it protects alarms, not data.
    const key = new kms.Key(this, 'Key', {
      enableKeyRotation: true, description: 'Ops alarm topic', removalPolicy: RemovalPolicy.DESTROY, pendingWindow: Duration.days(7),
    });
    key.grant(new iam.ServicePrincipal('cloudwatch.amazonaws.com'), 'kms:Decrypt', 'kms:GenerateDataKey*');
    this.topic = new sns.Topic(this, 'Topic', { displayName: 'Cooperation facts: operations', masterKey: key, enforceSSL: true });
    if (props.opsEmail) this.topic.addSubscription(new subs.EmailSubscription(props.opsEmail));
    const action = new actions.SnsAction(this.topic);
    const add = (alarmId: string, metric: cloudwatch.IMetric, threshold: number, description: string, evaluationPeriods = 1) => {
      const alarm = new cloudwatch.Alarm(this, alarmId, {
        metric, threshold, evaluationPeriods, alarmDescription: description,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      });
      alarm.addAlarmAction(action);
      this.alarms.push(alarm);
    };

    const period = Duration.minutes(5);
    props.failureQueues.forEach((q, i) => add(`FailureQueue${i}Depth`,
      q.metricApproximateNumberOfMessagesVisible({ period, statistic: 'Maximum' }), 1,
      `Messages are waiting in ${q.node.path}: items or alerts failed every retry`));
    for (const fn of props.functions) {
      const name = fn.node.id;
      add(`${name}Errors`, fn.metricErrors({ period, statistic: 'Sum' }), 1, `${name} Lambda failed (the whole invocation, not one record)`);
      add(`${name}Throttles`, fn.metricThrottles({ period, statistic: 'Sum' }), 1, `${name} Lambda was throttled`);
    }
    props.workQueues.forEach((q, i) => add(`WorkQueue${i}OldestMessage`,
      q.metricApproximateAgeOfOldestMessage({ period, statistic: 'Maximum' }), OLDEST_MESSAGE_AGE_S,
      `A message has waited an hour in ${q.node.path}: items are not being processed`));
    for (const fn of props.streamConsumers) {
      add(`${fn.node.id}IteratorAge`, fn.metric('IteratorAge', { period, statistic: 'Maximum' }), STREAM_ITERATOR_AGE_MS,
        `${fn.node.id} is more than 15 minutes behind its table stream: alerts are late`);
    }
    props.alertTopics.forEach((t, i) => add(`AlertTopic${i}DeliveryFailures`, t.metricNumberOfNotificationsFailed({ period, statistic: 'Sum' }), 1,
      `SNS could not deliver alerts of ${t.node.path} to a subscriber (e-mail bounced, webhook down)`));
    add('ExportFailed', props.exportSchedules.metricDropped({ period: Duration.hours(1), statistic: 'Sum' }), 1,
      'The daily table export could not be started, even after its retry: Athena sees yesterday\'s data');
    add('FeedsFailing', new cloudwatch.Metric({
      namespace: FEEDS_FAILED_METRIC.namespace, metricName: FEEDS_FAILED_METRIC.metricName,
      // The full dimension set Powertools publishes: a metric with fewer dimensions is another metric.
      dimensionsMap: { service: FEEDS_FAILED_METRIC.service, stage: props.stage }, period: Duration.hours(1), statistic: 'Maximum',
    }), FEEDS_FAILED_THRESHOLD, `${FEEDS_FAILED_THRESHOLD} or more feeds failed in a discover run, two hours running`, 2);
  }
}
