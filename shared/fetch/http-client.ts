/**
 * The HTTP client for pages, feeds and robots.txt: redirects checked hop by hop, the
 * private-address guard, robots.txt, per-host pacing, retries, and decoding to text.
 */
import { rootCertificates } from 'node:tls';
import { assertPublicAddress, createGuardedLookup, systemResolve } from './address-guard.js';
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
    return { ...base, notModified: true, text: '', charset: charsetFromContentType(contentType) ?? 'utf-8' };
  }
  return { ...base, notModified: false, ...decodeBytes(res.bytes, contentType) };
}

/**
 * Creates a client. Options are validated with {@link HttpClientOptionsSchema}; every one has a
 * polite, safe default (private addresses refused, robots.txt respected, 1 request/s per host).
 */
export function createHttpClient(options: HttpClientOptionsInput = {}): HttpClient {
  const opts = HttpClientOptionsSchema.parse(options);
  const resolve = opts.resolve ?? systemResolve;
  const exemptOrigins = new Set(opts.allowedOrigins.map((o) => new URL(o).origin));
  // `ca` replaces Node's trust store, so an extra CA is added to the bundled roots, not swapped in.
  const ca = opts.tlsCa ? [...rootCertificates, opts.tlsCa] : undefined;
  const pacer = new HostPacer({ intervalMs: opts.perHostIntervalMs, concurrency: opts.concurrency });
  const robots = new RobotsCache((robotsUrl) => get(robotsUrl, { purpose: 'robots' }), {
    userAgent: opts.userAgent,
    ttlMs: opts.robotsTtlMs,
    errorTtlMs: opts.robotsErrorTtlMs,
  });

  /** One request on the wire, paced, with the total timeout running from when it goes out. */
  function send(url: URL, headers: Record<string, string>, guard: boolean): Promise<HopResponse> {
    return pacer.run(url.host, async () => {
      const controller = new AbortController();
      const timer = setTimeout(() => {
        const detail = `timed out: no complete answer from ${url.href} within ${opts.totalTimeoutMs} ms`;
        controller.abort(new FetchError({ url: url.href, reason: 'timeout', detail }));
      }, opts.totalTimeoutMs);
      try {
        return await sendGet({
          url,
          headers,
          lookup: createGuardedLookup(url, guard, resolve),
          connectTimeoutMs: opts.connectTimeoutMs,
          maxBytes: opts.maxBytes,
          signal: controller.signal,
          ca,
        });
      } finally {
        clearTimeout(timer);
      }
    });
  }

  /** Checks that `url` may be requested at all: address guard, then robots.txt for pages. */
  async function admit(url: URL, purpose: FetchPurpose): Promise<boolean> {
    const guard = !opts.allowPrivateAddresses && !exemptOrigins.has(url.origin);
    // Bounded like the connect, which it is the first half of: a hung resolver must not hang the GET.
    if (guard) {
      const detail = `timed out: no DNS answer for ${url.hostname} within ${opts.connectTimeoutMs} ms`;
      await withTimeout(assertPublicAddress(url, resolve), opts.connectTimeoutMs, () => new FetchError({ url: url.href, reason: 'timeout', detail }));
    }
    if (purpose === 'page' && opts.respectRobots) {
      const verdict = await robots.check(url);
      if (!verdict.allowed) {
        throw new FetchError({ url: url.href, reason: 'robots-disallowed', detail: `disallowed by robots.txt: ${url.host} disallows ${url.pathname} for our agent` });
      }
      if (verdict.crawlDelayMs !== undefined) pacer.setHostInterval(url.host, Math.min(verdict.crawlDelayMs, MAX_CRAWL_DELAY_MS));
    }
    return guard;
  }

  /** One attempt: follows up to maxRedirects redirects, every hop admitted afresh. */
  async function attempt(asked: string, get: HttpGetOptions): Promise<HttpResult> {
    const start = parseHttpUrl(asked);
    const headers = requestHeaders(opts, get);
    const visited = new Set([start.href]);
    let current = start;
    for (let redirects = 0; ; redirects += 1) {
      const guard = await admit(current, get.purpose);
      const res = await send(current, headers, guard);
      if ((res.status >= 200 && res.status < 300) || res.status === 304) return toResult(asked, current, res);
      if (!REDIRECT_STATUSES.has(res.status)) {
        throw new FetchError({
          url: current.href,
          reason: 'http-status',
          detail: current.href === start.href ? `HTTP ${res.status}` : `HTTP ${res.status} from ${current.href}`,
          status: res.status,
          retryAfterMs: parseRetryAfter(res.headers['retry-after']),
        });
      }
      const location = res.headers.location;
      if (!location) {
        throw new FetchError({ url: current.href, reason: 'http-status', detail: `HTTP ${res.status} without Location from ${current.href}`, status: res.status });
      }
      const next = parseHttpUrl(location, current);
      if (visited.has(next.href)) {
        throw new FetchError({ url: current.href, reason: 'redirect-loop', detail: `redirect loop: ${current.href} → ${next.href} was already visited` });
      }
      if (redirects + 1 > opts.maxRedirects) {
        throw new FetchError({ url: current.href, reason: 'too-many-redirects', detail: `too many redirects: more than ${opts.maxRedirects} (the next to ${next.href})` });
      }
      visited.add(next.href);
      current = next;
    }
  }

  async function get(url: string, getOptions: HttpGetOptions): Promise<HttpResult> {
    for (let retry = 0; ; retry += 1) {
      try {
        return await attempt(url, getOptions);
      } catch (err) {
        const error =
          err instanceof FetchError
            ? err
            : new FetchError({ url, reason: 'network', detail: err instanceof Error ? err.message : String(err), cause: err });
        const delay = retry < opts.retries ? retryDelayMs(error, retry, opts.retryBaseMs, opts.maxRetryAfterMs) : null;
        if (delay === null) throw error.withContext(url, retry);
        await sleep(delay);
      }
    }
  }

  return { get };
}
