import type { Deal, DealMention } from '../schemas/index.js';
import type { ReportArticle, ReportData } from './report-data.js';
import { dayOf } from './format.js';

/** Countries the monthly chart names; the rest share one "other" series, so the legend stays readable. */
export const TOP_COUNTRIES = 8;
export const OTHER = 'other';
export const NO_COUNTRY = 'no country';

/** An article's outlet: the name the feed gave, else its host (as deals name a mention's outlet). */
export function outletOfArticle(a: Pick<ReportArticle, 'outlet' | 'url'>): string {
  return a.outlet ?? hostOf(a.url);
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

const time = (iso: string | null): number => (iso === null ? Number.POSITIVE_INFINITY : Date.parse(iso));

/** Earliest publication first, as instants (the offsets differ by outlet); undated mentions last. */
export const byPublication = (a: DealMention, b: DealMention): number => time(a.published) - time(b.published);

/**
 * The mention that reported the deal first: the earliest publication (instants, not strings: the
 * offsets differ by outlet); undated mentions come last, and a tie goes to the outlet name, so the
 * answer does not depend on the order of the mentions.
 */
export function firstMention(deal: Deal): DealMention {
  return [...deal.mentions].sort((a, b) => byPublication(a, b) || a.outlet.localeCompare(b.outlet) || a.factId.localeCompare(b.factId))[0]!;
}

export const bestMention = (deal: Deal): DealMention => deal.mentions.find((m) => m.factId === deal.best) ?? firstMention(deal);

/** One bar segment of the monthly chart: a month's USD for one country (or "other", "no country"). */
export interface MonthlyRow { month: string; country: string; usd: number }

/**
 * Money a deal commits, which the chart sums and the largest-deals table ranks: not a trade figure
 * (turnover between countries is no one's deal money) and not a target ("$40 billion by 2030"), which
 * would dwarf every loan and investment of the month.
 */
export const commitsMoney = (d: Deal): boolean => d.type !== 'trade' && d.status !== 'target';

/**
 * Deals' USD per month and partner country. A deal with several countries is split evenly among them,
 * so a month's stack adds up to its deals' total rather than counting a two-country deal twice.
 * Countries past the top TOP_COUNTRIES by total are merged into "other".
 */
export function monthlyUsdByCountry(deals: Deal[]): { rows: MonthlyRow[]; series: string[]; months: string[] } {
  const parts: MonthlyRow[] = [];
  for (const d of deals) {
    if (d.amountUsd === null || d.amountUsd === 0 || !commitsMoney(d)) continue;
    const countries = d.countries.length ? [...new Set(d.countries)] : [NO_COUNTRY];
    for (const c of countries) parts.push({ month: d.day.slice(0, 7), country: c, usd: d.amountUsd / countries.length });
  }
  const totals = sumBy(parts, (p) => p.country);
  const ranked = [...totals.keys()].filter((c) => c !== NO_COUNTRY).sort((a, b) => totals.get(b)! - totals.get(a)! || a.localeCompare(b));
  const named = new Set(ranked.slice(0, TOP_COUNTRIES));
  const seriesOf = (c: string) => (c === NO_COUNTRY || named.has(c) ? c : OTHER);
  const cells = sumBy(parts, (p) => `${p.month}|${seriesOf(p.country)}`);
  const rows = [...cells].map(([k, usd]) => {
    const [month, country] = k.split('|') as [string, string];
    return { month, country, usd };
  }).sort((a, b) => a.month.localeCompare(b.month) || a.country.localeCompare(b.country));
  const series = [...ranked.filter((c) => named.has(c)), ...(ranked.length > TOP_COUNTRIES ? [OTHER] : []), ...(totals.has(NO_COUNTRY) ? [NO_COUNTRY] : [])];
  return { rows, series, months: monthRange(rows.map((r) => r.month)) };
}

function sumBy<T extends { usd: number }>(items: T[], key: (t: T) => string): Map<string, number> {
  const out = new Map<string, number>();
  for (const i of items) out.set(key(i), (out.get(key(i)) ?? 0) + i.usd);
  return out;
}

/** Every month from the first to the last, so a month without deals shows as a gap, not as nothing. */
export function monthRange(months: string[]): string[] {
  if (months.length === 0) return [];
  const sorted = [...months].sort();
  const out: string[] = [];
  let [y, m] = sorted[0]!.split('-').map(Number) as [number, number];
  const last = sorted.at(-1)!;
  for (let s = sorted[0]!; s <= last; s = `${y}-${String(m).padStart(2, '0')}`) {
    out.push(s);
    [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
  }
  return out;
}

/** What one outlet contributed. `deals` counts the deals it mentions; `firstReported` those it reported first. */
export interface OutletRow { outlet: string; articles: number; facts: number; deals: number; firstReported: number }

export function outletContributions(data: ReportData): OutletRow[] {
  const rows = new Map<string, OutletRow>();
  const row = (outlet: string) => rows.get(outlet) ?? rows.set(outlet, { outlet, articles: 0, facts: 0, deals: 0, firstReported: 0 }).get(outlet)!;
  const outletOfId = new Map(data.articles.map((a) => [a.id, outletOfArticle(a)]));
  for (const a of data.articles) row(outletOfArticle(a)).articles++;
  for (const f of data.facts) row(outletOfId.get(f.articleId) ?? hostOf(f.sourceUrl)).facts++;
  for (const d of data.deals) {
    for (const o of new Set(d.mentions.map((m) => m.outlet))) row(o).deals++;
    row(firstMention(d).outlet).firstReported++;
  }
  return [...rows.values()].sort((a, b) => b.deals - a.deals || b.facts - a.facts || a.outlet.localeCompare(b.outlet));
}

/** The deals with the largest USD amounts (those without one cannot be ranked and are left out; so are trade figures and targets). */
export function largestDeals(deals: Deal[], n: number): Deal[] {
  return deals.filter((d) => d.amountUsd !== null && commitsMoney(d)).sort((a, b) => b.amountUsd! - a.amountUsd! || b.day.localeCompare(a.day) || a.id.localeCompare(b.id)).slice(0, n);
}

/**
 * The newest agreements: deals any of whose mentions is an agreement (a signed loan agreement is a
 * financing deal by type, and still an agreement an analyst watches for), newest report first.
 */
export function newestAgreements(deals: Deal[], n: number): Deal[] {
  const latest = (d: Deal) => (d.lastPublished ? Date.parse(d.lastPublished) : Date.parse(`${d.day}T00:00:00Z`));
  return deals
    .filter((d) => d.type === 'agreement' || d.mentions.some((m) => m.type === 'agreement'))
    .sort((a, b) => latest(b) - latest(a) || a.id.localeCompare(b.id))
    .slice(0, n);
}

export interface Coverage { articles: number; outlets: number; facts: number; deals: number; dealsWithUsd: number; from: string | null; to: string | null }

/** The coverage line: what was read and the days it spans (publication day, else the day it was fetched). */
export function coverage(data: ReportData): Coverage {
  const days = data.articles.map((a) => dayOf(a.published ?? a.fetchedAt)).sort();
  return {
    articles: data.articles.length,
    outlets: new Set(data.articles.map(outletOfArticle)).size,
    facts: data.facts.length,
    deals: data.deals.length,
    dealsWithUsd: data.deals.filter((d) => d.amountUsd !== null).length,
    from: days[0] ?? null,
    to: days.at(-1) ?? null,
  };
}
