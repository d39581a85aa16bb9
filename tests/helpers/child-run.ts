/**
 * The local pipeline as a child process, as a user runs it (`npm start`), for tests that kill it or
 * read its exit code. Progress lines (stderr, two-space indent) are counted so a test can SIGKILL it
 * at a point of the run rather than at a time, which a loaded machine would shift.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { RATES_FILE_NAME, RATES_SOURCE_FILE } from '../../shared/config/data-files.js';

export interface ChildRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Progress lines seen before the end (or the kill). */
  lines: number;
}

/** A port free on loopback now (the sample site's port must stay the same across one data folder's runs). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * Runs a CLI script under tsx. With `killAfterLines`, sends SIGKILL as soon as that many progress
 * lines have been printed. A run that takes longer than `timeoutMs` is killed and reported as such.
 */
export function runCli(script: string, args: string[], env: Record<string, string>, options: { killAfterLines?: number; timeoutMs?: number } = {}): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    // A prebuilt bundle (bundleCli) runs as is; a .ts script under tsx.
    const loader = script.endsWith('.mjs') ? [] : ['--import', 'tsx'];
    const child = spawn(process.execPath, ['--openssl-legacy-provider', ...loader, script, ...args], {
      env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', ALERT_WEBHOOK_URL: '', ALERT_WEBHOOK_SECRET: '', ALERT_WEBHOOK_FORMAT: '', ALERT_WEBHOOK_UNSIGNED: '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let lines = 0;
    let partial = '';
    const timer = setTimeout(() => { child.kill('SIGKILL'); reject(new Error(`${script} ${args.join(' ')} still running after ${options.timeoutMs} ms`)); }, options.timeoutMs ?? 60_000);
    child.stdout.on('data', (chunk: Buffer) => { stdout += chunk.toString('utf8'); });
    child.stderr.on('data', (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      stderr += text;
      const parts = (partial + text).split('\n');
      partial = parts.pop() ?? '';
      for (const line of parts) {
        if (!line.startsWith('  ')) continue;
        lines++;
        if (options.killAfterLines !== undefined && lines === options.killAfterLines) child.kill('SIGKILL');
      }
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, lines });
    });
  });
}

/**
 * Bundles a CLI script (our code only: packages stay external) into node_modules/.cache, so that
 * node resolves the packages from the project and each child skips tsx's start-up (about a second
 * each, which a test starting many children would otherwise spend). The same code, one file.
 */
export async function bundleCli(script: string): Promise<string> {
  const dir = resolve('node_modules/.cache/coop-facts-tests');
  mkdirSync(dir, { recursive: true });
  const outfile = join(dir, `${script.replace(/\W+/g, '-')}-${process.pid}.mjs`);
  await build({ entryPoints: [script], bundle: true, platform: 'node', format: 'esm', packages: 'external', outfile, logLevel: 'warning' });
  // The rates table is read beside the bundle, as in Lambda (shared/config/data-files.ts).
  copyFileSync(RATES_SOURCE_FILE, join(dir, RATES_FILE_NAME));
  return outfile;
}

/** Removes the bundles this test process made (call it in afterAll). */
export function removeBundles(): void {
  const dir = resolve('node_modules/.cache/coop-facts-tests');
  for (const f of existsSync(dir) ? readdirSync(dir) : []) if (f.endsWith(`-${process.pid}.mjs`)) rmSync(join(dir, f), { force: true });
}
