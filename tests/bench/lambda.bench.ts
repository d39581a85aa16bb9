// `npm run bench lambda`: each Lambda's bundle size and the time to load it cold in a fresh Node
// process (module init included: env parsing, clients, feeds file), against the issue's targets.
import { execFileSync } from 'node:child_process';
import { mkdirSync, statSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { build } from 'esbuild';
import { BUNDLE } from '../../infra/constructs/node-function.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Inside the project, so the external @aws-sdk/* resolve from node_modules as they do from the runtime. */
const OUT_DIR = join(ROOT, '.bench', 'lambda');
const TARGET_BYTES = 1024 * 1024;
const TARGET_COLD_MS = 300;
const RUNS = 7;

/** Env each handler needs at module scope (values are never used: nothing is called). */
const ENV: Record<string, Record<string, string>> = {
  discover: {
    TABLE_NAME: 'bench', QUEUE_URL: 'https://sqs.eu-central-1.amazonaws.com/123456789012/bench',
    FEEDS_FILE: join(ROOT, 'shared/feeds/registry/feeds.live.json'),
  },
  process: { TABLE_NAME: 'bench', BUCKET_NAME: 'bench' },
  notify: { TABLE_NAME: 'bench', TOPIC_ARN: 'arn:aws:sns:eu-central-1:123456789012:bench', ALERT_THRESHOLD_USD: '10000000' },
};

async function bundle(name: string): Promise<{ file: string; bytes: number; top: string }> {
  const file = join(OUT_DIR, name, 'index.mjs');
  mkdirSync(join(OUT_DIR, name), { recursive: true });
  const result = await build({
    entryPoints: [join(ROOT, 'functions', name, 'handler.ts')], outfile: file, bundle: true, platform: 'node',
    format: 'esm', target: BUNDLE.target, minify: true, sourcemap: true, sourcesContent: false,
    external: [...BUNDLE.externalModules], mainFields: [...BUNDLE.mainFields], banner: { js: BUNDLE.banner }, metafile: true, logLevel: 'error',
  });
  // The three biggest packages in the bundle: what stands in the way when a target is missed.
  const inputs = result.metafile.outputs[Object.keys(result.metafile.outputs).find((k) => k.endsWith('.mjs'))!]!.inputs;
  const byPackage = new Map<string, number>();
  for (const [path, { bytesInOutput }] of Object.entries(inputs)) {
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1] ?? path.split('/').slice(0, 2).join('/');
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + bytesInOutput);
  }
  const top = [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([p, b]) => `${p} ${kb(b)}`).join(', ');
  return { file, bytes: statSync(file).size, top };
}

/** Import time inside a fresh process, and the whole process's wall time; median of RUNS. */
function coldLoad(name: string, file: string): { importMs: number; bestMs: number; processMs: number } {
  const code = `const t=performance.now();await import(${JSON.stringify(pathToFileURL(file).href)});` +
    'process.stdout.write(String(performance.now()-t));';
  const runs = Array.from({ length: RUNS }, () => {
    const t0 = performance.now();
    const out = execFileSync(process.execPath, ['--enable-source-maps', '--input-type=module', '-e', code], {
      cwd: join(OUT_DIR, name),
      env: { PATH: process.env.PATH, AWS_REGION: 'eu-central-1', POWERTOOLS_LOG_LEVEL: 'SILENT', AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', ...ENV[name] },
      encoding: 'utf8',
    });
    return { importMs: Number(out), processMs: performance.now() - t0 };
  });
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  // The best run too: on a shared 2-core machine other work only ever adds time.
  const imports = runs.map((r) => r.importMs);
  return { importMs: median(imports), bestMs: Math.min(...imports), processMs: median(runs.map((r) => r.processMs)) };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

export async function run(): Promise<void> {
  console.log(`target: bundle <= ${kb(TARGET_BYTES)}, cold import <= ${TARGET_COLD_MS} ms (median of ${RUNS} fresh processes; best run in brackets)`);
  console.log('function   bundle    cold import (best)  process  verdict   largest packages');
  for (const name of ['discover', 'process', 'notify']) {
    const { file, bytes, top } = await bundle(name);
    const { importMs, bestMs, processMs } = coldLoad(name, file);
    const verdict = [bytes > TARGET_BYTES ? 'size OVER' : '', importMs > TARGET_COLD_MS ? 'time OVER' : ''].filter(Boolean).join(', ') || 'ok';
    console.log(`${name.padEnd(10)} ${kb(bytes).padStart(8)}  ${importMs.toFixed(0).padStart(8)} ms (${bestMs.toFixed(0).padStart(3)})  ${processMs.toFixed(0).padStart(5)} ms  ${verdict.padEnd(20)}  ${top}`);
  }
}
