import { organizationKey } from '../parties/organization-key.js';
import { shortHash } from '../pipeline/ids.js';
import { AlertSchema, type Alert, type AlertChange, type AlertedSnapshot, type Deal } from '../schemas/index.js';
import type { AlertOutbox, DealStore } from '../store/ports.js';
import { GROUPING, STATUS_ORDER } from './grouping-rules.js';

/** Why a deal is alerted under the default filter: it holds an agreement, or its sum reaches the threshold. */
export function dealAlertReasons(deal: Deal, thresholdUsd: number): Alert['reasons'] {
  const reasons: Alert['reasons'] = [];
  if (deal.mentions.some((m) => m.type === 'agreement')) reasons.push('agreement');
  if (deal.amountUsd !== null && deal.amountUsd >= thresholdUsd) reasons.push('amount-threshold');
  return reasons;
}

/**
 * The steps of a deal subscribers hear about again: signed (after it was agreed or planned) and
 * completed. Other moves (planned to agreed, one outlet's "approved" beside another's "will provide")
 * are how reports of one deal differ, not news.
 */
export const STATUS_MILESTONES: ReadonlySet<NonNullable<Deal['status']>> = new Set(['signed', 'completed']);

const snapshotOf = (deal: Deal, alertId: string): AlertedSnapshot => ({
  alertId, status: deal.status, amount: deal.amount, amountUsd: deal.amountUsd, countries: deal.countries, organizationKeys: deal.organizationKeys,
});

const money = (a: Deal['amount']) => (a ? `${a.currency} ${Math.round(a.value).toLocaleString('en-US')}` : 'no sum');
const rank = (s: Deal['status']) => (s === null ? -1 : STATUS_ORDER.indexOf(s));

/** One organisation key holds the other's words from the start ("samruk kazyna" in "samruk kazyna sovereign wealth fund"): one party. */
const samePartyKey = (a: string, b: string) => a === b || `${b} `.startsWith(`${a} `) || `${a} `.startsWith(`${b} `);

/**
 * What changed since subscribers were told, that matters to them: the deal reached a milestone (signed
 * after agreed, completed), its sum was revised (beyond the rounding two reports differ by), or a new party joined. A
 * further report that only repeats the deal changes nothing.
 */
export function changesSince(told: AlertedSnapshot, deal: Deal): AlertChange[] {
  const changes: AlertChange[] = [];
  if (deal.status && STATUS_MILESTONES.has(deal.status) && rank(deal.status) > rank(told.status)) changes.push({ field: 'status', from: told.status ?? 'unknown', to: deal.status! });
  const x = told.amountUsd;
  const y = deal.amountUsd;
  const revised = x !== null && y !== null
    ? Math.abs(x - y) > GROUPING.sameCurrencyTolerance * Math.max(x, y)
    : (told.amount === null) !== (deal.amount === null);
  if (revised && deal.amount) changes.push({ field: 'amount', from: money(told.amount), to: money(deal.amount) });
  const newCountries = deal.countries.filter((c) => !told.countries.includes(c));
  if (newCountries.length) changes.push({ field: 'countries', from: told.countries.join(', '), to: deal.countries.join(', ') });
  const newOrgs = deal.organizationKeys.filter((k) => !told.organizationKeys.some((t) => samePartyKey(t, k)));
  if (newOrgs.length) {
    const names = (keys: readonly string[]) => deal.organizations.filter((n) => keys.includes(organizationKey(n))).join(', ');
    changes.push({ field: 'organizations', from: names(told.organizationKeys) || 'none', to: names(deal.organizationKeys) });
  }
  return changes;
}

