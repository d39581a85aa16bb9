import { FeedConfigSchema, type FeedConfig } from '../../schemas/index.js';
import { FAULT_PATHS } from './faults.js';
import { SAMPLE_OUTLET_LANGUAGE } from './sample-article.js';
import { OUTLET_TEMPLATES } from './templates/index.js';

/** Poll interval the sample feeds advertise; the pipeline's default for real feeds too. */
const SAMPLE_POLL_MINUTES = 5;

/**
 * The real host whose site rule parses each outlet's pages, its name and the countries it covers.
 * Kun.uz's Russian edition is the same outlet as its English one (one name in a deal's outlets), another feed.
 */
export const OUTLET_FEEDS = {
  trend: { id: 'sample-trend', outlet: 'Trend', site: 'en.trend.az', countries: ['AZ'] },
  kun: { id: 'sample-kun', outlet: 'Kun.uz', site: 'kun.uz', countries: ['UZ'] },
  astana: { id: 'sample-astana', outlet: 'The Astana Times', site: 'astanatimes.com', countries: ['KZ'] },
  'kun-ru': { id: 'sample-kun-ru', outlet: 'Kun.uz', site: 'kun.uz', countries: ['UZ'] },
} as const;

/**
 * The FeedConfig list for a running sample site, validated by FeedConfigSchema; each declares its outlet's language.
 * With `faults`, three more feeds: one answering 500, one malformed, one whose pages misbehave.
 */
export function sampleFeedConfigs(baseUrl: string, faults: boolean): FeedConfig[] {
  const raw: unknown[] = OUTLET_TEMPLATES.map((t) => {
    const f = OUTLET_FEEDS[t.outlet];
    return { ...f, countries: [...f.countries], url: `${baseUrl}${t.feedPath}`, language: SAMPLE_OUTLET_LANGUAGE[t.outlet], pollIntervalMinutes: SAMPLE_POLL_MINUTES };
  });
  if (faults) {
    const common = { language: 'en', pollIntervalMinutes: SAMPLE_POLL_MINUTES, countries: [] };
    raw.push(
      { ...common, id: 'sample-broken', outlet: 'Sample broken feed', url: `${baseUrl}${FAULT_PATHS.brokenFeed}` },
      { ...common, id: 'sample-malformed', outlet: 'Sample malformed feed', url: `${baseUrl}${FAULT_PATHS.malformedFeed}` },
      { ...common, id: 'sample-faults', outlet: 'Sample faults desk', url: `${baseUrl}${FAULT_PATHS.feed}` },
    );
  }
  return raw.map((f) => FeedConfigSchema.parse(f));
}
