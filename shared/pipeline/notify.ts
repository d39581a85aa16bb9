import { AlertSchema, type Alert, type Fact } from '../schemas/index.js';
import type { ArticleMeta } from '../store/ports.js';
import type { NotifyDeps, NotifySummary } from './types.js';
import { amountInUsd } from './usd.js';
import { shortHash } from './ids.js';

/**
 * Facts at or over this many USD are alerted whatever their type, in AWS and locally alike. Set low
 * on purpose: in AWS each subscriber narrows it with an SNS filter policy (minAmountUsd).
 */
export const DEFAULT_ALERT_THRESHOLD_USD = 10_000_000;

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
  const usd = amountInUsd(fact.amount);
  if (usd !== null && usd >= thresholdUsd) reasons.push('amount-threshold');
  return reasons;
}

/**
 * Sends each new fact that deserves an alert exactly once: the ledger's conditional write decides,
 * a failed send gives the claim back so that a retry sends it, and a claim left pending by a crash
 * is taken over after its lease (store/dynamo/alert-ledger.ts).
 */
export async function runNotify(facts: Fact[], deps: NotifyDeps): Promise<NotifySummary> {
  const now = deps.now ?? (() => new Date());
  const articles = new Map<string, Promise<ArticleMeta | null>>();
  const sent: Alert[] = [];
  let skipped = 0;
  for (const fact of facts) {
    const reasons = alertReasons(fact, deps.thresholdUsd);
    if (reasons.length === 0) { skipped++; continue; }
    const key = alertKeyOf(fact);
    if (!(await deps.ledger.claim(key, now().toISOString()))) { skipped++; continue; }
    if (!articles.has(fact.articleId)) articles.set(fact.articleId, deps.articles.getArticle(fact.articleId));
    const article = await articles.get(fact.articleId)!;
    const alert = AlertSchema.parse({
      factId: fact.id, articleId: fact.articleId, reasons, type: fact.type, status: fact.status,
      countries: fact.countries, organizations: fact.organizations, amount: fact.amount,
      amountUsd: amountInUsd(fact.amount), sector: fact.sector, evidence: fact.evidence,
      title: article?.title ?? '', link: fact.sourceUrl, published: fact.published,
    });
    try {
      await deps.sink.send(alert);
    } catch (err) {
      await deps.ledger.release(key);
      throw new Error(`alert for fact ${fact.id} (${fact.sourceUrl}) not sent: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
    }
    await deps.ledger.confirm(key, now().toISOString());
    sent.push(alert);
    deps.log.info(`alert: ${fact.type} ${fact.sourceUrl}`, { factId: fact.id, reasons });
  }
  return { considered: facts.length, sent, skipped };
}
