import { organizationKey } from '../parties/organization-key.js';
import { shortHash } from '../pipeline/ids.js';
import { DealSchema, type Deal, type DealMention, type FactStatus } from '../schemas/index.js';
import { utcDay } from '../store/keys.js';
import { STATUS_ORDER, TYPE_PRIORITY } from './grouping-rules.js';
import type { Member } from './member.js';
import { GROUPING_VERSION } from './version.js';

/** A deal's id: from its smallest fact id, so the same facts give the same id whatever order they came in. */
export const dealIdOf = (members: readonly Member[]): string =>
  shortHash('deal', members.map((m) => m.fact.id).sort()[0]!);

const statusRank = (s: FactStatus | null) => (s === null ? -1 : STATUS_ORDER.indexOf(s));
const typeRank = (m: Member) => TYPE_PRIORITY.indexOf(m.fact.type);

/**
 * The mention an analyst should cite first: one of the deal's own type, with a sum, the furthest
 * status, the most parties named, then the earliest report.
 */
function byQuality(p: Member, q: Member): number {
  return typeRank(p) - typeRank(q)
    || Number(q.fact.amount !== null) - Number(p.fact.amount !== null)
    || statusRank(q.fact.status) - statusRank(p.fact.status)
    || (q.fact.countries.length + q.fact.organizations.length) - (p.fact.countries.length + p.fact.organizations.length)
    || (p.day ?? Number.MAX_SAFE_INTEGER) - (q.day ?? Number.MAX_SAFE_INTEGER)
    || p.fact.id.localeCompare(q.fact.id);
}

const mentionOf = (m: Member): DealMention => ({
  factId: m.fact.id, articleId: m.fact.articleId, sourceUrl: m.fact.sourceUrl, outlet: m.outlet,
  published: m.fact.published, type: m.fact.type, status: m.fact.status, amount: m.fact.amount,
  amountUsd: m.amountUsd, evidence: m.fact.evidence,
});

const CYRILLIC_RE = /\p{Script=Cyrillic}/u;

/** Whether `name` is a better display name than `seen`: Latin script first (deals are read in English), then the fuller form. */
function betterName(name: string, seen: string | undefined): boolean {
  if (seen === undefined) return true;
  const [a, b] = [CYRILLIC_RE.test(name), CYRILLIC_RE.test(seen)];
  if (a !== b) return !a;
  return name.length > seen.length || (name.length === seen.length && name < seen);
}

/**
 * One display name per organisation key: the fullest form any mention uses ("Asian Development Bank (ADB)"), in Latin
 * script when a mention has one: a deal reported in Russian and English reads as ADB, not «АБР» (issue 15).
 */
function organizationsOf(members: readonly Member[]): { names: string[]; keys: string[] } {
  const byKey = new Map<string, string>();
  for (const name of members.flatMap((m) => m.fact.organizations)) {
    const key = organizationKey(name);
    if (key && betterName(name, byKey.get(key))) byKey.set(key, name);
  }
  const keys = [...byKey.keys()].sort();
  return { names: keys.map((k) => byKey.get(k)!), keys };
}

/** The deal a group of facts reports (group-deals.ts), summarised from its mentions. */
export function summarizeDeal(members: readonly Member[], updatedAt: string): Deal {
  const ranked = [...members].sort(byQuality);
  // A revised sum replaces the one it revises: the newest revision, else the best-sourced sum.
  const revised = members.filter((m) => m.revises && m.fact.amount !== null)
    .sort((p, q) => (q.day ?? -1) - (p.day ?? -1) || p.fact.id.localeCompare(q.fact.id))[0];
  const withSum = revised ?? ranked.find((m) => m.fact.amount !== null) ?? null;
  // The newest revision is also the source to cite: it states the deal as it stands.
  const best = revised ?? ranked[0]!;
  const published = members.map((m) => m.fact.published).filter((p): p is string => p !== null).sort((p, q) => Date.parse(p) - Date.parse(q));
  const { names, keys } = organizationsOf(members);
  const status = [...members].map((m) => m.fact.status).sort((p, q) => statusRank(q) - statusRank(p))[0] ?? null;
  const mentions = [...members]
    .sort((p, q) => (p.day ?? Number.MAX_SAFE_INTEGER) - (q.day ?? Number.MAX_SAFE_INTEGER) || p.fact.id.localeCompare(q.fact.id))
    .map(mentionOf);
  const firstExtracted = members.map((m) => m.fact.extractedAt).sort()[0]!;
  return DealSchema.parse({
    id: dealIdOf(members),
    type: best.fact.type,
    status,
    amount: withSum?.fact.amount ?? null,
    amountUsd: withSum?.amountUsd ?? null,
    countries: [...new Set(members.flatMap((m) => m.fact.countries))].sort(),
    organizations: names,
    organizationKeys: keys,
    sector: ranked.find((m) => m.fact.sector)?.fact.sector ?? null,
    firstPublished: published[0] ?? null,
    lastPublished: published.at(-1) ?? null,
    day: utcDay(published[0] ?? firstExtracted),
    best: best.fact.id,
    outlets: [...new Set(mentions.map((m) => m.outlet))].sort(),
    mentions,
    groupingVersion: GROUPING_VERSION,
    updatedAt,
  });
}
