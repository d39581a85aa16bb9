// `npm run bench latency`: publish-to-alert latency on a simulated day (latency-sim.ts): 102 invented
// stories over 24 hours on the sample site's three outlets, scheduled runs with a jittered start and
// processing time on a controlled clock. Prints p50/p95/max per seed (each seed: other publication
// times and jitter), their median and range, and two comparisons: the rule before issue 13 (every
// feed every 15 minutes, no slack) and today's rule on a 15-minute schedule. Exit code 1 unless
// every default-schedule run alerts every story with p95 <= 10 minutes.
import { DEFAULT_DISCOVER_SCHEDULE, schedulePeriodMinutes } from '../../shared/config/schedule-period.js';
import { simulateLatency, type LatencySimOptions, type LatencySimResult } from './latency-sim.js';

const TARGET_P95_MINUTES = 10;
const SEEDS = Array.from({ length: Number(process.env.LATENCY_RUNS ?? 5) }, (_, i) => i + 1);

const min = (ms: number) => (ms / 60_000).toFixed(1);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;

function line(label: string, r: LatencySimResult): string {
  const s = r.stats;
  const perFeedDay = (r.feedRequests / 3 / r.simulatedHours) * 24;
  const figures = s ? `p50 ${min(s.p50).padStart(5)}  p95 ${min(s.p95).padStart(5)}  max ${min(s.max).padStart(5)} min` : 'no alerts';
  return `${label.padEnd(34)} ${figures}   ${r.stats?.count ?? 0}/${r.stories} alerted, ${Math.round(perFeedDay)} feed requests per feed a day`;
}

async function simulate(label: string, options: LatencySimOptions): Promise<LatencySimResult> {
  const result = await simulateLatency(options);
  console.log(line(label, result));
  if (result.warnings.length) console.log(`  ${result.warnings.length} warnings, first: ${result.warnings[0]}`);
  return result;
}

export async function run(): Promise<void> {
  const period = schedulePeriodMinutes(DEFAULT_DISCOVER_SCHEDULE);
  console.log(`simulated day, 24 h of stories + 1 h; default schedule ${DEFAULT_DISCOVER_SCHEDULE}; latency = publication to alert sent`);
  const runs: LatencySimResult[] = [];
  for (const seed of SEEDS) runs.push(await simulate(`seed ${seed}, ${DEFAULT_DISCOVER_SCHEDULE}`, { seed, hours: 24, schedulePeriodMinutes: period, rule: 'adaptive' }));
  const of = (k: 'p50' | 'p95' | 'max') => runs.map((r) => r.stats?.[k] ?? Infinity);
  for (const k of ['p50', 'p95', 'max'] as const) {
    console.log(`${k.padEnd(4)} median ${min(median(of(k)))} min (${min(Math.min(...of(k)))}-${min(Math.max(...of(k)))}, ${runs.length} runs)`);
  }
  console.log('\ncompared, seed 1:');
  await simulate('before: 15 min, no slack', { seed: 1, hours: 24, schedulePeriodMinutes: 15, rule: 'today' });
  await simulate('this rule on rate(15 minutes)', { seed: 1, hours: 24, schedulePeriodMinutes: 15, rule: 'adaptive' });
  const failed = runs.filter((r) => r.missing > 0 || !r.stats || r.stats.p95 > TARGET_P95_MINUTES * 60_000);
  if (failed.length) {
    console.log(`FAILED: ${failed.length} of ${runs.length} runs missed an alert or p95 <= ${TARGET_P95_MINUTES} min`);
    process.exitCode = 1;
  } else {
    console.log(`ok: every story alerted, p95 <= ${TARGET_P95_MINUTES} min in every run`);
  }
}
