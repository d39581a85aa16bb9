// `npm run bench lambda`: each Lambda's bundle size and the time to load it cold in a fresh Node
// process (module init included: env parsing, clients, feeds file), against the targets.
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { FUNCTION_NAMES, HANDLER_ENV, PROJECT_ROOT, bundleFunction } from '../infra/bundle-helper.js';

/** Inside the project, as the stack's bundles (asset directories) are self-contained anyway. */
const OUT_DIR = join(PROJECT_ROOT, '.bench', 'lambda');
const TARGET_BYTES = 1024 * 1024;
const TARGET_COLD_MS = 300;
const RUNS = 7;

async function bundle(name: string, handlerFile?: string): Promise<{ file: string; bytes: number; top: string }> {
  const { file, bytes, metafile } = await bundleFunction(name, OUT_DIR, { handlerFile });
  // The three biggest packages in the bundle: what stands in the way when a target is missed.
  const inputs = metafile.outputs[Object.keys(metafile.outputs).find((k) => k.endsWith('.mjs'))!]!.inputs;
  const byPackage = new Map<string, number>();
  for (const [path, { bytesInOutput }] of Object.entries(inputs)) {
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1] ?? path.split('/').slice(0, 2).join('/');
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + bytesInOutput);
  }
  const top = [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([p, b]) => `${p} ${kb(b)}`).join(', ');
  return { file, bytes, top };
}

/** Import time inside a fresh process, and the whole process's wall time; median of RUNS. */
function coldLoad(name: (typeof FUNCTION_NAMES)[number], file: string, extraEnv: Record<string, string> = {}): { importMs: number; bestMs: number; processMs: number } {
  const code = `const t=performance.now();await import(${JSON.stringify(pathToFileURL(file).href)});` +
    'process.stdout.write(String(performance.now()-t));';
  const runs = Array.from({ length: RUNS }, () => {
    const t0 = performance.now();
    const out = execFileSync(process.execPath, ['--enable-source-maps', '--input-type=module', '-e', code], {
      cwd: OUT_DIR,
      env: { PATH: process.env.PATH, AWS_REGION: 'eu-central-1', POWERTOOLS_LOG_LEVEL: 'SILENT', AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', ...HANDLER_ENV[name], ...extraEnv },
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
  console.log('function       bundle    cold import (best)  process  verdict   largest packages');
  // The model build of process (CDK context extractor=model|hybrid) beside the three rules builds.
  const builds = [
    ...FUNCTION_NAMES.map((name) => ({ label: name, name, handlerFile: undefined as string | undefined, env: {} })),
    { label: 'process+model', name: 'process' as const, handlerFile: 'model-handler.ts', env: { EXTRACTOR: 'model', BEDROCK_MODEL_ID: 'amazon.nova-lite-v1:0' } },
  ];
  for (const b of builds) {
    const { file, bytes, top } = await bundle(b.name, b.handlerFile);
    const { importMs, bestMs, processMs } = coldLoad(b.name, file, b.env);
    const verdict = [bytes > TARGET_BYTES ? 'size OVER' : '', importMs > TARGET_COLD_MS ? 'time OVER' : ''].filter(Boolean).join(', ') || 'ok';
    console.log(`${b.label.padEnd(14)} ${kb(bytes).padStart(8)}  ${importMs.toFixed(0).padStart(8)} ms (${bestMs.toFixed(0).padStart(3)})  ${processMs.toFixed(0).padStart(5)} ms  ${verdict.padEnd(20)}  ${top}`);
  }
}
