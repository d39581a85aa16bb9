/**
 * Deals for the report's tests and screenshot, until the pipeline writes its own: eight events, each
 * reported by one to three outlets (different rounding, currencies and dates), built through the
 * schemas so they are what the store holds. Written by us; the outlets are real, the stories are not.
 */
import { PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DealSchema, type Amount, type Deal, type Fact } from '../../shared/schemas/index.js';
import type { ArticleMeta } from '../../shared/store/ports.js';
import type { ArticleStore, FactStore } from '../../shared/store/ports.js';
import { articleIdOf, shortHash } from '../../shared/pipeline/ids.js';
import { ENTITY, ENTITY_ATTR, DEALS_INDEX_PK, GSI } from '../../shared/store/table-design.js';
import { keys } from '../../shared/store/keys.js';
import { buildFact } from './builders.js';

interface Report { outlet: string; url: string; published: string; type?: Fact['type']; amount?: Amount | null; amountUsd?: number | null; evidence: string; title: string }
interface Story { type: Fact['type']; status: Fact['status']; countries: string[]; organizations: string[]; sector: string | null; amountUsd: number | null; reports: Report[] }

const usd = (value: number, qualifier: Amount['qualifier'] = 'exact'): Amount => ({ value, currency: 'USD', qualifier });

/** Hostile text as an article could carry it: the page must show it, never run it. */
export const HOSTILE_EVIDENCE = 'The sides signed the <script>alert("x")</script> protocol on Kambarata HPP-1 & "water sharing" <img src=x onerror=alert(1)>.';

