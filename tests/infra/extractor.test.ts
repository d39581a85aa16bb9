import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Template } from 'aws-cdk-lib/assertions';
import { ConfigError, readStageConfig } from '../../infra/config.js';
import { profiledModel } from '../../infra/constructs/bedrock-model.js';
import { actionsOf, buildTestApp, buildUnsynthesizedApp, logicalId, policyStatementsOf } from './stack-helper.js';

const HAIKU = 'anthropic.claude-3-haiku-20240307-v1:0';
const EU_HAIKU = `eu.${HAIKU}`;
const fromContext = (ctx: Record<string, unknown>) => (key: string) => ctx[key];
const MODEL_ENV = ['EXTRACTOR', 'BEDROCK_MODEL_ID', 'MODEL_RUN_TOKENS'];

/** The process function's role, properties and queue, and every role's actions, from a stack built with `context`. */
function processOf(context: Record<string, unknown>) {
  const { template, stack } = buildTestApp(context);
  const { ingestion, alerts } = stack;
  const roleId = logicalId(stack, ingestion.process.role!);
  const fn = template.findResources('AWS::Lambda::Function')[logicalId(stack, ingestion.process)]!;
  const queue = template.findResources('AWS::SQS::Queue')[logicalId(stack, ingestion.queue)]!;
  const bedrock = policyStatementsOf(template, roleId).filter((s) => JSON.stringify(s.Action).includes('bedrock:'));
  const otherRoles = [ingestion.discover.role!, alerts.notify.role!].map((r) => actionsOf(template, logicalId(stack, r)));
  return { template, roleId, fn, queue, bedrock, otherRoles, vars: fn.Properties.Environment.Variables as Record<string, unknown> };
}

/** Every IAM action in the template, from every policy. */
function allActions(template: Template): string[] {
  return Object.values(template.findResources('AWS::IAM::Policy'))
    .flatMap((p) => (p.Properties.PolicyDocument.Statement as { Action: string | string[] }[]).flatMap((s) => [s.Action].flat()));
}

