import type { Alert, AlertedSnapshot, Article, Deal, Fact, FeedState, ItemMessage, Subscription } from '../schemas/index.js';

/** What DynamoDB keeps of an article: everything but the body, which lives in S3 (articleKey). */
export type ArticleMeta = Omit<Article, 'paragraphs'> & { articleKey: string; paragraphCount: number };

/**
 * The ports the pipeline talks to. Adapters: store/dynamo, store/s3, store/sns and local/.
 * Every write is idempotent: ids are deterministic, so a retry or a re-run changes nothing.
 */

/** Raw pages and article JSON (S3, keys partitioned by date: see keys.ts). */
export interface BlobStore {
  put(key: string, body: string, contentType: string): Promise<void>;
  /** null when the key does not exist. */
  get(key: string): Promise<string | null>;
  list(prefix: string): Promise<string[]>;
}

/**
 * The claim of a feed item. It is also the item's work record: it keeps the queue message, and
 * while the work is open (handed out and not settled, or failed for a reason worth retrying) it is
 * listed in the work index, which the sweep reads. The feed is never needed to find lost work.
 */
export interface ItemClaim {
  articleId: string;
  canonicalUrl: string;
  feedId: string;
  /** Hash of title + description + content, to tell an update from a repeat. */
  contentHash: string;
  claimedAt: string;
  /** What the processor needs; kept so that the sweep can hand the item out again. */
  message: ItemMessage;
}

export type ClaimOutcome = 'new' | 'updated' | 'retry' | 'seen';

/** A claim whose work is not done: handed out and never settled, or failed for a reason worth retrying. */
export interface OpenClaim {
  articleId: string;
  status: 'claimed' | 'failed';
  /** When it was last handed out. */
  claimedAt: string;
  /** When the sweep may take it: the end of its lease, or of its retry pause. */
  dueAt: string;
  /** Hand-outs so far (a failed one is retried while this is under MAX_ATTEMPTS). */
  attempts: number;
  /** Times a hand-out was abandoned (its runner died) and taken over. */
  takeovers: number;
  error: string | null;
  message: ItemMessage | null;
}

export interface ClaimSettlement {
  status: 'stored' | 'failed';
  error?: string;
  retryable?: boolean;
}

export interface ItemLedger {
  /**
   * Claims the item with a conditional write. Returns 'new' for the first claim, 'updated' when the
   * item was claimed before with a different content hash (the claim is then replaced), 'retry' when
   * its earlier claim is due again (failed transiently, or handed out and abandoned), 'seen' otherwise.
   */
  claim(claim: ItemClaim): Promise<ClaimOutcome>;
  /**
   * Records the outcome. Stored, or failed for good, closes the work; a retryable failure keeps it
   * open, due again after a pause that grows with each attempt, until MAX_ATTEMPTS.
   */
  settle(articleId: string, outcome: ClaimSettlement, at?: string): Promise<void>;
  /** Makes a handed-out claim due at once (its message could not be queued): the next sweep sends it. */
  release(articleId: string, at: string): Promise<void>;
  /**
   * Open claims due at `at`, through the work index (never through the feeds). A claim handed out
   * before `abandonedBefore` counts as abandoned (default: `at` minus the lease); the local runtime,
   * which holds the data-folder lock, passes its own start time: no other run can be holding one.
   */
  due(query: { at: string; abandonedBefore?: string; limit?: number }): Promise<OpenClaim[]>;
  /**
   * Hands a due claim out again, if it has not changed since `due` read it. Returns its message, or
   * null when another runner took it first, or when it was abandoned too often (it is then closed).
   */
  takeOver(claim: OpenClaim, at: string): Promise<ItemMessage | null>;
  /** The claim's stored message (the feed item it came from), or null. */
  messageOf(articleId: string): Promise<ItemMessage | null>;
}

export interface ArticleStore {
  putArticle(article: ArticleMeta): Promise<void>;
  getArticle(articleId: string): Promise<ArticleMeta | null>;
}

export interface FactQuery {
  type?: Fact['type'];
  /** One ISO2 code, or two joined by '-' for a pair ("CN-KZ", any order). */
  country?: string;
  organization?: string;
  /** YYYY-MM-DD, inclusive. */
  since?: string;
  limit?: number;
}

