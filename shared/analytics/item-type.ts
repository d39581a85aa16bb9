import { LEAF_TYPE, type AttrPath } from './columns.js';
import { ENTITY_PATH, VIEWS, type ViewDef } from './views.js';

/**
 * The part of an exported item the views read, as a tree of DynamoDB JSON values, derived from the
 * views' columns so that no attribute is declared twice. Both engines parse the items with it: Glue
 * as the `item` column's struct type, DuckDB as read_json's column type.
 */
export type AttrNode =
  | { type: 'S' | 'N' | 'BOOL' }
  | { type: 'L'; of: AttrNode | null }
  | { type: 'M'; fields: Map<string, AttrNode> };

export class ItemTypeConflictError extends Error {
  override name = 'ItemTypeConflictError';
}

function mapAt(fields: Map<string, AttrNode>, path: AttrPath, where: string): Map<string, AttrNode> {
  let current = fields;
  for (const name of path) {
    let node = current.get(name);
    if (!node) current.set(name, (node = { type: 'M', fields: new Map() }));
    if (node.type !== 'M') throw new ItemTypeConflictError(`${where}: ${path.join('.')} is read as a map and as ${node.type}`);
    current = node.fields;
  }
  return current;
}

function addLeaf(fields: Map<string, AttrNode>, path: AttrPath, leaf: AttrNode, where: string): void {
  const parent = mapAt(fields, path.slice(0, -1), where);
  const name = path[path.length - 1]!;
  const had = parent.get(name);
  if (!had) parent.set(name, leaf);
  else if (had.type !== leaf.type) throw new ItemTypeConflictError(`${where}: ${path.join('.')} is read as ${had.type} and as ${leaf.type}`);
  else if (had.type === 'L' && leaf.type === 'L' && !had.of) had.of = leaf.of;
}

/** The item tree the given views read (every view filters on `entity`, so it is always there). */
export function itemTree(views: readonly ViewDef[] = VIEWS): Map<string, AttrNode> {
  const item = new Map<string, AttrNode>();
  addLeaf(item, ENTITY_PATH, { type: 'S' }, 'entity');
  for (const view of views) {
    // The unnested list first: its element type is the map of the mention columns.
    const element = view.unnest ? { type: 'M' as const, fields: new Map<string, AttrNode>() } : null;
    if (view.unnest) addLeaf(item, view.unnest, { type: 'L', of: element }, view.name);
    for (const c of view.columns) {
      const leafType = LEAF_TYPE[c.kind];
      const leaf: AttrNode = leafType === 'L' ? { type: 'L', of: c.kind === 'strings' ? { type: 'S' } : null } : { type: leafType };
      if (c.fromMention && !element) throw new ItemTypeConflictError(`${view.name}.${c.name}: read from a mention, but the view unnests nothing`);
      addLeaf(c.fromMention ? element!.fields : item, c.path, leaf, `${view.name}.${c.name}`);
    }
  }
  return item;
}

/** A list only counted, whose elements no view reads, is declared as strings: any element then parses (to null). */
const UNREAD_ELEMENT = { hive: 'struct<s:string>', duckdb: 'STRUCT("S" VARCHAR)' };

/** Glue/Hive: lower-case names (the OpenX SerDe matches JSON keys case-insensitively), numbers as strings. */
function hive(node: AttrNode): string {
  switch (node.type) {
    case 'S': return 'struct<s:string>';
    case 'N': return 'struct<n:string>';
    case 'BOOL': return 'struct<bool:boolean>';
    case 'L': return `struct<l:array<${node.of ? hive(node.of) : UNREAD_ELEMENT.hive}>>`;
    case 'M': return `struct<m:${hiveFields(node.fields)}>`;
  }
}
const hiveFields = (fields: Map<string, AttrNode>) => `struct<${[...fields].map(([k, v]) => `${k.toLowerCase()}:${hive(v)}`).join(',')}>`;

/** DuckDB: names as the item spells them, quoted (read_json matches keys exactly). */
function duck(node: AttrNode): string {
  switch (node.type) {
    case 'S': return 'STRUCT("S" VARCHAR)';
    case 'N': return 'STRUCT("N" VARCHAR)';
    case 'BOOL': return 'STRUCT("BOOL" BOOLEAN)';
    case 'L': return `STRUCT("L" ${node.of ? duck(node.of) : UNREAD_ELEMENT.duckdb}[])`;
    case 'M': return `STRUCT("M" ${duckFields(node.fields)})`;
  }
}
const duckFields = (fields: Map<string, AttrNode>) => `STRUCT(${[...fields].map(([k, v]) => `"${k}" ${duck(v)}`).join(', ')})`;

/** The Glue type of the export table's `item` column. */
export const glueItemType = (views: readonly ViewDef[] = VIEWS): string => hiveFields(itemTree(views));

/** The DuckDB type read_json parses `Item` with. */
export const duckdbItemType = (views: readonly ViewDef[] = VIEWS): string => duckFields(itemTree(views));
