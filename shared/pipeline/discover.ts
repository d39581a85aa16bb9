import { pollFeed } from '../feeds/poll.js';
import { itemFingerprint, itemIdentity } from '../feeds/item-identity.js';
import type { FeedConfig, ItemMessage } from '../schemas/index.js';
import type { DiscoverDeps, DiscoverSummary, FeedReport } from './types.js';
import { articleIdOf } from './ids.js';
import { mapLimit } from './map-limit.js';

/** Feeds polled at once: enough that one slow outlet does not hold up the rest of a scheduled run. */
const FEED_CONCURRENCY = 6;

/**
 * Polls every enabled feed, claims each item not seen before (conditional write on the hash of its
 * identity: the outlet's article number, else the canonical URL) and queues the claimed ones. A feed's failure is reported for that feed only.
 */
export async function runDiscover(deps: DiscoverDeps): Promise<DiscoverSummary> {
  const now = deps.now ?? (() => new Date());
  let queued = 0;
  const reports = await mapLimit(deps.feeds.filter((f) => f.enabled), FEED_CONCURRENCY, async (feed) => {
    const { report, messages } = await discoverFeed(feed, deps, now());
    if (messages.length) {
      try {
        await deps.queue.send(messages);
        queued += messages.length;
      } catch (err) {
        // Unqueued claims are given back, so the next run claims and queues them again.
        await Promise.all(messages.map((m) => deps.ledger.release(m.articleId)));
        report.status = 'failed';
        report.error = `could not queue ${messages.length} items: ${err instanceof Error ? err.message : String(err)}`;
      }
    }
    deps.log.info(`feed ${feed.id}: ${describe(report)}`, { ...report });
    return report;
  });
  return { feeds: reports, queued };
}

async function discoverFeed(feed: FeedConfig, deps: DiscoverDeps, now: Date) {
  const stored = await deps.feedState.get(feed.id);
  const state = stored && deps.ignorePollInterval ? { ...stored, nextPollAfter: null } : stored;
  const outcome = await pollFeed(feed, state, deps.http, { now });
  await deps.feedState.put(outcome.state);
  const report: FeedReport = {
    feedId: feed.id, status: outcome.status, error: outcome.error, items: outcome.items.length,
    newItems: 0, updatedItems: 0, retriedItems: 0, seenItems: 0,
  };
  const messages: ItemMessage[] = [];
  const inThisPoll = new Set<string>();
  for (const item of outcome.items) {
    const identity = itemIdentity(item);
    const articleId = articleIdOf(identity.key);
    // A feed that lists the same story twice gets one claim attempt, not a claim and a "seen".
    if (inThisPoll.has(articleId)) continue;
    inThisPoll.add(articleId);
    const claim = await deps.ledger.claim({
      articleId, canonicalUrl: identity.canonicalUrl, feedId: feed.id, contentHash: itemFingerprint(item), claimedAt: now.toISOString(),
    });
    if (claim === 'seen') { report.seenItems++; continue; }
    if (claim === 'new') report.newItems++;
    else if (claim === 'updated') report.updatedItems++;
    else report.retriedItems++;
    messages.push({ articleId, canonicalUrl: identity.canonicalUrl, item, outlet: feed.outlet, site: feed.site ?? null });
  }
  return { report, messages };
}

function describe(r: FeedReport): string {
  if (r.status === 'failed') return `failed: ${r.error}`;
  if (r.status !== 'new-content') return r.status;
  return `${r.items} items: ${r.newItems} new, ${r.updatedItems} updated, ${r.retriedItems} retried, ${r.seenItems} already seen`;
}
