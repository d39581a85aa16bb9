import { SQL_TYPE } from './columns.js';
import { viewSelectSql } from './dialect.js';
import { EXPORT_PARTITION, PARTITION_PATTERN } from './export-layout.js';
import type { ViewDef } from './views.js';

/**
 * Hours after its scheduled time an export is taken to be complete. A DynamoDB export of a table
 * of a few hundred MB takes minutes (the export guide gives no bound); before this margin has
 * passed, the views read the previous day's export rather than a half-written one.
 */
export const EXPORT_SETTLE_HOURS = 2;

/**
 * The condition that keeps one partition: the newest export scheduled at least EXPORT_SETTLE_HOURS
 * ago, as a constant expression of current_timestamp. Athena folds it before planning, so partition
 * projection reads that one prefix and no other (a max(dt) subquery would read every export it
 * compares). It is compared in the partition's own pattern, never as a bare yyyy-MM-dd.
 */
export function newestExportCondition(exportHourUtc: number): string {
  const back = exportHourUtc + EXPORT_SETTLE_HOURS;
  const pattern = PARTITION_PATTERN.replace(/'/g, "''");
  return `${EXPORT_PARTITION} = format_datetime(date_trunc('day', (current_timestamp AT TIME ZONE 'UTC') - INTERVAL '${back}' HOUR) + INTERVAL '${exportHourUtc}' HOUR, '${pattern}')`;
}

export interface AthenaViewsOptions {
  /** The Glue database. */
  database: string;
  /** The Glue table over the exports. */
  table: string;
  /** The hour (UTC) the daily export is scheduled at. */
  exportHourUtc: number;
}

/** A view's SELECT in Athena, over the newest export only. */
export function athenaViewSql(view: ViewDef, o: AthenaViewsOptions): string {
  return viewSelectSql(view, 'athena', { table: `"${o.database}"."${o.table}"`, newestExport: newestExportCondition(o.exportHourUtc) });
}

/**
 * How Athena stores a view in the Glue catalog (the same entry `CREATE VIEW` writes): a
 * VIRTUAL_VIEW whose original text is the view's definition as base64 JSON behind a "Presto View"
 * marker, with its columns in Trino types there and in Hive types on the table.
 */
export function prestoView(view: ViewDef, o: AthenaViewsOptions) {
  const definition = {
    originalSql: athenaViewSql(view, o),
    catalog: 'awsdatacatalog',
    schema: o.database,
    columns: view.columns.map((c) => ({ name: c.name, type: SQL_TYPE[c.kind].trino })),
  };
  return {
    name: view.name,
    description: view.doc,
    tableType: 'VIRTUAL_VIEW',
    parameters: { presto_view: 'true', comment: 'Presto View' },
    viewOriginalText: `/* Presto View: ${Buffer.from(JSON.stringify(definition)).toString('base64')} */`,
    viewExpandedText: '/* Presto View */',
    storageDescriptor: { columns: view.columns.map((c) => ({ name: c.name, type: SQL_TYPE[c.kind].hive, comment: c.doc.slice(0, 255) })) },
  };
}

/** Decodes a view's definition back from its Glue entry (tests, and anyone checking a deployed view). */
export function decodePrestoView(viewOriginalText: string): { originalSql: string; columns: { name: string; type: string }[] } {
  const m = /^\/\* Presto View: ([A-Za-z0-9+/=]+) \*\/$/.exec(viewOriginalText);
  if (!m) throw new Error('not a Presto view text');
  return JSON.parse(Buffer.from(m[1]!, 'base64').toString('utf8')) as { originalSql: string; columns: { name: string; type: string }[] };
}
