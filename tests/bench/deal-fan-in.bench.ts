/**
 * One deal reported again and again: what each new report costs deal grouping (shared/deals/update-deals.ts) as the
 * reports of one deal pile up. A syndicated wire story is copied by many outlets; every copy re-groups the deal's
 * component, so this cost, not the extractor's, decides how ingestion copes with a much-copied story.
 *
 * Each report is an article of its own with the two facts of one signing (the loan agreement and the loan, one
 * sentence), from one of five outlets, published over three weeks; its facts are stored and its deals brought up
 * to date as processing does, against dynalite in this process. Prints the mean time per report in brackets of
 * report counts, and checks that every report ends in one deal.
 */
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { startLocalStores } from '../../shared/local/stores.js';
import { updateDeals } from '../../shared/deals/update-deals.js';
import { articleIdOf } from '../../shared/pipeline/ids.js';
import { DealSchema, type Fact } from '../../shared/schemas/index.js';
import { ENTITY } from '../../shared/store/table-design.js';
import { buildFact } from '../helpers/builders.js';

/** Reports of the one deal; two facts each, so the deal stays under the grouping's component cap (400 facts). */
const REPORTS = Number(process.env.FAN_IN_REPORTS ?? 150);
const BRACKETS = [1, 26, 51, 101, 151, 201].filter((b) => b <= REPORTS);
const OUTLETS = ['trend.az', 'kun.uz', 'astanatimes.com', 'daryo.uz', 'menafn.com'];
const WORDINGS = [
  'The Asian Development Bank (ADB) and Uzbekistan signed a $150 million loan agreement to modernise water supply in Karakalpakstan.',
  'Uzbekistan and the ADB have signed an agreement on a $150 million loan for water supply in the Karakalpakstan region.',
  'A loan agreement worth $150 million for Karakalpakstan water supply was signed by Uzbekistan and the Asian Development Bank.',
];

function reportFacts(n: number): Fact[] {
  const outlet = OUTLETS[n % OUTLETS.length]!;
  const url = `https://${outlet}/news/adb-karakalpakstan-water-${n}`;
  const day = String(1 + (n % 21)).padStart(2, '0');
  const common = {
    articleId: articleIdOf(url), sourceUrl: url, published: `2026-11-${day}T10:00:00+05:00`, extractedAt: `2026-11-${day}T10:05:00.000Z`,
    countries: ['UZ'], organizations: ['Asian Development Bank (ADB)'], sector: 'water', status: 'signed' as const,
    amount: { value: 150e6, currency: 'USD', qualifier: 'exact' as const }, evidence: WORDINGS[n % WORDINGS.length]!,
  };
  return [buildFact({ ...common, type: 'agreement' }), buildFact({ ...common, type: 'financing' })];
}

export async function run(): Promise<void> {
  const stores = await startLocalStores();
  const quiet = { warn() {} };
  try {
    const times: number[] = [];
    for (let n = 0; n < REPORTS; n++) {
      const facts = reportFacts(n);
      const t0 = performance.now();
      await stores.facts.replaceFacts(facts[0]!.articleId, facts);
      await updateDeals({ articleId: facts[0]!.articleId, facts }, { deals: stores.deals, facts: stores.facts, now: () => new Date(), log: quiet });
      times.push(performance.now() - t0);
    }
    const parts = BRACKETS.map((from, i) => {
      const to = Math.min(REPORTS, (BRACKETS[i + 1] ?? REPORTS + 1) - 1);
      const slice = times.slice(from - 1, to);
      return `reports ${from}-${to}: ${(slice.reduce((a, b) => a + b, 0) / slice.length).toFixed(0)} ms each`;
    });
    console.log(`one deal, ${REPORTS} reports of two facts each: ${(times.reduce((a, b) => a + b, 0) / 1000).toFixed(1)} s in all; ${parts.join('; ')}`);
    const items = await stores.doc.send(new ScanCommand({ TableName: stores.tableName }));
    const deals = (items.Items ?? []).filter((i) => i.entity === ENTITY.deal).map((i) => DealSchema.parse(i.deal));
    const mentions = deals.reduce((n, d) => n + d.mentions.length, 0);
    if (deals.length === 1 && mentions === 2 * REPORTS) console.log(`deal-fan-in: ok (one deal, ${mentions} mentions)`);
    else {
      console.log(`FAILED deal-fan-in: ${deals.length} deals holding ${mentions} mentions; expected one deal of ${2 * REPORTS}`);
      process.exitCode = 1;
    }
  } finally {
    await stores.close();
  }
}