export const STORIES: Story[] = [
  { type: 'financing', status: 'signed', countries: ['UZ'], organizations: ['Asian Development Bank'], sector: 'transport', amountUsd: 150e6, reports: [
    { outlet: 'Kun.uz', url: 'https://kun.uz/en/news/2026/01/14/adb-road-loan', published: '2026-01-14T11:20:00+05:00', amount: usd(150e6), title: 'ADB lends $150 million for Uzbek roads',
      evidence: 'Uzbekistan and the Asian Development Bank signed a $150 million loan agreement to rebuild the Bukhara-Khiva road.' },
    { outlet: 'Kun.uz', url: 'https://kun.uz/en/news/2026/01/14/adb-road-loan', published: '2026-01-14T11:20:00+05:00', type: 'agreement', amount: null, title: 'ADB lends $150 million for Uzbek roads',
      evidence: 'The loan agreement was signed in Tashkent by the Minister of Economy and the ADB country director.' },
    { outlet: 'Trend', url: 'https://en.trend.az/casia/uzbekistan/4213174.html', published: '2026-01-15T09:05:00+04:00', amount: usd(150e6), title: 'Uzbekistan, ADB sign road loan',
      evidence: 'The Asian Development Bank (ADB) will provide 150 million dollars to Uzbekistan for the Bukhara-Khiva highway.' },
    { outlet: 'Gazeta.uz', url: 'https://www.gazeta.uz/en/2026/01/16/adb-loan/', published: '2026-01-16T15:40:00+05:00', amount: usd(150e6, 'about'), title: 'A road loan from the ADB',
      evidence: 'ADB approved about $150 million for the reconstruction of the road between Bukhara and Khiva.' },
  ] },
  { type: 'financing', status: 'agreed', countries: ['KZ'], organizations: ['European Bank for Reconstruction and Development'], sector: 'energy', amountUsd: 80e6, reports: [
    { outlet: 'The Astana Times', url: 'https://astanatimes.com/2026/02/ebrd-wind-farm-loan/', published: '2026-02-03T10:00:00+05:00',
      amount: { value: 74e6, currency: 'EUR', qualifier: 'exact', converted: { value: 80e6, currency: 'USD' } }, title: 'EBRD backs a wind farm in Zhambyl',
      evidence: 'The EBRD agreed to lend EUR 74 million ($80 million) for a 100 MW wind farm in the Zhambyl region.' },
    { outlet: 'Kazinform', url: 'https://qazinform.com/news/ebrd-wind-zhambyl', published: '2026-02-04T08:30:00+05:00', amount: usd(80e6), title: 'Wind farm financing agreed',
      evidence: 'The European Bank for Reconstruction and Development will provide $80 million for the Zhambyl wind farm.' },
  ] },
  { type: 'investment', status: 'planned', countries: ['KZ', 'CN'], organizations: ['CITIC Construction'], sector: 'logistics', amountUsd: 48.3e6, reports: [
    { outlet: 'Kazinform', url: 'https://qazinform.com/news/citic-logistics-hub', published: '2026-02-20T12:00:00+05:00', amount: { value: 350e6, currency: 'CNY', qualifier: 'exact' }, title: 'Chinese logistics hub for Khorgos',
      evidence: 'CITIC Construction plans to invest 350 million yuan in a logistics hub at Khorgos on the Kazakh-Chinese border.' },
  ] },
  { type: 'project', status: 'planned', countries: ['UZ'], organizations: ['Uzbekhydroenergo'], sector: 'energy', amountUsd: 157.4e6, reports: [
    { outlet: 'Daryo', url: 'https://daryo.uz/en/2026/03/02/pskem-hpp', published: '2026-03-02T14:00:00+05:00', amount: { value: 2e12, currency: 'UZS', qualifier: 'exact' }, title: 'A new hydropower plant on the Pskem',
      evidence: 'Uzbekhydroenergo will build a hydropower plant on the Pskem river worth 2 trillion soums.' },
    { outlet: 'UzDaily', url: 'https://uzdaily.uz/en/post/pskem-hpp-2026', published: '2026-03-03T09:00:00+05:00', amount: { value: 2e12, currency: 'UZS', qualifier: 'about' }, title: 'Pskem HPP planned',
      evidence: 'The Pskem hydropower project is estimated at around 2 trillion soums, Uzbekhydroenergo said.' },
  ] },
  { type: 'agreement', status: 'signed', countries: ['AZ', 'TR'], organizations: ['SOCAR', 'BOTAS'], sector: 'energy', amountUsd: null, reports: [
    { outlet: 'APA', url: 'https://en.apa.az/energy/socar-botas-gas-memorandum-452310', published: '2026-03-18T16:10:00+04:00', amount: null, title: 'SOCAR and BOTAS sign a memorandum',
      evidence: 'SOCAR and Turkey’s BOTAS signed a memorandum on additional gas supplies from 2027.' },
    { outlet: 'Trend', url: 'https://en.trend.az/business/energy/4221890.html', published: '2026-03-18T15:55:00+04:00', amount: null, title: 'Azerbaijan, Türkiye sign gas deal',
      evidence: 'Azerbaijan’s SOCAR and Türkiye’s BOTAS have signed a memorandum of understanding on gas supplies.' },
    { outlet: 'Azernews', url: 'https://www.azernews.az/oil_and_gas/251873.html', published: '2026-03-19T10:00:00+04:00', amount: null, title: 'More Azerbaijani gas for Türkiye',
      evidence: 'The memorandum between SOCAR and BOTAS foresees additional supplies of Azerbaijani gas to Türkiye.' },
  ] },
  { type: 'trade', status: null, countries: ['UZ', 'TM'], organizations: [], sector: null, amountUsd: 412e6, reports: [
    { outlet: 'UzDaily', url: 'https://uzdaily.uz/en/post/uz-tm-trade-q1', published: '2026-04-10T10:00:00+05:00', amount: usd(412e6), title: 'Trade with Turkmenistan in the first quarter',
      evidence: 'Trade between Uzbekistan and Turkmenistan reached $412 million in the first quarter of 2026.' },
    { outlet: 'Gazeta.uz', url: 'https://www.gazeta.uz/en/2026/04/11/trade-turkmenistan/', published: '2026-04-11T09:00:00+05:00', amount: usd(410e6, 'over'), title: 'Trade with Turkmenistan grows',
      evidence: 'Uzbekistan’s trade turnover with Turkmenistan exceeded $410 million in January-March.' },
  ] },
  { type: 'agreement', status: 'signed', countries: ['KG', 'UZ'], organizations: ['Kambarata <HPP-1> "Project" & Co'], sector: 'energy', amountUsd: null, reports: [
    { outlet: '24.kg', url: 'https://24.kg/english/325001_kambarata_protocol/', published: '2026-04-22T13:00:00+06:00', amount: null, title: 'Kambarata <img src=x onerror=alert(2)> protocol',
      evidence: HOSTILE_EVIDENCE },
    { outlet: 'AKIpress', url: 'https://akipress.com/news:812233/', published: '2026-04-22T12:30:00+06:00', amount: null, title: 'Kyrgyzstan, Uzbekistan sign Kambarata protocol',
      evidence: 'Kyrgyzstan and Uzbekistan signed a protocol on the Kambarata HPP-1 project and water sharing.' },
  ] },
  { type: 'agreement', status: 'signed', countries: ['TJ', 'CN'], organizations: ['TBEA'], sector: 'mining', amountUsd: 165.6e6, reports: [
    { outlet: 'Asia-Plus', url: 'https://asiaplustj.info/en/news/tajikistan/economic/20260609/tbea-gold', published: '2026-06-09T11:00:00+05:00', amount: { value: 1.2e9, currency: 'CNY', qualifier: 'exact' }, title: 'TBEA to develop a gold deposit',
      evidence: 'Tajikistan and China’s TBEA signed an agreement worth 1.2 billion yuan to develop a gold deposit in Sughd.' },
    { outlet: 'Times of Central Asia', url: 'https://timesca.com/tbea-tajik-gold-2026/', published: '2026-06-10T07:00:00+05:00', amount: usd(165e6, 'about'), title: 'Chinese firm signs Tajik gold deal',
      evidence: 'The deal with TBEA, valued at about $165 million, covers a gold deposit in the Sughd region.' },
  ] },
];

export interface ReportFixture { articles: ArticleMeta[]; facts: Fact[]; deals: Deal[] }

