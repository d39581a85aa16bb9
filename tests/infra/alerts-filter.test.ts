import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QueryCommand, type AttributeValue } from '@aws-sdk/client-dynamodb';
import { NEW_ALERT_FILTER } from '../../infra/constructs/alerts.js';
import { startLocalStores, type LocalStores } from '../../shared/local/stores.js';
import { ArticleSchema, FactSchema } from '../../shared/schemas/index.js';
import { enqueueAlerts } from '../../shared/pipeline/alerts.js';

/**
 * Event-filter matching as Lambda does it for the patterns we use: every key of the pattern must
 * exist in the record, and a leaf array lists the allowed values.
 */
function matches(pattern: unknown, value: unknown): boolean {
  if (Array.isArray(pattern)) return pattern.includes(value);
  if (!pattern || typeof pattern !== 'object') return false;
  if (!value || typeof value !== 'object') return false;
  return Object.entries(pattern).every(([k, p]) => matches(p, (value as Record<string, unknown>)[k]));
}

const PATTERN = JSON.parse((NEW_ALERT_FILTER as { pattern: string }).pattern) as unknown;
const record = (eventName: string, image: Record<string, AttributeValue>) => ({ eventName, dynamodb: { NewImage: image } });

describe('notify stream filter against the items the store writes', () => {
  let stores: LocalStores;
  let items: Record<string, AttributeValue>[];
  beforeAll(async () => {
    stores = await startLocalStores({ tableName: 'filter-test' });
    const articleId = '0123456789abcdef0123456789abcdef';
    const fact = FactSchema.parse({
      id: 'fedcba9876543210fedcba9876543210', articleId, type: 'financing', status: 'agreed',
      amount: { value: 40000000, currency: 'USD', qualifier: 'exact' }, countries: ['KG'], organizations: ['Eurasian Development Bank'],
      evidence: 'The Eurasian Development Bank agreed to lend $40 million for two turbines on the Naryn river.', confidence: 0.85,
      rule: 'financing.lend', sourceUrl: 'https://news.example.kg/energy/naryn-loan', published: null,
      extractorVersion: '1.0.0', extractedAt: '2026-11-25T09:00:00.000Z',
    });
    // Prepare: everything process writes for one article: the article, its fact, the fact's index entries, its alert.
    const { paragraphs, ...article } = ArticleSchema.parse({
      id: articleId, url: fact.sourceUrl, canonicalUrl: fact.sourceUrl, title: 'Naryn turbines get a loan', paragraphs: ['x'],
      extractedBy: 'generic', fetchedAt: '2026-11-25T09:00:00.000Z',
    });
    await stores.articles.putArticle({ ...article, articleKey: 'articles/dt=2026-11-25/x.json', paragraphCount: paragraphs.length });
    await stores.facts.replaceFacts(articleId, [fact]);
    const [alertKey] = await enqueueAlerts([fact], article.title, { outbox: stores.outbox, thresholdUsd: 1e7, at: '2026-11-25T09:00:01.000Z' });
    const scan = async (pk: string) => (await stores.dynamo.send(new QueryCommand({
      TableName: stores.tableName, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': { S: pk } },
    }))).Items ?? [];
    items = [...await scan(`ART#${articleId}`), ...await scan('C#KG'), ...await scan('ORG#eurasian development bank'), ...await scan(`ALERT#${alertKey}`)];
  });
  afterAll(async () => { await stores.close(); });

  it('lets through the INSERT of the outbox alert, and only that', () => {
    const passed = items.filter((i) => matches(PATTERN, record('INSERT', i)));
    expect(items.length).toBeGreaterThanOrEqual(5);
    expect(passed.map((i) => i.pk?.S)).toEqual([expect.stringMatching(/^ALERT#[0-9a-f]{32}$/)]);
  });

  it('drops a MODIFY of the alert (marked sent, or failed and due later) and the INSERT of the fact', () => {
    const alert = items.find((i) => i.pk?.S?.startsWith('ALERT#'))!;
    const fact = items.find((i) => i.sk?.S?.startsWith('FACT#'))!;
    expect(matches(PATTERN, record('MODIFY', alert))).toBe(false);
    expect(matches(PATTERN, record('INSERT', fact))).toBe(false);
  });
});
