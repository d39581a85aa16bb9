/** The bundled sample news site: server, content and the shapes tests assert against. */
export { startSampleSite, SAMPLE_SITE_STABLE_PORT, type SampleSite, type SampleSiteOptions } from './server.js';
export { SampleSiteError } from './sample-site-error.js';
export { ALL_SAMPLE_ARTICLES, SAMPLE_ARTICLES, sampleArticleForUrl, sampleArticlesOf } from './content/index.js';
export {
  SAMPLE_OUTLETS,
  SAMPLE_OUTLET_LANGUAGE,
  ENGLISH_OUTLETS,
  SampleArticleSchema,
  ExpectedFactSchema,
  articlePath,
  type SampleArticle,
  type SampleOutlet,
  type EnglishOutlet,
  type ExpectedFact,
} from './sample-article.js';
export {
  SAMPLE_EXPECTED_DEALS,
  SAMPLE_NEAR_MISSES,
  resolveMention,
  type DealMentionRef,
  type ExpectedDeal,
  type NearMiss,
  type ResolvedMention,
} from './expected-deals.js';
export { FAULT_PATHS } from './faults.js';
export { TREND_PAYWALL_TEXT, TREND_TRAILER } from './templates/trend.js';
export { timelineDocuments, TIMELINE_FEED_SIZE, type SampleTimeline } from './timeline.js';
export { timelineStories, seededRandom, type TimelinePlan } from './timeline-stories.js';
