import { Aws, type CfnElement, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import * as athena from 'aws-cdk-lib/aws-athena';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as glue from 'aws-cdk-lib/aws-glue';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';
import * as schedulerTargets from 'aws-cdk-lib/aws-scheduler-targets';
import { Construct } from 'constructs';
import { EXPORT_FOLDER, EXPORT_PARTITION, NAMED_QUERIES, PARTITION_PATTERN, VIEWS, exportPrefix, glueItemType, prestoView } from '../../shared/analytics/index.js';
import { PREFIX } from './storage.js';

/** A runaway query stops at 1 GiB scanned (~$0.005): one export of a year of facts is a few hundred MB at most. */
const BYTES_SCANNED_CUTOFF = 1024 ** 3;
/** Partition projection starts here; nothing was exported before the project existed. */
const PROJECTION_START_DAY = '2026-01-01';
/** The Glue table over every export; analysts query the views (shared/analytics/views.ts), which read the newest. */
export const EXPORT_TABLE = 'table_export';

export interface AnalyticsProps {
  /** The table to export (point-in-time recovery must be on: Storage turns it on). */
  table: dynamodb.ITable;
  /** Exports go under exports/, Athena results under athena-results/. */
  bucket: s3.IBucket;
  /** Names the Glue database (coop_facts_<stage>) and the workgroup (coop-facts-<stage>). */
  stage: string;
  /** Hour of the day (UTC) at which the table is exported. */
  exportHourUtc: number;
}

/**
 * A daily point-in-time export of the table to S3 (EventBridge Scheduler calls the DynamoDB API
 * directly: no Lambda to run or pay for), a Glue table over the exports, an Athena workgroup and
 * the named queries analysts start from.
 */
export class Analytics extends Construct {
  readonly database: glue.CfnDatabase;
  readonly exportTable: glue.CfnTable;
  readonly workGroup: athena.CfnWorkGroup;
  readonly schedule: scheduler.Schedule;
  readonly scheduleGroup: scheduler.ScheduleGroup;

  constructor(scope: Construct, id: string, props: AnalyticsProps) {
    super(scope, id);
    const hh = String(props.exportHourUtc).padStart(2, '0');
    // Our own role (rather than the target's default) so the acknowledgement below sits on it.
    // Only this account's schedules may assume it (the confused-deputy guard the Scheduler guide asks for).
    const exportRole = new iam.Role(this, 'ExportRole', {
      assumedBy: new iam.ServicePrincipal('scheduler.amazonaws.com').withConditions({ StringEquals: { 'aws:SourceAccount': Stack.of(this).account } }),
      description: 'EventBridge Scheduler: export the table to the exports/ prefix',
    });
    // A group of its own, so the export's failure metrics are this stack's alone (operations.ts alarms on them).
    this.scheduleGroup = new scheduler.ScheduleGroup(this, 'Schedules', { removalPolicy: RemovalPolicy.DESTROY });
    Validations.of(exportRole).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${Stack.of(this).getLogicalId(props.bucket.node.defaultChild as CfnElement)}.Arn>/${PREFIX.exports}*]`,
      reason: 'A DynamoDB export writes many objects whose names it chooses; the grant is limited to the exports/ prefix and to writing.',
    });
    // The layout `npm run export` writes locally too (shared/analytics/export-layout.ts).
    const s3Prefix = exportPrefix(scheduler.ContextAttribute.scheduledTime);
    this.schedule = new scheduler.Schedule(this, 'DailyExport', {
      description: 'Point-in-time export of the table to S3 for Athena',
      scheduleGroup: this.scheduleGroup,
      schedule: scheduler.ScheduleExpression.expression(`cron(0 ${props.exportHourUtc} * * ? *)`),
      target: new schedulerTargets.Universal({
        service: 'dynamodb',
        action: 'exportTableToPointInTime',
        input: scheduler.ScheduleTargetInput.fromObject({
          TableArn: props.table.tableArn,
          S3Bucket: props.bucket.bucketName,
          S3Prefix: s3Prefix,
          S3SseAlgorithm: 'AES256',
          ExportFormat: 'DYNAMODB_JSON',
        }),
        // A failed export is retried once; the next day's export covers the gap anyway.
        retryAttempts: 1,
        role: exportRole,
        policyStatements: [
          new iam.PolicyStatement({ actions: ['dynamodb:ExportTableToPointInTime'], resources: [props.table.tableArn] }),
          // The three S3 actions the DynamoDB export guide requires of the caller.
          new iam.PolicyStatement({
            actions: ['s3:PutObject', 's3:PutObjectAcl', 's3:AbortMultipartUpload'],
            resources: [props.bucket.arnForObjects(`${PREFIX.exports}*`)],
          }),
        ],
      }),
    });

    const dbName = `coop_facts_${props.stage.replace(/-/g, '_')}`;
    this.database = new glue.CfnDatabase(this, 'Database', {
      catalogId: Aws.ACCOUNT_ID,
      databaseInput: { name: dbName, description: 'Cooperation facts: daily exports of the DynamoDB table' },
    });
    const bucketUrl = `s3://${props.bucket.bucketName}/`;
    this.exportTable = new glue.CfnTable(this, 'ExportTable', {
      catalogId: Aws.ACCOUNT_ID,
      databaseName: dbName,
      tableInput: {
        name: EXPORT_TABLE,
        description: 'Every item of every daily export (one partition each); the views facts, deals, mentions and articles read the newest',
        tableType: 'EXTERNAL_TABLE',
        partitionKeys: [{ name: EXPORT_PARTITION, type: 'string' }],
        parameters: {
          classification: 'json',
          compressionType: 'gzip',
          // Partition projection: no crawler, no MSCK REPAIR. One value per day at the export hour,
          // in the format of the scheduler's <aws.scheduler.scheduled-time>.
          'projection.enabled': 'true',
          [`projection.${EXPORT_PARTITION}.type`]: 'date',
          [`projection.${EXPORT_PARTITION}.format`]: PARTITION_PATTERN,
          [`projection.${EXPORT_PARTITION}.range`]: `${PROJECTION_START_DAY}T${hh}:00:00Z,NOW`,
          [`projection.${EXPORT_PARTITION}.interval`]: '1',
          [`projection.${EXPORT_PARTITION}.interval.unit`]: 'DAYS',
          'storage.location.template': `${bucketUrl}${PREFIX.exports}${EXPORT_PARTITION}=\${${EXPORT_PARTITION}}/${EXPORT_FOLDER}/`,
        },
        storageDescriptor: {
          location: `${bucketUrl}${PREFIX.exports}`,
          // Only the attributes the views read (generated from them); the SerDe ignores the rest.
          columns: [{ name: 'item', type: glueItemType() }],
          inputFormat: 'org.apache.hadoop.mapred.TextInputFormat',
          outputFormat: 'org.apache.hadoop.hive.ql.io.HiveIgnoreKeyTextOutputFormat',
          serdeInfo: {
            serializationLibrary: 'org.openx.data.jsonserde.JsonSerDe',
            // The export's manifest files sit beside data/ and are not items: read them as null rows.
            parameters: { 'ignore.malformed.json': 'true', 'case.insensitive': 'true' },
          },
        },
      },
    });
    this.exportTable.addResourceDependency(this.database);

    this.workGroup = new athena.CfnWorkGroup(this, 'WorkGroup', {
      name: `coop-facts-${props.stage}`,
      description: 'Analysts\' queries over the fact exports',
      recursiveDeleteOption: true,
      workGroupConfiguration: {
        enforceWorkGroupConfiguration: true,
        publishCloudWatchMetricsEnabled: true,
        bytesScannedCutoffPerQuery: BYTES_SCANNED_CUTOFF,
        engineVersion: { selectedEngineVersion: 'Athena engine version 3' },
        resultConfiguration: {
          outputLocation: `${bucketUrl}${PREFIX.athenaResults}`,
          encryptionConfiguration: { encryptionOption: 'SSE_S3' },
        },
      },
    });

    // The views, in the catalog from deployment on (no CREATE VIEW to run by hand), each reading the newest export only.
    for (const view of VIEWS) {
      const table = new glue.CfnTable(this, `View${view.name[0]!.toUpperCase()}${view.name.slice(1)}`, {
        catalogId: Aws.ACCOUNT_ID,
        databaseName: dbName,
        tableInput: prestoView(view, { database: dbName, table: EXPORT_TABLE, exportHourUtc: props.exportHourUtc }),
      });
      table.addResourceDependency(this.exportTable);
    }

    for (const q of NAMED_QUERIES) {
      const named = new athena.CfnNamedQuery(this, q.id, {
        name: q.name, description: q.description, database: dbName, queryString: q.sql, workGroup: this.workGroup.name,
      });
      named.addResourceDependency(this.workGroup);
      named.addResourceDependency(this.database);
    }
  }
}
