/**
 * robots.txt checks for article pages, one fetch per origin per TTL (robots-parser does the
 * parsing: wildcards, `$`, longest match, Allow vs Disallow precedence).
 */
import robotsParserModule from 'robots-parser';
import { FetchError } from './errors.js';
import type { HttpResult } from './types.js';

// The package is CommonJS with `module.exports = function`, so under NodeNext the default import IS
// the function, while its .d.ts declares an ES default export; this cast reconciles the two.
const robotsParser = robotsParserModule as unknown as typeof robotsParserModule.default;
type Robots = ReturnType<typeof robotsParser>;

/** Fetches a robots.txt URL (through the same client, purpose 'robots'). */
export type FetchRobotsTxt = (robotsUrl: string) => Promise<HttpResult>;

export interface RobotsVerdict {
  allowed: boolean;
  /** The Crawl-delay for our agent, when the site sets one. */
  crawlDelayMs?: number;
}

export interface RobotsCacheOptions {
  /** Full User-Agent header; robots-parser matches groups on its first token ("coop-facts"). */
  userAgent: string;
  ttlMs: number;
  /** TTL for "could not read robots.txt", shorter so a site that was down is checked again soon. */
  errorTtlMs: number;
  now?: () => number;
}

interface Entry {
  expires: number;
  robots: Robots | null;
}

/** The robots.txt token for a User-Agent header: its first word, without the version. */
export function robotsToken(userAgent: string): string {
  return (userAgent.trim().split(/\s+/)[0] ?? userAgent).split('/')[0] ?? userAgent;
}

/**
 * Per-origin robots.txt cache. What a robots.txt we cannot read means (RFC 9309 §2.3.1):
 * - 4xx (typically 404): there are no rules, so everything is allowed; the RFC says the same.
 * - 5xx, network errors, timeouts: also allowed, deliberately. The RFC says to assume complete
 *   disallow; we poll a few article pages per site per hour at 1 request per second, so a site with a
 *   flaky robots.txt would otherwise drop out entirely. The verdict is cached only for `errorTtlMs`.
 * - Any other failure (private address, too large, bad URL) is also "allowed": the page request
 *   itself then meets the same guard and fails with the real reason.
 */
export class RobotsCache {
  private readonly entries = new Map<string, Entry>();
  private readonly inFlight = new Map<string, Promise<Entry>>();
  private readonly token: string;
  private readonly now: () => number;

  constructor(
    private readonly fetchRobots: FetchRobotsTxt,
    private readonly options: RobotsCacheOptions,
  ) {
    this.token = robotsToken(options.userAgent);
    this.now = options.now ?? Date.now;
  }

  /** Whether our agent may fetch `url`, and the Crawl-delay that applies. */
  async check(url: URL): Promise<RobotsVerdict> {
    const entry = await this.entryFor(url.origin);
    if (!entry.robots) return { allowed: true };
    const allowed = entry.robots.isAllowed(url.href, this.token) !== false;
    const delay = entry.robots.getCrawlDelay(this.token);
    return delay !== undefined && Number.isFinite(delay) && delay > 0 ? { allowed, crawlDelayMs: delay * 1000 } : { allowed };
  }

  private async entryFor(origin: string): Promise<Entry> {
    const cached = this.entries.get(origin);
    if (cached && cached.expires > this.now()) return cached;
    // Concurrent checks for one origin share a single robots.txt request.
    let pending = this.inFlight.get(origin);
    if (!pending) {
      pending = this.load(origin).finally(() => this.inFlight.delete(origin));
      this.inFlight.set(origin, pending);
    }
    return pending;
  }

  private async load(origin: string): Promise<Entry> {
    const robotsUrl = `${origin}/robots.txt`;
    let entry: Entry;
    try {
      const result = await this.fetchRobots(robotsUrl);
      entry = { robots: robotsParser(robotsUrl, result.text), expires: this.now() + this.options.ttlMs };
    } catch (err) {
      const clientError = err instanceof FetchError && err.status !== undefined && err.status >= 400 && err.status < 500 && err.status !== 429;
      entry = { robots: null, expires: this.now() + (clientError ? this.options.ttlMs : this.options.errorTtlMs) };
    }
    this.entries.set(origin, entry);
    return entry;
  }
}
