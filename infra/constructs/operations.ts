import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
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

export interface OperationsProps {
  /** Powertools adds it as a dimension to every metric (functions/shared/powertools.ts), so the alarm must name it too. */
  stage: string;
  /** Each gets an errors alarm and a throttles alarm. */
  functions: lambda.IFunction[];
  /** Queues whose messages are failures that need a person: DLQ and stream failure destination. */
  failureQueues: sqs.IQueue[];
  /** @default no subscription (alarms still show in the console) */
  opsEmail?: string;
}

/** Alarms on DLQ depth, Lambda errors and throttles and failing feeds, sent to an ops topic. */
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
    add('FeedsFailing', new cloudwatch.Metric({
      namespace: FEEDS_FAILED_METRIC.namespace, metricName: FEEDS_FAILED_METRIC.metricName,
      // The full dimension set Powertools publishes: a metric with fewer dimensions is another metric.
      dimensionsMap: { service: FEEDS_FAILED_METRIC.service, stage: props.stage }, period: Duration.hours(1), statistic: 'Maximum',
    }), FEEDS_FAILED_THRESHOLD, `${FEEDS_FAILED_THRESHOLD} or more feeds failed in a discover run, two hours running`, 2);
  }
}
