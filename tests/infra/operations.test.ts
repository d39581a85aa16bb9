import { beforeAll, describe, expect, it } from 'vitest';
import { Match, type Template } from 'aws-cdk-lib/assertions';
import type { CoopFactsStack } from '../../infra/stack.js';
import { buildTestApp, logicalId } from './stack-helper.js';

describe('Operations construct', () => {
  let template: Template;
  let stack: CoopFactsStack;
  let opsTopic: string;
  beforeAll(() => {
    ({ template, stack } = buildTestApp({ opsEmail: 'oncall@example.org' }));
    opsTopic = logicalId(stack, stack.operations.topic);
  });

  const alarms = () => Object.values(template.findResources('AWS::CloudWatch::Alarm')).map((a) => a.Properties);

  it('alarms as soon as a message waits in the items DLQ, the notify failure queue or the webhook dead letters', () => {
    for (const queue of [stack.ingestion.deadLetterQueue, stack.alerts.failures, stack.alerts.webhookFailures]) {
      template.hasResourceProperties('AWS::CloudWatch::Alarm', {
        Namespace: 'AWS/SQS', MetricName: 'ApproximateNumberOfMessagesVisible', Threshold: 1,
        ComparisonOperator: 'GreaterThanOrEqualToThreshold',
        Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [logicalId(stack, queue), 'QueueName'] } }],
      });
    }
  });

  it('alarms on errors and throttles of each of the four functions', () => {
    for (const fn of [stack.ingestion.discover, stack.ingestion.process, stack.alerts.notify, stack.alerts.deliver]) {
      for (const metric of ['Errors', 'Throttles']) {
        template.hasResourceProperties('AWS::CloudWatch::Alarm', {
          Namespace: 'AWS/Lambda', MetricName: metric, Threshold: 1,
          Dimensions: [{ Name: 'FunctionName', Value: { Ref: logicalId(stack, fn) } }],
        });
      }
    }
  });

  it('alarms when 5 or more feeds fail in discover runs two hours running', () => {
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'CoopFacts', MetricName: 'FeedsFailed', Statistic: 'Maximum', Period: 3600,
      Threshold: 5, EvaluationPeriods: 2, TreatMissingData: 'notBreaching',
      Dimensions: [{ Name: 'service', Value: 'discover' }, { Name: 'stage', Value: 'dev' }],
    });
  });

  it('alarms when an item message is an hour old, and when notify falls 15 minutes behind its stream', () => {
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/SQS', MetricName: 'ApproximateAgeOfOldestMessage', Statistic: 'Maximum', Threshold: 3600,
      Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [logicalId(stack, stack.ingestion.queue), 'QueueName'] } }],
    });
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/Lambda', MetricName: 'IteratorAge', Statistic: 'Maximum', Threshold: 900_000,
      Dimensions: [{ Name: 'FunctionName', Value: { Ref: logicalId(stack, stack.alerts.notify) } }],
    });
  });

  it('alarms when SNS fails to deliver an alert, and when the daily export is dropped', () => {
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/SNS', MetricName: 'NumberOfNotificationsFailed', Statistic: 'Sum', Threshold: 1,
      Dimensions: [{ Name: 'TopicName', Value: { 'Fn::GetAtt': [logicalId(stack, stack.alerts.topic), 'TopicName'] } }],
    });
    const group = template.findResources('AWS::Scheduler::ScheduleGroup')[logicalId(stack, stack.analytics.scheduleGroup)];
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/Scheduler', MetricName: 'InvocationDroppedCount', Statistic: 'Sum', Threshold: 1,
      Dimensions: [{ Name: 'ScheduleGroup', Value: group?.Properties.Name }],
    });
    // The export is the only schedule in its group: the group's metrics are the export's.
    template.hasResourceProperties('AWS::Scheduler::Schedule', { GroupName: group?.Properties.Name });
  });

  it('sends every alarm to the ops topic, which the ops e-mail is subscribed to', () => {
    expect(alarms()).toHaveLength(3 + 8 + 1 + 5);
    for (const a of alarms()) expect(a.AlarmActions).toEqual([{ Ref: opsTopic }]);
    template.hasResourceProperties('AWS::SNS::Subscription', { TopicArn: { Ref: opsTopic }, Protocol: 'email', Endpoint: 'oncall@example.org' });
  });

  it('encrypts the ops topic with a rotated key that CloudWatch may use', () => {
    template.hasResourceProperties('AWS::KMS::Key', {
      EnableKeyRotation: true,
      KeyPolicy: { Statement: Match.arrayWith([Match.objectLike({
        Principal: { Service: 'cloudwatch.amazonaws.com' }, Action: ['kms:Decrypt', 'kms:GenerateDataKey*'],
      })]) },
    });
  });
});