/** The stories as the store keeps them: one article per URL, one fact per report, one deal per story. */
export function reportFixture(): ReportFixture {
  const articles = new Map<string, ArticleMeta>();
  const facts: Fact[] = [];
  const deals = STORIES.map((s) => {
    const mentions = s.reports.map((r) => {
      const articleId = articleIdOf(r.url);
      articles.set(articleId, articleMeta(articleId, r));
      const fact = buildFact({
        articleId, sourceUrl: r.url, published: r.published, type: r.type ?? s.type, status: s.status,
        amount: r.amount === undefined ? null : r.amount, countries: s.countries, organizations: s.organizations, sector: s.sector, evidence: r.evidence,
      });
      facts.push(fact);
      return {
        factId: fact.id, articleId, sourceUrl: r.url, outlet: r.outlet, published: r.published, type: fact.type, status: fact.status,
        amount: fact.amount, amountUsd: fact.amount ? (r.amountUsd ?? s.amountUsd) : null, evidence: r.evidence,
      };
    });
    const times = s.reports.map((r) => r.published).sort((a, b) => Date.parse(a) - Date.parse(b));
    return DealSchema.parse({
      id: shortHash('deal', ...mentions.map((m) => m.factId).sort()),
      type: s.type, status: s.status, amount: mentions.find((m) => m.amount)?.amount ?? null, amountUsd: s.amountUsd,
      countries: s.countries, organizations: s.organizations, organizationKeys: s.organizations.map((o) => o.toLowerCase()), sector: s.sector,
      firstPublished: times[0], lastPublished: times.at(-1), day: times[0]!.slice(0, 10),
      best: mentions[0]!.factId, outlets: [...new Set(mentions.map((m) => m.outlet))], mentions,
      groupingVersion: 'fixture-1', updatedAt: '2026-06-30T00:00:00.000Z',
    });
  });
  return { articles: [...articles.values()], facts, deals };
}

function articleMeta(id: string, r: Report): ArticleMeta {
  return {
    id, url: r.url, canonicalUrl: r.url, feedId: null, outlet: r.outlet, title: r.title, published: r.published, author: null, language: 'en', image: null,
    tags: [], description: '', paywalled: false, extractedBy: 'generic', fetchedAt: '2026-06-30T00:00:00.000Z', rawKey: null, notes: [],
    articleKey: `articles/dt=${r.published.slice(0, 10)}/${id}.json`, paragraphCount: 3,
  };
}

/** Writes the fixture through the real adapters (articles, facts) and deal items in the table's documented shape. */
export async function writeReportFixture(stores: { articles: ArticleStore; facts: FactStore; doc: DynamoDBDocumentClient; tableName: string }, fx = reportFixture()): Promise<void> {
  for (const a of fx.articles) {
    await stores.articles.putArticle(a);
    await stores.facts.replaceFacts(a.id, fx.facts.filter((f) => f.articleId === a.id));
  }
  for (const deal of fx.deals) {
    await stores.doc.send(new PutCommand({ TableName: stores.tableName, Item: {
      ...keys.deal(deal.id), [ENTITY_ATTR]: ENTITY.deal, [GSI.byKind.pk]: DEALS_INDEX_PK, [GSI.byKind.sk]: `${deal.day}#${deal.id}`,
      dealId: deal.id, type: deal.type, day: deal.day, deal,
    } }));
  }
}

/** A valid deal with one mention per outlet given (published as given), for tests that vary one field. */
export function buildDeal(over: { day?: string; amountUsd?: number | null; countries?: string[]; type?: Fact['type']; mentionTypes?: Fact['type'][]; outlets?: Array<[outlet: string, published: string | null]>; tag?: string }): Deal {
  const tag = over.tag ?? JSON.stringify(over);
  const outlets = over.outlets ?? [['Trend', `${over.day ?? '2026-01-10'}T10:00:00+04:00`]];
  const mentions = outlets.map(([outlet, published], i) => ({
    factId: shortHash('fact', tag, String(i)), articleId: shortHash('article', tag, String(i)), sourceUrl: `https://example.com/${encodeURIComponent(outlet)}/${i}`,
    outlet, published, type: over.mentionTypes?.[i] ?? over.type ?? 'investment', status: null, amount: null, amountUsd: over.amountUsd ?? null, evidence: `Evidence ${i} of ${tag}.`,
  }));
  return DealSchema.parse({
    id: shortHash('deal', tag), type: over.type ?? 'investment', status: null, amount: null, amountUsd: over.amountUsd === undefined ? 1e6 : over.amountUsd,
    countries: over.countries ?? ['UZ'], organizations: [], organizationKeys: [], sector: null,
    firstPublished: null, lastPublished: null, day: over.day ?? '2026-01-10', best: mentions[0]!.factId, outlets: [...new Set(outlets.map(([o]) => o))],
    mentions, groupingVersion: 'test-1', updatedAt: '2026-06-30T00:00:00.000Z',
  });
}
