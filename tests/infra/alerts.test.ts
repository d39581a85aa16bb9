import { beforeAll, describe, expect, it } from 'vitest';
import { Match, type Template } from 'aws-cdk-lib/assertions';
import type { CoopFactsStack } from '../../infra/stack.js';
import { actionsOf, buildTestApp, logicalId, policyStatementsOf } from './stack-helper.js';

describe('Alerts construct', () => {
  let template: Template;
  let stack: CoopFactsStack;
  const ids: Record<string, string> = {};
  beforeAll(() => {
    // -c values arrive as strings: the threshold as digits.
    ({ template, stack } = buildTestApp({ alertThresholdUsd: '25000000' }));
    Object.assign(ids, {
      table: logicalId(stack, stack.storage.table), topic: logicalId(stack, stack.alerts.topic),
      notify: logicalId(stack, stack.alerts.notify), notifyRole: logicalId(stack, stack.alerts.notify.role!),
      failures: logicalId(stack, stack.alerts.failures),
    });
  });

  it('encrypts the alert topic with the SNS key and refuses plain-HTTP publishing', () => {
    const topic = template.findResources('AWS::SNS::Topic')[ids.topic!];
    expect(JSON.stringify(topic?.Properties.KmsMasterKeyId)).toMatch(/:alias\/aws\/sns"\]\]\}$/);
    template.hasResourceProperties('AWS::SNS::TopicPolicy', {
      Topics: [{ Ref: ids.topic }],
      PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]) },
    });
  });

  it('points notify at the table and the topic, and process (which writes the alerts) at the configured threshold', () => {
    const env = (id: string) => template.findResources('AWS::Lambda::Function')[id]?.Properties.Environment.Variables;
    expect(env(ids.notify!)).toMatchObject({ TABLE_NAME: { Ref: ids.table }, TOPIC_ARN: { Ref: ids.topic } });
    expect(env(ids.notify!)).not.toHaveProperty('ALERT_THRESHOLD_USD');
    expect(env(logicalId(stack, stack.ingestion.process))).toMatchObject({ ALERT_THRESHOLD_USD: '25000000' });
  });

  it('runs notify on the schedule too, to send the pending alerts that are due', () => {
    template.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: 'rate(5 minutes)',
      Targets: [Match.objectLike({ Arn: { 'Fn::GetAtt': [ids.notify, 'Arn'] }, RetryPolicy: { MaximumRetryAttempts: 0, MaximumEventAgeInSeconds: 300 } })],
    });
  });

  it('lets notify publish to its topic only, and read the stream of its table', () => {
    const statements = policyStatementsOf(template, ids.notifyRole!);
    expect(statements.find((s) => s.Action === 'sns:Publish')?.Resource).toEqual({ Ref: ids.topic });
    const stream = statements.find((s) => Array.isArray(s.Action) && s.Action.includes('dynamodb:GetRecords'));
    expect(stream?.Resource).toEqual({ 'Fn::GetAtt': [ids.table, 'StreamArn'] });
    // SQS only to hand a failed batch to its failure queue (the event source's on-failure destination).
    const sqs = statements.filter((s) => String(s.Action).startsWith('sqs:'));
    expect(sqs.map((s) => s.Resource)).toEqual([{ 'Fn::GetAtt': [ids.failures, 'Arn'] }]);
    expect(actionsOf(template, ids.notifyRole!).filter((a) => a.startsWith('s3:'))).toEqual([]);
  });

  it('lets notify read and update outbox items (ALERT#…) only, and query the outbox index: it may write nothing else', () => {
    const statements = policyStatementsOf(template, ids.notifyRole!);
    const items = statements.filter((s) => String(s.Action).startsWith('dynamodb:') && !String(s.Action).includes('Stream') && !String(s.Action).includes('GetRecords'));
    expect(items).toEqual([
      { Effect: 'Allow', Action: ['dynamodb:GetItem', 'dynamodb:UpdateItem'], Resource: { 'Fn::GetAtt': [ids.table, 'Arn'] },
        Condition: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['ALERT#*'] } } },
      { Effect: 'Allow', Action: 'dynamodb:Query', Resource: { 'Fn::Join': ['', [{ 'Fn::GetAtt': [ids.table, 'Arn'] }, '/index/gsi2']] } },
    ]);
    const writes = actionsOf(template, ids.notifyRole!).filter((a) => /^dynamodb:(Put|Delete|BatchWrite)/.test(a));
    expect(writes).toEqual([]);
  });

  it('traces all three functions with X-Ray', () => {
    for (const fn of [stack.ingestion.discover, stack.ingestion.process, stack.alerts.notify]) {
      expect(template.findResources('AWS::Lambda::Function')[logicalId(stack, fn)]?.Properties.TracingConfig).toEqual({ Mode: 'Active' });
    }
  });

  it('filters the stream to INSERTs of outbox alerts, bisects on error and sends failures to a queue', () => {
    const mappings = template.findResources('AWS::Lambda::EventSourceMapping', { Properties: { FunctionName: { Ref: ids.notify } } });
    const props = Object.values(mappings)[0]?.Properties;
    expect(props).toMatchObject({
      EventSourceArn: { 'Fn::GetAtt': [ids.table, 'StreamArn'] },
      StartingPosition: 'LATEST',
      BisectBatchOnFunctionError: true,
      MaximumRetryAttempts: 5,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [ids.failures, 'Arn'] } } },
    });
    const patterns = (props.FilterCriteria.Filters as { Pattern: string }[]).map((f) => JSON.parse(f.Pattern));
    expect(patterns).toEqual([{ eventName: ['INSERT'], dynamodb: { NewImage: { entity: { S: ['alert'] } } } }]);
  });

  it('makes no alert subscription: they are data (npm run subscriptions), so adding one needs no deploy', () => {
    const subscriptions = template.findResources('AWS::SNS::Subscription');
    // The one subscription left is the ops e-mail's, on the ops topic, when opsEmail is set.
    expect(Object.values(subscriptions).filter((r) => JSON.stringify(r.Properties.TopicArn) === JSON.stringify({ Ref: ids.topic }))).toEqual([]);
  });
});
