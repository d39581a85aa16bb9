/**
 * The generated news site of the load benchmark (load.bench.ts): many outlets' worth of articles
 * over several made-up hosts (`h03-kun.bench.test`), all served by one loopback server that routes
 * on the Host header and logs every request it receives, with its arrival time: the log pacing is
 * checked against. The markup and feeds are the sample site's (templates/), the text is the sample
 * site's articles, each given a new id, slug and date (and, after the first round, other sums), so every page parses
 * as a real outlet's would and each copy reports an event of its own.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { FeedConfigSchema, type FeedConfig } from '../../shared/schemas/index.js';
import { ENGLISH_OUTLETS, SAMPLE_ARTICLES, SampleArticleSchema, articlePath, type SampleArticle } from '../../shared/local/sample-site/index.js';
import { OUTLET_TEMPLATES, type OutletTemplate } from '../../shared/local/sample-site/templates/index.js';
import { OUTLET_FEEDS } from '../../shared/local/sample-site/sample-feeds.js';
import { sendDocument, type StaticDocument } from '../../shared/local/sample-site/conditional-get.js';

/** How big the site is: hosts × feeds per host × articles per feed. */
export interface LoadPlan {
  hosts: number;
  feedsPerHost: number;
  articlesPerFeed: number;
  /** Each feed also lists this many of the next feed's (same host) newest articles: one story, two feeds. */
  crossListed: number;
}

/** 2,000 articles over 50 feeds on 10 hosts, as issue 11 asks. */
export const LOAD_PLAN: LoadPlan = { hosts: 10, feedsPerHost: 5, articlesPerFeed: 40, crossListed: 4 };

/** Made-up names under the reserved `.test` TLD (RFC 6761): the client maps them to loopback. */
export const LOAD_HOST_SUFFIX = '.bench.test';

/** One generated article and where it is served. */
export interface LoadArticle {
  article: SampleArticle;
  host: string;
  /** Absolute URL, port included. */
  url: string;
  /** The page as served. */
  html: string;
}

/** One request as the site received it. */
export interface LoadRequest {
  host: string;
  path: string;
  /**
   * performance.now() when the site accepted the request's connection (the client opens one per
   * request). Not when it parsed the request: Node accepts a connection in one turn of its event loop
   * and reads it in the next, after the timers, so the parse time would hide how late the site was.
   */
  at: number;
  /**
   * How late the site may have been in accepting it, from a 1 ms ticker: the time since the tick
   * before the last one. About 2 ms when the site was idle; large when it was starved of CPU or busy,
   * and then the connection may have come any time in between. (Not since the last tick: a process
   * starved while waiting for I/O can wake to its timer first and see the waiting connection only in
   * the next turn, so the last tick can come just before an accept that is late.)
   */
  lateBy: number;
  status: number;
}

