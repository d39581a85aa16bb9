// `npm run export` and `npm run sql` against dynalite and s3rver: the export's files in DynamoDB's
// layout, the views over them, and every named query Athena has, run on DuckDB with expected rows.
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ScanCommand, type AttributeValue } from '@aws-sdk/client-dynamodb';
import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { DuckDBInstance } from '@duckdb/node-api';
import { EXPORT_ID, ManifestFileSchema, ManifestSummarySchema, NAMED_QUERIES } from '../../../shared/analytics/index.js';
import { writeLocalExport } from '../../../shared/local/export/write-export.js';
import { readBytes, readText } from '../../../shared/local/export/newest-export.js';
import { openNewestExport } from '../../../shared/local/sql/newest-export-db.js';
import { rowsOf } from '../../../shared/local/sql/format-rows.js';
import { startLocalStores, type LocalStores } from '../../../shared/local/stores.js';
import { articleIdOf } from '../../../shared/pipeline/ids.js';
import type { Fact } from '../../../shared/schemas/index.js';
import { keys, orgKey } from '../../../shared/store/keys.js';
import type { ArticleMeta } from '../../../shared/store/ports.js';
import { buildFact } from '../../helpers/builders.js';
import { bundleCli, removeBundles, runCli } from '../../helpers/child-run.js';
import { buildDeal, putDeal } from '../../helpers/deal-items.js';

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
const urlA = 'https://outlet-a.example.com/adb-loan';
const urlB = 'https://outlet-b.example.com/adb-loan-uzbekistan';

/** Two outlets, one ADB investment reported by both (one deal), plus facts each query must keep or drop. */
const facts = {
  adbA: buildFact({ articleId: articleIdOf(urlA), sourceUrl: urlA, published: `${daysAgo(5)}T09:00:00+05:00`, type: 'investment',
    countries: ['UZ', 'CN'], organizations: ['Asian Development Bank (ADB)'], amount: { value: 1.5e9, currency: 'USD', qualifier: 'exact' },
    evidence: 'The Asian Development Bank (ADB) will invest $1.5 billion in Uzbekistan.' }),
  signedA: buildFact({ articleId: articleIdOf(urlA), sourceUrl: urlA, published: `${daysAgo(5)}T09:00:00+05:00`, type: 'agreement', status: 'signed',
    countries: ['UZ', 'KR'], organizations: ['ADB', 'JSC Uzbekneftegaz'], amount: null, evidence: 'Uzbekneftegaz and ADB signed an agreement.' }),
  adbB: buildFact({ articleId: articleIdOf(urlB), sourceUrl: urlB, published: `${daysAgo(4)}T11:00:00+05:00`, type: 'investment',
    countries: ['UZ'], organizations: ['ADB'], amount: { value: 1.46e9, currency: 'USD', qualifier: 'about' },
    evidence: 'ADB plans to invest about 1.46 billion dollars in Uzbekistan.' }),
  soumB: buildFact({ articleId: articleIdOf(urlB), sourceUrl: urlB, published: `${daysAgo(4)}T11:00:00+05:00`, type: 'investment',
    countries: ['KZ', 'CN'], organizations: ['Uzbekneftegaz'], amount: { value: 2e12, currency: 'UZS', qualifier: 'exact' },
    evidence: 'Uzbekneftegaz will invest 2 trillion soum with Chinese partners in Kazakhstan.' }),
  // Older than the 30 days of the agreements query (dated apart from its article only for that).
  oldAgreement: buildFact({ articleId: articleIdOf(urlB), sourceUrl: urlB, published: `${daysAgo(40)}T11:00:00+05:00`, type: 'agreement', status: 'agreed',
    countries: ['KZ'], organizations: ['Samruk-Kazyna'], amount: null, evidence: 'Samruk-Kazyna agreed to cooperate.' }),
} satisfies Record<string, Fact>;
/** US dollar figures (the stored fact gains amountUsd in another part of issue 12; set beside it here). */
const USD: Partial<Record<keyof typeof facts, number>> = { adbA: 1.5e9, adbB: 1.46e9, soumB: 160e6 };