/** The alert a deal deserves now, with the snapshot to keep, or null: new (never told), update (changed), or nothing. */
export function dealAlertOf(deal: Deal, thresholdUsd: number, title: (articleId: string) => string | null): { alert: Alert; told: AlertedSnapshot } | null {
  const reasons = dealAlertReasons(deal, thresholdUsd);
  if (reasons.length === 0) return null;
  const changes = deal.alerted ? changesSince(deal.alerted, deal) : [];
  if (deal.alerted && changes.length === 0) return null;
  // A new deal's alert is keyed by the deal; an update by what was told before and what is told now,
  // so a retry of either (the same facts, the same deal) finds its alert already in the outbox.
  const alertId = deal.alerted
    ? shortHash('deal-update', deal.alerted.alertId, JSON.stringify(snapshotOf(deal, '')))
    : shortHash('deal-new', deal.id);
  // An update cites the newest report that states the change; a new deal its best source.
  const stating = (m: Deal['mentions'][number]) => changes.some((c) => (c.field === 'amount' && m.amount !== null && m.amount.value === deal.amount?.value && m.amount.currency === deal.amount.currency)
    || (c.field === 'status' && m.status === deal.status));
  const newest = [...deal.mentions].filter(stating).sort((p, q) => (q.published ?? '').localeCompare(p.published ?? ''))[0];
  const best = newest ?? deal.mentions.find((m) => m.factId === deal.best) ?? deal.mentions[0]!;
  const sources = [...new Map(deal.mentions.map((m) => [m.outlet, { outlet: m.outlet, link: m.sourceUrl }])).values()];
  const alert = AlertSchema.parse({
    alertId, factId: best.factId, articleId: best.articleId, reasons, type: deal.type, status: deal.status,
    countries: deal.countries, organizations: deal.organizations, amount: deal.amount, amountUsd: deal.amountUsd,
    sector: deal.sector, evidence: best.evidence, title: title(best.articleId) ?? '', link: best.sourceUrl, published: best.published,
    dealId: deal.id, kind: deal.alerted ? 'update' : 'new', changes, organizationKeys: deal.organizationKeys,
    sources: [sources.find((s) => s.link === best.sourceUrl) ?? { outlet: best.outlet, link: best.sourceUrl }, ...sources.filter((s) => s.outlet !== best.outlet)],
  });
  return { alert, told: snapshotOf(deal, alertId) };
}

/**
 * Writes the alerts the article's deals deserve to the outbox, then records on each deal what it told
 * (in that order: a run that dies in between decides the same alert again, and the outbox keeps one).
 * A new deal is announced only after its facts' announcement markers are claimed, so two processes
 * that each find the deal new (its reports processed at once) send one alert; the loser adopts the
 * winner's announcement.
 * Returns the outbox keys, for the caller to dispatch.
 */
export async function enqueueDealAlerts(
  deals: readonly Deal[],
  deps: { outbox: AlertOutbox; deals: DealStore; thresholdUsd: number; at: string; title: (articleId: string) => string | null; articleId: string },
): Promise<string[]> {
  const keys: string[] = [];
  for (const original of deals) {
    let deal = original;
    // An announcement this article claimed before may never have reached the outbox (the run died in
    // between, and another process may since have adopted it): write it again; the outbox keeps one.
    const mine = [...(await deps.deals.announcementsOf(deal.mentions.filter((m) => m.articleId === deps.articleId).map((m) => ({ articleId: m.articleId, id: m.factId })))).values()]
      .filter((a) => a.owner === deps.articleId).sort((a, b) => a.told.alertId.localeCompare(b.told.alertId))[0];
    if (mine) {
      const again = dealAlertOf({ ...deal, alerted: null }, deps.thresholdUsd, deps.title);
      if (again) {
        await deps.outbox.enqueue({ ...again.alert, alertId: mine.told.alertId }, deps.at);
        keys.push(mine.told.alertId);
      }
      deal = { ...deal, alerted: deal.alerted ?? mine.told };
    }
    const decided = dealAlertOf(deal, deps.thresholdUsd, deps.title);
    if (!decided) {
      // Nothing new to tell, but what was told (found on the markers) may not be on the deal yet.
      if (deal.alerted && !original.alerted) await recordTold(deps.deals, deal.id, deal.alerted);
      continue;
    }
    let told = decided.told;
    if (decided.alert.kind === 'new') {
      // Another process may be announcing the same deal (two outlets' reports at once): one wins.
      const other = await deps.deals.claimAnnouncement(deps.articleId, deal.mentions.map((m) => ({ articleId: m.articleId, id: m.factId })), told);
      if (other) told = other;
    }
    if (told === decided.told) {
      await deps.outbox.enqueue(decided.alert, deps.at);
      keys.push(decided.alert.alertId);
    }
    await recordTold(deps.deals, deal.id, told);
  }
  return keys;
}

/**
 * Records on the deal what was told. Read again first: another article may have regrouped it since; and written only
 * over a deal still stored, so a deal another process deleted in between is not brought back with nothing leading to it.
 * Its memberships are the grouping's, already written.
 */
async function recordTold(store: DealStore, dealId: string, told: AlertedSnapshot): Promise<void> {
  // Over the deal as read, or a regrouping written in between would be undone with the old mentions: read again then.
  for (let attempt = 1; attempt <= RECORD_ATTEMPTS; attempt++) {
    const read = await store.readDeal(dealId);
    if (!read || (await store.putDeal({ ...read.deal, alerted: told }, { memberships: false, ifRevision: read.revision }))) return;
  }
  throw new Error(`deal ${dealId} kept changing while what it told was recorded (${RECORD_ATTEMPTS} attempts)`);
}

/** Attempts at recording what a deal told while other processes keep rewriting it. */
const RECORD_ATTEMPTS = 5;
