import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ItemTypeConflictError, VIEWS, columnSql, duckdbItemType, glueItemType, itemTree, num, str, type ViewDef,
} from '../../../shared/analytics/index.js';

describe('the analytics schema', () => {
  it('reads each column where its view says, in each engine\'s spelling', () => {
    // Prepare
    const usd = num('amount_usd', 'fact.amountUsd', 'x');
    // Act / Assert: DuckDB keeps the item's names, Athena's SerDe lower-cases them.
    expect(columnSql(usd, 'duckdb')).toBe('TRY_CAST(item."fact"."M"."amountUsd"."N" AS DOUBLE)');
    expect(columnSql(usd, 'athena')).toBe('TRY_CAST(item."fact"."m"."amountusd"."n" AS DOUBLE)');
  });

  it('declares every attribute a view reads, once, in the Glue and DuckDB item types', () => {
    const glue = glueItemType();
    const duck = duckdbItemType();
    for (const view of VIEWS) for (const c of view.columns) {
      const leaf = c.path.at(-1)!;
      expect(glue).toContain(`${leaf.toLowerCase()}:`);
      expect(duck).toContain(`"${leaf}" `);
    }
    // fact.amount is one map holding value, currency and qualifier, not three.
    expect(glue.match(/amount:struct<m:/g)).toHaveLength(3); // fact, deal, and a deal's mentions
  });

  it('refuses two views that read one attribute as different types', () => {
    const a: ViewDef = { name: 'a', doc: '', entity: 'x', columns: [str('n', 'fact.amount', '')] };
    const b: ViewDef = { name: 'b', doc: '', entity: 'x', columns: [num('v', 'fact.amount.value', '')] };
    expect(() => itemTree([a, b])).toThrow(ItemTypeConflictError);
  });

  it('is what the README tells analysts: each view with all its columns', () => {
    const readme = readFileSync('README.md', 'utf8');
    for (const view of VIEWS) {
      const row = readme.split('\n').find((l) => l.startsWith(`| \`${view.name}\` |`));
      expect(row, `README row for ${view.name}`).toBeDefined();
      expect(row).toContain(view.columns.map((c) => `\`${c.name}\``).join(', '));
    }
  });
});
