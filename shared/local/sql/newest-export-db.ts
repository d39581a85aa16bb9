import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { S3Client } from '@aws-sdk/client-s3';
import { newestExport, readBytes, type FoundExport } from '../export/newest-export.js';
import { openExportDb, type ExportDb } from './export-db.js';

export class NoExportError extends Error {
  override name = 'NoExportError';
}

export interface DownloadedExport {
  found: FoundExport;
  dir: string;
  files: string[];
  remove(): Promise<void>;
}

/**
 * Copies the newest export's data files out of the bucket into a temporary folder, for DuckDB to
 * read (it reads files; the local bucket is s3rver's, reached through the S3 API like the real one).
 */
export async function downloadNewestExport(s3: S3Client, bucket: string): Promise<DownloadedExport> {
  const found = await newestExport(s3, bucket);
  if (!found) throw new NoExportError(`no export in s3://${bucket}/exports/ yet: run \`npm run export\` first`);
  const dir = await mkdtemp(join(tmpdir(), 'coop-facts-export-'));
  try {
    const files = await Promise.all(found.files.map(async (f, i) => {
      const path = join(dir, `${i}.json.gz`);
      await writeFile(path, await readBytes(s3, bucket, f.dataFileS3Key));
      return path;
    }));
    return { found, dir, files, remove: () => rm(dir, { recursive: true, force: true }) };
  } catch (err) {
    await rm(dir, { recursive: true, force: true });
    throw err;
  }
}

/** The newest export, downloaded and opened in DuckDB with its views; close() removes the copy. */
export async function openNewestExport(s3: S3Client, bucket: string): Promise<{ found: FoundExport; db: ExportDb; close(): Promise<void> }> {
  const download = await downloadNewestExport(s3, bucket);
  try {
    const db = await openExportDb(download.files);
    return { found: download.found, db, async close() { db.close(); await download.remove(); } };
  } catch (err) {
    await download.remove();
    throw err;
  }
}
