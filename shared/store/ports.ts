import type { Alert, Article, Fact, FeedState } from '../schemas/index.js';

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

/** The claim of a feed item, so that each article is processed once however often it is seen. */
export interface ItemClaim {
  articleId: string;
  canonicalUrl: string;
  feedId: string;
  /** Hash of title + description + content, to tell an update from a repeat. */
  contentHash: string;
  claimedAt: string;
}

export type ClaimOutcome = 'new' | 'updated' | 'retry' | 'seen';

export interface ItemLedger {
  /**
   * Claims the item with a conditional write. Returns 'new' for the first claim, 'updated' when the
   * item was claimed before with a different content hash (the claim is then replaced), 'retry' when
   * an earlier attempt failed with an error worth retrying (up to a bound), 'seen' otherwise.
   */
  claim(claim: ItemClaim): Promise<ClaimOutcome>;
  /** Marks the claim done or failed (for reporting and re-drive). */
  settle(articleId: string, outcome: { status: 'stored' | 'failed'; error?: string; retryable?: boolean }): Promise<void>;
  /** Releases a claim so that the item is tried again on a later run (used when it could not be queued). */
  release(articleId: string): Promise<void>;
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

/**
 * Remembers which facts were alerted, so each alert goes out once even when the stream repeats.
 * A claim is pending until confirmed; a pending claim older than its lease (a sender that crashed
 * between claim and send) can be claimed again, so a crash cannot lose an alert.
 */
export interface AlertLedger {
  /** true when the caller may send: never claimed, or a pending claim whose lease ran out. */
  claim(key: string, at: string): Promise<boolean>;
  /** Marks the alert sent: it is never claimed again. */
  confirm(key: string, at: string): Promise<void>;
  /** Gives a claim back when the alert could not be sent, so a retry sends it. */
  release(key: string): Promise<void>;
}

/** Where alerts go: SNS in AWS; .data/alerts.jsonl and an optional webhook locally. */
export interface AlertSink {
  send(alert: Alert): Promise<void>;
}
