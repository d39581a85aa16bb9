// What deal grouping reads from dynalite as the reports of one deal pile up: the new report's article, and no other
// article whose facts the index entries already gave; an article is still read when one of its facts lies under no index
// key the walk reads, so facts linked only within their article still join the deal.
import { afterAll, describe, expect, it } from 'vitest';
import { PutCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { ENTITY } from '../../../shared/store/table-design.js';
import { startLocalStores, type LocalStores } from '../../../shared/local/stores.js';
import { updateDeals } from '../../../shared/deals/update-deals.js';
import { articleIdOf } from '../../../shared/pipeline/ids.js';
import type { Fact } from '../../../shared/schemas/index.js';
import { buildFact } from '../../helpers/builders.js';

const opened: LocalStores[] = [];
afterAll(async () => { await Promise.all(opened.map((s) => s.close())); });

/** The agreement and the loan of one signing, reported by the n-th outlet. */
function report(n: number, over: Partial<Fact> = {}): Fact[] {
  const url = `https://outlet-${n}.example/news/adb-water`;
  const common = {
    articleId: articleIdOf(url), sourceUrl: url, published: `2026-11-${String(10 + n).padStart(2, '0')}T09:00:00Z`,
    countries: ['UZ'], organizations: ['Asian Development Bank (ADB)'], status: 'signed' as const,
    amount: { value: 150e6, currency: 'USD', qualifier: 'exact' as const },
    evidence: `The ADB and Uzbekistan signed a $150 million loan agreement for water supply (report ${n}).`,
  };
  return [buildFact({ ...common, type: 'agreement', ...over }), buildFact({ ...common, type: 'financing' })];
}

/** The stores, with the articles whose facts deal grouping read listed in `read`. */
async function counted(): Promise<{ stores: LocalStores; read: string[]; deps: Parameters<typeof updateDeals>[1] }> {
  const stores = await startLocalStores();
  opened.push(stores);
  const read: string[] = [];
  const facts = { ...stores.facts, factsOfArticle: async (id: string) => { read.push(id); return stores.facts.factsOfArticle(id); } };
  return { stores, read, deps: { deals: stores.deals, facts, now: () => new Date('2026-11-20T12:00:00Z') } };
}

async function store(c: Awaited<ReturnType<typeof counted>>, facts: Fact[]): Promise<void> {
  await c.stores.facts.replaceFacts(facts[0]!.articleId, facts);
  await updateDeals({ articleId: facts[0]!.articleId, facts }, c.deps);
}

describe('deal grouping reads', () => {
  it('reads only the new report\'s article when the index gave every fact of the others', async () => {
    // Prepare: five reports of one loan.
    const c = await counted();
    for (let n = 1; n <= 5; n++) await store(c, report(n));
    c.read.length = 0;
    // Act: a sixth.
    const sixth = report(6);
    await store(c, sixth);
    // Assert: one deal of twelve facts, and no article read but the sixth's.
    const { deals } = await updateDeals({ articleId: sixth[0]!.articleId, facts: sixth }, c.deps);
    expect(deals).toHaveLength(1);
    expect(deals[0]!.mentions).toHaveLength(12);
    expect(new Set(c.read)).toEqual(new Set([sixth[0]!.articleId]));
  });

  it('reads an article one of whose facts no index key of the walk holds, and that fact joins its deal', async () => {
    // Prepare: an earlier report whose agreement names no party of the loan (so the index under the loan's keys does not
    // list it); it links to its loan by their one sentence.
    const c = await counted();
    const [agreement, loan] = report(1, { countries: [], organizations: [] });
    await store(c, [agreement!, loan!]);
    c.read.length = 0;
    // Act: a second report of the loan.
    const second = report(2);
    await store(c, second);
    // Assert: the first article was read, and its agreement is in the deal with both loans.
    expect(c.read).toContain(agreement!.articleId);
    const { deals } = await updateDeals({ articleId: second[0]!.articleId, facts: second }, c.deps);
    const withLoans = deals.find((d) => d.mentions.some((m) => m.factId === loan!.id));
    expect(withLoans?.mentions.map((m) => m.factId)).toContain(agreement!.id);
  });

  it('reads an article whose index entries disagree on its number of facts (a re-extraction under way)', async () => {
    // Prepare: the first report's loan and project under the walk's keys, and its agreement under none; the entry the walk
    // meets first says the article has two facts (written by an older extraction), the other three.
    const c = await counted();
    const [agreement, loan] = report(1, { countries: [], organizations: [] });
    // The project the loan pays for, priced by the same sum: linked to the loan within the article.
    const project = buildFact({ ...loan!, id: undefined, type: 'project', status: 'planned', evidence: 'The $150 million water project will serve Karakalpakstan.' });
    await c.stores.facts.replaceFacts(agreement!.articleId, [agreement!, loan!, project]);
    const [early] = [loan!, project].sort((p, q) => p.id.localeCompare(q.id));
    const items = await c.stores.doc.send(new ScanCommand({ TableName: c.stores.tableName }));
    for (const item of (items.Items ?? []).filter((i) => i.entity === ENTITY.factIndex && (i.fact as Fact).id === early!.id)) {
      await c.stores.doc.send(new PutCommand({ TableName: c.stores.tableName, Item: { ...item, articleFacts: 2 } }));
    }
    c.read.length = 0;
    // Act: another report of the loan.
    const next = report(2);
    await store(c, next);
    // Assert: the first article was read (its entries disagree), and its agreement joins the loans' deal.
    expect(c.read).toContain(agreement!.articleId);
    const { deals } = await updateDeals({ articleId: next[0]!.articleId, facts: next }, c.deps);
    expect(deals.find((d) => d.mentions.some((m) => m.factId === loan!.id))?.mentions.map((m) => m.factId)).toContain(agreement!.id);
  });
});
