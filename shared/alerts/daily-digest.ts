import type { Alert } from '../schemas/index.js';
import type { EmailMessage } from './email-message.js';
import { changesClause, headline, otherSources, outletOfLink } from './alert-words.js';

/** One deal in a digest: its latest alert of the day, and whether the day brought it new or only updated it. */
interface DigestEntry {
  latest: Alert;
  isNew: boolean;
  /** The changes of the day's update alerts, in order. */
  changes: Alert['changes'];
  /** Every outlet any of the day's alerts named, with its link: a later alert may list fewer. */
  sources: Map<string, string>;
}

/** The day's alerts by deal (an alert without a deal is its own), in first-seen order. */
function entriesOf(alerts: readonly Alert[]): DigestEntry[] {
  const byDeal = new Map<string, DigestEntry>();
  for (const alert of alerts) {
    const key = alert.dealId ?? alert.alertId;
    const entry: DigestEntry = byDeal.get(key) ?? { latest: alert, isNew: false, changes: [], sources: new Map() };
    entry.latest = alert;
    for (const s of alert.sources) if (!entry.sources.has(s.outlet)) entry.sources.set(s.outlet, s.link);
    if (alert.kind === 'new') entry.isNew = true;
    else entry.changes.push(...alert.changes);
    byDeal.set(key, entry);
  }
  return [...byDeal.values()];
}

/** Largest dollar figure first, deals without one after, each group in the order given. */
function byAmount(a: DigestEntry, b: DigestEntry): number {
  return (b.latest.amountUsd ?? -1) - (a.latest.amountUsd ?? -1);
}

function entryLines(entry: DigestEntry, n: number): string[] {
  const a = entry.latest;
  const clause = changesClause(entry.changes);
  const state = entry.isNew ? (clause ? `New, then updated: ${clause}` : 'New') : `Updated: ${clause}`;
  const others = otherSources({ link: a.link, sources: [...entry.sources].map(([outlet, link]) => ({ outlet, link })) });
  return [
    `${n}. ${headline(a)}`,
    `   ${state}`,
    `   ${outletOfLink(a)}: ${a.link}`,
    ...others.map((s) => `   ${s.outlet}: ${s.link}`),
  ];
}

/**
 * One digest message of a day's alerts (for a subscriber who asked for a daily digest rather than
 * one message per alert): one entry per deal, the largest first, each with its headline, whether it
 * is new or what changed, and every outlet's link. `alerts` are the ones the subscriber's filter
 * passed that day, in the order they were sent; null when there are none (nothing to send).
 * @param day the UTC day the alerts were sent, "2026-11-20"
 */
export function dailyDigest(alerts: readonly Alert[], day: string): EmailMessage | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new RangeError(`digest day must be YYYY-MM-DD, got "${day}"`);
  if (alerts.length === 0) return null;
  const entries = entriesOf(alerts).sort(byAmount);
  const fresh = entries.filter((e) => e.isNew).length;
  const counts = [fresh ? `${fresh} new` : '', entries.length - fresh ? `${entries.length - fresh} updated` : ''].filter(Boolean).join(', ');
  const subject = `Deals of ${day}: ${counts}`;
  const body = [subject, ...entries.map((e, i) => entryLines(e, i + 1).join('\n'))].join('\n\n');
  return { subject, body: `${body}\n` };
}
