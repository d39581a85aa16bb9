import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { summarizeTemplate } from '../../infra/template-summary.js';
import { buildTestApp, buildUnsynthesizedApp } from './stack-helper.js';

/** The cdk-nag report the synth writes into the cloud assembly. */
function nagReport(outdir: string): { pluginReports: { pluginName: string; violations: { ruleName: string }[] }[] } {
  return JSON.parse(readFileSync(join(outdir, 'validation-report.json'), 'utf8'));
}

describe('CoopFactsStack', () => {
  it('passes cdk-nag AwsSolutions with no unacknowledged finding', () => {
    const { app } = buildUnsynthesizedApp();
    // Act: a full synth runs the validation plugins; any finding would throw "Validation failed".
    const assembly = app.synth();
    expect(assembly.stacks.map((s) => s.stackName)).toEqual(['CoopFacts-dev']);
    // Warnings do not fail a synth: the report must hold none either.
    expect(nagReport(assembly.directory).pluginReports.flatMap((r) => r.violations)).toEqual([]);
  });

  it('passes cdk-nag too when the stack has a concrete region, as `npm run synth` gives it (CDK_DEFAULT_REGION)', () => {
    const before = process.env.CDK_DEFAULT_REGION;
    process.env.CDK_DEFAULT_REGION = 'eu-central-1';
    try {
      const assembly = buildUnsynthesizedApp().app.synth();
      expect(nagReport(assembly.directory).pluginReports.flatMap((r) => r.violations)).toEqual([]);
    } finally {
      if (before === undefined) delete process.env.CDK_DEFAULT_REGION;
      else process.env.CDK_DEFAULT_REGION = before;
    }
  });

  it('fails the synth on a new finding, so the checks really run', () => {
    const { app, stack } = buildUnsynthesizedApp();
    // Prepare: a queue without encryption, DLQ or TLS policy breaks three AwsSolutions rules.
    new sqs.Queue(stack, 'Careless', { encryption: sqs.QueueEncryption.UNENCRYPTED });
    expect(() => app.synth()).toThrow(/AwsSolutions-SQS2/);
    const rules = nagReport(app.outdir).pluginReports.flatMap((r) => r.violations.map((v) => v.ruleName));
    expect(rules).toEqual(expect.arrayContaining(['AwsSolutions-SQS2', 'AwsSolutions-SQS3', 'AwsSolutions-SQS4']));
  });

  it('names the stack after the stage and tags every taggable resource with project and stage', () => {
    const { stack, template } = buildTestApp({ stage: 'staging' });
    expect(stack.stackName).toBe('CoopFacts-staging');
    template.hasResourceProperties('AWS::DynamoDB::Table', { Tags: [{ Key: 'project', Value: 'coop-facts' }, { Key: 'stage', Value: 'staging' }] });
    template.hasResourceProperties('AWS::Lambda::Function', { Environment: { Variables: { STAGE: 'staging' } } });
  });

  it('has four functions, five queues (items and its DLQ, notify failures, webhook deliveries and their dead letters), one table and two buckets (sanity counts)', () => {
    const { template } = buildTestApp();
    template.resourceCountIs('AWS::Lambda::Function', 4);
    template.resourceCountIs('AWS::SQS::Queue', 5);
    template.resourceCountIs('AWS::DynamoDB::Table', 1);
    template.resourceCountIs('AWS::S3::Bucket', 2);
  });

  it('summarizes a template as resource counts by type, most numerous first', () => {
    const summary = summarizeTemplate('CoopFacts-dev', { Resources: {
      a: { Type: 'AWS::Lambda::Function' }, b: { Type: 'AWS::IAM::Role' }, c: { Type: 'AWS::Lambda::Function' },
    } });
    expect(summary.split('\n')).toEqual([
      'CoopFacts-dev: 3 resources',
      '  AWS::Lambda::Function  2',
      '  AWS::IAM::Role         1',
    ]);
  });
});

describe('CoopFactsStack outputs', () => {
  it('outputs the retained table and bucket names, the alert topic and the DLQ', () => {
    const { template, stack } = buildTestApp();
    const outputs = template.findOutputs('*');
    expect(outputs.TableName?.Value).toEqual({ Ref: stack.getLogicalId(stack.storage.table.node.defaultChild as import('aws-cdk-lib').CfnElement) });
    expect(outputs.DataBucketName?.Value).toEqual({ Ref: stack.getLogicalId(stack.storage.bucket.node.defaultChild as import('aws-cdk-lib').CfnElement) });
    expect(Object.keys(outputs).sort()).toEqual(['AlertTopicArn', 'AthenaWorkGroup', 'DataBucketName', 'DigestTopicArn', 'ItemsDeadLetterQueueUrl', 'TableName', 'WebhookDeliveriesQueueArn', 'WebhookFailuresQueueArn']);
    // The redrive's source and destination (README, "Webhook dead letters").
    expect(outputs.WebhookFailuresQueueArn?.Value).toEqual({ 'Fn::GetAtt': [stack.getLogicalId(stack.alerts.webhookFailures.node.defaultChild as import('aws-cdk-lib').CfnElement), 'Arn'] });
  });
});