describe('extractor context (infra/config.ts)', () => {
  it('defaults to the rules, with no model id and no budget', () => {
    expect(readStageConfig(fromContext({}))).toMatchObject({ extractor: 'rules' });
    expect(readStageConfig(fromContext({}))).not.toHaveProperty('bedrockModelId');
  });

  it('refuses a model extractor without a Bedrock model id, saying what to set', () => {
    for (const extractor of ['model', 'hybrid']) {
      const read = () => readStageConfig(fromContext({ extractor }));
      expect(read).toThrow(ConfigError);
      expect(read).toThrow(`-c bedrockModelId: is required with extractor=${extractor}: the Bedrock model or inference profile id to call, e.g. ${EU_HAIKU}`);
    }
  });

  it('refuses an unknown extractor, an ARN for a model id and a budget that is not a positive whole number', () => {
    const message = (() => {
      try {
        readStageConfig(fromContext({ extractor: 'llm', bedrockModelId: `arn:aws:bedrock:eu-central-1::foundation-model/${HAIKU}`, modelRunTokens: '1.5' }));
      } catch (err) { return (err as Error).message; }
      return '';
    })();
    expect(message.split('\n')).toEqual([
      'Invalid CDK context:',
      '  -c extractor: must be one of rules, model, hybrid (got "llm")',
      expect.stringMatching(/^ {2}-c bedrockModelId: must be a Bedrock model id such as .* not an ARN \(got "arn:aws:bedrock:/),
      '  -c modelRunTokens: must be a whole number (got 1.5)',
    ]);
  });

  it('tells an inference profile id from a model id by its geography prefix', () => {
    expect([EU_HAIKU, `us.${HAIKU}`, `apac.${HAIKU}`, 'global.anthropic.claude-sonnet-4-5-20250929-v1:0', `us-gov.${HAIKU}`].map(profiledModel))
      .toEqual([HAIKU, HAIKU, HAIKU, 'anthropic.claude-sonnet-4-5-20250929-v1:0', HAIKU]);
    expect([HAIKU, 'amazon.nova-lite-v1:0', 'meta.llama3-1-8b-instruct-v1:0'].map(profiledModel)).toEqual([null, null, null]);
  });
});

describe('process function by extractor (infra/constructs/ingestion.ts)', () => {
  it('with rules: the same template as with no extractor context, no Bedrock grant anywhere, no model env, the 2-minute timeout', () => {
    const rules = processOf({ extractor: 'rules' });
    // A model id left in cdk.json does nothing while the extractor is rules.
    const rulesWithId = processOf({ extractor: 'rules', bedrockModelId: EU_HAIKU, modelRunTokens: 1000 });
    expect(rules.template.toJSON()).toEqual(processOf({}).template.toJSON());
    expect(rulesWithId.template.toJSON()).toEqual(rules.template.toJSON());
    expect(allActions(rules.template).filter((a) => a.startsWith('bedrock:'))).toEqual([]);
    expect(Object.keys(rules.vars).filter((k) => MODEL_ENV.includes(k))).toEqual([]);
    expect([rules.fn.Properties.Timeout, rules.queue.Properties.VisibilityTimeout]).toEqual([120, 720]);
  });

  it('with model and a model id: InvokeModel on that foundation model in the stack\'s region only, and the model env', () => {
    const { bedrock, vars, fn, queue, otherRoles, template, roleId } = processOf({ extractor: 'model', bedrockModelId: HAIKU });
    expect(bedrock).toEqual([{
      Action: 'bedrock:InvokeModel', Effect: 'Allow',
      Resource: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':bedrock:', { Ref: 'AWS::Region' }, `::foundation-model/${HAIKU}`]] },
    }]);
    expect(vars).toMatchObject({ EXTRACTOR: 'model', BEDROCK_MODEL_ID: HAIKU, MODEL_RUN_TOKENS: '2000000' });
    // Room for the fetch and two model calls; the queue's visibility follows (6x).
    expect([fn.Properties.Timeout, queue.Properties.VisibilityTimeout]).toEqual([180, 1080]);
    // Beside it, only the reply cache (read and write under model-replies/), and nothing at all for the other functions.
    const rules = processOf({});
    expect(actionsOf(template, roleId)).toEqual([...actionsOf(rules.template, rules.roleId), 'bedrock:InvokeModel', 's3:GetObject', 's3:ListBucket', 's3:PutObject'].sort());
    const cache = policyStatementsOf(template, roleId).filter((st) => JSON.stringify(st).includes('model-replies/'));
    expect(cache.map((st) => st.Action).sort()).toEqual(['s3:GetObject', 's3:ListBucket', 's3:PutObject']);
    expect(otherRoles).toEqual(rules.otherRoles);
  });

  it('with hybrid and an inference profile id: the profile in this account and region, and its model in any region', () => {
    const { bedrock, vars } = processOf({ extractor: 'hybrid', bedrockModelId: EU_HAIKU, modelRunTokens: '500000' });
    expect(bedrock).toEqual([{
      Action: 'bedrock:InvokeModel', Effect: 'Allow',
      Resource: [
        { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':bedrock:', { Ref: 'AWS::Region' }, ':', { Ref: 'AWS::AccountId' }, `:inference-profile/${EU_HAIKU}`]] },
        { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, `:bedrock:*::foundation-model/${HAIKU}`]] },
      ],
    }]);
    expect(vars).toMatchObject({ EXTRACTOR: 'hybrid', BEDROCK_MODEL_ID: EU_HAIKU, MODEL_RUN_TOKENS: '500000' });
  });

  it('passes cdk-nag with an inference profile: the any-region model grant is acknowledged, and only that one', () => {
    const { app } = buildUnsynthesizedApp({ extractor: 'hybrid', bedrockModelId: EU_HAIKU });
    // A full synth runs the AwsSolutions checks; an unacknowledged IAM5 finding would throw.
    const assembly = app.synth();
    const report = JSON.parse(readFileSync(join(assembly.directory, 'validation-report.json'), 'utf8')) as { pluginReports: { violations: unknown[] }[] };
    expect(report.pluginReports.flatMap((r) => r.violations)).toEqual([]);
  });
});
