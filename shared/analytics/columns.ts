/**
 * How a view column is read from an exported item. The export writes each item in DynamoDB JSON
 * (`{"Item":{"fact":{"M":{"amount":{"M":{"value":{"N":"150000000"}}}}}}}`), so a column names the
 * attribute path and what the leaf holds; dialect.ts turns that into Athena or DuckDB SQL, and
 * item-type.ts into the struct type both engines parse the items with.
 */

/** A path of attribute names from the item (or, in the mentions view, from one deal mention). */
export type AttrPath = readonly string[];

export type ColumnKind =
  /** S → varchar */
  | 'string'
  /** N → double (amounts: whole currency units, or US dollars) */
  | 'number'
  /** S holding yyyy-mm-dd or an ISO date-time → date (its first ten characters) */
  | 'date'
  /** L of S → array(varchar) */
  | 'strings'
  /** L of anything → bigint, its length */
  | 'count'
  /** BOOL → boolean */
  | 'boolean';

export interface Column {
  /** snake_case, as analysts type it. */
  name: string;
  kind: ColumnKind;
  path: AttrPath;
  /** Read from the deal mention (mentions view) rather than from the item. */
  fromMention?: boolean;
  /** One line for the README's column table. */
  doc: string;
}

/** The SQL type of each kind: Trino/Athena names (Presto view columns) and Hive names (Glue columns). */
export const SQL_TYPE: Record<ColumnKind, { trino: string; hive: string; duckdb: string }> = {
  string: { trino: 'varchar', hive: 'string', duckdb: 'VARCHAR' },
  number: { trino: 'double', hive: 'double', duckdb: 'DOUBLE' },
  date: { trino: 'date', hive: 'date', duckdb: 'DATE' },
  strings: { trino: 'array(varchar)', hive: 'array<string>', duckdb: 'VARCHAR[]' },
  count: { trino: 'bigint', hive: 'bigint', duckdb: 'BIGINT' },
  boolean: { trino: 'boolean', hive: 'boolean', duckdb: 'BOOLEAN' },
};

/** The DynamoDB JSON type letter a leaf of this kind is stored under. */
export const LEAF_TYPE: Record<ColumnKind, 'S' | 'N' | 'L' | 'BOOL'> = {
  string: 'S', number: 'N', date: 'S', strings: 'L', count: 'L', boolean: 'BOOL',
};

const col = (kind: ColumnKind) => (name: string, path: string, doc: string): Column => ({ name, kind, path: path.split('.'), doc });
/** Column builders: `str('status', 'fact.status', '…')` reads item.fact.status. */
export const str = col('string');
export const num = col('number');
export const day = col('date');
export const strs = col('strings');
export const count = col('count');
export const bool = col('boolean');
/** The same column read from the deal mention being unnested. */
export const ofMention = (c: Column): Column => ({ ...c, fromMention: true });
