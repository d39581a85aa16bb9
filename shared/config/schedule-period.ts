/**
 * The period of a discover schedule expression: how long after one run the next one comes. Feeds
 * may be polled up to half of it early (feeds/poll-timing.ts), so the run nearest a feed's due time
 * polls it instead of the one after.
 */

/** The EventBridge schedule discover runs on unless the stage sets another (infra/config.ts). */
export const DEFAULT_DISCOVER_SCHEDULE = 'rate(5 minutes)';

const UNIT_MINUTES: Record<string, number> = { minute: 1, minutes: 1, hour: 60, hours: 60, day: 1440, days: 1440 };
const MINUTES_PER_DAY = 1440;

/** An expression this module cannot read a period from; the message says which and why. */
export class SchedulePeriodError extends Error {
  override readonly name = 'SchedulePeriodError';
}

/**
 * Minutes between two runs: `rate(N unit)` exactly; for `cron(m h dom mon dow year)`, the longest
 * gap between two firings of one day (the minute and hour fields; days not run on are not counted:
 * a weekday-only cron still has its weekday period).
 */
export function schedulePeriodMinutes(expression: string): number {
  const expr = expression.trim();
  const rate = /^rate\((\d+) (minutes?|hours?|days?)\)$/.exec(expr);
  if (rate) return Number(rate[1]) * UNIT_MINUTES[rate[2]!]!;
  const cron = /^cron\((\S+) (\S+) \S+ \S+ \S+ \S+\)$/.exec(expr);
  if (!cron) throw new SchedulePeriodError(`"${expression}" is neither rate(...) nor cron(m h dom mon dow year)`);
  const minutes = cronValues(cron[1]!, 0, 59, expression);
  const hours = cronValues(cron[2]!, 0, 23, expression);
  const times = hours.flatMap((h) => minutes.map((m) => h * 60 + m)).sort((a, b) => a - b);
  // The gap from the last firing of a day to the first of the next counts too.
  return Math.max(...times.map((t, i) => (i + 1 < times.length ? times[i + 1]! : times[0]! + MINUTES_PER_DAY) - t));
}

/** The values of one cron field: `*`, `n`, `a-b`, `a/n`, `*\/n`, `a-b/n`, and lists of them. */
function cronValues(field: string, min: number, max: number, expression: string): number[] {
  const values = new Set<number>();
  for (const part of field.split(',')) {
    const m = /^(\*|\d+)(?:-(\d+))?(?:\/(\d+))?$/.exec(part);
    if (!m) throw new SchedulePeriodError(`cannot read the period of "${expression}": "${part}" is not a cron value this reads (*, n, a-b, */n, a-b/n, lists)`);
    const from = m[1] === '*' ? min : Number(m[1]);
    const to = m[2] !== undefined ? Number(m[2]) : m[1] === '*' || m[3] !== undefined ? max : from;
    const step = m[3] !== undefined ? Number(m[3]) : 1;
    if (from < min || to > max || from > to || step < 1) throw new SchedulePeriodError(`cannot read the period of "${expression}": "${part}" is out of ${min}-${max}`);
    for (let v = from; v <= to; v += step) values.add(v);
  }
  return [...values];
}
