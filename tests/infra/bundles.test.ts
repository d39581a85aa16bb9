import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
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

  it('bundles only the stages each function runs: notify and discover carry no article parser or extractor, only process the S3 client', async () => {
    // The files that put bytes into the output (esbuild lists files it read and then dropped too).
    const inputs = async (name: (typeof FUNCTION_NAMES)[number]) => Object.values((await bundleFunction(name, outDir)).metafile.outputs)
      .flatMap((o) => Object.entries(o.inputs).filter(([, i]) => i.bytesInOutput > 0).map(([f]) => f));
    const [notify, discover, process] = await Promise.all([inputs('notify'), inputs('discover'), inputs('process')]);
    const has = (files: string[], re: RegExp) => files.some((f) => re.test(f));
    expect([has(notify, /^shared\/(article|facts)\//), has(discover, /^shared\/(article|facts)\//), has(process, /^shared\/facts\//)]).toEqual([false, false, true]);
    expect([has(notify, /client-s3/), has(discover, /client-s3/), has(process, /client-s3/)]).toEqual([false, false, true]);
  });

  it('process with the Bedrock adapter reachable stays <= 1 MiB: the Bedrock SDK is left to the runtime and imported only by a call', async () => {
    // Prepare: the process handler plus bedrock-client.ts, as a handler that wires the model extractor bundles them.
    const entrySource = [
      "export { handler } from './functions/process/handler.ts';",
      "import { createBedrockClient } from './shared/facts/model/bedrock-client.ts';",
      "export const model = createBedrockClient({ modelId: 'anthropic.claude-3-haiku-20240307-v1:0' });",
    ].join('\n');
    const { file, bytes, metafile } = await bundleFunction('process', outDir, { entrySource });
    const inputs = Object.values(metafile.outputs).flatMap((o) => Object.entries(o.inputs).filter(([, i]) => i.bytesInOutput > 0).map(([f]) => f));
    // Act: load it outside the project (no SDK to find there) and make one call.
    const code = `const m = await import(${JSON.stringify(pathToFileURL(file).href)});
      const request = { system: 's', user: 'u', schema: {}, schemaName: 'facts', maxOutputTokens: 10 };
      const kind = await m.model.complete(request).then(() => 'answered', (err) => err.name + ':' + err.kind);
      process.stdout.write(typeof m.handler + ' ' + kind);`;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', code], {
      cwd: outDir, encoding: 'utf8',
      env: { PATH: process.env.PATH, AWS_REGION: 'eu-central-1', POWERTOOLS_LOG_LEVEL: 'SILENT', AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', ...HANDLER_ENV.process },
    });
    // Assert: the adapter is in, its SDK is not; loading needs no SDK, the first call asks for it (and here finds none).
    expect(bytes).toBeLessThanOrEqual(1024 * 1024);
    expect(inputs.some((f) => f.endsWith('shared/facts/model/bedrock-client.ts'))).toBe(true);
    expect(inputs.filter((f) => f.includes('client-bedrock-runtime'))).toEqual([]);
    expect(readFileSync(file, 'utf8')).toContain('import("@aws-sdk/client-bedrock-runtime")');
    expect(out).toBe('function ModelError:config');
  });
});