export interface LoadSite {
  port: number;
  feeds: FeedConfig[];
  articles: LoadArticle[];
  /** Each feed's document as served (for computing what the pipeline should have made of it). */
  feedDocuments: Map<string, { feed: FeedConfig; body: string; contentType: string }>;
  /** Every request received, in arrival order. */
  log: LoadRequest[];
  close(): Promise<void>;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const ROBOTS: StaticDocument = { contentType: 'text/plain; charset=utf-8', body: 'User-agent: *\nAllow: /\n', lastModified: null };
const HTML = 'text/html; charset=utf-8';

/**
 * Copies of one sample story lie this many days apart, round after round: past the window in which two reports link
 * (shared/deals/links.ts: 30 days, a deal spanning at most 60), so each copy is an event of its own, as 2,000 articles of
 * real news report many events. (Copies within one month made one deal of a hundred reports or more: that case is
 * measured on its own, by deal-fan-in.bench.ts.)
 */
const ROUND_DAYS = 61;
/** Each round's sums grow by this share of the story's own: trade figures link for two years, unless their sums differ. */
const ROUND_FIGURE_STEP = 0.11;
const FIGURE_RE = /(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?=\s?(?:million|billion|trillion|mln|bn)\b)/g;
const DAY_MS = 86_400_000;

/** The text with each sum (a number before a scale word) multiplied by `factor`, to as many decimals as it had. */
function scaleFigures(text: string, factor: number): string {
  if (factor === 1) return text;
  return text.replace(FIGURE_RE, (_m, whole: string, fraction: string | undefined) => {
    const decimals = fraction ? fraction.length - 1 : 0;
    return (Number(`${whole.replace(/,/g, '')}${fraction ?? ''}`) * factor).toFixed(decimals);
  });
}

/**
 * The n-th article of the site, the outlet's `ofOutlet`-th, from its sample articles in turn: a new id and slug; from the
 * second round on, an earlier date and other sums.
 */
function generated(outlet: SampleArticle['outlet'], n: number, ofOutlet: number): SampleArticle {
  const bases = SAMPLE_ARTICLES.filter((a) => a.outlet === outlet);
  const base = bases[ofOutlet % bases.length]!;
  const round = Math.floor(ofOutlet / bases.length);
  const day = new Date(Date.parse(`${base.published.slice(0, 10)}T00:00:00Z`) - round * ROUND_DAYS * DAY_MS).toISOString().slice(0, 10);
  const factor = 1 + round * ROUND_FIGURE_STEP;
  return SampleArticleSchema.parse({
    ...base,
    // Trend's ids are 7 digits; the others key pages by slug.
    id: outlet === 'trend' ? String(5_000_000 + n) : `${base.id}-${n}`,
    slug: `${base.slug}-${n}`,
    published: `${day}${base.published.slice(10)}`,
    title: scaleFigures(base.title, factor),
    ...(base.summary ? { summary: scaleFigures(base.summary, factor) } : {}),
    paragraphs: base.paragraphs.map((p) => scaleFigures(p, factor)),
  });
}

/** Newest first, as every feed of the sample site lists them. */
const newestFirst = (a: SampleArticle, b: SampleArticle) => Date.parse(b.published) - Date.parse(a.published);

interface HostPlan {
  name: string;
  template: OutletTemplate;
  desks: SampleArticle[][];
}

function planHosts(plan: LoadPlan): HostPlan[] {
  let n = 0;
  const ofOutlet = new Map<SampleArticle['outlet'], number>();
  return Array.from({ length: plan.hosts }, (_, h) => {
    // English outlets only: the figures of the load benchmark were measured on them (README).
    const outlet = ENGLISH_OUTLETS[h % ENGLISH_OUTLETS.length]!;
    const template = OUTLET_TEMPLATES.find((t) => t.outlet === outlet)!;
    const desks = Array.from({ length: plan.feedsPerHost }, () =>
      Array.from({ length: plan.articlesPerFeed }, () => {
        const k = ofOutlet.get(outlet) ?? 0;
        ofOutlet.set(outlet, k + 1);
        return generated(outlet, n++, k);
      }).sort(newestFirst));
    return { name: `h${pad(h)}-${outlet}${LOAD_HOST_SUFFIX}`, template, desks };
  });
}

/**
 * Renders the whole site (every page and feed, once) and serves it on 127.0.0.1. Feeds and pages
 * answer with ETag and Last-Modified like the sample site; robots.txt allows everything.
 */
export async function startLoadSite(plan: LoadPlan = LOAD_PLAN): Promise<LoadSite> {
  const log: LoadRequest[] = [];
  const sites = new Map<string, Map<string, StaticDocument>>();
  const sockets = new Set<Socket>();
  let lastTurn = performance.now();
  let turnBefore = lastTurn;
  const ticker = setInterval(() => { turnBefore = lastTurn; lastTurn = performance.now(); }, 1);
  const accepted = new WeakMap<Socket, { at: number; lateBy: number }>();
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    // A second request on one connection (keep-alive; our client sends none) is stamped when parsed.
    const now = performance.now();
    const { at, lateBy } = accepted.get(req.socket) ?? { at: now, lateBy: now - turnBefore };
    accepted.delete(req.socket);
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const path = req.url ?? '/';
    const doc = sites.get(host)?.get(path);
    if (doc) sendDocument(req, res, doc);
    else res.writeHead(404, { 'Content-Type': HTML }).end('<!DOCTYPE html><title>404 Not Found</title>');
    log.push({ host, path, at, lateBy, status: res.statusCode });
  });
  server.on('connection', (socket: Socket) => {
    const at = performance.now();
    accepted.set(socket, { at, lateBy: at - turnBefore });
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  const feeds: FeedConfig[] = [];
  const articles: LoadArticle[] = [];
  const feedDocuments: LoadSite['feedDocuments'] = new Map();
  planHosts(plan).forEach(({ name, template, desks }, h) => {
    const origin = `http://${name}:${port}`;
    const docs = new Map<string, StaticDocument>([['/robots.txt', ROBOTS]]);
    sites.set(name, docs);
    for (const desk of desks) {
      for (const article of desk) {
        const path = articlePath(article);
        const url = `${origin}${path}`;
        const html = template.renderPage(article, url, origin);
        docs.set(path, { contentType: HTML, body: html, lastModified: new Date(article.published) });
        articles.push({ article, host: name, url, html });
      }
    }
    desks.forEach((desk, d) => {
      const next = desks[(d + 1) % desks.length]!;
      const listed = [...desk, ...next.slice(0, plan.crossListed)].sort(newestFirst);
      // One feed per desk, as outlets have per-section feeds; the query keeps the template's path.
      const path = `${template.feedPath}?desk=${d}`;
      const body = template.renderFeed(listed, origin);
      docs.set(path, { contentType: template.feedContentType, body, lastModified: new Date(listed[0]!.published) });
      const o = OUTLET_FEEDS[template.outlet];
      const feed = FeedConfigSchema.parse({
        id: `load-h${pad(h)}-d${d}`, url: `${origin}${path}`, outlet: o.outlet, site: o.site,
        countries: [...o.countries], language: 'en', pollIntervalMinutes: 15,
      });
      feeds.push(feed);
      feedDocuments.set(feed.id, { feed, body, contentType: template.feedContentType });
    });
  });

  let closing: Promise<void> | null = null;
  return {
    port, feeds, articles, feedDocuments, log,
    close() {
      closing ??= new Promise<void>((resolve) => {
        clearInterval(ticker);
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      });
      return closing;
    },
  };
}