const articleOf = (id: string, url: string, outlet: string, published: string): ArticleMeta => ({
  id, url, canonicalUrl: url, feedId: outlet.toLowerCase().replace(/\W+/g, '-'), outlet, title: `${outlet} report`, published, author: null,
  language: 'en', image: null, tags: [], description: '', paywalled: false, extractedBy: 'generic', fetchedAt: new Date().toISOString(),
  rawKey: null, notes: [], articleKey: `articles/${id}.json`, paragraphCount: 3,
});

describe('npm run export and npm run sql on a local store', () => {
  let dataDir: string;
  let emptyDir: string;
  let stores: LocalStores;
  let exportCli: string;
  let sqlCli: string;
  const deal = buildDeal([{ fact: facts.adbA, outlet: 'Outlet A', amountUsd: 1.5e9 }, { fact: facts.adbB, outlet: 'Outlet B', amountUsd: 1.46e9 }]);
  const smallDeal = buildDeal([{ fact: facts.soumB, outlet: 'Outlet B', amountUsd: 160e6 }]);
  let session: Awaited<ReturnType<typeof openNewestExport>>;
  const query = async (sql: string) => rowsOf(await session.db.connection.runAndReadAll(sql));
  const objects = (r: { columns: string[]; rows: unknown[][] }) => r.rows.map((row) => Object.fromEntries(r.columns.map((c, i) => [c, row[i]])));

  beforeAll(async () => {
    [exportCli, sqlCli] = await Promise.all([bundleCli('shared/local/cli/export.ts'), bundleCli('shared/local/cli/sql.ts')]);
    dataDir = mkdtempSync(join(tmpdir(), 'coop-facts-sql-'));
    emptyDir = mkdtempSync(join(tmpdir(), 'coop-facts-sql-empty-'));
    // Prepare: articles, facts through the real stores, deals as the deal store writes them.
    stores = await startLocalStores({ dataDir });
    await stores.articles.putArticle(articleOf(facts.adbA.articleId, urlA, 'Outlet A', facts.adbA.published!));
    await stores.articles.putArticle(articleOf(facts.adbB.articleId, urlB, 'Outlet B', facts.adbB.published!));
    await stores.facts.replaceFacts(facts.adbA.articleId, [facts.adbA, facts.signedA]);
    await stores.facts.replaceFacts(facts.adbB.articleId, [facts.adbB, facts.soumB, facts.oldAgreement]);
    for (const [name, usd] of Object.entries(USD)) {
      const f = facts[name as keyof typeof facts];
      await stores.doc.send(new UpdateCommand({ TableName: stores.tableName, Key: keys.fact(f.articleId, f.id),
        UpdateExpression: 'SET #f.amountUsd = :usd', ExpressionAttributeNames: { '#f': 'fact' }, ExpressionAttributeValues: { ':usd': usd } }));
    }
    await putDeal(stores.doc, stores.tableName, deal);
    // An older export without the second deal: the newest must be the one read.
    await writeLocalExport({ dynamo: stores.dynamo, s3: stores.s3, tableName: stores.tableName, bucket: stores.bucket, now: new Date(Date.now() - 86_400_000) });
    await putDeal(stores.doc, stores.tableName, smallDeal);
    await stores.close();
    // Act: the export as a user runs it, then the store opened again to read what it wrote.
    const run = await runCli(exportCli, ['--data', dataDir], {});
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    stores = await startLocalStores({ dataDir });
    session = await openNewestExport(stores.s3, stores.bucket);
    await stores.close();
  }, 120_000);

  afterAll(async () => {
    await session?.close();
    removeBundles();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(emptyDir, { recursive: true, force: true });
  });

  describe('the export', () => {
    let s: LocalStores;
    beforeAll(async () => { s = await startLocalStores({ dataDir }); });
    afterAll(async () => { await s.close(); });

    it('writes DynamoDB\'s layout: _started, manifests and gzipped data under exports/dt=<time>/AWSDynamoDB/<export-id>/', async () => {
      const listed = await s.s3.send(new ListObjectsV2Command({ Bucket: s.bucket, Prefix: session.found.summaryKey.replace(/manifest-summary\.json$/, '') }));
      const names = (listed.Contents ?? []).map((o) => o.Key!.split('/').slice(4).join('/')).sort();
      expect(names.filter((n) => !n.startsWith('data/'))).toEqual(['_started', 'manifest-files.checksum', 'manifest-files.json', 'manifest-summary.checksum', 'manifest-summary.json']);
      const [, dt, folder, exportId] = /^exports\/dt=([^/]+)\/(AWSDynamoDB)\/([^/]+)\/manifest-summary\.json$/.exec(session.found.summaryKey) ?? [];
      expect(folder).toBe('AWSDynamoDB');
      expect(dt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
      expect(exportId).toMatch(EXPORT_ID);
      expect(Date.now() - Date.parse(dt!)).toBeLessThan(10 * 60_000);
    });

    it('says in its summary what the table held, and lists each data file with its checksum and item count', async () => {
      const summary = ManifestSummarySchema.parse(JSON.parse(await readText(s.s3, s.bucket, session.found.summaryKey)));
      const scanned = (await s.dynamo.send(new ScanCommand({ TableName: s.tableName }))).Items ?? [];
      expect(summary).toMatchObject({ version: '2020-06-30', outputFormat: 'DYNAMODB_JSON', s3Bucket: s.bucket, itemCount: scanned.length });
      expect(summary.exportArn).toBe(`${summary.tableArn}/export/${session.found.summaryKey.split('/')[3]}`);
      expect(summary.s3Prefix).toBe(`exports/dt=${session.found.dt}`);
      const files = (await readText(s.s3, s.bucket, summary.manifestFilesS3Key)).trim().split('\n').map((l) => ManifestFileSchema.parse(JSON.parse(l)));
      expect(files.reduce((n, f) => n + f.itemCount, 0)).toBe(scanned.length);
      const exported: Record<string, AttributeValue>[] = [];
      for (const f of files) {
        expect(f.dataFileS3Key).toMatch(/^exports\/dt=[^/]+\/AWSDynamoDB\/[^/]+\/data\/[a-z2-7]{26}\.json\.gz$/);
        const body = await readBytes(s.s3, s.bucket, f.dataFileS3Key);
        expect(createHash('md5').update(body).digest('base64')).toBe(f.md5Checksum);
        const lines = gunzipSync(body).toString('utf8').trim().split('\n');
        expect(lines).toHaveLength(f.itemCount);
        for (const line of lines) exported.push((JSON.parse(line) as { Item: Record<string, AttributeValue> }).Item);
      }
      // The items themselves, in DynamoDB JSON, are the table's.
      const key = (i: Record<string, AttributeValue>) => `${i.pk?.S}|${i.sk?.S}`;
      expect(exported.map(key).sort()).toEqual(scanned.map(key).sort());
      const fact = exported.find((i) => i.sk?.S === `FACT#${facts.adbA.id}`);
      expect(fact?.fact?.M?.amount?.M?.value).toEqual({ N: '1500000000' });
    });
  });

  describe('the views', () => {
    it('facts: one row per stored fact, amounts in US dollars when known, organisations by key', async () => {
      const rows = objects(await query('SELECT fact_id, type, amount, currency, amount_usd, countries, organization_keys, day, source_url FROM facts ORDER BY fact_id'));
      expect(rows).toEqual(Object.entries(facts).map(([name, f]) => ({
        fact_id: f.id, type: f.type, amount: f.amount?.value ?? null, currency: f.amount?.currency ?? null,
        amount_usd: USD[name as keyof typeof facts] ?? null, countries: f.countries, organization_keys: [...new Set(f.organizations.map(orgKey))],
        day: f.published!.slice(0, 10), source_url: f.sourceUrl,
      })).sort((a, b) => a.fact_id.localeCompare(b.fact_id)));
    });

    it('deals and mentions: one row per deal, one per mention of it, from the newest export only', async () => {
      const deals = objects(await query('SELECT deal_id, type, amount_usd, countries, organization_keys, mention_count, best_fact_id, outlets, day FROM deals ORDER BY amount_usd DESC'));
      expect(deals).toEqual([deal, smallDeal].map((d) => ({
        deal_id: d.id, type: d.type, amount_usd: d.amountUsd, countries: d.countries, organization_keys: d.organizationKeys,
        mention_count: d.mentions.length, best_fact_id: d.best, outlets: d.outlets, day: d.day,
      })));
      const mentions = objects(await query('SELECT deal_id, fact_id, outlet, source_url, amount_usd, evidence FROM mentions ORDER BY deal_id, fact_id'));
      expect(mentions).toEqual([deal, smallDeal].flatMap((d) => d.mentions.map((m) => ({
        deal_id: d.id, fact_id: m.factId, outlet: m.outlet, source_url: m.sourceUrl, amount_usd: m.amountUsd, evidence: m.evidence,
      }))).sort((a, b) => `${a.deal_id}${a.fact_id}`.localeCompare(`${b.deal_id}${b.fact_id}`)));
    });

    it('articles: one row per stored article', async () => {
      expect(objects(await query('SELECT outlet, url, paywalled, paragraph_count FROM articles ORDER BY outlet'))).toEqual([
        { outlet: 'Outlet A', url: urlA, paywalled: false, paragraph_count: 3 },
        { outlet: 'Outlet B', url: urlB, paywalled: false, paragraph_count: 3 },
      ]);
    });
  });

  describe('every named query Athena has, on DuckDB', () => {
    const expected: Record<string, () => unknown[]> = {
      AgreementsLast30Days: () => [{ day: facts.signedA.published!.slice(0, 10), status: 'signed', countries: ['UZ', 'KR'], organizations: ['ADB', 'JSC Uzbekneftegaz'],
        evidence: facts.signedA.evidence, source_url: urlA }],
      // Summed in dollars: 2 trillion soum ($160 million) ranks below $1.5 billion.
      InvestmentByPartnerCountry: () => [
        { country: 'UZ', facts: 2, facts_in_usd: 2, total_usd: 2.96e9 },
        { country: 'CN', facts: 2, facts_in_usd: 2, total_usd: 1.66e9 },
        { country: 'KZ', facts: 1, facts_in_usd: 1, total_usd: 160e6 },
      ],
      FactsByOrganisation: () => {
        const counts = new Map<string, { organization_key: string; type: string; facts: number; latest_day: string }>();
        for (const f of Object.values(facts)) for (const k of new Set(f.organizations.map(orgKey))) {
          const row = counts.get(`${k}|${f.type}`) ?? { organization_key: k, type: f.type, facts: 0, latest_day: '' };
          row.facts++;
          row.latest_day = [row.latest_day, f.published!.slice(0, 10)].sort().at(-1)!;
          counts.set(`${k}|${f.type}`, row);
        }
        const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
        return [...counts.values()].sort((a, b) => b.facts - a.facts || cmp(a.organization_key, b.organization_key) || cmp(a.type, b.type));
      },
      LargestDeals: () => [deal, smallDeal].map((d) => ({
        deal_id: d.id, type: d.type, status: d.status, amount_usd: d.amountUsd, amount: d.amount?.value ?? null, currency: d.amount?.currency ?? null,
        countries: d.countries, organizations: d.organizations, day: d.day, mention_count: d.mentions.length,
        best_outlet: d.mentions[0]!.outlet, best_source_url: d.mentions[0]!.sourceUrl, best_evidence: d.mentions[0]!.evidence,
      })),
      DealsByPartnerCountry: () => [
        { country: 'CN', deals: 2, deals_in_usd: 2, total_usd: 1.66e9, latest_day: smallDeal.day },
        { country: 'UZ', deals: 1, deals_in_usd: 1, total_usd: 1.5e9, latest_day: deal.day },
        { country: 'KZ', deals: 1, deals_in_usd: 1, total_usd: 160e6, latest_day: smallDeal.day },
      ],
    };

    it('has an expectation for each named query', () => {
      expect(Object.keys(expected).sort()).toEqual(NAMED_QUERIES.map((q) => q.id).sort());
    });

    for (const q of NAMED_QUERIES) {
      it(`${q.name}`, async () => {
        expect(objects(await query(q.sql))).toEqual(expected[q.id]!());
      });
    }
  });

  describe('the sql command', () => {
    it('prints usage and exits 0 on --help, naming the views and the named queries', async () => {
      const run = await runCli(sqlCli, ['--help'], {});
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('facts ');
      expect(run.stdout).toContain('LargestDeals');
    });

    it('answers in csv and json, and writes parquet that reads back', async () => {
      const csv = await runCli(sqlCli, ['SELECT type, count(*) AS n FROM facts GROUP BY type ORDER BY type', '--format', 'csv', '--data', dataDir], {});
      expect(csv.code).toBe(0);
      expect(csv.stdout).toBe('type,n\nagreement,2\ninvestment,3\n');
      // The export, loaded once, is kept for the next query (named by its export id); the next answers alike.
      const exportId = session.found.summaryKey.split('/')[3]!;
      expect(readdirSync(join(dataDir, 'sql-cache')).filter((f) => f.endsWith('.duckdb')).map((f) => f.startsWith(`${exportId}-`))).toEqual([true]);
      const again = await runCli(sqlCli, ['SELECT type, count(*) AS n FROM facts GROUP BY type ORDER BY type', '--format', 'csv', '--data', dataDir], {});
      expect(again.stdout).toBe(csv.stdout);
      const json = await runCli(sqlCli, ['--query', 'DealsByPartnerCountry', '--format', 'json', '--data', dataDir], {});
      expect(json.stdout.trim().split('\n').map((l) => JSON.parse(l) as unknown)[0]).toEqual({ country: 'CN', deals: 2, deals_in_usd: 2, total_usd: 1.66e9, latest_day: smallDeal.day });
      const out = join(dataDir, 'deals.parquet');
      const parquet = await runCli(sqlCli, ['SELECT deal_id, amount_usd FROM deals;', '--format', 'parquet', '--out', out, '--data', dataDir], {});
      expect(parquet.code).toBe(0);
      const duck = await (await DuckDBInstance.create(':memory:')).connect();
      expect((await duck.runAndReadAll(`SELECT count(*)::INTEGER AS n FROM '${out}'`)).getRowObjectsJson()).toEqual([{ n: 2 }]);
    });

    it('says what is wrong, with its own exit code: bad SQL 4, bad options 2, no export yet 1', async () => {
      const bad = await runCli(sqlCli, ['SELECT nope FROM facts', '--data', dataDir], {});
      expect(bad.code).toBe(4);
      expect(bad.stderr).toMatch(/^sql: Binder Error: .*nope/);
      const noOut = await runCli(sqlCli, ['SELECT 1', '--format', 'parquet', '--data', dataDir], {});
      expect(noOut.code).toBe(2);
      expect(noOut.stderr).toContain('add --out FILE');
      const both = await runCli(sqlCli, ['SELECT 1', '--query', 'LargestDeals', '--data', dataDir], {});
      expect(both.code).toBe(2);
      // A store with nothing exported yet.
      await (await startLocalStores({ dataDir: emptyDir })).close();
      const none = await runCli(sqlCli, ['SELECT 1', '--data', emptyDir], {});
      expect(none.code).toBe(1);
      expect(none.stderr).toContain('run `npm run export` first');
    });
  });
});
