import { pollFeed } from '../feeds/poll.js';
import { itemFingerprint, itemIdentity } from '../feeds/item-identity.js';
import type { FeedConfig, FeedItem, ItemMessage } from '../schemas/index.js';
import type { DiscoverDeps, DiscoverSummary, FeedReport } from './types.js';
import { articleIdOf } from './ids.js';
import { mapLimit } from './map-limit.js';

/** Feeds polled at once: enough that one slow outlet does not hold up the rest of a scheduled run. */
const FEED_CONCURRENCY = 6;
/**
 * A feed's full text above this many bytes is left out of the message (the page is fetched anyway):
 * the message is kept in the claim, and a DynamoDB item stops at 400 KB.
 */
export const MAX_FEED_CONTENT_BYTES = 256 * 1024;

/**
 * Polls every enabled feed, claims each item not seen before (conditional write on the hash of its
 * identity: the outlet's article number, else the canonical URL) and queues the claimed ones.
 * A feed's state (ETag, Last-Modified) is saved only after its items are claimed: a claim is the
 * durable record of the work, so a run that dies after saving the state has lost nothing (the sweep
 * finds the claims), while one that dies before it polls the whole feed again next time.
 * A feed's failure, the store's included, is reported for that feed only.
 */
export async function runDiscover(deps: DiscoverDeps): Promise<DiscoverSummary> {
  const now = deps.now ?? (() => new Date());
  let queued = 0;
  let unqueued = 0;
  const reports = await mapLimit(deps.feeds.filter((f) => f.enabled), FEED_CONCURRENCY, async (feed) => {
    const at = now();
    let result: Awaited<ReturnType<typeof discoverFeed>>;
    try {
      result = await discoverFeed(feed, deps, at);
    } catch (err) {
      const report = emptyReport(feed.id, 'failed', `store: ${err instanceof Error ? err.message : String(err)}`);
      deps.log.warn(`feed ${feed.id}: ${describe(report)}`, { ...report });
      return report;
    }
    const { report, messages } = result;
    if (messages.length) {
      try {
        await deps.queue.send(messages);
        queued += messages.length;
      } catch (err) {
        // The claims stay: made due at once, the next sweep queues them. Nothing is lost.
        unqueued += messages.length;
        await Promise.all(messages.map((m) => deps.ledger.release(m.articleId, at.toISOString()).catch(() => undefined)));
        report.error = `could not queue ${messages.length} items (the sweep will): ${err instanceof Error ? err.message : String(err)}`;
      }
    }
    deps.log.info(`feed ${feed.id}: ${describe(report)}`, { ...report });
    return report;
  });
  return { feeds: reports, queued, unqueued };
}

async function discoverFeed(feed: FeedConfig, deps: DiscoverDeps, now: Date) {
  const stored = await deps.feedState.get(feed.id);
  const state = stored && deps.ignorePollInterval ? { ...stored, nextPollAfter: null } : stored;
  const outcome = await pollFeed(feed, state, deps.http, { now, schedulePeriodMinutes: deps.schedulePeriodMinutes });
  const report: FeedReport = { ...emptyReport(feed.id, outcome.status, outcome.error), items: outcome.items.length };
  const messages: ItemMessage[] = [];
  const inThisPoll = new Set<string>();
  for (const item of outcome.items) {
    const identity = itemIdentity(item);
    const articleId = articleIdOf(identity.key);
    // A feed that lists the same story twice gets one claim attempt, not a claim and a "seen".
    if (inThisPoll.has(articleId)) continue;
    inThisPoll.add(articleId);
    const message: ItemMessage = { articleId, canonicalUrl: identity.canonicalUrl, item: bounded(item), outlet: feed.outlet, site: feed.site ?? null, language: feed.language };
    const claim = await deps.ledger.claim({
      articleId, canonicalUrl: identity.canonicalUrl, feedId: feed.id, contentHash: itemFingerprint(item), claimedAt: now.toISOString(), message,
    });
    if (claim === 'seen') { report.seenItems++; continue; }
    if (claim === 'new') report.newItems++;
    else if (claim === 'updated') report.updatedItems++;
    else report.retriedItems++;
    messages.push(message);
  }
  // Only now: every item of this poll is claimed, so forgetting the feed's content loses nothing.
  try {
    await deps.feedState.put(outcome.state);
  } catch (err) {
    // The claims are made: their items still go out; the feed is simply polled in full next time.
    report.status = 'failed';
    report.error = `feed state not saved: ${err instanceof Error ? err.message : String(err)}`;
  }
  return { report, messages };
}

function bounded(item: FeedItem): FeedItem {
  if (!item.contentHtml || Buffer.byteLength(item.contentHtml) <= MAX_FEED_CONTENT_BYTES) return item;
  return { ...item, contentHtml: null };
}

function emptyReport(feedId: string, status: FeedReport['status'], error: string | null): FeedReport {
  return { feedId, status, error, items: 0, newItems: 0, updatedItems: 0, retriedItems: 0, seenItems: 0 };
}

function describe(r: FeedReport): string {
  if (r.status === 'failed') return `failed: ${r.error}`;
  if (r.status !== 'new-content') return r.status;
  const counts = `${r.items} items: ${r.newItems} new, ${r.updatedItems} updated, ${r.retriedItems} retried, ${r.seenItems} already seen`;
  return r.error ? `${counts}; ${r.error}` : counts;
}
