import { renameSync } from 'node:fs';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { duckdbItemType } from '../../analytics/item-type.js';
import { viewSelectSql } from '../../analytics/dialect.js';
import { VIEWS } from '../../analytics/views.js';

/** The table the views read, as on Athena (there over every export; here the one being queried). */
export const ITEMS_TABLE = 'table_export';
const CACHE_ALIAS = 'export_cache';

export interface ExportDb {
  connection: DuckDBConnection;
  close(): void;
}

const sqlString = (s: string) => `'${s.replace(/'/g, "''")}'`;

/**
 * An in-memory DuckDB with one export's items and the views over them. The items the views read
 * (facts, deals, articles) are loaded once into a table, so that a query joining two views parses
 * the gzipped JSON once; the fact index entries, most of an export, are dropped on the way in.
 */
export async function openExportDb(source: { files: string[] } | { cached: string }): Promise<ExportDb> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  let table: string = ITEMS_TABLE;
  if ('cached' in source) {
    await connection.run(`ATTACH ${sqlString(source.cached)} AS ${CACHE_ALIAS} (READ_ONLY)`);
    table = `${CACHE_ALIAS}.${ITEMS_TABLE}`;
  } else await loadItems(connection, source.files);
  for (const view of VIEWS) {
    await connection.run(`CREATE VIEW ${view.name} AS\n${viewSelectSql(view, 'duckdb', { table })}`);
  }
  return {
    connection,
    close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

/**
 * Keeps the loaded items in a DuckDB file, so that the next query on the same export opens it
 * instead of parsing the JSON again. Written under a temporary name and renamed: a reader never
 * sees half a file.
 */
export async function saveExportDb(db: ExportDb, path: string): Promise<void> {
  const partial = `${path}.${process.pid}.partial`;
  await db.connection.run(`ATTACH ${sqlString(partial)} AS cache_out`);
  await db.connection.run(`CREATE TABLE cache_out.${ITEMS_TABLE} AS SELECT * FROM ${ITEMS_TABLE}`);
  await db.connection.run('DETACH cache_out');
  renameSync(partial, path);
}

async function loadItems(connection: DuckDBConnection, dataFiles: string[]): Promise<void> {
  const itemType = duckdbItemType();
  const entities = [...new Set(VIEWS.map((v) => v.entity))].map(sqlString).join(', ');
  if (dataFiles.length === 0) {
    // An export of an empty table has no data file: the views are there and empty.
    await connection.run(`CREATE TABLE ${ITEMS_TABLE} (item ${itemType})`);
  } else {
    // Each line is matched as text before it is parsed into the item struct, the costly step (about
    // twice as fast on the bench export, 3 in 4 of whose lines are index entries). The pattern can
    // only over-match (a nested "entity" key); the struct's own entity then decides.
    const pattern = `"entity"\\s*:\\s*\\{\\s*"S"\\s*:\\s*"(${[...new Set(VIEWS.map((v) => v.entity))].join("|")})"`;
    await connection.run(`CREATE TABLE ${ITEMS_TABLE} AS
SELECT item FROM (
  SELECT json_transform(json, ${sqlString(JSON.stringify({ Item: itemType }))})."Item" AS item
  FROM read_ndjson_objects([${dataFiles.map(sqlString).join(', ')}], compression = 'gzip')
  WHERE regexp_matches(json, ${sqlString(pattern)})
)
WHERE item."entity"."S" IN (${entities})`);
  }
}
