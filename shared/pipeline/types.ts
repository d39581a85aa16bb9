import type { Fact, FeedConfig } from '../schemas/index.js';
import type { HttpClient } from '../fetch/types.js';
import type { FactExtractor, FallbackReason } from '../facts/extractor.js';
import type {
  AlertOutbox, ArticleStore, BlobStore, DealStore, FactStore, FeedStateStore, ItemLedger, ItemQueue,
} from '../store/ports.js';

/** Progress lines for the local runtime; Lambdas log them as structured logs. */
export interface PipelineLog {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
}

export type { ItemQueue } from '../store/ports.js';

export interface DiscoverDeps {
  feeds: FeedConfig[];
  http: HttpClient;
  ledger: ItemLedger;
  feedState: FeedStateStore;
  queue: ItemQueue;
  log: PipelineLog;
  now?: () => Date;
  /**
   * Poll every feed now, whatever its poll interval says. For the bundled sample site only, where
   * the server is ours; never for real outlets (their Retry-After and intervals are kept).
   */
  ignorePollInterval?: boolean;
  /** Minutes between two scheduled runs (a feed may be polled half of it early). @default the default schedule's */
  schedulePeriodMinutes?: number;
}

export interface FeedReport {
  feedId: string;
  status: 'new-content' | 'not-modified' | 'failed' | 'skipped' | 'paused';
  error: string | null;
  items: number;
  newItems: number;
  updatedItems: number;
  retriedItems: number;
  seenItems: number;
}

export interface DiscoverSummary {
  feeds: FeedReport[];
  queued: number;
  /** Claimed but not queued (the queue refused): the sweep sends them. */
  unqueued: number;
}

export interface SweepDeps {
  ledger: ItemLedger;
  queue: ItemQueue;
  log: PipelineLog;
  now?: () => Date;
  /** See ItemLedger.due: the local runtime, which holds the data-folder lock, passes its start time. */
  abandonedBefore?: string;
}

export interface SweepSummary {
  /** Open claims found due. */
  due: number;
  /** Of those, handed out again and queued. */
  queued: number;
  error: string | null;
}

export interface ProcessDeps {
  http: HttpClient;
  blobs: BlobStore;
  articles: ArticleStore;
  facts: FactStore;
  /** Deals are brought up to date with each article's facts (deals/update-deals.ts). */
  deals: DealStore;
  ledger: ItemLedger;
  outbox: AlertOutbox;
  /** Facts with an amount at or over this many USD are alerted whatever their type. */
  thresholdUsd: number;
  log: PipelineLog;
  now?: () => Date;
  /** @default the rules */
  extractor?: FactExtractor;
}

export interface ProcessResult {
  articleId: string;
  url: string;
  status: 'stored' | 'failed';
  error: string | null;
  /** For a failure: true when a later try may succeed (network, 5xx, store), so the queue should retry. */
  retryable: boolean;
  title: string | null;
  /** Facts written by this call that did not exist before (what notify sees). */
  newFacts: Fact[];
  /** All facts of the article after this call. */
  facts: Fact[];
  /** The deals that hold the article's facts after this call (a later article may merge them further). */
  dealIds: string[];
  /** The outbox keys of the alerts these facts deserve (new or written before), for the dispatcher. */
  alertKeys: string[];
  /** How the facts were read: the model's tokens and cache, or why the rules read a model-configured article. */
  extraction: ExtractionNote | null;
}

/** The run summary's view of one extraction (facts/extractor.ts Extraction, without the facts). */
export interface ExtractionNote {
  fallback: FallbackReason | null;
  inputTokens: number;
  outputTokens: number;
  cached: boolean;
  /** Facts the model answered that grounding refused. */
  dropped: number;
}
