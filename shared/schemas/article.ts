import * as z from 'zod';

/** Which path of the parser produced the article: a site rule, the generic extractor, or the feed alone. */
export const ExtractedBySchema = z.string().regex(/^(site:[a-z0-9.-]+|generic|feed)$/);

/**
 * A parsed article, as stored in S3 (articles/dt=YYYY-MM-DD/<id>.json) and DynamoDB.
 */
export const ArticleSchema = z.object({
  /** sha256 of the item's identity key (outlet article number, else canonical URL), hex, 32 characters. */
  id: z.string().regex(/^[0-9a-f]{32}$/),
  url: z.url(),
  canonicalUrl: z.url(),
  feedId: z.string().nullable().default(null),
  outlet: z.string().nullable().default(null),
  title: z.string(),
  /** ISO 8601 with offset, or null. */
  published: z.iso.datetime({ offset: true }).nullable().default(null),
  author: z.string().nullable().default(null),
  language: z.string().nullable().default(null),
  image: z.string().nullable().default(null),
  tags: z.array(z.string()).default([]),
  /** Feed description or dek; used for facts when the body is missing or a teaser. */
  description: z.string().default(''),
  paragraphs: z.array(z.string()),
  /** True when the page was a paywall shell or a teaser: facts then come from title and description. */
  paywalled: z.boolean().default(false),
  extractedBy: ExtractedBySchema,
  fetchedAt: z.iso.datetime(),
  /** S3 key of the raw page, so the store can be re-extracted. */
  rawKey: z.string().nullable().default(null),
  /** What reading the page worked around: a charset that was not what it said, content cut for depth. */
  notes: z.array(z.string()).default([]),
});
export type Article = z.infer<typeof ArticleSchema>;

/** What the page parser returns: the article's fields before the pipeline adds ids and provenance. */
export const ParsedArticleSchema = ArticleSchema.pick({
  title: true,
  published: true,
  author: true,
  language: true,
  image: true,
  tags: true,
  description: true,
  paragraphs: true,
  paywalled: true,
  extractedBy: true,
}).extend({
  canonicalUrl: z.url().nullable(),
  /** Limits the parser applied to this page (e.g. content nested too deep was cut); absent when none. */
  warnings: z.array(z.string()).optional(),
});
export type ParsedArticle = z.infer<typeof ParsedArticleSchema>;
