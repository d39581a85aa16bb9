// `npm run bench load`: one ingestion of a generated loopback news site (2,000 articles, 50 feeds,
// 10 hosts; load-site.ts) through the local runtime (load-ingest.ts, the same stores, wiring and
// runOnce as `npm start`, in a process of its own). Prints wall time, articles per second and the
// memory high-water mark, then checks, and says FAILED (exit code 1) unless every check holds:
// - pacing: in the site's own request log, two requests to one host are never closer together than
//   the client's per-host interval. The site stamps a request when it accepts the connection; a gap
//   the site's own lateness in accepting the first one can explain (a starved process on a busy
//   machine) is counted and shown, not failed (load-site.ts, LoadRequest.lateBy);
// - nothing lost or doubled: the articles, facts and alerts stored equal what the pipeline's parsers
//   and extractor make of the site's documents (load-check.ts), each once; no alert was handed to
//   the sink twice, none is pending, no work is open.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_ALERT_THRESHOLD_USD } from '../../shared/config/defaults.js';
import { LOAD_PLAN, startLoadSite, type LoadSite } from './load-site.js';
import { compareStates, expectedState, pacingOf, storedState } from './load-check.js';
import type { IngestJob, IngestReport } from './load-ingest.js';

/**
 * The client's minimum time between two requests to one host. The production default (1 s) would
 * make this a 40-minute bench of sleeping; 50 ms still makes pacing the limit whenever the workers
 * all take items of one feed, as they do (the queue is in feed order), so the check has teeth.
 * LOAD_INTERVAL_MS overrides it.
 */
const PER_HOST_INTERVAL_MS = Number(process.env.LOAD_INTERVAL_MS ?? 50);
const INGEST_SCRIPT = fileURLToPath(new URL('./load-ingest.ts', import.meta.url));
/** Far above a healthy run (under a minute here): a hung child must end the bench, not stall it. */
const CHILD_TIMEOUT_MS = 10 * 60_000;

function ingest(job: IngestJob, jobFile: string): Promise<IngestReport> {
  writeFileSync(jobFile, JSON.stringify(job));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--openssl-legacy-provider', '--import', 'tsx', INGEST_SCRIPT, jobFile], {
      env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), CHILD_TIMEOUT_MS);
    child.stdout.on('data', (c: Buffer) => { stdout += c.toString('utf8'); });
    child.stderr.on('data', (c: Buffer) => { stderr += c.toString('utf8'); });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const last = stdout.trim().split('\n').at(-1) ?? '';
      if (code === 0 && last.startsWith('{')) resolve(JSON.parse(last) as IngestReport);
      else reject(new Error(`the ingestion process ended with ${signal ?? `code ${code}`}: ${stderr.trim() || stdout.trim()}`));
    });
  });
}

const n = (x: number) => x.toLocaleString('en-US');

function jobOf(site: LoadSite, dataDir: string): IngestJob {
  const hosts = [...new Set(site.articles.map((a) => a.host))];
  return {
    dataDir, feeds: site.feeds, hosts, origins: hosts.map((h) => `http://${h}:${site.port}`),
    perHostIntervalMs: PER_HOST_INTERVAL_MS, thresholdUsd: DEFAULT_ALERT_THRESHOLD_USD,
  };
}

export async function run(): Promise<void> {
  const site = await startLoadSite();
  const work = mkdtempSync(join(tmpdir(), 'coop-facts-load-'));
  const dataDir = join(work, 'data');
  try {
    const hosts = new Set(site.articles.map((a) => a.host)).size;
    console.log(`site: ${n(site.articles.length)} articles, ${site.feeds.length} feeds on ${hosts} hosts (each feed also lists ${LOAD_PLAN.crossListed} of its neighbour's stories); client: per-host interval ${PER_HOST_INTERVAL_MS} ms`);
    const t0 = performance.now();
    const report = await ingest(jobOf(site, dataDir), join(work, 'job.json'));
    const childMs = performance.now() - t0;
    const perSecond = report.stored / (report.runMs / 1000);
    console.log(`ingestion: ${(report.runMs / 1000).toFixed(1)} s, ${perSecond.toFixed(1)} articles/s (runOnce); ${(childMs / 1000).toFixed(1)} s for the whole process; memory peak (maxRSS) ${(report.maxRssKb / 1024).toFixed(0)} MiB` +
      (report.rssSplitKb ? ` (at the end ${(report.rssSplitKb.anon / 1024).toFixed(0)} MiB anonymous, ${(report.rssSplitKb.file / 1024).toFixed(0)} MiB file-backed: the node binary, dynalite's memory-mapped tables)` : '') +
      `, V8 heap peak ${(report.heapPeakBytes / 2 ** 20).toFixed(0)} MiB`);

    const problems: string[] = [];
    if (report.exitCode !== 0) problems.push(`run: exit outcome ${report.exitCode}, ${report.failures} failures`);
    for (const f of [...report.feedsFailed, ...report.failed].slice(0, 5)) problems.push(`  ${f}`);
    if (report.sentTwice.length) problems.push(`alerts: ${report.sentTwice.length} handed to the sink more than once`);

    const pacing = pacingOf(site.log, PER_HOST_INTERVAL_MS);
    const pages = site.log.filter((r) => !r.path.includes('?desk=') && r.path !== '/robots.txt');
    const pagesTwice = pages.length - new Set(pages.map((r) => `${r.host}${r.path}`)).size;
    const breaches = pacing.short.filter((g) => !g.explained);
    const explained = pacing.short.length - breaches.length;
    const lateMax = Math.max(...site.log.map((r) => r.lateBy));
    console.log(`requests: ${n(pacing.requests)} (${n(pages.length)} pages, ${pagesTwice} of them repeats); shortest gap between two requests to one host ${pacing.minGapMs.toFixed(1)} ms` +
      (pacing.short.length ? `; ${pacing.short.length} gaps under ${PER_HOST_INTERVAL_MS} ms, ${explained} of them explained by the site's own delay in accepting the first request (up to ${lateMax.toFixed(0)} ms late)` : ''));
    if (breaches.length) {
      problems.push(`pacing: ${breaches.length} gaps under ${PER_HOST_INTERVAL_MS} ms that the site's own delays do not explain`);
      for (const g of breaches.slice(0, 3)) problems.push(`  ${g.gapMs.toFixed(1)} ms on ${g.host}: ${g.paths.join(' then ')}`);
    }
    if (pagesTwice) problems.push(`pages: ${pagesTwice} fetched more than once`);

    const expected = await expectedState(site, DEFAULT_ALERT_THRESHOLD_USD);
    const stored = await storedState(dataDir);
    problems.push(...compareStates(expected, stored));
    const owed = [...expected.deals.values()].filter(Boolean).length;
    console.log(`stored: ${n(stored.articleItems.length)} articles, ${n(stored.facts.size)} facts, ${n(stored.deals.length)} deals, ${n(stored.alertLines.length)} alerts; expected ${n(expected.articles.size)}, ${n(expected.facts.size)}, ${n(expected.deals.size)} (${n(owed)} of them deserving an alert)`);

    if (problems.length === 0) {
      const paced = PER_HOST_INTERVAL_MS > 0 ? `pacing kept at ${PER_HOST_INTERVAL_MS} ms per host` : 'no pacing asked';
      console.log(`load: ok (${paced}; every article and fact stored once, as the extractor gives them; the deals all of them form, each alert they deserve sent once)`);
    } else {
      for (const p of problems) console.log(`FAILED ${p}`);
      process.exitCode = 1;
    }
  } finally {
    await site.close();
    rmSync(work, { recursive: true, force: true });
  }
}
