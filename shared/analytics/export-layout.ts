import * as z from 'zod';

/**
 * Where table exports sit in the bucket and what their manifests say: the layout DynamoDB's
 * ExportTableToPointInTime writes (developer guide, "DynamoDB table export output format"), shared
 * by the CDK export (infra/constructs/analytics.ts), `npm run export` and `npm run sql`.
 *
 *   exports/dt=<time>/AWSDynamoDB/<exportId>/manifest-summary.json   (+ .checksum; written last)
 *   exports/dt=<time>/AWSDynamoDB/<exportId>/manifest-files.json     (JSON lines, one per data file)
 *   exports/dt=<time>/AWSDynamoDB/<exportId>/data/<name>.json.gz     (JSON lines: {"Item":{…}})
 */
export const EXPORTS_PREFIX = 'exports/';
/** The partition column: the schedule's own time, so each day's export has its own prefix. */
export const EXPORT_PARTITION = 'dt';
export const EXPORT_FOLDER = 'AWSDynamoDB';

/**
 * The partition value's pattern: EventBridge Scheduler's <aws.scheduler.scheduled-time>
 * (2026-05-01T04:00:00Z), in Java's notation for Athena (projection format, format_datetime).
 * It is ISO 8601, so from_iso8601_timestamp(dt) reads it.
 */
export const PARTITION_PATTERN = "yyyy-MM-dd'T'HH:mm:ss'Z'";

/** A time as the partition value: UTC, to the second, as the scheduler writes it. */
export function partitionValue(time: Date): string {
  return time.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The S3 prefix an export of that partition is requested under. */
export const exportPrefix = (dt: string) => `${EXPORTS_PREFIX}${EXPORT_PARTITION}=${dt}`;

export const ManifestSummarySchema = z.object({
  version: z.literal('2020-06-30'),
  exportArn: z.string().min(1),
  startTime: z.iso.datetime(),
  endTime: z.iso.datetime(),
  tableArn: z.string().min(1),
  tableId: z.string().min(1),
  exportTime: z.iso.datetime(),
  s3Bucket: z.string().min(1),
  s3Prefix: z.string().nullable(),
  s3SseAlgorithm: z.enum(['AES256', 'KMS']).nullable(),
  s3SseKmsKeyId: z.string().nullable(),
  /** The full key of manifest-files.json. */
  manifestFilesS3Key: z.string().min(1),
  billedSizeBytes: z.number().int().nonnegative(),
  itemCount: z.number().int().nonnegative(),
  outputFormat: z.literal('DYNAMODB_JSON'),
});
export type ManifestSummary = z.infer<typeof ManifestSummarySchema>;

/** One line of manifest-files.json. */
export const ManifestFileSchema = z.object({
  itemCount: z.number().int().nonnegative(),
  /** base64 of the data file's MD5. */
  md5Checksum: z.string().min(1),
  /** The S3 ETag of the data file (hex MD5 for a single-part upload). */
  etag: z.string().min(1),
  dataFileS3Key: z.string().min(1),
});
export type ManifestFile = z.infer<typeof ManifestFileSchema>;

/** An export id as DynamoDB makes them: a 14-digit millisecond time, a dash, 8 hex digits. */
export const EXPORT_ID = /^\d{14}-[0-9a-f]{8}$/;
