import { createHash, randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { DescribeTableCommand, ScanCommand, type AttributeValue, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import {
  EXPORT_FOLDER, ManifestSummarySchema, exportPrefix, partitionValue, type ManifestFile, type ManifestSummary,
} from '../../analytics/export-layout.js';

/**
 * Items per data file. DynamoDB writes at least one file per table partition; the local table has
 * no partitions, so files are cut by count to keep each a few MB, as a small table's are on AWS.
 */
const ITEMS_PER_FILE = 10_000;
/** The local stand-ins for the account and region in ARNs (dynalite has neither). */
const LOCAL_ARN = { region: 'us-east-1', account: '000000000000' };

export interface LocalExport {
  /** The partition value (the export's time, as the scheduler writes it). */
  dt: string;
  exportId: string;
  /** The export's folder: exports/dt=…/AWSDynamoDB/<exportId>/ */
  folder: string;
  summary: ManifestSummary;
  files: ManifestFile[];
}

export interface WriteExportOptions {
  dynamo: DynamoDBClient;
  s3: S3Client;
  tableName: string;
  bucket: string;
  /** The export time (point in time and partition value); now by default. */
  now?: Date;
}

const md5 = (body: Uint8Array) => createHash('md5').update(body);

/** 26 lower-case base32 characters, the shape of the data file names DynamoDB writes. */
function dataFileName(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz234567';
  return [...randomBytes(26)].map((b) => alphabet[b % 32]).join('');
}

/**
 * Writes a full export of the table into the bucket in the layout of DynamoDB's
 * ExportTableToPointInTime (DYNAMODB_JSON): `_started`, gzipped JSON-lines data files of
 * `{"Item":{…}}`, manifest-files.json, and manifest-summary.json last, so that a reader that finds
 * the summary finds a complete export. Keys in the manifests are full object keys, as on AWS.
 */
export async function writeLocalExport(o: WriteExportOptions): Promise<LocalExport> {
  const start = o.now ?? new Date();
  const dt = partitionValue(start);
  const exportId = `${String(start.getTime()).padStart(14, '0')}-${randomBytes(4).toString('hex')}`;
  const folder = `${exportPrefix(dt)}/${EXPORT_FOLDER}/${exportId}/`;
  const put = async (key: string, body: Uint8Array | string, contentType: string) =>
    o.s3.send(new PutObjectCommand({ Bucket: o.bucket, Key: key, Body: body, ContentType: contentType }));

  const table = (await o.dynamo.send(new DescribeTableCommand({ TableName: o.tableName }))).Table;
  const tableArn = table?.TableArn ?? `arn:aws:dynamodb:${LOCAL_ARN.region}:${LOCAL_ARN.account}:table/${o.tableName}`;
  await put(`${folder}_started`, new Uint8Array(0), 'application/octet-stream');

  const files: ManifestFile[] = [];
  let lines: string[] = [];
  let bytes = 0;
  const flush = async () => {
    if (lines.length === 0) return;
    const body = gzipSync(`${lines.join('\n')}\n`);
    const key = `${folder}data/${dataFileName()}.json.gz`;
    const out = await put(key, body, 'application/x-gzip');
    files.push({
      itemCount: lines.length,
      md5Checksum: md5(body).digest('base64'),
      etag: out.ETag?.replace(/"/g, '') ?? md5(body).digest('hex'),
      dataFileS3Key: key,
    });
    lines = [];
  };
  let startKey: Record<string, AttributeValue> | undefined;
  do {
    // Strongly consistent, as an export reads the table at its point in time.
    const page = await o.dynamo.send(new ScanCommand({ TableName: o.tableName, ExclusiveStartKey: startKey, ConsistentRead: true }));
    for (const item of page.Items ?? []) {
      const line = JSON.stringify({ Item: item });
      bytes += Buffer.byteLength(line);
      lines.push(line);
      if (lines.length >= ITEMS_PER_FILE) await flush();
    }
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  await flush();

  const manifestFiles = files.map((f) => `${JSON.stringify(f)}\n`).join('');
  await put(`${folder}manifest-files.json`, manifestFiles, 'application/json');
  await put(`${folder}manifest-files.checksum`, md5(Buffer.from(manifestFiles)).digest('hex'), 'text/plain');
  const summary = ManifestSummarySchema.parse({
    version: '2020-06-30',
    exportArn: `${tableArn}/export/${exportId}`,
    startTime: start.toISOString(),
    endTime: new Date().toISOString(),
    tableArn,
    tableId: table?.TableId ?? createHash('sha256').update(tableArn).digest('hex').slice(0, 32),
    exportTime: start.toISOString(),
    s3Bucket: o.bucket,
    s3Prefix: exportPrefix(dt),
    // The local bucket encrypts nothing; the CDK export asks for AES256.
    s3SseAlgorithm: null,
    s3SseKmsKeyId: null,
    manifestFilesS3Key: `${folder}manifest-files.json`,
    // Locally, the size of the items as exported (DynamoDB bills by its own item size).
    billedSizeBytes: bytes,
    itemCount: files.reduce((n, f) => n + f.itemCount, 0),
    outputFormat: 'DYNAMODB_JSON',
  });
  const summaryText = JSON.stringify(summary);
  await put(`${folder}manifest-summary.json`, summaryText, 'application/json');
  await put(`${folder}manifest-summary.checksum`, md5(Buffer.from(summaryText)).digest('hex'), 'text/plain');
  return { dt, exportId, folder, summary, files };
}
