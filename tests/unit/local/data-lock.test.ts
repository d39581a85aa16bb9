import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { acquireDataLock, DataFolderBusyError } from '../../../shared/local/data-lock.js';

const dir = () => mkdtempSync(join(tmpdir(), 'lock-'));

describe('acquireDataLock', () => {
  it('refuses a second holder while the first lives, naming it, and lets go on release', () => {
    const data = dir();
    const first = acquireDataLock(data, 'npm start');
    const error = (() => { try { acquireDataLock(data, 'npm run query'); } catch (e) { return e; } })();
    expect(error).toBeInstanceOf(DataFolderBusyError);
    expect((error as Error).message).toMatch(new RegExp(`in use by another process \\(pid ${process.pid}, since .*: npm start\\).*--data DIR`));
    first.release();
    expect(existsSync(first.path)).toBe(false);
    acquireDataLock(data, 'npm run query').release();
  });

  it('takes over a lock whose process is gone (a run killed with SIGKILL)', () => {
    const data = dir();
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    writeFileSync(join(data, '.lock'), JSON.stringify({ pid: dead, command: 'npm start', since: '2026-11-27T10:00:00.000Z' }));
    const lock = acquireDataLock(data, 'npm start');
    expect(JSON.parse(readFileSync(lock.path, 'utf8'))).toMatchObject({ pid: process.pid, command: 'npm start' });
    lock.release();
  });
});
