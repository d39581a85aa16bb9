import type { Fact } from '../schemas/index.js';

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
export function factsTable(facts: Fact[]): string {
  const cut = (s: string, w: number) => (s.length > w ? `${s.slice(0, w - 1)}…` : s.padEnd(w));
  const head = COLUMNS.map(([h, , w]) => cut(h, w)).join('  ');
  const rule = COLUMNS.map(([, , w]) => '-'.repeat(w)).join('  ');
  const rows = facts.map((f) => COLUMNS.map(([, get, w]) => cut(get(f).replace(/\s+/g, ' '), w)).join('  '));
  return [head, rule, ...rows].join('\n');
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
