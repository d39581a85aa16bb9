import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Metafile } from 'esbuild';
import { BUNDLE } from '../../infra/constructs/node-function.js';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const FUNCTION_NAMES = ['discover', 'process', 'notify'] as const;

/** Env each handler needs at module scope (never used to call anything). */
export const HANDLER_ENV: Record<(typeof FUNCTION_NAMES)[number], Record<string, string>> = {
  discover: {
    TABLE_NAME: 'bench', QUEUE_URL: 'https://sqs.eu-central-1.amazonaws.com/123456789012/bench',
    FEEDS_FILE: join(PROJECT_ROOT, 'shared/feeds/registry/feeds.live.json'),
  },
  process: { TABLE_NAME: 'bench', BUCKET_NAME: 'bench', ALERT_THRESHOLD_USD: '10000000' },
  notify: { TABLE_NAME: 'bench', TOPIC_ARN: 'arn:aws:sns:eu-central-1:123456789012:bench' },
};

/**
 * Bundles functions/<name>/handler.ts with the stack's esbuild settings (BUNDLE) into
 * `<outDir>/<name>/index.mjs`, as `cdk synth` does, and returns its size and esbuild's metafile.
 */
export async function bundleFunction(name: string, outDir: string): Promise<{ file: string; bytes: number; metafile: Metafile }> {
  const file = join(outDir, name, 'index.mjs');
  mkdirSync(join(outDir, name), { recursive: true });
  const result = await build({
    entryPoints: [join(PROJECT_ROOT, 'functions', name, 'handler.ts')], outfile: file, bundle: true, platform: 'node',
    format: 'esm', target: BUNDLE.target, minify: true, sourcemap: true, sourcesContent: false,
    external: [...BUNDLE.externalModules], mainFields: [...BUNDLE.mainFields], banner: { js: BUNDLE.banner },
    metafile: true, logLevel: 'error',
  });
  return { file, bytes: statSync(file).size, metafile: result.metafile };
}
