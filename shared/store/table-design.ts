/**
 * The one DynamoDB table: key attributes and global secondary indexes, shared by the CDK stack
 * (infra/constructs/storage.ts) and the local runtime (local/stores.ts) so both create the same table.
 *
 * Items (pk / sk):
 * - article            ART#<articleId> / ARTICLE           GSI2: ARTICLES / <published>#<articleId>
 * - item claim         ART#<articleId> / CLAIM             (conditional write: one claim per story; the
 *                      item's work record)  GSI2, while its work is open: WORK / <dueAt>#<articleId>
 * - fact               ART#<articleId> / FACT#<factId>     GSI1: TYPE#<type> / <date>#<factId>
 * - fact index entry   C#<ISO2> | CP#<ISO2>-<ISO2> | ORG#<org key>  /  <date>#<factId>
 *                      (one per country, country pair and organisation: a fact with several countries
 *                      cannot sit under one GSI key, so the index is written as items); `fact`, and
 *                      `articleFacts`: how many facts its article had when written (deal grouping reads an
 *                      article only when the entries it found do not hold them all)
 * - feed state         FEED#<feedId> / STATE               GSI2: FEEDS / <feedId>
 * - alert (outbox)     ALERT#<key> / ALERT                 GSI2, while pending: OUTBOX / <nextAttemptAt>#<key>;
 *                      once sent: SENT#<yyyy-mm-dd> / <sentAt>#<key> (the day's alerts, for digests)
 * - alert delivery     ALERT#<key> / DELIVERY#<subId>   the alert reached that subscription (local routing,
 *                      alerts/route-alerts.ts): a retry of the alert skips it
 * - subscription       SUB#<id> / SUBSCRIPTION          GSI2: SUBSCRIPTIONS / <createdAt>#<id>   (`subscription`
 *                      holds the Subscription; managed with `npm run subscriptions`)
 * - deal               DEAL#<dealId> / DEAL              GSI2: DEALS / <day>#<dealId>   (deals/: one real-world
 *                      deal with its mentions from every outlet; `deal` holds the Deal)
 * - deal membership    ART#<articleId> / DEALOF#<factId> `dealId`: the deal a fact belongs to, so that a
 *                      re-extracted or removed fact finds the deal to update; `pendingDeals`: deals written new
 *                      for the fact whose memberships have not moved yet (cleared by the update that reads and settles
 *                      them, never by one that did not read them)
 * - announcement       ART#<articleId> / TOLD#<factId>   `owner`, `told`: the new-deal alert that covered the fact
 *                      (conditional write: two processes never both announce one deal)
 * - token budget       BUDGET#tokens / DAY#<yyyy-mm-dd>    `used`: model tokens counted that UTC day by every
 *                      process Lambda (atomic ADD, conditional on the day's limit); one small item a day,
 *                      kept (the table has no TTL)
 * Article by URL needs no index: the article id is the hash of the URL's identity (pipeline/ids.ts).
 */
export const KEY = { pk: 'pk', sk: 'sk' } as const;

export const GSI = {
  /** Facts by type and date. */
  byType: { name: 'gsi1', pk: 'gsi1pk', sk: 'gsi1sk' },
  /** Listings by entity kind: articles by date, feeds, open work (sparse: only open claims carry it). */
  byKind: { name: 'gsi2', pk: 'gsi2pk', sk: 'gsi2sk' },
} as const;

/** The gsi2 partition of open work: claims handed out and unsettled, or failed and due for a retry. */
export const WORK_INDEX_PK = 'WORK';

/** The gsi2 partition of alerts not yet sent. */
export const OUTBOX_INDEX_PK = 'OUTBOX';

/** The gsi2 partition of the alerts sent on a UTC day (yyyy-mm-dd), for the daily digest. */
export const sentIndexPk = (day: string) => `SENT#${day}`;

/** Only these attributes mark a stored fact (and not an index entry): the stream filter keys on it. */
export const ENTITY_ATTR = 'entity';
export const ENTITY = {
  article: 'article',
  claim: 'claim',
  fact: 'fact',
  factIndex: 'fact-index',
  feed: 'feed',
  alert: 'alert',
  tokenBudget: 'token-budget',
  deal: 'deal',
  dealMember: 'deal-member',
  announcement: 'announcement',
  subscription: 'subscription',
  alertDelivery: 'alert-delivery',
} as const;

/** The gsi2 partition that lists subscriptions, oldest first. */
export const SUBSCRIPTIONS_INDEX_PK = 'SUBSCRIPTIONS';

/** The gsi2 partition that lists deals by day. */
export const DEALS_INDEX_PK = 'DEALS';

/** Default names; the stack and the local runtime may override. */
export const DEFAULT_TABLE_NAME = 'coop-facts';
export const DEFAULT_BUCKET_NAME = 'coop-facts';
