import type { RunSummary } from './run-once.js';

/** The exit codes of `npm start` (and the README's table of them). */
export const EXIT = {
  /** Everything polled, processed and sent. */
  ok: 0,
  /** Nothing succeeded: every feed failed, or the stores did. */
  failed: 1,
  /** A bad option, feeds file or environment variable: nothing was started. */
  usage: 2,
  /** Some feeds, items or alerts failed; the rest went through. Failed work is retried by later runs. */
  partial: 3,
} as const;

/** How a run ended, from its summary: counts of what failed and of what went through. */
export function outcomeOf(s: RunSummary): { code: number; failures: number; successes: number } {
  const feeds = s.discover.feeds;
  const failures =
    feeds.filter((f) => f.status === 'failed' || f.error !== null).length +
    s.processed.filter((p) => p.status === 'failed').length +
    s.alerts.failed.length +
    (s.sweep.error ? 1 : 0);
  const successes =
    feeds.filter((f) => f.status === 'new-content' || f.status === 'not-modified').length +
    s.processed.filter((p) => p.status === 'stored').length +
    s.alerts.sent.length;
  const code = failures === 0 ? EXIT.ok : successes === 0 ? EXIT.failed : EXIT.partial;
  return { code, failures, successes };
}
