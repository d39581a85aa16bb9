import { beforeAll, describe, expect, it } from 'vitest';
import { Match, type Template } from 'aws-cdk-lib/assertions';
import { GSI } from '../../shared/store/table-design.js';
import { buildTestApp, logicalId } from './stack-helper.js';

describe('Storage construct', () => {
  let template: Template;
  let dataBucketId: string;
  let accessLogsId: string;
  beforeAll(() => {
    const built = buildTestApp({ rawInfrequentAccessDays: 45, rawExpireDays: 400 });
    template = built.template;
    dataBucketId = logicalId(built.stack, built.stack.storage.bucket);
    accessLogsId = logicalId(built.stack, built.stack.storage.node.findChild('AccessLogs'));
  });

  it('encrypts the data bucket, blocks public access, keeps versions and logs access', () => {
    // Prepare: the bucket as synthesized. Act: find it by logical id. Assert: each protection.
    const bucket = template.findResources('AWS::S3::Bucket')[dataBucketId];
    expect(bucket?.Properties).toMatchObject({
      BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
      VersioningConfiguration: { Status: 'Enabled' },
      LoggingConfiguration: { DestinationBucketName: { Ref: accessLogsId }, LogFilePrefix: 'data/' },
    });
    expect(bucket?.DeletionPolicy).toBe('Retain');
  });

  it('refuses plain-HTTP requests to the data bucket', () => {
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: dataBucketId },
      PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({
        Effect: 'Deny', Action: 's3:*', Condition: { Bool: { 'aws:SecureTransport': 'false' } },
      })]) },
    });
  });

  it('moves raw pages to Infrequent Access and expires them as configured, under the raw/ prefix only', () => {
    template.hasResourceProperties('AWS::S3::Bucket', {
      LifecycleConfiguration: { Rules: Match.arrayWith([Match.objectLike({
        Id: 'raw-pages', Prefix: 'raw/', Status: 'Enabled', ExpirationInDays: 400,
        Transitions: [{ StorageClass: 'STANDARD_IA', TransitionInDays: 45 }],
      })]) },
    });
  });

  it('expires exports, Athena results and old versions', () => {
    template.hasResourceProperties('AWS::S3::Bucket', {
      LifecycleConfiguration: { Rules: Match.arrayWith([
        Match.objectLike({ Prefix: 'exports/', ExpirationInDays: 14 }),
        Match.objectLike({ Prefix: 'athena-results/', ExpirationInDays: 7 }),
        Match.objectLike({ NoncurrentVersionExpiration: { NoncurrentDays: 30 } }),
      ]) },
    });
  });

  it('makes the table on-demand, recoverable, deletion-protected and streaming new images', () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      BillingMode: 'PAY_PER_REQUEST',
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      DeletionProtectionEnabled: true,
      SSESpecification: { SSEEnabled: true },
      StreamSpecification: { StreamViewType: 'NEW_IMAGE' },
      KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'sk', KeyType: 'RANGE' }],
    });
  });

  it('declares the indexes of the access patterns, as shared/store/table-design.ts names them', () => {
    const index = (g: { name: string; pk: string; sk: string }) => ({
      IndexName: g.name,
      KeySchema: [{ AttributeName: g.pk, KeyType: 'HASH' }, { AttributeName: g.sk, KeyType: 'RANGE' }],
      Projection: { ProjectionType: 'ALL' },
    });
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      GlobalSecondaryIndexes: [index(GSI.byType), index(GSI.byKind)],
    });
  });
});
