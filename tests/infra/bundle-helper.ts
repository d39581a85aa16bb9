import { copyFileSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Metafile } from 'esbuild';
import { BUNDLE, externalModulesOf } from '../../infra/constructs/node-function.js';
import { RATES_FILE_NAME, RATES_SOURCE_FILE } from '../../shared/config/data-files.js';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const FUNCTION_NAMES = ['discover', 'process', 'notify', 'deliver'] as const;

/** Env each handler needs at module scope (never used to call anything). */
export const HANDLER_ENV: Record<(typeof FUNCTION_NAMES)[number], Record<string, string>> = {
  discover: {
    TABLE_NAME: 'bench', QUEUE_URL: 'https://sqs.eu-central-1.amazonaws.com/123456789012/bench',
    FEEDS_FILE: join(PROJECT_ROOT, 'shared/feeds/registry/feeds.live.json'),
  },
  process: { TABLE_NAME: 'bench', BUCKET_NAME: 'bench', ALERT_THRESHOLD_USD: '10000000' },
  notify: { TABLE_NAME: 'bench', TOPIC_ARN: 'arn:aws:sns:eu-central-1:123456789012:bench' },
  deliver: { WEBHOOK_FAILURES_URL: 'https://sqs.eu-central-1.amazonaws.com/123456789012/bench', TABLE_NAME: 'bench', DIGEST_TOPIC_ARN: 'arn:aws:sns:eu-central-1:123456789012:digests' },
};

/**
 * Bundles functions/<name>/handler.ts with the stack's esbuild settings (BUNDLE) into
 * `<outDir>/<name>/index.mjs`, as `cdk synth` does, and returns its size and esbuild's metafile.
 * `handlerFile` picks another entry of the folder (process/model-handler.ts, the model build).
 * `entrySource` replaces the handler file with TS source resolved from the project root, to bundle
 * with a function's settings code its handler does not reach yet; the output goes to `<outDir>/<name>-entry/`.
 */
export async function bundleFunction(name: string, outDir: string, { entrySource, handlerFile = 'handler.ts' }: { entrySource?: string; handlerFile?: string } = {}): Promise<{ file: string; bytes: number; metafile: Metafile }> {
  const dir = join(outDir, entrySource !== undefined ? `${name}-entry` : handlerFile === 'handler.ts' ? name : `${name}-${handlerFile.replace(/\.ts$/, '')}`);
  const file = join(dir, 'index.mjs');
  mkdirSync(dir, { recursive: true });
  const entry = entrySource === undefined
    ? { entryPoints: [join(PROJECT_ROOT, 'functions', name, handlerFile)] }
    : { stdin: { contents: entrySource, resolveDir: PROJECT_ROOT, sourcefile: 'entry.ts', loader: 'ts' as const } };
  const result = await build({
    ...entry, outfile: file, bundle: true, platform: 'node',
    format: 'esm', target: BUNDLE.target, charset: BUNDLE.charset, alias: { ...BUNDLE.alias }, absWorkingDir: PROJECT_ROOT, minify: true, sourcemap: true, sourcesContent: false,
    external: externalModulesOf(name), mainFields: [...BUNDLE.mainFields], banner: { js: BUNDLE.banner },
    metafile: true, logLevel: 'error',
  });
  // As the stack's afterBundling hook does (infra/constructs/ingestion.ts): process reads the rates table beside its bundle.
  if (name === 'process') copyFileSync(RATES_SOURCE_FILE, join(dir, RATES_FILE_NAME));
  return { file, bytes: statSync(file).size, metafile: result.metafile };
}
