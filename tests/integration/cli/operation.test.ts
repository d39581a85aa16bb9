// What an operator sees when things are wrong before any article is read: every feed failing, and
// a second process on a data folder that is in use.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleCli, removeBundles, runCli } from '../../helpers/child-run.js';

let scripts: { run: string; query: string };
beforeAll(async () => {
  scripts = { run: await bundleCli('shared/local/cli/run.ts'), query: await bundleCli('shared/local/cli/query.ts') };
});
afterAll(() => removeBundles());

describe('npm start, operated', () => {
  it('exits 1 and says "failed" when every feed fails', async () => {
    // Prepare: live feeds on loopback, which the private-address guard of a live run refuses.
    const dir = mkdtempSync(join(tmpdir(), 'all-fail-'));
    const feeds = join(dir, 'feeds.json');
    writeFileSync(feeds, JSON.stringify({ feeds: [1, 2].map((n) => ({ id: `down-${n}`, url: `http://127.0.0.1:9/feed-${n}.rss`, outlet: 'Down' })) }));
    // Act
    const run = await runCli(scripts.run, ['--live', '--feeds', feeds, '--data', join(dir, '.data'), '--quiet'], {});
    // Assert
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/feeds polled\s+2: 0 new content, 0 not modified, 0 not due, 0 paused, 2 failed/);
    expect(run.stdout).toMatch(/result\s+failed \(2 failures, nothing went through\), exit code 1/);
  });

  it('refuses a data folder another live process holds, naming it, for npm start and npm run query alike', async () => {
    // Prepare: the folder's lock held by this (live) test process.
    const data = join(mkdtempSync(join(tmpdir(), 'busy-')), '.data');
    mkdirSync(data, { recursive: true });
    writeFileSync(join(data, '.lock'), JSON.stringify({ pid: process.pid, command: 'npm start', since: '2026-11-27T10:00:00.000Z' }));
    // Act
    const start = await runCli(scripts.run, ['--data', data, '--quiet'], {});
    const query = await runCli(scripts.query, ['--data', data], {});
    // Assert: one clear line each, no stack trace, exit 1.
    for (const r of [start, query]) {
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`the data folder ${data} is in use by another process (pid ${process.pid}, since 2026-11-27T10:00:00.000Z: npm start). Wait for it to finish, or give this command its own folder with --data DIR.`);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });
});