export interface FactStore {
  /**
   * Makes `facts` the article's facts: writes every new or changed fact first, then removes the facts
   * (and index entries) that are gone, so the article never has no facts in between.
   */
  replaceFacts(articleId: string, facts: Fact[]): Promise<{ added: Fact[]; removed: Fact[] }>;
  factsOfArticle(articleId: string): Promise<Fact[]>;
  deleteFacts(facts: Fact[]): Promise<void>;
  query(q: FactQuery): Promise<Fact[]>;
}

export interface FeedStateStore {
  get(feedId: string): Promise<FeedState | null>;
  put(state: FeedState): Promise<void>;
  list(): Promise<FeedState[]>;
}

/** One alert in the outbox: written pending before it is sent, marked sent after. */
export interface OutboxEntry {
  key: string;
  alert: Alert;
  status: 'pending' | 'sent';
  /** Failed sends so far. */
  attempts: number;
  createdAt: string;
  /** When a pending alert is next due (now, or after its back-off). */
  nextAttemptAt: string;
  lastError: string | null;
  sentAt: string | null;
}

/**
 * The alert outbox. An alert is written (pending) before anything is sent, with a conditional write
 * on its key, so it is decided once; a sender leases it, sends it, and marks it sent, or failed
 * (pending again, due after a back-off). Pending alerts are listed in an index, so later runs and
 * the scheduled dispatch find them whatever happened to the sender.
 */
export interface AlertOutbox {
  /** Writes the alert as pending; false when an alert with its key exists (pending or sent). */
  enqueue(alert: Alert, at: string): Promise<boolean>;
  /**
   * Takes the right to send a pending alert. null when it is sent, unknown, or leased by another
   * sender after `leasesTakenBefore` (default: `at` minus the lease; the local runtime, which holds
   * the data-folder lock, passes its start time).
   */
  lease(key: string, at: string, options?: { leasesTakenBefore?: string }): Promise<OutboxEntry | null>;
  markSent(key: string, at: string): Promise<void>;
  /** Counts a failed send and makes the alert due again after a back-off. */
  markFailed(entry: OutboxEntry, error: string, at: string): Promise<void>;
  /** Keys of pending alerts due at `at`, oldest first. */
  due(at: string, limit?: number): Promise<string[]>;
  /** Every pending alert, oldest first (for the alerts command). */
  pending(): Promise<OutboxEntry[]>;
  /** The alerts sent on a UTC day (yyyy-mm-dd), in the order they were sent (for daily digests). */
  sentOn(day: string): Promise<OutboxEntry[]>;
}

/** Where claimed items go: SQS in AWS. Locally the claims themselves are the queue. */
export interface ItemQueue {
  send(messages: ItemMessage[]): Promise<void>;
}

/**
 * Where alerts go: SNS in AWS; .data/alerts.jsonl and an optional webhook locally. `send` may be
 * called again for an alert whose earlier send was cut short (a crash between sending and marking
 * it sent): sinks pass `alert.alertId` on, so a receiver can drop the repeat.
 */
export interface AlertSink {
  send(alert: Alert): Promise<void>;
}

/** Every store of the pipeline; a Lambda without a bucket has no blob store. */
export interface Stores {
  blobs: BlobStore | null;
  articles: ArticleStore;
  facts: FactStore;
  feedState: FeedStateStore;
  ledger: ItemLedger;
  outbox: AlertOutbox;
  deals: DealStore;
}

export interface DealQuery {
  type?: Deal['type'];
  /** One ISO2 code, or two joined by '-' for a pair ("CN-KZ", any order). */
  country?: string;
  organization?: string;
  /** YYYY-MM-DD, inclusive, on the deal's day. */
  since?: string;
  limit?: number;
}

/** A fact found through the index, with the number of facts its article had when it was stored (null: not recorded). */
export interface IndexedFact {
  fact: Fact;
  articleFacts: number | null;
}

/**
 * Deals (deals/) beside the facts: one item per deal with its mentions, and a membership item per
 * fact that names its deal. Grouping itself is pure (deals/group-deals.ts); this port is what the
 * incremental update (deals/update-deals.ts) reads and writes.
 */
