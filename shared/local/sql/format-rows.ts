import { DuckDBTypeId, type DuckDBResultReader } from '@duckdb/node-api';

export const OUTPUT_FORMATS = ['table', 'csv', 'json', 'parquet'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** Widest a table cell is shown; csv and json carry every character. */
const CELL_WIDTH = 60;

const INTEGER_TYPES = new Set<DuckDBTypeId>([
  DuckDBTypeId.TINYINT, DuckDBTypeId.SMALLINT, DuckDBTypeId.INTEGER, DuckDBTypeId.BIGINT, DuckDBTypeId.HUGEINT,
  DuckDBTypeId.UTINYINT, DuckDBTypeId.USMALLINT, DuckDBTypeId.UINTEGER, DuckDBTypeId.UBIGINT, DuckDBTypeId.UHUGEINT,
]);

export interface Rows {
  columns: string[];
  /** JSON values: counts as numbers (strings only past 2^53), dates as yyyy-mm-dd, lists as arrays. */
  rows: unknown[][];
}

/** The result as JSON-ready rows (DuckDB gives 64-bit integers as strings: counts become numbers again). */
export function rowsOf(result: DuckDBResultReader): Rows {
  const integer = result.columnTypes().map((t) => INTEGER_TYPES.has(t.typeId));
  const rows = result.getRowsJson().map((row) => row.map((v, i) => {
    if (!integer[i] || typeof v !== 'string') return v;
    const n = Number(v);
    return Number.isSafeInteger(n) ? n : v;
  }));
  return { columns: result.columnNames(), rows };
}

const cellText = (v: unknown, listJoin: string): string =>
  v === null || v === undefined ? '' : Array.isArray(v) ? v.map((e) => cellText(e, listJoin)).join(listJoin) : typeof v === 'object' ? JSON.stringify(v) : String(v);

/** A plain-text table: numbers right-aligned, long cells cut with an ellipsis, a row count last. */
export function tableText({ columns, rows }: Rows): string {
  const cut = (s: string) => { const one = s.replace(/\s+/g, ' '); return one.length > CELL_WIDTH ? `${one.slice(0, CELL_WIDTH - 1)}…` : one; };
  const cells = rows.map((r) => r.map((v) => cut(cellText(v, ', '))));
  const numeric = columns.map((_, i) => rows.length > 0 && rows.every((r) => r[i] === null || typeof r[i] === 'number'));
  const widths = columns.map((c, i) => Math.max(c.length, ...cells.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((s, i) => (numeric[i] ? s.padStart(widths[i]!) : s.padEnd(widths[i]!))).join('  ').trimEnd();
  const count = `(${rows.length} row${rows.length === 1 ? '' : 's'})`;
  return [line(columns), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line), count].join('\n');
}

/** RFC 4180 CSV with a header; list cells joined with ';' as in `npm run query`. */
export function csvText({ columns, rows }: Rows): string {
  const esc = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  return [columns.map(esc).join(','), ...rows.map((r) => r.map((v) => esc(cellText(v, ';'))).join(','))].join('\n');
}

/** JSON lines, one object per row. */
export function jsonLines({ columns, rows }: Rows): string {
  return rows.map((r) => JSON.stringify(Object.fromEntries(columns.map((c, i) => [c, r[i] ?? null])))).join('\n');
}
