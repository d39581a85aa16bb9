/**
 * Publish-to-alert latency: from an item's publication date to the moment its alert was sent
 * (the dispatcher's "mark sent" time in the outbox).
 */
import type { AlertOutbox } from '../store/ports.js';

/** One sent alert and the publication it reports. */
export interface AlertLatency {
  alertId: string;
  /** The item whose processing sent it (its feed pubDate), else the alert's article. */
  articleId: string;
  published: string;
  sentAt: string;
  ms: number;
}

export interface LatencyStats {
  count: number;
  p50: number;
  p95: number;
  max: number;
}

/** Nearest-rank percentiles (no interpolation: every figure is one observed value); null for none. */
export function latencyStats(ms: readonly number[]): LatencyStats | null {
  if (ms.length === 0) return null;
  const sorted = [...ms].sort((a, b) => a - b);
  const rank = (p: number) => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)]!;
  return { count: sorted.length, p50: rank(0.5), p95: rank(0.95), max: sorted.at(-1)! };
}

/**
 * The outbox, noting when each alert is marked sent: the sent time as the dispatcher recorded it,
 * without a read of the outbox afterwards.
 */
export function recordSentTimes(outbox: AlertOutbox): { outbox: AlertOutbox; sentAt: Map<string, string> } {
  const sentAt = new Map<string, string>();
  const markSent: AlertOutbox['markSent'] = async (key, at) => {
    await outbox.markSent(key, at);
    sentAt.set(key, at);
  };
  // A proxy, so every other method (today's and any the port gains) goes to the outbox unchanged.
  const recording = new Proxy(outbox, {
    get(target, prop) {
      if (prop === 'markSent') return markSent;
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { outbox: recording, sentAt };
}

/** The latency of one sent alert; null without a usable publication date. */
export function alertLatency(alertId: string, articleId: string, published: string | null, sentAt: string | undefined): AlertLatency | null {
  if (!published || !sentAt) return null;
  const ms = Date.parse(sentAt) - Date.parse(published);
  return Number.isFinite(ms) ? { alertId, articleId, published, sentAt, ms } : null;
}
