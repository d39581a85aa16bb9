import { beforeAll, describe, expect, it } from 'vitest';
import { Match, type Template } from 'aws-cdk-lib/assertions';
import type { CoopFactsStack } from '../../infra/stack.js';
import { SQL_TYPE, VIEWS, decodePrestoView } from '../../shared/analytics/index.js';
import { actionsOf, buildTestApp, logicalId, policyStatementsOf } from './stack-helper.js';

describe('Analytics construct', () => {
  let template: Template;
  let stack: CoopFactsStack;
  const ids: Record<string, string> = {};
  beforeAll(() => {
    ({ template, stack } = buildTestApp({ stage: 'prod', exportHourUtc: '4' }));
    Object.assign(ids, {
      table: logicalId(stack, stack.storage.table), bucket: logicalId(stack, stack.storage.bucket),
      exportRole: logicalId(stack, stack.analytics.node.findChild('ExportRole')),
    });
  });

  it('exports the table daily at the configured hour through the DynamoDB API, into a partition per run', () => {
    const schedules = Object.values(template.findResources('AWS::Scheduler::Schedule'));
    expect(schedules).toHaveLength(1);
    const props = schedules[0]?.Properties;
    expect(props.ScheduleExpression).toBe('cron(0 4 * * ? *)');
    expect(JSON.stringify(props.Target.Arn)).toContain(':scheduler:::aws-sdk:dynamodb:exportTableToPointInTime');
    expect(props.Target.RoleArn).toEqual({ 'Fn::GetAtt': [ids.exportRole, 'Arn'] });
    const input = JSON.stringify(props.Target.Input);
    expect(input).toContain('exports/dt=<aws.scheduler.scheduled-time>');
    expect(input).toContain('DYNAMODB_JSON');
    expect(input).toContain(ids.table);
  });

  it('lets only this account\'s schedules assume the export role', () => {
    const role = template.findResources('AWS::IAM::Role')[ids.exportRole!];
    expect(role?.Properties.AssumeRolePolicyDocument.Statement).toEqual([{
      Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: 'scheduler.amazonaws.com' },
      Condition: { StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } } },
    }]);
  });

  it('lets the scheduler export this table and write under exports/ only', () => {
    expect(actionsOf(template, ids.exportRole!)).toEqual(['dynamodb:ExportTableToPointInTime', 's3:AbortMultipartUpload', 's3:PutObject', 's3:PutObjectAcl']);
    const s3 = policyStatementsOf(template, ids.exportRole!).find((s) => Array.isArray(s.Action) && s.Action.includes('s3:PutObject'));
    expect(s3?.Resource).toEqual({ 'Fn::Join': ['', [{ 'Fn::GetAtt': [ids.bucket, 'Arn'] }, '/exports/*']] });
  });

  it('declares a Glue table over the exports with date partition projection at the export hour', () => {
    template.hasResourceProperties('AWS::Glue::Database', { DatabaseInput: { Name: 'coop_facts_prod' } });
    template.hasResourceProperties('AWS::Glue::Table', {
      DatabaseName: 'coop_facts_prod',
      TableInput: Match.objectLike({
        Name: 'table_export',
        PartitionKeys: [{ Name: 'dt', Type: 'string' }],
        Parameters: Match.objectLike({
          'projection.enabled': 'true',
          'projection.dt.type': 'date',
          'projection.dt.range': '2026-01-01T04:00:00Z,NOW',
          'projection.dt.interval.unit': 'DAYS',
          'storage.location.template': { 'Fn::Join': ['', ['s3://', { Ref: ids.bucket }, '/exports/dt=${dt}/AWSDynamoDB/']] },
        }),
        StorageDescriptor: Match.objectLike({
          SerdeInfo: { SerializationLibrary: 'org.openx.data.jsonserde.JsonSerDe', Parameters: Match.objectLike({ 'ignore.malformed.json': 'true' }) },
          Columns: [{ Name: 'item', Type: Match.stringLikeRegexp('^struct<entity:struct<s:string>,.*fact:struct<m:struct<.*deal:struct<m:struct<.*article:struct<m:struct<') }],
        }),
      }),
    });
  });

  it('gives analysts a workgroup that encrypts results under athena-results/ and caps bytes scanned', () => {
    template.hasResourceProperties('AWS::Athena::WorkGroup', {
      Name: 'coop-facts-prod',
      WorkGroupConfiguration: Match.objectLike({
        EnforceWorkGroupConfiguration: true,
        BytesScannedCutoffPerQuery: 1024 ** 3,
        ResultConfiguration: {
          OutputLocation: { 'Fn::Join': ['', ['s3://', { Ref: ids.bucket }, '/athena-results/']] },
          EncryptionConfiguration: { EncryptionOption: 'SSE_S3' },
        },
      }),
    });
  });

  it('puts the views analysts query in the catalog, each reading the newest settled export only', () => {
    const tables = Object.values(template.findResources('AWS::Glue::Table')).map((t) => t.Properties.TableInput);
    const views = tables.filter((t) => t.TableType === 'VIRTUAL_VIEW');
    expect(views.map((v) => v.Name).sort()).toEqual(['articles', 'deals', 'facts', 'mentions']);
    for (const v of views) {
      const def = VIEWS.find((d) => d.name === v.Name)!;
      const decoded = decodePrestoView(v.ViewOriginalText);
      // Its columns, in the definition (Trino types) and on the table (Hive types), are the schema's.
      expect(decoded.columns).toEqual(def.columns.map((c) => ({ name: c.name, type: SQL_TYPE[c.kind].trino })));
      expect(v.StorageDescriptor.Columns.map((c: { Name: string; Type: string }) => [c.Name, c.Type])).toEqual(def.columns.map((c) => [c.name, SQL_TYPE[c.kind].hive]));
      expect(v.Parameters).toEqual({ presto_view: 'true', comment: 'Presto View' });
      // One partition: the newest export scheduled (at 04:00 UTC) at least two hours ago, in the partition's own format.
      expect(decoded.originalSql).toContain('FROM "coop_facts_prod"."table_export"');
      expect(decoded.originalSql).toContain("dt = format_datetime(date_trunc('day', (current_timestamp AT TIME ZONE 'UTC') - INTERVAL '6' HOUR) + INTERVAL '4' HOUR, 'yyyy-MM-dd''T''HH:mm:ss''Z''')");
      expect(decoded.originalSql).toContain(`"entity"."s" = '${def.entity}'`);
      expect(decoded.originalSql).not.toMatch(/max\(dt\)|to_iso8601/);
    }
  });

  it('adds the named queries analysts start from, written over the views rather than the raw export', () => {
    const queries = Object.values(template.findResources('AWS::Athena::NamedQuery')).map((q) => q.Properties);
    expect(queries.map((q) => q.Name).sort()).toEqual([
      'Agreements in the last 30 days', 'Deals by partner country', 'Facts by organisation', 'Investment by partner country', 'Largest deals',
    ]);
    for (const q of queries) {
      expect(q.WorkGroup).toBe('coop-facts-prod');
      expect(q.Database).toBe('coop_facts_prod');
      expect(q.QueryString).toMatch(/FROM (facts|deals)\b/);
      expect(q.QueryString).not.toContain('table_export');
    }
    const byName = (name: string) => queries.find((q) => q.Name === name)?.QueryString as string;
    expect(byName('Investment by partner country')).toContain('sum(amount_usd)');
    expect(byName('Facts by organisation')).toContain('UNNEST(organization_keys)');
  });
});
