import { GetObjectCommand, ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3';
import {
  EXPORT_FOLDER, EXPORT_PARTITION, EXPORTS_PREFIX, ManifestFileSchema, ManifestSummarySchema, type ManifestFile, type ManifestSummary,
} from '../../analytics/export-layout.js';

export class ExportReadError extends Error {
  override name = 'ExportReadError';
}

export interface FoundExport {
  dt: string;
  summaryKey: string;
  summary: ManifestSummary;
  files: ManifestFile[];
}

async function listAll(s3: S3Client, bucket: string, prefix: string): Promise<{ keys: string[] }> {
  const keys: string[] = [];
  let token: string | undefined;
  do {
    const out = await s3.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: token }));
    for (const o of out.Contents ?? []) if (o.Key) keys.push(o.Key);
    token = out.IsTruncated ? out.NextContinuationToken : undefined;
  } while (token);
  return { keys };
}

export async function readText(s3: S3Client, bucket: string, key: string): Promise<string> {
  const out = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
  if (!out.Body) throw new ExportReadError(`s3://${bucket}/${key}: empty response`);
  return out.Body.transformToString('utf8');
}

export async function readBytes(s3: S3Client, bucket: string, key: string): Promise<Uint8Array> {
  const out = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
  if (!out.Body) throw new ExportReadError(`s3://${bucket}/${key}: empty response`);
  return out.Body.transformToByteArray();
}

function parseJson<T>(text: string, what: string, parse: (v: unknown) => T): T {
  try {
    return parse(JSON.parse(text));
  } catch (err) {
    throw new ExportReadError(`${what}: not a valid manifest (${err instanceof Error ? err.message.split('\n')[0] : String(err)})`, { cause: err });
  }
}

/**
 * The newest complete export in the bucket: the latest partition (dt values sort as times) that
 * holds a manifest-summary.json, and in it the export that started last. An export still being
 * written has no summary yet and is passed over. null when there is none.
 */
export async function newestExport(s3: S3Client, bucket: string): Promise<FoundExport | null> {
  // One listing of every key (s3rver answers no CommonPrefixes for these prefixes, so no Delimiter):
  // a local bucket keeps a handful of exports of a few files each.
  const partitionPrefix = `${EXPORTS_PREFIX}${EXPORT_PARTITION}=`;
  const layout = new RegExp(`^${partitionPrefix}([^/]+)/${EXPORT_FOLDER}/[^/]+/manifest-summary\\.json$`);
  const byPartition = new Map<string, string[]>();
  for (const key of (await listAll(s3, bucket, partitionPrefix)).keys) {
    const dt = layout.exec(key)?.[1];
    if (dt) byPartition.set(dt, [...(byPartition.get(dt) ?? []), key]);
  }
  // dt values are ISO times of one pattern: they sort as the times do.
  const dt = [...byPartition.keys()].sort().at(-1);
  if (!dt) return null;
  const found: Array<{ key: string; summary: ManifestSummary }> = [];
  for (const key of byPartition.get(dt)!) {
    found.push({ key, summary: parseJson(await readText(s3, bucket, key), `s3://${bucket}/${key}`, (v) => ManifestSummarySchema.parse(v)) });
  }
  const newest = found.sort((a, b) => b.summary.startTime.localeCompare(a.summary.startTime))[0]!;
  const filesKey = newest.summary.manifestFilesS3Key;
  const files = (await readText(s3, bucket, filesKey)).split('\n').filter((l) => l.trim())
    .map((line, i) => parseJson(line, `s3://${bucket}/${filesKey} line ${i + 1}`, (v) => ManifestFileSchema.parse(v)));
  return { dt, summaryKey: newest.key, summary: newest.summary, files };
}
