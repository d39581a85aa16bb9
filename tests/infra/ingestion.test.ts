import { beforeAll, describe, expect, it } from 'vitest';
import { Match, type Template } from 'aws-cdk-lib/assertions';
import type { CoopFactsStack } from '../../infra/stack.js';
import { actionsOf, buildTestApp, logicalId, policyStatementsOf } from './stack-helper.js';

const TABLE_RW = ['dynamodb:DeleteItem', 'dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:BatchWriteItem', 'dynamodb:Query', 'dynamodb:UpdateItem'];
const LOGS = ['logs:CreateLogStream', 'logs:PutLogEvents'];
const XRAY = ['xray:PutTelemetryRecords', 'xray:PutTraceSegments'];

describe('Ingestion construct', () => {
  let template: Template;
  let stack: CoopFactsStack;
  const ids: Record<string, string> = {};
  beforeAll(() => {
    const built = buildTestApp({ schedule: 'rate(30 minutes)', processConcurrency: 7, logRetentionDays: 90 });
    ({ template, stack } = built);
    const { ingestion, storage } = stack;
    Object.assign(ids, {
      table: logicalId(stack, storage.table), bucket: logicalId(stack, storage.bucket),
      queue: logicalId(stack, ingestion.queue), dlq: logicalId(stack, ingestion.deadLetterQueue),
      discover: logicalId(stack, ingestion.discover), process: logicalId(stack, ingestion.process),
      discoverRole: logicalId(stack, ingestion.discover.role!), processRole: logicalId(stack, ingestion.process.role!),
    });
  });

  it('runs discover on the configured schedule, without retrying a missed run', () => {
    template.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: 'rate(30 minutes)',
      State: 'ENABLED',
      Targets: [Match.objectLike({ Arn: { 'Fn::GetAtt': [ids.discover, 'Arn'] }, RetryPolicy: Match.objectLike({ MaximumRetryAttempts: 0 }) })],
    });
  });

  it('does not let Lambda re-run a failed discover either', () => {
    template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      FunctionName: { Ref: ids.discover }, MaximumRetryAttempts: 0, MaximumEventAgeInSeconds: 900,
    });
  });

  it('points discover at the table, the queue, its bundled feeds file and the schedule period', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Handler: 'index.handler',
      Runtime: 'nodejs22.x',
      Architectures: ['arm64'],
      ReservedConcurrentExecutions: 1,
      Environment: { Variables: Match.objectLike({
        TABLE_NAME: { Ref: ids.table }, QUEUE_URL: { Ref: ids.queue }, FEEDS_FILE: 'feeds.json', STAGE: 'dev', SCHEDULE_PERIOD_MINUTES: '30',
        NODE_OPTIONS: '--enable-source-maps',
      }) },
      Role: { 'Fn::GetAtt': [ids.discoverRole, 'Arn'] },
    });
  });

  it('points process at the table and the bucket, and nothing else', () => {
    const fn = template.findResources('AWS::Lambda::Function')[ids.process!];
    const vars = fn?.Properties.Environment.Variables as Record<string, unknown>;
    expect(vars.TABLE_NAME).toEqual({ Ref: ids.table });
    expect(vars.BUCKET_NAME).toEqual({ Ref: ids.bucket });
    expect(vars).not.toHaveProperty('QUEUE_URL');
    expect(vars).not.toHaveProperty('TOPIC_ARN');
  });

  it('starts process, the one function that extracts, through the V8-options exec wrapper beside its bundle; discover starts plainly', () => {
    const fns = template.findResources('AWS::Lambda::Function');
    const env = (id: string) => fns[id]?.Properties.Environment.Variables as Record<string, unknown>;
    expect(env(ids.process!).AWS_LAMBDA_EXEC_WRAPPER).toBe('/var/task/node-v8-flags.sh');
    expect(env(ids.discover!)).not.toHaveProperty('AWS_LAMBDA_EXEC_WRAPPER');
  });

  it('grants discover table data access, SendMessage on its queue, its own logs and X-Ray: nothing more', () => {
    expect(actionsOf(template, ids.discoverRole!)).toEqual([...TABLE_RW, ...LOGS, ...XRAY, 'sqs:SendMessage'].sort());
    const send = policyStatementsOf(template, ids.discoverRole!).find((s) => s.Action === 'sqs:SendMessage');
    expect(send?.Resource).toEqual({ 'Fn::GetAtt': [ids.queue, 'Arn'] });
  });

  it('scopes table grants to the table and its two named indexes, never index/*', () => {
    const table = policyStatementsOf(template, ids.discoverRole!).find((s) => Array.isArray(s.Action) && s.Action.includes('dynamodb:Query'));
    expect(JSON.stringify(table?.Resource)).not.toContain('index/*');
    expect(table?.Resource).toEqual([
      { 'Fn::GetAtt': [ids.table, 'Arn'] },
      { 'Fn::Join': ['', [{ 'Fn::GetAtt': [ids.table, 'Arn'] }, '/index/gsi1']] },
      { 'Fn::Join': ['', [{ 'Fn::GetAtt': [ids.table, 'Arn'] }, '/index/gsi2']] },
    ]);
  });

  it('lets process write raw pages and articles only (no read, list or delete on the bucket)', () => {
    const s3 = policyStatementsOf(template, ids.processRole!).filter((s) => String(s.Action).startsWith('s3:'));
    expect(s3).toHaveLength(1);
    expect(s3[0]?.Action).toBe('s3:PutObject');
    expect(s3[0]?.Resource).toEqual([
      { 'Fn::Join': ['', [{ 'Fn::GetAtt': [ids.bucket, 'Arn'] }, '/raw/*']] },
      { 'Fn::Join': ['', [{ 'Fn::GetAtt': [ids.bucket, 'Arn'] }, '/articles/*']] },
    ]);
    expect(actionsOf(template, ids.processRole!)).not.toContain('sqs:SendMessage');
  });

  it('sends failed items to a dead-letter queue after 3 receives, with a visibility timeout 6x the process timeout', () => {
    const fn = template.findResources('AWS::Lambda::Function')[ids.process!];
    const queue = template.findResources('AWS::SQS::Queue')[ids.queue!];
    expect(queue?.Properties.RedrivePolicy).toEqual({ deadLetterTargetArn: { 'Fn::GetAtt': [ids.dlq, 'Arn'] }, maxReceiveCount: 3 });
    expect(queue?.Properties.VisibilityTimeout).toBe(6 * (fn?.Properties.Timeout as number));
    expect(queue?.Properties.SqsManagedSseEnabled).toBe(true);
  });

  it('feeds process from the queue with partial batch failures and bounded concurrency', () => {
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: { Ref: ids.process },
      EventSourceArn: { 'Fn::GetAtt': [ids.queue, 'Arn'] },
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      ScalingConfig: { MaximumConcurrency: 7 },
      BatchSize: 5,
    });
  });

  it('gives each function its own log group with the configured retention', () => {
    const groups = Object.values(template.findResources('AWS::Logs::LogGroup'));
    expect(groups.length).toBe(4);
    for (const g of groups) expect(g.Properties.RetentionInDays).toBe(90);
    template.hasResourceProperties('AWS::Lambda::Function', {
      FunctionName: Match.absent(),
      LoggingConfig: { LogFormat: 'JSON', LogGroup: Match.anyValue() },
    });
  });
});
