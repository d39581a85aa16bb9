import * as z from 'zod';
import { FeedItemSchema } from './item.js';

/** One queue message = one claimed feed item to process. */
export const ItemMessageSchema = z.object({
  articleId: z.string().regex(/^[0-9a-f]{32}$/),
  canonicalUrl: z.url(),
  item: FeedItemSchema,
  /** Feed's outlet, for the article record. */
  outlet: z.string().nullable().default(null),
  /** Host of the site rule to use, from the feed config. */
  site: z.string().nullable().default(null),
  /** The feed's declared language, the article's when its page declares none (pipeline/article-language.ts). */
  language: z.string().nullable().default(null),
});
export type ItemMessage = z.infer<typeof ItemMessageSchema>;
