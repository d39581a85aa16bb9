import * as z from 'zod';

/** A fetched HTML page, decoded to text. */
export const PageSchema = z.object({
  url: z.url(),
  /** After redirects. */
  finalUrl: z.url(),
  status: z.number().int(),
  contentType: z.string().nullable(),
  /** The charset the bytes were decoded with, and how it was chosen. */
  charset: z.string(),
  html: z.string(),
  fetchedAt: z.iso.datetime(),
});
export type Page = z.infer<typeof PageSchema>;
