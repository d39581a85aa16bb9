import type { Deal, Fact } from '../schemas/index.js';
import type { RunSummary } from './run-once.js';
import type { ExtractionNote } from '../pipeline/types.js';
import { factsTable } from './format.js';
import { EXIT, outcomeOf } from './exit-code.js';
import { latencyStats, type AlertLatency } from '../pipeline/alert-latency.js';

const x = (status: string) => (status === 'failed' ? 'failed' : 'problem in');

/** The end-of-run report: feeds, items, articles, facts by type, alerts, then the newest facts. */
/** One line on the model's part in a run (EXTRACTOR=model or hybrid): asked, cached, fallbacks, tokens. */
function extractionLine(notes: readonly ExtractionNote[]): string | null {
  if (notes.length === 0) return null;
  const fallbacks = new Map<string, number>();
  for (const n of notes) if (n.fallback) fallbacks.set(n.fallback, (fallbacks.get(n.fallback) ?? 0) + 1);
  const asked = notes.filter((n) => !n.fallback && !n.cached).length;
  const cached = notes.filter((n) => !n.fallback && n.cached).length;
  const tokens = notes.reduce((t, n) => t + n.inputTokens + n.outputTokens, 0);
  const dropped = notes.reduce((t, n) => t + n.dropped, 0);
  const rules = [...fallbacks].map(([r, n]) => `${r} ${n}`).join(', ');
  return `model             ${asked} articles asked (${tokens} tokens), ${cached} from the cache, ${dropped} answers not grounded${rules ? `; rules instead: ${rules}` : ''}`;
}

/** "financing USD 150,000,000 (signed) UZ; Asian Development Bank (ADB): Kun.uz, Trend, The Astana Times (5 mentions)". */
function dealLine(d: Deal): string {
  const amount = d.amount ? `${d.amount.currency} ${Math.round(d.amount.value).toLocaleString('en-US')}` : 'no sum';
  const parties = [d.countries.join('-'), d.organizations.join(', ')].filter(Boolean).join('; ');
  return `${d.type} ${amount}${d.status ? ` (${d.status})` : ''} ${parties}: ${d.outlets.join(', ')} (${d.mentions.length} mentions)`;
}

/** A duration in the unit that reads best: "48 s", "7.5 min", "3.2 h", "19.4 d"; negative when published "in the future". */
export function duration(ms: number): string {
  const a = Math.abs(ms);
  if (a < 90_000) return `${Math.round(ms / 1000)} s`;
  if (a < 90 * 60_000) return `${(ms / 60_000).toFixed(1)} min`;
  if (a < 36 * 3_600_000) return `${(ms / 3_600_000).toFixed(1)} h`;
  return `${(ms / 86_400_000).toFixed(1)} d`;
}

/** "alert latency     p50 4.1 min, p95 8.9 min, max 11.2 min (publication to alert sent, 12 alerts)", or null with none. */
export function latencyLine(latency: readonly AlertLatency[]): string | null {
  const stats = latencyStats(latency.map((l) => l.ms));
  if (!stats) return null;
  return `alert latency     p50 ${duration(stats.p50)}, p95 ${duration(stats.p95)}, max ${duration(stats.max)} (publication to alert sent, ${stats.count} alerts)`;
}

export function printSummary(s: RunSummary, newest: Fact[], extra: { seconds: number; alertsFile: string }): void {
  const out: string[] = [];
  const feeds = s.discover.feeds;
  const count = (st: string) => feeds.filter((f) => f.status === st).length;
  const sum = (k: 'newItems' | 'updatedItems' | 'retriedItems' | 'seenItems') => feeds.reduce((n, f) => n + f[k], 0);
  out.push('', '== Summary');
  out.push(`feeds polled      ${feeds.length}: ${count('new-content')} new content, ${count('not-modified')} not modified, ${count('skipped')} not due, ${count('paused')} paused, ${count('failed')} failed`);
  for (const f of feeds.filter((x) => x.error)) out.push(`  ${x(f.status)} ${f.feedId}: ${f.error}`);
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
  const several = (s.deals ?? []).filter((d) => d.outlets.length > 1);
  out.push(s.deals === null
    ? 'deals             ? (the store did not answer at the end of the run)'
    : `deals             ${s.deals.length} hold this run's facts${several.length ? `; ${several.length} reported by several outlets:` : ''}`);
  for (const d of several) out.push(`  ${dealLine(d)}`);
  const model = extractionLine(stored.flatMap((p) => (p.extraction ? [p.extraction] : [])));
  if (model) out.push(model);
  const alerts = s.alerts;
  out.push(`alerts sent       ${alerts.sent.length}${alerts.sent.length ? ` (appended to ${extra.alertsFile})` : ''}`);
  if (alerts.failed.length || alerts.pending) {
    out.push(`alerts failed     ${alerts.failed.length}; ${alerts.pending ?? '?'} pending in the outbox, retried by later runs or \`npm run alerts -- retry\``);
  }
  const latency = latencyLine(s.latency);
  if (latency) out.push(latency);
  const reasons = new Map<string, number>();
  for (const f of alerts.failed) reasons.set(f.error, (reasons.get(f.error) ?? 0) + 1);
  for (const [error, n] of reasons) out.push(`  ${n} × ${error}`);
  out.push(`time              ${extra.seconds.toFixed(1)} s`);
  const { code, failures } = outcomeOf(s);
  out.push(`result            ${code === EXIT.ok ? 'ok' : code === EXIT.failed ? `failed (${failures} failures, nothing went through)` : `partial (${failures} failures)`}, exit code ${code}`);
  if (newest.length) out.push('', '== Newest facts in the store', factsTable(newest));
  process.stdout.write(`${out.join('\n')}\n`);
}
