import type { Deal, Fact } from '../schemas/index.js';

/** "$1.2 bn"-style short money for tables: exact values stay in JSON and CSV output. */
export function shortAmount(amount: Fact['amount']): string {
  if (!amount) return '';
  const q = { over: '>', under: '<', about: '~', 'up to': '≤', exact: '' }[amount.qualifier];
  const v = amount.value;
  const [n, s] = v >= 1e12 ? [v / 1e12, 'tn'] : v >= 1e9 ? [v / 1e9, 'bn'] : v >= 1e6 ? [v / 1e6, 'mn'] : v >= 1e3 ? [v / 1e3, 'k'] : [v, ''];
  return `${q}${amount.currency} ${Number(n.toFixed(2))}${s ? ` ${s}` : ''}`;
}

const COLUMNS: Array<[string, (f: Fact) => string, number]> = [
  ['date', (f) => (f.published ?? f.extractedAt).slice(0, 10), 10],
  ['type', (f) => f.type, 10],
  ['status', (f) => f.status ?? '', 11],
  ['amount', (f) => shortAmount(f.amount), 16],
  ['countries', (f) => f.countries.join(','), 12],
  ['organizations', (f) => f.organizations.join('; '), 34],
  ['evidence', (f) => f.evidence, 60],
];

/** A plain-text table that fits a terminal; long cells are cut with an ellipsis. */
function table<T>(columns: Array<[string, (row: T) => string, number]>, rows: readonly T[]): string {
  const cut = (s: string, w: number) => (s.length > w ? `${s.slice(0, w - 1)}…` : s.padEnd(w));
  const head = columns.map(([h, , w]) => cut(h, w)).join('  ');
  const rule = columns.map(([, , w]) => '-'.repeat(w)).join('  ');
  return [head, rule, ...rows.map((r) => columns.map(([, get, w]) => cut(get(r).replace(/\s+/g, ' '), w)).join('  '))].join('\n');
}

export const factsTable = (facts: Fact[]): string => table(COLUMNS, facts);

const usd = (v: number | null) => (v === null ? '' : shortAmount({ value: v, currency: 'USD', qualifier: 'exact' }));

const DEAL_COLUMNS: Array<[string, (d: Deal) => string, number]> = [
  ['day', (d) => d.day, 10],
  ['type', (d) => d.type, 10],
  ['status', (d) => d.status ?? '', 11],
  ['amount', (d) => shortAmount(d.amount), 16],
  ['usd', (d) => usd(d.amountUsd), 14],
  ['countries', (d) => d.countries.join(','), 10],
  ['organizations', (d) => d.organizations.join('; '), 30],
  ['outlets', (d) => `${d.mentions.length}: ${d.outlets.join(', ')}`, 30],
  ['deal', (d) => d.id, 32],
];

/** Deals, one row each: the best mention's sum, the outlets that report it and the id to ask for its mentions. */
export const dealsTable = (deals: Deal[]): string => table(DEAL_COLUMNS, deals);

const csvCell = (v: unknown) => {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** RFC 4180 CSV, one deal per row. */
export function dealsCsv(deals: Deal[]): string {
  const cols = ['deal', 'day', 'type', 'status', 'amount_value', 'amount_currency', 'amount_usd', 'countries', 'organizations', 'outlets', 'mentions', 'best_source_url'];
  const rows = deals.map((d) => [
    d.id, d.day, d.type, d.status, d.amount?.value, d.amount?.currency, d.amountUsd, d.countries.join(';'), d.organizations.join(';'),
    d.outlets.join(';'), d.mentions.length, d.mentions.find((m) => m.factId === d.best)?.sourceUrl,
  ].map(csvCell).join(','));
  return [cols.join(','), ...rows].join('\n');
}

/** RFC 4180 CSV, one fact per row, with the fields analysts sum and filter on. */
export function factsCsv(facts: Fact[]): string {
  const cols = ['id', 'type', 'status', 'published', 'amount_value', 'amount_currency', 'amount_qualifier', 'countries', 'organizations', 'sector', 'evidence', 'source_url', 'extractor_version'];
  const esc = (v: unknown) => {
    const s = v === null || v === undefined ? '' : String(v);
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const rows = facts.map((f) => [
    f.id, f.type, f.status, f.published, f.amount?.value, f.amount?.currency, f.amount?.qualifier,
    f.countries.join(';'), f.organizations.join(';'), f.sector, f.evidence, f.sourceUrl, f.extractorVersion,
  ].map(esc).join(','));
  return [cols.join(','), ...rows].join('\n');
}
