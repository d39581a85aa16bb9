import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { FUNCTION_NAMES, HANDLER_ENV, bundleFunction } from './bundle-helper.js';

/**
 * The bundles as the stack builds them must load in plain Node: an ESM bundle that still calls
 * require() or imports a module esbuild left out fails only here (or in AWS), never in vitest.
 */
describe('Lambda bundles', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'coop-facts-bundles-'));
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it.each(FUNCTION_NAMES)('%s bundles and loads in a fresh Node process, exporting handler()', async (name) => {
    // Prepare
    const { file } = await bundleFunction(name, outDir);
    // Act: load it outside the project, so nothing resolves from node_modules (the SDK is inside).
    const code = `const m = await import(${JSON.stringify(pathToFileURL(file).href)}); process.stdout.write(typeof m.handler);`;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', code], {
      cwd: outDir, encoding: 'utf8',
      env: { PATH: process.env.PATH, AWS_REGION: 'eu-central-1', POWERTOOLS_LOG_LEVEL: 'SILENT', AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', ...HANDLER_ENV[name] },
    });
    // Assert
    expect(out).toBe('function');
  });
});
