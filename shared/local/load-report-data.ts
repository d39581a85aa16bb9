import { ScanCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type * as z from 'zod';
import { DealSchema, FactSchema } from '../schemas/index.js';
import { ReportArticleSchema, type ReportData } from '../report/report-data.js';
import { ENTITY, ENTITY_ATTR } from '../store/table-design.js';

/** An item the report could not use, and why: named by its keys, so it can be looked at. */
export interface SkippedItem { key: string; reason: string }

/**
 * Reads every article, fact and deal from the table with one paginated scan (the report needs all of
 * them, and the local table is small), validating each against its schema. An item that fails is
 * skipped and reported with its keys and the first problems; it never stops the report.
 */
export async function loadReportData(doc: DynamoDBDocumentClient, table: string, generatedAt: string): Promise<{ data: ReportData; skipped: SkippedItem[] }> {
  const data: ReportData = { generatedAt, articles: [], facts: [], deals: [] };
  const skipped: SkippedItem[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const out = await doc.send(new ScanCommand({
      TableName: table,
      FilterExpression: '#e IN (:article, :fact, :deal)',
      ProjectionExpression: 'pk, sk, #e, article, fact, deal',
      ExpressionAttributeNames: { '#e': ENTITY_ATTR },
      ExpressionAttributeValues: { ':article': ENTITY.article, ':fact': ENTITY.fact, ':deal': ENTITY.deal },
      ExclusiveStartKey: start,
    }));
    for (const item of out.Items ?? []) read(item, data, skipped);
    start = out.LastEvaluatedKey;
  } while (start);
  return { data, skipped };
}

function read(item: Record<string, unknown>, data: ReportData, skipped: SkippedItem[]): void {
  const entity = item[ENTITY_ATTR];
  if (entity === ENTITY.article) take(ReportArticleSchema, item, 'article', data.articles, skipped);
  else if (entity === ENTITY.fact) take(FactSchema, item, 'fact', data.facts, skipped);
  else if (entity === ENTITY.deal) take(DealSchema, item, 'deal', data.deals, skipped);
}

/** Validates the item's payload attribute into `into`, or records the item as skipped with its first problems. */
function take<T>(schema: z.ZodType<T>, item: Record<string, unknown>, attr: string, into: T[], skipped: SkippedItem[]): void {
  const parsed = schema.safeParse(item[attr]);
  if (parsed.success) {
    into.push(parsed.data);
    return;
  }
  const problems = parsed.error.issues.slice(0, 3).map((i) => `${[attr, ...i.path.map(String)].join('.')}: ${i.message}`).join('; ');
  skipped.push({ key: `${String(item.pk)} / ${String(item.sk)}`, reason: `not a valid ${String(item[ENTITY_ATTR])}: ${problems}` });
}
