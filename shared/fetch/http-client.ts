/**
 * The HTTP client for pages, feeds and robots.txt: redirects checked hop by hop, the
 * private-address guard, robots.txt, per-host pacing, retries, and decoding to text.
 */
import { rootCertificates } from 'node:tls';
import { assertPublicAddress, createGuardedLookup, systemResolve, type ResolveHost } from './address-guard.js';
import { charsetFromContentType, decodeBytes } from './charset.js';
import { HttpClientOptionsSchema, type HttpClientOptions, type HttpClientOptionsInput } from './client-options.js';
import { ACCEPT_ENCODING } from './decompress.js';
import { FetchError } from './errors.js';
import { HostPacer, sleep } from './host-pacer.js';
import { sendGet, type HopResponse } from './http-get.js';
import { parseRetryAfter, retryDelayMs } from './retry-policy.js';
import { RobotsCache } from './robots.js';
import type { FetchPurpose, HttpClient, HttpGetOptions, HttpResult } from './types.js';

export { HttpClientOptionsSchema, DEFAULT_USER_AGENT } from './client-options.js';
export type { HttpClientOptions, HttpClientOptionsInput } from './client-options.js';

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/** A Crawl-delay longer than this is taken as this: a site asking for an hour between requests
 * would otherwise stall its whole queue; one minute keeps us far below any human reader's rate. */
export const MAX_CRAWL_DELAY_MS = 60_000;

const DEFAULT_ACCEPT: Record<FetchPurpose, string> = {
  page: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.8',
  feed: 'application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.8',
  robots: 'text/plain,*/*;q=0.8',
};

function requestHeaders(opts: HttpClientOptions, get: HttpGetOptions): Record<string, string> {
  const headers: Record<string, string> = {
    'user-agent': opts.userAgent,
    accept: get.accept ?? DEFAULT_ACCEPT[get.purpose],
    'accept-encoding': ACCEPT_ENCODING,
  };
  if (get.etag) headers['if-none-match'] = get.etag;
  if (get.lastModified) headers['if-modified-since'] = get.lastModified;
  return headers;
}

/** `promise`, or the error from `onTimeout` if it takes longer than `ms`. */
async function withTimeout<T>(promise: Promise<T>, ms: number, onTimeout: () => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(onTimeout()), ms);
  });
  try {
    return await Promise.race([promise, expired]);
  } finally {
    clearTimeout(timer);
  }
}

function parseHttpUrl(raw: string, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch (cause) {
    throw new FetchError({ url: raw, reason: 'bad-url', detail: `bad URL: "${raw}" is not a valid URL`, cause });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchError({ url: url.href, reason: 'bad-url', detail: `bad URL: ${url.protocol} URLs are not fetched (${url.href})` });
  }
  url.hash = '';
  return url;
}

function toResult(url: string, finalUrl: URL, res: HopResponse): HttpResult {
  const contentType = res.headers['content-type'] ?? null;
  const base = { url, finalUrl: finalUrl.href, status: res.status, headers: res.headers, contentType, bytes: res.bytes };
  if (res.status === 304) {
    return { ...base, notModified: true, text: '', charset: charsetFromContentType(contentType) ?? 'utf-8', charsetNote: null };
  }
  const { text, charset, note } = decodeBytes(res.bytes, contentType);
  return { ...base, notModified: false, text, charset, charsetNote: note };
}

/** The failure for a non-2xx, non-304, non-redirect answer. */
function statusError(start: URL, current: URL, res: HopResponse): FetchError {
  return new FetchError({
    url: current.href,
    reason: 'http-status',
    detail: current.href === start.href ? `HTTP ${res.status}` : `HTTP ${res.status} from ${current.href}`,
    status: res.status,
    retryAfterMs: parseRetryAfter(res.headers['retry-after']),
  });
}

/** Where a redirect answer points, refusing a missing Location, a loop, and one hop too many. */
function redirectTarget(current: URL, res: HopResponse, visited: Set<string>, maxRedirects: number): URL {
  const location = res.headers.location;
  if (!location) {
    throw new FetchError({ url: current.href, reason: 'http-status', detail: `HTTP ${res.status} without Location from ${current.href}`, status: res.status });
  }
  const next = parseHttpUrl(location, current);
  if (visited.has(next.href)) {
    throw new FetchError({ url: current.href, reason: 'redirect-loop', detail: `redirect loop: ${current.href} → ${next.href} was already visited` });
  }
  // `visited` holds the first URL plus one per redirect followed so far.
  if (visited.size > maxRedirects) {
    throw new FetchError({ url: current.href, reason: 'too-many-redirects', detail: `too many redirects: more than ${maxRedirects} (the next to ${next.href})` });
  }
  visited.add(next.href);
  return next;
}

/** The client behind {@link createHttpClient}; one per process, so pacing and robots caches are shared. */
class PoliteHttpClient implements HttpClient {
  private readonly resolve: ResolveHost;
  private readonly exemptOrigins: Set<string>;
  private readonly ca: string[] | undefined;
  private readonly pacer: HostPacer;
  private readonly robots: RobotsCache;

