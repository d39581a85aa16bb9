// The cross-outlet deal measure on the studied real set (tests/eval/deals/deals-2), held to its floors:
// a grouping change that loses right links, or adds wrong ones, says so here.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { extracted, goldAsFacts, load, score } from '../bench/deal-eval.js';

const floors = JSON.parse(readFileSync(new URL('./floors.json', import.meta.url), 'utf8')).dealLinks;
const docs = load(`tests/eval/${floors.set}`);

describe(`same-deal links on ${floors.set}`, () => {
  it('groups the gold facts at or above the floors', () => {
    const s = score(docs, goldAsFacts(docs, true));
    expect(s.precision).toBeGreaterThanOrEqual(floors.goldDated.precision);
    expect(s.recall).toBeGreaterThanOrEqual(floors.goldDated.recall);
  });

  it('groups the extracted facts at or above the floors', async () => {
    const s = score(docs, await extracted(docs, true));
    expect(s.precision).toBeGreaterThanOrEqual(floors.extractedDated.precision);
    expect(s.recall).toBeGreaterThanOrEqual(floors.extractedDated.recall);
  }, 60_000);
});
