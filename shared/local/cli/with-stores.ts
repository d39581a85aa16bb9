import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { startLocalBucket, startLocalStores, type LocalBucket, type LocalStores } from '../stores.js';
import { DataFolderBusyError } from '../data-lock.js';

/**
 * Opens the local store that `npm start` filled (refusing to create an empty one, which would only
 * answer "nothing found"), runs `fn`, and always stops the servers.
 */
export async function withExistingStores<T>(data: string, fn: (stores: LocalStores, dataDir: string) => Promise<T>): Promise<T> {
  const dataDir = resolve(data);
  if (!existsSync(dataDir)) {
    process.stderr.write(`no local store at ${dataDir}: run \`npm start\` first\n`);
    process.exit(1);
  }
  let stores: LocalStores;
  try {
    stores = await startLocalStores({ dataDir });
  } catch (err) {
    if (!(err instanceof DataFolderBusyError)) throw err;
    process.stderr.write(`${err.message}\n`);
    process.exit(1);
  }
  try {
    return await fn(stores, dataDir);
  } finally {
    await stores.close();
  }
}

/** As withExistingStores, with the bucket alone (s3rver): for commands that only read exports. */
export async function withExistingBucket<T>(data: string, fn: (bucket: LocalBucket, dataDir: string) => Promise<T>): Promise<T> {
  const dataDir = resolve(data);
  if (!existsSync(dataDir)) {
    process.stderr.write(`no local store at ${dataDir}: run \`npm start\` first\n`);
    process.exit(1);
  }
  let bucket: LocalBucket;
  try {
    bucket = await startLocalBucket({ dataDir });
  } catch (err) {
    if (!(err instanceof DataFolderBusyError)) throw err;
    process.stderr.write(`${err.message}\n`);
    process.exit(1);
  }
  try {
    return await fn(bucket, dataDir);
  } finally {
    await bucket.close();
  }
}