  constructor(private readonly opts: HttpClientOptions) {
    this.resolve = opts.resolve ?? systemResolve;
    this.exemptOrigins = new Set(opts.allowedOrigins.map((o) => new URL(o).origin));
    // `ca` replaces Node's trust store, so an extra CA is added to the bundled roots, not swapped in.
    this.ca = opts.tlsCa ? [...rootCertificates, opts.tlsCa] : undefined;
    this.pacer = new HostPacer({ intervalMs: opts.perHostIntervalMs, concurrency: opts.concurrency });
    // One attempt, no retries: an unreachable robots.txt means "allow, ask again in a few minutes"
    // (robots.ts), so retrying it would only delay the page behind it.
    this.robots = new RobotsCache((robotsUrl) => this.attempt(robotsUrl, { purpose: 'robots' }), {
      userAgent: opts.userAgent,
      ttlMs: opts.robotsTtlMs,
      errorTtlMs: opts.robotsErrorTtlMs,
    });
  }

  /** An arrow property, so `const { get } = client` works too. */
  readonly get = async (url: string, options: HttpGetOptions): Promise<HttpResult> => {
    const { retries, retryBaseMs, maxRetryAfterMs } = this.opts;
    for (let retry = 0; ; retry += 1) {
      try {
        return await this.attempt(url, options);
      } catch (err) {
        const error =
          err instanceof FetchError
            ? err
            : new FetchError({ url, reason: 'network', detail: err instanceof Error ? err.message : String(err), cause: err });
        const delay = retry < retries ? retryDelayMs(error, retry, retryBaseMs, maxRetryAfterMs) : null;
        if (delay === null) throw error.withContext(url, retry);
        await sleep(delay);
      }
    }
  };

  /** One attempt: follows up to maxRedirects redirects, every hop admitted afresh. */
  private async attempt(asked: string, options: HttpGetOptions): Promise<HttpResult> {
    const start = parseHttpUrl(asked);
    const headers = requestHeaders(this.opts, options);
    const visited = new Set([start.href]);
    for (let current = start; ; ) {
      const guard = await this.admit(current, options.purpose);
      const res = await this.send(current, headers, guard);
      if ((res.status >= 200 && res.status < 300) || res.status === 304) return toResult(asked, current, res);
      if (!REDIRECT_STATUSES.has(res.status)) throw statusError(start, current, res);
      current = redirectTarget(current, res, visited, this.opts.maxRedirects);
    }
  }

  /** Checks that `url` may be requested at all: address guard, then robots.txt for pages. */
  private async admit(url: URL, purpose: FetchPurpose): Promise<boolean> {
    const { allowPrivateAddresses, connectTimeoutMs, respectRobots } = this.opts;
    const guard = !allowPrivateAddresses && !this.exemptOrigins.has(url.origin);
    // Bounded like the connect, which it is the first half of: a hung resolver must not hang the GET.
    if (guard) {
      const detail = `timed out: no DNS answer for ${url.hostname} within ${connectTimeoutMs} ms`;
      await withTimeout(assertPublicAddress(url, this.resolve), connectTimeoutMs, () => new FetchError({ url: url.href, reason: 'timeout', detail }));
    }
    if (purpose === 'page' && respectRobots) {
      const verdict = await this.robots.check(url);
      if (!verdict.allowed) {
        throw new FetchError({ url: url.href, reason: 'robots-disallowed', detail: `disallowed by robots.txt: ${url.host} disallows ${url.pathname} for our agent` });
      }
      if (verdict.crawlDelayMs !== undefined) this.pacer.setHostInterval(url.host, Math.min(verdict.crawlDelayMs, MAX_CRAWL_DELAY_MS));
    }
    return guard;
  }

  /** One request on the wire, paced, with the total timeout running from when it goes out. */
  private send(url: URL, headers: Record<string, string>, guard: boolean): Promise<HopResponse> {
    const { totalTimeoutMs, connectTimeoutMs, maxBytes } = this.opts;
    return this.pacer.run(url.host, async (sent) => {
      const controller = new AbortController();
      const timer = setTimeout(() => {
        const detail = `timed out: no complete answer from ${url.href} within ${totalTimeoutMs} ms`;
        controller.abort(new FetchError({ url: url.href, reason: 'timeout', detail }));
      }, totalTimeoutMs);
      try {
        const lookup = createGuardedLookup(url, guard, this.resolve);
        return await sendGet({ url, headers, lookup, connectTimeoutMs, maxBytes, signal: controller.signal, ca: this.ca, onSent: sent });
      } finally {
        clearTimeout(timer);
      }
    });
  }
}

/**
 * Creates a client. Options are validated with {@link HttpClientOptionsSchema}; every one has a
 * polite, safe default (private addresses refused, robots.txt respected, 1 request/s per host).
 * Create one per process and share it: pacing, the concurrency limit and the robots cache live in it.
 * @throws ZodError for invalid options.
 */
export function createHttpClient(options: HttpClientOptionsInput = {}): HttpClient {
  return new PoliteHttpClient(HttpClientOptionsSchema.parse(options));
}
