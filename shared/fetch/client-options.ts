/**
 * The HTTP client's settings, as a zod schema so the local runtime and the Lambdas can pass them
 * from config and get every default filled in.
 */
import * as z from 'zod';
import type { ResolveHost } from './address-guard.js';
import { MAX_DOCUMENT_BYTES } from '../config/limits.js';

/** Honest and contactable, as crawler etiquette asks; the first token is what robots.txt rules name. */
export const DEFAULT_USER_AGENT = 'coop-facts/0.1 (+https://github.com/coop-facts/coop-facts; news research bot)';

const ms = () => z.number().int().nonnegative();

export const HttpClientOptionsSchema = z.object({
  /** @default DEFAULT_USER_AGENT */
  userAgent: z.string().min(1).default(DEFAULT_USER_AGENT),
  /** From socket creation to the TCP (and TLS) connection being up. @default 5000 */
  connectTimeoutMs: ms().default(5000),
  /** One request (one redirect hop), from when it goes out (after pacing) to the last body byte. @default 20000 */
  totalTimeoutMs: ms().default(20_000),
  /** Cap on the decompressed body; the transfer is aborted as soon as it is passed. @default 5 MiB */
  maxBytes: z.number().int().positive().default(MAX_DOCUMENT_BYTES),
  /** @default 5 */
  maxRedirects: z.number().int().nonnegative().default(5),
  /** Turn the private-address guard off entirely (local runtime, tests). @default false */
  allowPrivateAddresses: z.boolean().default(false),
  /**
   * Origins exempt from the private-address guard, e.g. `['http://127.0.0.1:8080']` for a local
   * fixture server, while every other private address (and every redirect elsewhere) is still
   * refused. @default []
   */
  allowedOrigins: z.array(z.url()).default([]),
  /** Minimum time between two requests to the same host going out (on the wire, not when scheduled). @default 1000 */
  perHostIntervalMs: ms().default(1000),
  /** Requests in flight at once, all hosts together. @default 8 */
  concurrency: z.number().int().positive().default(8),
  /** Retries after the first attempt, for network errors, timeouts, 5xx and 429. @default 3 */
  retries: z.number().int().nonnegative().default(3),
  /** First backoff; doubled each retry, with jitter. @default 500 */
  retryBaseMs: ms().default(500),
  /** Longest Retry-After we wait for; a longer one is waited for only this long. @default 60000 */
  maxRetryAfterMs: ms().default(60_000),
  /** Check robots.txt before fetching a page (purpose 'page' only). @default true */
  respectRobots: z.boolean().default(true),
  /** How long a robots.txt stays cached per origin. @default 1 hour */
  robotsTtlMs: ms().default(60 * 60 * 1000),
  /** How long an unreachable robots.txt (5xx, network) is remembered as "allow". @default 5 minutes */
  robotsErrorTtlMs: ms().default(5 * 60 * 1000),
  /** Extra CA certificates (PEM) to trust besides Node's bundled roots: a private CA in the local runtime, tests. */
  tlsCa: z.string().optional(),
  /** Host name resolver (tests map made-up names to loopback or private addresses). @default the system resolver */
  resolve: z.custom<ResolveHost>((v) => typeof v === 'function').optional(),
});

/** Settings as given (every field optional). */
export type HttpClientOptionsInput = z.input<typeof HttpClientOptionsSchema>;
/** Settings with the defaults filled in. */
export type HttpClientOptions = z.output<typeof HttpClientOptionsSchema>;
