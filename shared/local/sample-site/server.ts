import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { FeedConfig } from '../../schemas/index.js';
import { sendDocument, type StaticDocument } from './conditional-get.js';
import { FAULT_PATHS, faultFeedXml, galleryPageHtml, malformedFeedXml } from './faults.js';
import { sampleFeedConfigs } from './sample-feeds.js';
import { SampleSiteError } from './sample-site-error.js';
import { renderSiteDocuments } from './site-documents.js';
import { timelineDocuments, type SampleTimeline } from './timeline.js';

export { SAMPLE_ARTICLES, sampleArticleForUrl } from './content/index.js';
export { articlePath, type ExpectedFact, type SampleArticle } from './sample-article.js';
export { SampleSiteError } from './sample-site-error.js';

/** A running sample site. */
export interface SampleSite {
  /** "http://127.0.0.1:<port>", no trailing slash. */
  baseUrl: string;
  /** Feeds to poll: sample-trend, sample-kun, sample-astana (+ sample-broken, sample-malformed, sample-faults). */
  feeds: FeedConfig[];
  /** Serves another edition from now on: its feeds list its new stories (a second run finds them). */
  setEdition(edition: number): void;
  /** Stops listening and destroys open sockets, stalled requests included. */
  close(): Promise<void>;
}

/** Options of {@link startSampleSite}. */
export interface SampleSiteOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** Also serve and list the fault feeds. */
  faults?: boolean;
  /** How long the stalling page keeps the request open before dropping it. */
  stallMs?: number;
  /** Which edition to serve (sample-article.ts `edition`); 1 by default. */
  edition?: number;
  /** Serve these articles instead of the bundled ones, each from its publication time on the caller's clock (timeline.ts). */
  timeline?: SampleTimeline;
}

/**
 * A fixed port for runs that must see the same URLs twice (`npm start`, then `npm start` again
 * answered with 304s): the port is part of every article URL, so port 0 makes each run's items new.
 * Below Linux's ephemeral range (32768-60999), so an outgoing connection never holds it.
 */
export const SAMPLE_SITE_STABLE_PORT = 18466;

/** Longer than any sane page timeout, so the stalled page is reported as a timeout, not as a reset. */
const DEFAULT_STALL_MS = 30_000;
const HOST = '127.0.0.1';

/**
 * Serves the bundled sample news site (three outlets modelled on Trend, Kun.uz and The Astana
 * Times, Kun.uz in English and in Russian) on loopback.
 * @example
 * const site = await startSampleSite({ faults: true, stallMs: 2000 });
 * try { await runOnce(site.feeds); } finally { await site.close(); }
 */
export async function startSampleSite(options: SampleSiteOptions = {}): Promise<SampleSite> {
  const faults = options.faults ?? false;
  const stallMs = options.stallMs ?? DEFAULT_STALL_MS;
  const sockets = new Set<Socket>();
  const stalls = new Set<NodeJS.Timeout>();
  let documents = new Map<string, StaticDocument>();
  let timed: ((path: string) => StaticDocument | undefined) | null = null;

  const server = createServer((req, res) => {
    try {
      handle(req, res);
    } catch (error) {
      // A bug in a template must show as a 500 on that page, not take the site down.
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(`sample site failed on ${req.url ?? '?'}: ${error instanceof Error ? error.message : String(error)}`);
    }
  });

  function handle(req: IncomingMessage, res: ServerResponse): void {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const path = new URL(req.url ?? '/', 'http://sample.invalid').pathname;
    const doc = timed?.(path) ?? documents.get(path);
    if (doc) {
      sendDocument(req, res, doc);
      return;
    }
    if (faults && path === FAULT_PATHS.brokenFeed) {
      res.writeHead(500, { 'Content-Type': 'text/html; charset=utf-8' }).end('<h1>500 Internal Server Error</h1>');
      return;
    }
    if (faults && path === FAULT_PATHS.stallPage) {
      // Accept and say nothing; then drop the connection without a response.
      const timer = setTimeout(() => {
        stalls.delete(timer);
        res.destroy();
      }, stallMs);
      stalls.add(timer);
      return;
    }
    res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' }).end(`<!DOCTYPE html><title>404 Not Found</title><h1>Not found: ${path.replace(/[<>&"]/g, '')}</h1>`);
  }

  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  const wanted = options.port ?? 0;
  await new Promise<void>((resolve, reject) => {
    const fail = (error: NodeJS.ErrnoException) => {
      const reason = error.code === 'EADDRINUSE' ? 'the port is already in use' : error.message;
      reject(new SampleSiteError(`sample site cannot listen on ${HOST}:${wanted}: ${reason}`, { cause: error }));
    };
    server.once('error', fail);
    server.listen(wanted, HOST, () => {
      server.off('error', fail);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://${HOST}:${port}`;

  const render = (edition: number) => {
    // A timeline serves its own stories instead of the bundled ones.
    documents = options.timeline ? new Map() : renderSiteDocuments(baseUrl, edition);
    if (faults) addFaultDocuments();
  };
  const addFaultDocuments = () => {
    // No validators on the faults feed: every poll lists its items again, so an item that failed
    // for a transient reason (the stalled page) is offered again, and the no-validator path is exercised.
    documents.set(FAULT_PATHS.feed, { contentType: 'application/rss+xml; charset=utf-8', body: faultFeedXml(baseUrl), lastModified: null, validators: false });
    documents.set(FAULT_PATHS.malformedFeed, { contentType: 'application/rss+xml; charset=utf-8', body: malformedFeedXml(baseUrl), lastModified: null });
    documents.set(FAULT_PATHS.galleryPage, { contentType: 'text/html; charset=utf-8', body: galleryPageHtml(baseUrl), lastModified: null });
  };
  if (options.timeline) timed = timelineDocuments(baseUrl, options.timeline);
  render(options.edition ?? 1);

  let closing: Promise<void> | null = null;
  return {
    baseUrl,
    feeds: sampleFeedConfigs(baseUrl, faults),
    setEdition: render,
    close() {
      closing ??= new Promise<void>((resolve) => {
        for (const timer of stalls) clearTimeout(timer);
        stalls.clear();
        server.close(() => resolve());
        // server.close only stops accepting; open and stalled sockets would keep it alive.
        for (const socket of sockets) socket.destroy();
      });
      return closing;
    },
  };
}
