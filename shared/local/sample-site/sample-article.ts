import * as z from 'zod';
import { CountryCodeSchema, CurrencySchema, FactTypeSchema, QualifierSchema } from '../../schemas/index.js';

/**
 * The outlets the sample site imitates; each has its own markup and feed flavour. `kun-ru` is Kun.uz's
 * Russian edition: the English edition's markup under /kun/ru/, its pages and feed declaring Russian.
 */
export const SAMPLE_OUTLETS = ['trend', 'kun', 'astana', 'kun-ru'] as const;
export const SampleOutletSchema = z.enum(SAMPLE_OUTLETS);
export type SampleOutlet = z.infer<typeof SampleOutletSchema>;

/** The language each outlet writes in (ISO 639-1), as its pages and feed declare it. */
export const SAMPLE_OUTLET_LANGUAGE: Readonly<Record<SampleOutlet, 'en' | 'ru'>> = { trend: 'en', kun: 'en', astana: 'en', 'kun-ru': 'ru' };

/** The outlets that write in English: the simulated day and the load benchmark invent English text for them only. */
export type EnglishOutlet = Exclude<SampleOutlet, 'kun-ru'>;
export const ENGLISH_OUTLETS: readonly EnglishOutlet[] = ['trend', 'kun', 'astana'];

/**
 * What a careful reader would annotate in a sample article (../shared/eval/FACTS.md), kept
 * coarse on purpose: integration tests match on type, amount and parties, never on wording.
 * @example { "type": "agreement", "amount": { "value": 150000000, "currency": "USD" }, "countries": ["UZ"], "organizations": ["Asian Development Bank"] }
 */
export const ExpectedFactSchema = z.object({
  type: FactTypeSchema,
  amount: z
    .object({ value: z.number().finite().nonnegative(), currency: CurrencySchema, qualifier: QualifierSchema.optional() })
    .nullable()
    .default(null),
  countries: z.array(CountryCodeSchema),
  organizations: z.array(z.string().min(1)),
});
export type ExpectedFact = z.infer<typeof ExpectedFactSchema>;

/** ISO 8601 with an explicit offset, as the outlet's page states it ("2026-11-14T15:56:00+04:00"). */
const LOCAL_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/;

/**
 * One invented article of the sample site, written for this project (no third-party text).
 * @example { "outlet": "kun", "id": "k-adb-loan", "slug": "adb-loan", "section": "economy", "title": "...", "published": "2026-11-12T14:25:00+05:00", "author": "Kun.uz", "paragraphs": ["..."], "tags": ["ADB"], "expectedFacts": [] }
 */
export const SampleArticleSchema = z
  .object({
    outlet: SampleOutletSchema,
    /** Stable id: Trend's 7-digit article number, otherwise a short unique key. */
    id: z.string().min(1),
    slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'slug must be lower-case words joined by dashes'),
    /** URL section ("business/economy" for Trend) and the visible category. */
    section: z.string().min(1),
    category: z.string().min(1),
    title: z.string().min(10),
    /** The feed summary / meta description (Kun.uz and The Astana Times; Trend feeds have none). */
    summary: z.string().min(1),
    published: z.string().regex(LOCAL_DATETIME, 'published must be ISO 8601 with an explicit offset'),
    author: z.string().min(1),
    /** Body paragraphs as served; empty only for a paywall shell. */
    paragraphs: z.array(z.string().min(1)),
    tags: z.array(z.string().min(1)),
    /** Kun.uz shows a view counter in the stats line. */
    views: z.number().int().nonnegative().default(0),
    /** Trend paywall shell: the page body holds only the subscription teaser. */
    paywall: z.boolean().default(false),
    /**
     * The site's edition that first serves the article: 1 is what `npm start` serves; a later edition
     * adds follow-up stories (a revised sum) for a second run to find (`npm start -- --sample-edition 2`).
     */
    edition: z.number().int().min(1).max(2).default(1),
    expectedFacts: z.array(ExpectedFactSchema),
  })
  .superRefine((a, ctx) => {
    if (!a.paywall && a.paragraphs.length < 2) {
      ctx.addIssue({ code: 'custom', path: ['paragraphs'], message: `article "${a.id}" needs several paragraphs` });
    }
    if (a.outlet === 'trend' && !/^\d{7}$/.test(a.id)) {
      ctx.addIssue({ code: 'custom', path: ['id'], message: `Trend article "${a.id}" needs a 7-digit id` });
    }
  });
export type SampleArticle = z.infer<typeof SampleArticleSchema>;
/** What content files write: defaults may be left out. */
export type SampleArticleInput = z.input<typeof SampleArticleSchema>;

/**
 * The loopback path of an article, in the outlet's own URL shape:
 * `/trend/<section>/<id>.html`, `/kun/en/news/YYYY/MM/DD/<slug>` (`/kun/ru/news/…` for the Russian edition),
 * `/astanatimes/YYYY/MM/<slug>/`.
 */
export function articlePath(article: SampleArticle): string {
  const [year, month, day] = article.published.slice(0, 10).split('-');
  switch (article.outlet) {
    case 'trend':
      return `/trend/${article.section}/${article.id}.html`;
    case 'kun':
      return `/kun/en/news/${year}/${month}/${day}/${article.slug}`;
    case 'kun-ru':
      return `/kun/ru/news/${year}/${month}/${day}/${article.slug}`;
    case 'astana':
      return `/astanatimes/${year}/${month}/${article.slug}/`;
  }
}
