// `npm run report` as an operator meets it: usage on --help, a bad argument refused, and a broken
// item in the table named on stderr while the page is still written (exit code 3, partial).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { startLocalStores } from '../../../shared/local/stores.js';
import { keys } from '../../../shared/store/keys.js';
import { bundleCli, removeBundles, runCli } from '../../helpers/child-run.js';
import { reportFixture, writeReportFixture } from '../../helpers/report-fixtures.js';

let script: string;
beforeAll(async () => {
  script = await bundleCli('shared/local/cli/report.ts');
});
afterAll(() => removeBundles());

describe('npm run report, operated', () => {
  it('prints its usage on --help and exits 0; refuses an argument with exit 2', async () => {
    const help = await runCli(script, ['--help'], {});
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^usage: npm run report -- \[--data DIR\] \[--out FILE\]/);
    const bad = await runCli(script, ['somewhere.html'], {});
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('takes no arguments, only options');
  });

  it('names a broken item on stderr, still writes the page from the rest, and exits 3', async () => {
    // Prepare: the fixture plus a deal item whose amountUsd is a string.
    const data = join(mkdtempSync(join(tmpdir(), 'report-cli-')), '.data');
    const stores = await startLocalStores({ dataDir: data });
    try {
      const fx = reportFixture();
      await writeReportFixture(stores, fx);
      const bad = { ...fx.deals[0]!, id: 'e'.repeat(32), amountUsd: '150000000' };
      await stores.doc.send(new PutCommand({ TableName: stores.tableName, Item: { ...keys.deal(bad.id), entity: 'deal', deal: bad } }));
    } finally {
      await stores.close();
    }
    // Act
    const run = await runCli(script, ['--data', data], {});
    // Assert
    expect(run.code).toBe(3);
    expect(run.stderr).toBe(`skipped DEAL#${'e'.repeat(32)} / DEAL: not a valid deal: deal.amountUsd: Invalid input: expected number, received string\n`);
    expect(run.stdout).toContain('8 deals (6 with a USD amount)');
    expect(run.stdout).toContain('1 item skipped (listed on stderr)');
    expect(existsSync(join(data, 'report.html'))).toBe(true);
    expect(readFileSync(join(data, 'report.html'), 'utf8')).toContain('id="largest-deals"');
  });
});
