import type { ItemMessage } from '../schemas/index.js';
import type { SweepDeps, SweepSummary } from './types.js';

/** Open claims taken per sweep: a backlog larger than this drains over the next runs. */
const SWEEP_LIMIT = 500;

/**
 * Finds the work a crash, a dead-letter queue or a transient failure left open, through the work
 * index (never through the feeds, which may answer 304 for ever), hands each due claim out again and
 * queues it. A claim another runner takes first is skipped; one that cannot be queued is made due again.
 */
export async function runSweep(deps: SweepDeps): Promise<SweepSummary> {
  const at = (deps.now ?? (() => new Date()))().toISOString();
  const due = await deps.ledger.due({ at, abandonedBefore: deps.abandonedBefore, limit: SWEEP_LIMIT });
  const messages: ItemMessage[] = [];
  for (const claim of due) {
    const message = await deps.ledger.takeOver(claim, at);
    if (!message) continue;
    messages.push(message);
    const why = claim.status === 'failed' ? `retry ${claim.attempts + 1} after: ${claim.error ?? 'a failure'}` : 'its last run never finished';
    deps.log.info(`sweep: ${message.item.link} (${why})`, { articleId: claim.articleId });
  }
  if (messages.length) {
    try {
      await deps.queue.send(messages);
    } catch (err) {
      await Promise.all(messages.map((m) => deps.ledger.release(m.articleId, at).catch(() => undefined)));
      return { due: due.length, queued: 0, error: `could not queue ${messages.length} swept items: ${err instanceof Error ? err.message : String(err)}` };
    }
  }
  return { due: due.length, queued: messages.length, error: null };
}
