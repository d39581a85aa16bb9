import type { Deal } from '../schemas/index.js';
import { bestMention, byPublication, firstMention, type OutletRow } from './aggregate.js';
import { countryName, dayOf, statedAmount, usd } from './format.js';
import { cut, link, text } from './html.js';
import { englishName } from '../parties/english-name.js';

/** Evidence longer than this is cut on the page; the linked article has the whole sentence. */
const EVIDENCE_CHARS = 320;

type Column<T> = [heading: string, cell: (row: T) => string, className?: string];

/** A table whose rows carry `data-key`, so a reader (and the browser test) can find a row by its deal or outlet. */
function table<T>(id: string, columns: Column<T>[], rows: T[], key: (row: T) => string, empty: string): string {
  if (rows.length === 0) return `<p class="empty" id="${id}-empty">${text(empty)}</p>`;
  const head = columns.map(([h, , c]) => `<th${c ? ` class="${c}"` : ''}>${text(h)}</th>`).join('');
  const body = rows.map((r) => `<tr data-key="${text(key(r))}">${columns.map(([, cell, c]) => `<td${c ? ` class="${c}"` : ''}>${cell(r)}</td>`).join('')}</tr>`).join('\n');
  return `<div class="scroll"><table id="${id}"><thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody></table></div>`;
}

const parties = (d: Deal): string => {
  const countries = d.countries.map((c) => `<abbr title="${text(countryName(c))}">${text(c)}</abbr>`).join(' ');
  // The report is in English: a Russian name shows its English form, with the name as written on hover (issue 15).
  const orgs = d.organizations.map((o) => (englishName(o) === o ? text(o) : `<span title="${text(o)}">${text(englishName(o))}</span>`)).join('; ');
  return [countries, orgs && `<span class="orgs">${orgs}</span>`].filter(Boolean).join('<br>');
};

const amount = (d: Deal): string => {
  const main = d.amountUsd !== null ? `<strong>${usd(d.amountUsd)}</strong>` : '';
  const stated = d.amount && !(d.amount.currency === 'USD' && d.amount.qualifier === 'exact') ? `<span class="stated">${text(statedAmount(d.amount))}</span>` : '';
  return [main, stated].filter(Boolean).join('<br>') || '<span class="none">none stated</span>';
};

const evidence = (d: Deal): string => `<q>${text(cut(bestMention(d).evidence, EVIDENCE_CHARS))}</q>`;

/** The best mention's link first, then one link per other outlet (its earliest mention). */
const sources = (d: Deal): string => {
  const best = bestMention(d);
  const others = new Map<string, Deal['mentions'][number]>();
  for (const m of [...d.mentions].sort(byPublication)) {
    if (m.outlet !== best.outlet && !others.has(m.outlet)) others.set(m.outlet, m);
  }
  const when = best.published ? ` <span class="date">${text(dayOf(best.published))}</span>` : '';
  const also = [...others.values()].map((m) => link(m.sourceUrl, m.outlet)).join(', ');
  const count = d.mentions.length > 1 ? `<br><span class="count">${d.mentions.length} mentions, first by ${text(firstMention(d).outlet)}</span>` : '';
  return `<span class="best">${link(best.sourceUrl, best.outlet)}</span>${when}${also ? `<br><span class="also">also: ${also}</span>` : ''}${count}`;
};

const kind = (d: Deal): string => `${text(d.type)}${d.status ? `<br><span class="status">${text(d.status.replace('_', ' '))}</span>` : ''}`;

export function largestDealsTable(deals: Deal[]): string {
  return table<Deal>('largest-deals', [
    ['Day', (d) => text(d.day), 'day'],
    ['Deal', kind],
    ['Amount', amount, 'num'],
    ['Parties', parties],
    ['Evidence (best source)', evidence, 'evidence'],
    ['Sources', sources, 'sources'],
  ], deals, (d) => d.id, 'No deal has an amount in US dollars yet.');
}

export function agreementsTable(deals: Deal[]): string {
  return table<Deal>('newest-agreements', [
    ['Last reported', (d) => text(dayOf(d.lastPublished ?? d.day)), 'day'],
    ['Deal', kind],
    ['Parties', parties],
    ['Amount', amount, 'num'],
    ['Evidence (best source)', evidence, 'evidence'],
    ['Sources', sources, 'sources'],
  ], deals, (d) => d.id, 'No agreements yet.');
}

export function outletsTable(rows: OutletRow[]): string {
  const n = (v: number) => String(v);
  return table<OutletRow>('outlets', [
    ['Outlet', (r) => text(r.outlet)],
    ['Articles', (r) => n(r.articles), 'num'],
    ['Facts', (r) => n(r.facts), 'num'],
    ['Deals mentioned', (r) => n(r.deals), 'num'],
    ['Deals reported first', (r) => n(r.firstReported), 'num'],
  ], rows, (r) => r.outlet, 'No outlets yet.');
}