export interface DealStore {
  /**
   * The stored facts listed under one index key (store/keys.ts candidateKeysOf: an organisation, a country pair, a
   * country) and dated `fromDay` to `toDay` (yyyy-mm-dd, both included).
   */
  indexed(key: string, fromDay: string, toDay: string): Promise<IndexedFact[]>;
  /** The memberships kept under an article: fact id -> deal id (facts since removed included, until forgotten). */
  membersOfArticle(articleId: string): Promise<Map<string, string>>;
  /** The deal of each fact that has one, by fact id. */
  dealIdsOf(facts: ReadonlyArray<Pick<Fact, 'articleId' | 'id'>>): Promise<Map<string, string>>;
  getDeal(dealId: string): Promise<Deal | null>;
  /** The deal with its revision: a token that changes with every write of it, for writing over exactly what was read. */
  readDeal(dealId: string): Promise<{ deal: Deal; revision: string } | null>;
  /**
   * Writes the deal, then (unless `memberships` is false) the membership of each of its mentions. With `ifRevision`, only
   * over the deal as read (readDeal): false when another process wrote or deleted it meanwhile (nothing is written then).
   */
  putDeal(deal: Deal, options?: { memberships?: boolean; ifRevision?: string }): Promise<boolean>;
  /**
   * Writes the membership of the deal's mentions (those of `factIds` when given): fact -> deal, and clears the facts'
   * pending marks of the `settled` deals (those the caller read and decided on); marks another process added meanwhile stay.
   */
  putMemberships(deal: Deal, settled: ReadonlySet<string>, factIds?: ReadonlySet<string>): Promise<void>;
  /**
   * Marks each of the deal's mentions as pending for it, before a new deal is written (or one another process
   * deleted meanwhile) and long before its memberships move: a process that dies in between leaves a deal its facts
   * still lead to.
   */
  markPending(deal: Deal): Promise<void>;
  /** The deals marked pending on any of these facts (deals/update-deals.ts deletes the ones it replaces). */
  pendingDealsOf(facts: ReadonlyArray<Pick<Fact, 'articleId' | 'id'>>): Promise<Set<string>>;
  /** Deletes the deal; with `ifRevision`, only the deal as read: false when another process wrote it meanwhile. */
  deleteDeal(dealId: string, options?: { ifRevision?: string }): Promise<boolean>;
  /** Removes the memberships of facts that are gone. */
  forget(articleId: string, factIds: readonly string[]): Promise<void>;
  query(q: DealQuery): Promise<Deal[]>;
  /**
   * Claims the announcement of a new deal: a marker on each of its facts (conditional: absent, or
   * already this owner's), so two processes that each see the deal new cannot both announce it. On
   * a fact another owner has announced, undoes its own markers and returns that announcement.
   * `owner` is the processing article: its retry (after a crash, with a regrouped deal) may claim again.
   */
  claimAnnouncement(owner: string, facts: ReadonlyArray<Pick<Fact, 'articleId' | 'id'>>, told: AlertedSnapshot): Promise<AlertedSnapshot | null>;
  /** The announcements covering these facts, by fact id: who claimed it, and what it told. */
  announcementsOf(facts: ReadonlyArray<Pick<Fact, 'articleId' | 'id'>>): Promise<Map<string, { owner: string; told: AlertedSnapshot }>>;
}

/** Alert subscriptions, as data (SUB#<id> items): added, listed and removed without a redeploy. */
export interface SubscriptionStore {
  /** Writes a new subscription; false when one with its id exists (it is left as it was). */
  add(subscription: Subscription): Promise<boolean>;
  /** Rewrites an existing subscription (its SNS subscription ARN, once known); false when it is gone. */
  update(subscription: Subscription): Promise<boolean>;
  get(id: string): Promise<Subscription | null>;
  /** Every subscription, oldest first. */
  list(): Promise<Subscription[]>;
  /**
   * Deletes it; returns what was deleted (null when there was none). An item that no longer fits the
   * schema is deleted too: `subscription` is then null, and its SNS subscription ARN read as it was stored.
   */
  remove(id: string): Promise<{ subscription: Subscription | null; snsSubscriptionArn: string | null } | null>;
}

/**
 * Which subscriptions an alert has reached (local routing). Recorded after each delivery, so that a
 * retry of the alert (another subscription failed) sends it only where it has not gone yet.
 */
export interface AlertDeliveries {
  deliveredTo(alertKey: string): Promise<Set<string>>;
  record(alertKey: string, subscriptionId: string, at: string): Promise<void>;
}

/**
 * The alert topic's own subscriptions (SNS on AWS): one per subscription that SNS delivers itself,
 * with the filter policy generated from it.
 */
export interface SubscriptionTopic {
  /** Subscribes the channel; returns the subscription ARN (SNS returns it at once, confirmed or not). */
  subscribe(subscription: Subscription): Promise<string>;
  unsubscribe(subscriptionArn: string): Promise<void>;
}
