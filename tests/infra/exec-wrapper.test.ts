// The exec wrapper that gives the process Lambda its V8 options (infra/bundling/node-v8-flags.sh): run as Lambda runs it,
// with a runtime's command line, and copied beside a bundle by the hooks the construct adds.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXEC_WRAPPER, withExecWrapper } from '../../infra/constructs/node-function.js';

const dir = mkdtempSync(join(tmpdir(), 'coop-facts-wrapper-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('node-v8-flags.sh', () => {
  it('starts the runtime command it is given with --no-regexp-tier-up before the entry script, keeping the runtime\'s own options', () => {
    // Prepare: an entry script that reports how node was started (the Node runtime's line is node, options, index.mjs).
    const entry = join(dir, 'index.mjs');
    writeFileSync(entry, 'console.log(JSON.stringify({ execArgv: process.execArgv, entry: process.argv[1], rest: process.argv.slice(2) }));\n');
    // Act
    const out = execFileSync(EXEC_WRAPPER.source, [process.execPath, '--expose-gc', '--max-http-header-size', '81920', entry], { encoding: 'utf8' });
    // Assert: node accepted the option (it exits 9 on one it does not know) and the runtime's line is otherwise unchanged.
    expect(JSON.parse(out)).toEqual({ execArgv: ['--expose-gc', '--max-http-header-size', '81920', '--no-regexp-tier-up'], entry, rest: [] });
  });

  it('passes a one-word command through unchanged', () => {
    expect(execFileSync(EXEC_WRAPPER.source, ['echo'], { encoding: 'utf8' })).toBe('\n');
  });
});

describe('withExecWrapper', () => {
  it('runs a function\'s own hooks first, then copies the wrapper beside the bundle, executable', () => {
    // Prepare
    const out = mkdtempSync(join(dir, 'bundle-'));
    const hooks = withExecWrapper({ beforeBundling: () => [], beforeInstall: () => [], afterBundling: (_i, o) => [`echo '{}' > "${o}/rates.json"`] });
    // Act: the commands as the local bundler runs them, one shell line each.
    const commands = hooks.afterBundling('/project', out);
    for (const c of commands) execFileSync('sh', ['-c', c]);
    // Assert
    expect(commands[0]).toContain('rates.json');
    expect(readFileSync(join(out, 'rates.json'), 'utf8')).toBe('{}\n');
    expect(readFileSync(join(out, EXEC_WRAPPER.file), 'utf8')).toBe(readFileSync(EXEC_WRAPPER.source, 'utf8'));
    expect(statSync(join(out, EXEC_WRAPPER.file)).mode & 0o777).toBe(0o755);
    expect([hooks.beforeBundling('/project', out), hooks.beforeInstall('/project', out)]).toEqual([[], []]);
  });
});
