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
      deliver: logicalId(stack, stack.alerts.deliver), deliverRole: logicalId(stack, stack.alerts.deliver.role!),
      deliveries: logicalId(stack, stack.alerts.deliveries), webhookFailures: logicalId(stack, stack.alerts.webhookFailures),
      digestTopic: logicalId(stack, stack.alerts.digestTopic),
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

  it('traces all four functions with X-Ray', () => {
    for (const fn of [stack.ingestion.discover, stack.ingestion.process, stack.alerts.notify, stack.alerts.deliver]) {
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

  it('makes no e-mail or webhook subscription: they are data (npm run subscriptions), so adding one needs no deploy', () => {
    const subscriptions = template.findResources('AWS::SNS::Subscription');
    // On the alert topic only the deliveries queue (below); the ops e-mail's is on the ops topic.
    expect(Object.values(subscriptions).filter((r) => JSON.stringify(r.Properties.TopicArn) === JSON.stringify({ Ref: ids.topic })).map((r) => r.Properties.Protocol)).toEqual(['sqs']);
  });

  it('does not subscribe webhooks to SNS over HTTPS (SNS cannot sign): the topic feeds the deliveries queue, raw', () => {
    expect(Object.values(template.findResources('AWS::SNS::Subscription')).filter((r) => JSON.stringify(r.Properties.TopicArn) === JSON.stringify({ Ref: ids.topic })).map((r) => r.Properties.Protocol)).toEqual(['sqs']);
    template.hasResourceProperties('AWS::SNS::Subscription', {
      TopicArn: { Ref: ids.topic }, Protocol: 'sqs', Endpoint: { 'Fn::GetAtt': [ids.deliveries, 'Arn'] }, RawMessageDelivery: true,
      FilterPolicy: Match.absent(),
    });
  });

  it('points deliver at the table, where the webhook subscriptions are data, and at its dead letters; no secret in the env', () => {
    const env = template.findResources('AWS::Lambda::Function')[ids.deliver!]?.Properties.Environment.Variables;
    expect(env).toMatchObject({ TABLE_NAME: { Ref: ids.table }, WEBHOOK_FAILURES_URL: { Ref: ids.webhookFailures } });
    expect(env).not.toHaveProperty('WEBHOOKS');
  });

  it('lets deliver read subscriptions (SUB#…) only, the stage\'s webhook secrets only, send dead letters to its queue only, and consume the deliveries queue', () => {
    const statements = policyStatementsOf(template, ids.deliverRole!);
    expect(statements.filter((s) => String(s.Action).startsWith('ssm:'))).toEqual([{
      Effect: 'Allow', Action: 'ssm:GetParameter',
      Resource: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':ssm:', { Ref: 'AWS::Region' }, ':', { Ref: 'AWS::AccountId' }, ':parameter/coop-facts/dev/webhooks/*']] },
    }]);
    const items = statements.filter((s) => String(s.Action).startsWith('dynamodb:'));
    expect(items).toEqual([
      { Effect: 'Allow', Action: 'dynamodb:GetItem', Resource: { 'Fn::GetAtt': [ids.table, 'Arn'] },
        Condition: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['SUB#*'] } } },
      { Effect: 'Allow', Action: 'dynamodb:Query', Resource: { 'Fn::Join': ['', [{ 'Fn::GetAtt': [ids.table, 'Arn'] }, '/index/gsi2']] } },
      // The digests' delivery records only.
      { Effect: 'Allow', Action: ['dynamodb:Query', 'dynamodb:PutItem'], Resource: { 'Fn::GetAtt': [ids.table, 'Arn'] },
        Condition: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['ALERT#DIGEST-*'] } } },
    ]);
    // Publish to the digest topic only.
    expect(statements.filter((s) => s.Action === 'sns:Publish').map((s) => s.Resource)).toEqual([{ Ref: ids.digestTopic }]);
    expect(statements.find((s) => s.Action === 'sqs:SendMessage')?.Resource).toEqual({ 'Fn::GetAtt': [ids.webhookFailures, 'Arn'] });
    const consume = statements.find((s) => Array.isArray(s.Action) && s.Action.includes('sqs:ReceiveMessage'));
    expect(consume?.Resource).toEqual({ 'Fn::GetAtt': [ids.deliveries, 'Arn'] });
    expect(actionsOf(template, ids.deliverRole!).filter((a) => /^(s3|kms):/.test(a) || /^dynamodb:(Update|Delete|BatchWrite)/.test(a))).toEqual([]);
  });

  it('runs deliver once a day for the digests of the two days before, and gives it the digest topic', () => {
    template.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: 'cron(15 0 * * ? *)',
      Targets: [Match.objectLike({ Arn: { 'Fn::GetAtt': [ids.deliver, 'Arn'] }, Input: JSON.stringify({ digest: true, days: 2 }) })],
    });
    const env = template.findResources('AWS::Lambda::Function')[ids.deliver!]?.Properties.Environment.Variables;
    expect(env.DIGEST_TOPIC_ARN).toEqual({ Ref: ids.digestTopic });
  });

  it('feeds deliver from the queue with partial batch failures, and moves a message failing three receives to the webhook dead letters', () => {
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: { Ref: ids.deliver }, EventSourceArn: { 'Fn::GetAtt': [ids.deliveries, 'Arn'] },
      FunctionResponseTypes: ['ReportBatchItemFailures'], BatchSize: 10, ScalingConfig: { MaximumConcurrency: 2 },
    });
    const queues = template.findResources('AWS::SQS::Queue');
    expect(queues[ids.deliveries!]?.Properties).toMatchObject({
      VisibilityTimeout: 360, SqsManagedSseEnabled: true,
      RedrivePolicy: { deadLetterTargetArn: { 'Fn::GetAtt': [ids.webhookFailures, 'Arn'] }, maxReceiveCount: 3 },
    });
    expect(queues[ids.webhookFailures!]?.Properties).toMatchObject({ MessageRetentionPeriod: 14 * 24 * 3600, SqsManagedSseEnabled: true });
    template.hasResourceProperties('AWS::Lambda::Function', { FunctionName: Match.absent(), Timeout: 60, Handler: 'index.handler' });
  });
});
