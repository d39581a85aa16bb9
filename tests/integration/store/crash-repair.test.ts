// s3rver writes an object's metadata file in place after the object; a process killed in between
// leaves it empty, and s3rver then fails every listing of the bucket. The next process to take the
// data folder over from a dead one mends it.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalStores } from '../../../shared/local/stores.js';

describe('opening a data folder after a crash', () => {
  it('mends an object whose metadata file a kill left empty, so the bucket opens and the object reads back', async () => {
    // Prepare: an object stored, then its metadata file cut to nothing and the lock of a dead process left.
    const data = join(mkdtempSync(join(tmpdir(), 'repair-')), 'data');
    let stores = await startLocalStores({ dataDir: data });
    await stores.blobs.put('articles/dt=2026-11-27/a.json', '{"id":"a"}', 'application/json');
    await stores.blobs.put('raw/dt=2026-11-27/a.html', '<p>a</p>', 'text/html; charset=utf-8');
    await stores.close();
    const dir = join(data, 's3', 'coop-facts', 'articles', 'dt=2026-11-27');
    const metadata = readdirSync(dir).find((f) => f.endsWith('_metadata.json'))!;
    writeFileSync(join(dir, metadata), '');
    writeFileSync(join(dir, readdirSync(dir).find((f) => f.endsWith('.md5'))!), '3f2');
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    writeFileSync(join(data, '.lock'), JSON.stringify({ pid: dead, command: 'npm start', since: '2026-11-27T10:00:00.000Z' }));

    // Act
    stores = await startLocalStores({ dataDir: data });
    try {
      // Assert
      expect(await stores.blobs.list('')).toEqual(['articles/dt=2026-11-27/a.json', 'raw/dt=2026-11-27/a.html']);
      expect(await stores.blobs.get('articles/dt=2026-11-27/a.json')).toBe('{"id":"a"}');
    } finally {
      await stores.close();
    }
  });
});
