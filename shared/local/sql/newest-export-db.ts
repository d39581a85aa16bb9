import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { S3Client } from '@aws-sdk/client-s3';
import { duckdbItemType } from '../../analytics/item-type.js';
import { newestExport, readBytes, type FoundExport } from '../export/newest-export.js';
import { openExportDb, saveExportDb, type ExportDb } from './export-db.js';

export class NoExportError extends Error {
  override name = 'NoExportError';
}

/** Where loaded exports are kept for DuckDB, inside the data folder (one file: the newest export's). */
const CACHE_DIR = 'sql-cache';

/** The newest export, either already loaded into a DuckDB file or with its data files copied out of the bucket. */
export interface FetchedExport {
  found: FoundExport;
  /** The DuckDB file of this export (and of this code's item type); null when not caching. */
  cached: string | null;
  /** The data files, copied to a temporary folder; null when the cached file is there. */
  files: string[] | null;
  remove(): Promise<void>;
}

/** A cache file per export id and item type: a change of the views' columns never reads an old file. */
function cachePathOf(dataDir: string, found: FoundExport): string {
  const exportId = found.summaryKey.split('/').at(-2)!;
  const typeHash = createHash('sha256').update(duckdbItemType()).digest('hex').slice(0, 12);
  return join(dataDir, CACHE_DIR, `${exportId}-${typeHash}.duckdb`);
}

/**
 * Finds the newest export in the bucket and, unless it is cached in `dataDir`, copies its data files
 * out (DuckDB reads files; the local bucket is s3rver's, reached through the S3 API like the real one).
 */
export async function fetchNewestExport(s3: S3Client, bucket: string, dataDir: string | null): Promise<FetchedExport> {
  const found = await newestExport(s3, bucket);
  if (!found) throw new NoExportError(`no export in s3://${bucket}/exports/ yet: run \`npm run export\` first`);
  const cached = dataDir ? cachePathOf(dataDir, found) : null;
  if (cached && existsSync(cached)) return { found, cached, files: null, remove: async () => {} };
  const dir = await mkdtemp(join(tmpdir(), 'coop-facts-export-'));
  const remove = () => rm(dir, { recursive: true, force: true });
  try {
    const files = await Promise.all(found.files.map(async (f, i) => {
      const path = join(dir, `${i}.json.gz`);
      await writeFile(path, await readBytes(s3, bucket, f.dataFileS3Key));
      return path;
    }));
    return { found, cached, files, remove };
  } catch (err) {
    await remove();
    throw err;
  }
}

/** Opens the fetched export in DuckDB, loading and caching it the first time; the copied files are removed. */
export async function openFetchedExport(fetched: FetchedExport): Promise<ExportDb> {
  if (!fetched.files) return openExportDb({ cached: fetched.cached! });
  try {
    const db = await openExportDb({ files: fetched.files });
    if (fetched.cached) {
      const dir = join(fetched.cached, '..');
      mkdirSync(dir, { recursive: true });
      await saveExportDb(db, fetched.cached);
      // Older exports' files: only the newest is ever read (another run's .partial is left to it).
      for (const name of readdirSync(dir)) if (name.endsWith('.duckdb') && join(dir, name) !== fetched.cached) rmSync(join(dir, name), { force: true });
    }
    return db;
  } finally {
    await fetched.remove();
  }
}

/** The newest export opened in DuckDB with its views (cached under `dataDir` when given). */
export async function openNewestExport(s3: S3Client, bucket: string, dataDir: string | null = null): Promise<{ found: FoundExport; db: ExportDb; close(): Promise<void> }> {
  const fetched = await fetchNewestExport(s3, bucket, dataDir);
  const db = await openFetchedExport(fetched);
  return { found: fetched.found, db, async close() { db.close(); } };
}
