import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { GSI, KEY } from '../../shared/store/table-design.js';
import { EXPORTS_PREFIX } from '../../shared/analytics/export-layout.js';
import { MODEL_REPLIES_PREFIX } from '../../shared/store/keys.js';

/** Key prefixes of the data bucket (shared/store/keys.ts writes raw/ and articles/ with dt= partitions). */
export const PREFIX = {
  raw: 'raw/',
  articles: 'articles/',
  exports: EXPORTS_PREFIX,
  athenaResults: 'athena-results/',
  /** Replies of the model extractor, read again by re-extraction (only with CDK context extractor=model|hybrid). */
  modelReplies: MODEL_REPLIES_PREFIX,
} as const;

/** Old object versions are kept this long: enough to undo a bad re-extraction, not forever. */
const NONCURRENT_VERSION_DAYS = 30;
/** Each export is a full snapshot, so only the recent ones are worth keeping. */
const EXPORT_EXPIRE_DAYS = 14;
/** Athena result files are only read right after a query. */
const ATHENA_RESULTS_EXPIRE_DAYS = 7;
/** Server access logs: long enough to investigate an incident. */
const ACCESS_LOG_EXPIRE_DAYS = 90;

export interface StorageProps {
  /** Raw pages move to S3 Standard-IA after this many days (they are only read to re-extract). */
  rawInfrequentAccessDays: number;
  /** Raw pages are deleted after this many days. */
  rawExpireDays: number;
}

/**
 * The data bucket (raw pages, article JSON, table exports, Athena results) and the one table.
 * Both are retained when the stack is deleted: they hold the data, the stack only the plumbing.
 */
export class Storage extends Construct {
  readonly bucket: s3.Bucket;
  readonly table: dynamodb.Table;

  constructor(scope: Construct, id: string, props: StorageProps) {
    super(scope, id);
    const accessLogs = new s3.Bucket(this, 'AccessLogs', {
      encryption: s3.BucketEncryption.S3_MANAGED,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_PREFERRED,
      lifecycleRules: [{ expiration: Duration.days(ACCESS_LOG_EXPIRE_DAYS) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(accessLogs).acknowledge({
      id: 'AwsSolutions-S1',
      reason: 'This is the access-log bucket of the data bucket; logging it into itself would loop.',
    });

    this.bucket = new s3.Bucket(this, 'Data', {
      encryption: s3.BucketEncryption.S3_MANAGED,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      versioned: true,
      serverAccessLogsBucket: accessLogs,
      serverAccessLogsPrefix: 'data/',
      removalPolicy: RemovalPolicy.RETAIN,
      lifecycleRules: [
        {
          id: 'raw-pages',
          prefix: PREFIX.raw,
          transitions: [{ storageClass: s3.StorageClass.INFREQUENT_ACCESS, transitionAfter: Duration.days(props.rawInfrequentAccessDays) }],
          expiration: Duration.days(props.rawExpireDays),
        },
        { id: 'exports', prefix: PREFIX.exports, expiration: Duration.days(EXPORT_EXPIRE_DAYS) },
        { id: 'athena-results', prefix: PREFIX.athenaResults, expiration: Duration.days(ATHENA_RESULTS_EXPIRE_DAYS) },
        { id: 'old-versions', noncurrentVersionExpiration: Duration.days(NONCURRENT_VERSION_DAYS), abortIncompleteMultipartUploadAfter: Duration.days(1) },
      ],
    });

    const gsi = (g: { name: string; pk: string; sk: string }): dynamodb.GlobalSecondaryIndexProps => ({
      indexName: g.name,
      partitionKey: { name: g.pk, type: dynamodb.AttributeType.STRING },
      sortKey: { name: g.sk, type: dynamodb.AttributeType.STRING },
      projectionType: dynamodb.ProjectionType.ALL,
    });
    this.table = new dynamodb.Table(this, 'Table', {
      partitionKey: { name: KEY.pk, type: dynamodb.AttributeType.STRING },
      sortKey: { name: KEY.sk, type: dynamodb.AttributeType.STRING },
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      encryption: dynamodb.TableEncryption.AWS_MANAGED,
      // New images only: notify needs the fact as written, never the old one.
      stream: dynamodb.StreamViewType.NEW_IMAGE,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    // The same indexes as shared/store/dynamo/create-table.ts (local runtime and tests).
    this.table.addGlobalSecondaryIndex(gsi(GSI.byType));
    this.table.addGlobalSecondaryIndex(gsi(GSI.byKind));
  }
}
