import type { AttrPath, Column } from './columns.js';
import { ENTITY_PATH, type ViewDef } from './views.js';

/**
 * The two engines that read the exports: Athena (engine 3, Trino SQL, items parsed by the OpenX
 * SerDe into lower-case structs) and DuckDB (`npm run sql`, items parsed by read_json with the
 * names as written). Only the reading of items differs; the views' columns, names and types do not.
 */
export type Dialect = 'athena' | 'duckdb';

/** The unnested deal mention: Trino's UNNEST spreads the element's one field (M) into the column itself. */
const MENTION = 'mention';

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

interface Spelling {
  /** How the engine names an attribute and a DynamoDB type letter inside the parsed struct. */
  name(attr: string): string;
  letter(t: 'S' | 'N' | 'M' | 'L' | 'BOOL'): string;
  mentionRoot: string;
  strings(list: string, letter: string): string;
  length(list: string): string;
}

const SPELLING: Record<Dialect, Spelling> = {
  athena: {
    name: (a) => quote(a.toLowerCase()),
    letter: (t) => quote(t.toLowerCase()),
    mentionRoot: MENTION,
    strings: (list, s) => `transform(${list}, e -> e.${s})`,
    length: (list) => `cardinality(${list})`,
  },
  duckdb: {
    name: quote,
    letter: quote,
    mentionRoot: `${MENTION}."M"`,
    strings: (list, s) => `list_transform(${list}, e -> e.${s})`,
    length: (list) => `len(${list})`,
  },
};

/** The value of a path: maps are walked through their M, the leaf read under its type letter. */
function valueAt(root: string, path: AttrPath, leaf: 'S' | 'N' | 'L' | 'BOOL', sp: Spelling): string {
  let expr = root;
  path.forEach((attr, i) => {
    expr += `.${sp.name(attr)}`;
    expr += `.${sp.letter(i === path.length - 1 ? leaf : 'M')}`;
  });
  return expr;
}

/** One column's SQL expression in a dialect (both engines accept TRY_CAST and substr alike). */
export function columnSql(c: Column, dialect: Dialect): string {
  const sp = SPELLING[dialect];
  const root = c.fromMention ? sp.mentionRoot : 'item';
  switch (c.kind) {
    case 'string': return valueAt(root, c.path, 'S', sp);
    case 'number': return `TRY_CAST(${valueAt(root, c.path, 'N', sp)} AS DOUBLE)`;
    case 'date': return `TRY_CAST(substr(${valueAt(root, c.path, 'S', sp)}, 1, 10) AS DATE)`;
    case 'strings': return sp.strings(valueAt(root, c.path, 'L', sp), sp.letter('S'));
    case 'count': return sp.length(valueAt(root, c.path, 'L', sp));
    case 'boolean': return valueAt(root, c.path, 'BOOL', sp);
  }
}

export interface ViewSource {
  /** The relation holding the exported items in an `item` column. */
  table: string;
  /** A condition that keeps only the newest export's rows (Athena); none when the table holds one export. */
  newestExport?: string;
}

/** The SELECT of a view over the export's items. */
export function viewSelectSql(view: ViewDef, dialect: Dialect, source: ViewSource): string {
  const sp = SPELLING[dialect];
  const cols = view.columns.map((c) => `  ${columnSql(c, dialect)} AS ${quote(c.name)}`).join(',\n');
  const unnest = view.unnest ? `\nCROSS JOIN UNNEST(${valueAt('item', view.unnest, 'L', sp)}) AS u(${MENTION})` : '';
  const where = [`${valueAt('item', ENTITY_PATH, 'S', sp)} = '${view.entity}'`, ...(source.newestExport ? [source.newestExport] : [])];
  return `SELECT\n${cols}\nFROM ${source.table}${unnest}\nWHERE ${where.join('\n  AND ')}`;
}
