import { AlertSchema, type Alert, type Fact } from '../schemas/index.js';
import type { AlertOutbox } from '../store/ports.js';
import { amountInUsd } from '../facts/money/usd.js';
import { shortHash } from './ids.js';

export { DEFAULT_ALERT_THRESHOLD_USD } from '../config/defaults.js';

/**
 * The alert key: article, type, amount and evidence, but not countries or organisations, so that a
 * re-extraction that only sharpens a fact's parties does not alert its subscribers a second time.
 */
export function alertKeyOf(fact: Fact): string {
  const amount = fact.amount ? `${fact.amount.value} ${fact.amount.currency}` : '-';
  return shortHash('alert', fact.articleId, fact.type, amount, fact.evidence);
}

/** Why a fact deserves an alert: every agreement, and any fact at or over the threshold in USD. */
export function alertReasons(fact: Fact, thresholdUsd: number): Alert['reasons'] {
  const reasons: Alert['reasons'] = [];
  if (fact.type === 'agreement') reasons.push('agreement');
  const usd = amountInUsd(fact.amount, fact.published);
  if (usd !== null && usd >= thresholdUsd) reasons.push('amount-threshold');
  return reasons;
}

/** The alerts a set of facts of one article deserves, one per alert key. */
export function alertsOf(facts: Fact[], title: string, thresholdUsd: number): Alert[] {
  const byKey = new Map<string, Alert>();
  for (const fact of facts) {
    const reasons = alertReasons(fact, thresholdUsd);
    const alertId = alertKeyOf(fact);
    if (reasons.length === 0 || byKey.has(alertId)) continue;
    byKey.set(alertId, AlertSchema.parse({
      alertId, factId: fact.id, articleId: fact.articleId, reasons, type: fact.type, status: fact.status,
      countries: fact.countries, organizations: fact.organizations, amount: fact.amount,
      amountUsd: amountInUsd(fact.amount, fact.published), sector: fact.sector, evidence: fact.evidence,
      title, link: fact.sourceUrl, published: fact.published,
    }));
  }
  return [...byKey.values()];
}

/**
 * Writes the alerts the facts deserve to the outbox, before the item is settled: an item whose run
 * dies after storing its facts is processed again, and its alerts are then written (an alert already
 * in the outbox, pending or sent, is left alone). Returns every alert key of these facts, for the
 * caller to dispatch (a sent one is skipped by its lease).
 */
export async function enqueueAlerts(facts: Fact[], title: string, deps: { outbox: AlertOutbox; thresholdUsd: number; at: string }): Promise<string[]> {
  const alerts = alertsOf(facts, title, deps.thresholdUsd);
  for (const alert of alerts) await deps.outbox.enqueue(alert, deps.at);
  return alerts.map((a) => a.alertId);
}
