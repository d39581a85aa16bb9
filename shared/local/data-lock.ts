import { mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Another process is using the data folder; the message says which and what to do. */
export class DataFolderBusyError extends Error {
  override readonly name = 'DataFolderBusyError';
}

export interface DataLock {
  readonly path: string;
  /** The process whose stale lock was taken over: it died (SIGKILL, power cut) while holding the folder. */
  readonly tookOverFrom: { pid: number; since: string; command: string } | null;
  release(): void;
}

const LOCK_FILE = '.lock';

/**
 * Takes the data folder for this process: one process at a time may open dynalite's LevelDB and
 * s3rver's files, and the local sweep relies on it (a claim handed out before this run began can
 * only belong to a run that died). A lock left by a dead process (SIGKILL, power cut) is taken over.
 * @throws DataFolderBusyError naming the process that holds it.
 */
export function acquireDataLock(dataDir: string, command = process.argv.slice(1).join(' ')): DataLock {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, LOCK_FILE);
  const mine = JSON.stringify({ pid: process.pid, command, since: new Date().toISOString() });
  let tookOverFrom: DataLock['tookOverFrom'] = null;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(path, mine, { flag: 'wx' });
      return { path, tookOverFrom, release: () => releaseIfMine(path, mine) };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const holder = readHolder(path);
    if (holder && isAlive(holder.pid)) {
      throw new DataFolderBusyError(
        `the data folder ${dataDir} is in use by another process (pid ${holder.pid}, since ${holder.since}: ${holder.command || 'unknown command'}). ` +
        'Wait for it to finish, or give this command its own folder with --data DIR.',
      );
    }
    // Its holder is gone: the lock is stale.
    tookOverFrom = holder ?? { pid: 0, since: '?', command: 'unknown' };
    try { unlinkSync(path); } catch { /* another process took it over first: the next try says so */ }
  }
  throw new DataFolderBusyError(`the data folder ${dataDir} was locked by another process while this one started`);
}

function readHolder(path: string): { pid: number; since: string; command: string } | null {
  try {
    const v = JSON.parse(readFileSync(path, 'utf8')) as { pid?: unknown; since?: unknown; command?: unknown };
    return typeof v.pid === 'number' ? { pid: v.pid, since: String(v.since ?? '?'), command: String(v.command ?? '') } : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function releaseIfMine(path: string, mine: string): void {
  try {
    if (readFileSync(path, 'utf8') === mine) unlinkSync(path);
  } catch { /* already gone */ }
}
