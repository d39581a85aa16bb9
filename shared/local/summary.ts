import type { Fact } from '../schemas/index.js';
import type { RunSummary } from './run-once.js';
import { factsTable } from './format.js';

/** The end-of-run report: feeds, items, articles, facts by type, alerts, then the newest facts. */
export function printSummary(s: RunSummary, newest: Fact[], extra: { seconds: number; alertsFile: string }): void {
  const out: string[] = [];
  const feeds = s.discover.feeds;
  const count = (st: string) => feeds.filter((f) => f.status === st).length;
  const sum = (k: 'newItems' | 'updatedItems' | 'retriedItems' | 'seenItems') => feeds.reduce((n, f) => n + f[k], 0);
  out.push('', '== Summary');
  out.push(`feeds polled      ${feeds.length}: ${count('new-content')} new content, ${count('not-modified')} not modified, ${count('skipped')} not due, ${count('paused')} paused, ${count('failed')} failed`);
  for (const f of feeds.filter((x) => x.status === 'failed')) out.push(`  failed ${f.feedId}: ${f.error}`);
  const retried = sum('retriedItems') + s.sweep.queued;
  out.push(`items             ${sum('newItems')} new, ${sum('updatedItems')} updated, ${retried} retried, ${sum('seenItems')} already seen`);
  if (s.sweep.error) out.push(`  ${s.sweep.error}`);
  const stored = s.processed.filter((p) => p.status === 'stored');
  const failed = s.processed.filter((p) => p.status === 'failed');
  out.push(`articles          ${stored.length} stored, ${failed.length} failed`);
  for (const f of failed) out.push(`  failed ${f.url}: ${f.error}`);
  const byType = Object.entries(s.newFactsByType).map(([t, n]) => `${t} ${n}`).join(', ');
  const total = Object.values(s.newFactsByType).reduce((a, b) => a + b, 0);
  out.push(`new facts         ${total}: ${byType}`);
  out.push(`alerts sent       ${s.alerts.length}${s.alerts.length ? ` (appended to ${extra.alertsFile})` : ''}`);
  for (const e of s.alertErrors) out.push(`  alert failed: ${e}`);
  out.push(`time              ${extra.seconds.toFixed(1)} s`);
  if (newest.length) out.push('', '== Newest facts in the store', factsTable(newest));
  process.stdout.write(`${out.join('\n')}\n`);
}
