import * as z from 'zod';
import { ArticleSchema, DealSchema, FactSchema } from '../schemas/index.js';

/** What the report needs of a stored article (the table keeps its meta: store/ports.ts ArticleMeta). */
export const ReportArticleSchema = ArticleSchema.pick({ id: true, url: true, outlet: true, title: true, published: true, fetchedAt: true });
export type ReportArticle = z.infer<typeof ReportArticleSchema>;

/** Everything the report is built from: read from the table by local/load-report-data.ts, or built by a test. */
export const ReportDataSchema = z.object({
  /** When the data was read; printed on the page, never taken from the clock inside renderReport. */
  generatedAt: z.iso.datetime(),
  articles: z.array(ReportArticleSchema),
  facts: z.array(FactSchema),
  deals: z.array(DealSchema),
});
export type ReportData = z.infer<typeof ReportDataSchema>;
