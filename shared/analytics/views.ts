import { ENTITY } from '../store/table-design.js';
import { bool, count, day, num, ofMention, str, strs, type AttrPath, type Column } from './columns.js';

/**
 * The views analysts query, on Athena and in `npm run sql` alike: the one declaration of their
 * columns and of where each is read in the exported items (store/table-design.ts lists the items).
 * The Glue column type, the Athena views and the DuckDB views are all generated from this.
 */
export interface ViewDef {
  name: string;
  doc: string;
  /** The items the view reads (their `entity` attribute). */
  entity: string;
  /** A list of maps in the item to spread into one row per element (the mentions of a deal). */
  unnest?: AttrPath;
  columns: Column[];
}

/** The attribute every view filters on. */
export const ENTITY_PATH: AttrPath = ['entity'];

const amountOf = (root: string): Column[] => [
  num('amount', `${root}.amount.value`, 'the amount as stated, in whole units of `currency` (for a range, its upper bound)'),
  str('currency', `${root}.amount.currency`, 'ISO 4217 code of the stated amount'),
  num('amount_usd', `${root}.amountUsd`, 'the amount in US dollars at the rate of its publication month; null when unknown'),
];

export const FACTS_VIEW: ViewDef = {
  name: 'facts',
  doc: 'One row per stored fact (every outlet\'s report of an event is its own fact: see deals for one row per event).',
  entity: ENTITY.fact,
  columns: [
    str('fact_id', 'factId', 'the fact\'s id'),
    str('article_id', 'articleId', 'the article it was read from'),
    str('type', 'type', 'investment, trade, financing, agreement or project'),
    str('status', 'fact.status', 'discussed, planned, agreed, signed, in_progress, completed or target'),
    ...amountOf('fact'),
    str('qualifier', 'fact.amount.qualifier', 'over, under, about, up to or exact'),
    strs('countries', 'fact.countries', 'ISO 3166 alpha-2 codes of the countries named'),
    strs('organizations', 'fact.organizations', 'organisation names as written'),
    strs('organization_keys', 'organizationKeys', 'the organisations\' keys (aliases folded: "ADB" and "Asian Development Bank (ADB)" are one)'),
    str('sector', 'fact.sector', 'sector, when stated'),
    str('location', 'fact.location', 'place, when stated'),
    str('period', 'fact.period', 'period, when stated'),
    str('evidence', 'fact.evidence', 'the sentence(s) the fact comes from, verbatim'),
    num('confidence', 'fact.confidence', '0 to 1'),
    str('rule', 'fact.rule', 'the extraction rule that produced it'),
    str('extractor', 'fact.extractor', 'rules or model'),
    str('source_url', 'fact.sourceUrl', 'the article\'s URL'),
    str('published', 'fact.published', 'the article\'s publication time (ISO 8601), null when unknown'),
    day('day', 'day', 'publication day, else extraction day (UTC)'),
    str('extractor_version', 'fact.extractorVersion', 'version of the extractor'),
    str('extracted_at', 'fact.extractedAt', 'when it was extracted (ISO 8601)'),
  ],
};

export const DEALS_VIEW: ViewDef = {
  name: 'deals',
  doc: 'One row per real-world deal, with every outlet\'s mention grouped into it (mentions has them one by one).',
  entity: ENTITY.deal,
  columns: [
    str('deal_id', 'deal.id', 'the deal\'s id'),
    str('type', 'deal.type', 'the most specific type among its mentions'),
    str('status', 'deal.status', 'the furthest status any mention reports'),
    ...amountOf('deal'),
    strs('countries', 'deal.countries', 'ISO 3166 alpha-2 codes'),
    strs('organizations', 'deal.organizations', 'display names, one per organisation'),
    strs('organization_keys', 'deal.organizationKeys', 'the organisations\' keys, for grouping and filters'),
    str('sector', 'deal.sector', 'sector, when stated'),
    day('day', 'deal.day', 'the first publication day (UTC)'),
    str('first_published', 'deal.firstPublished', 'earliest publication among the mentions (ISO 8601)'),
    str('last_published', 'deal.lastPublished', 'latest publication among the mentions (ISO 8601)'),
    str('best_fact_id', 'deal.best', 'fact_id of the mention to cite first'),
    strs('outlets', 'deal.outlets', 'distinct outlets that reported it'),
    count('mention_count', 'deal.mentions', 'how many facts report it'),
    str('grouping_version', 'deal.groupingVersion', 'version of the grouping rules'),
    str('updated_at', 'deal.updatedAt', 'when the deal was last regrouped (ISO 8601)'),
  ],
};

export const MENTIONS_VIEW: ViewDef = {
  name: 'mentions',
  doc: 'One row per mention of a deal: each outlet\'s fact, with its source and evidence.',
  entity: ENTITY.deal,
  unnest: ['deal', 'mentions'],
  columns: [
    str('deal_id', 'deal.id', 'the deal it belongs to'),
    ...[
      str('fact_id', 'factId', 'the fact (facts.fact_id)'),
      str('article_id', 'articleId', 'the article (articles.article_id)'),
      str('source_url', 'sourceUrl', 'the article\'s URL'),
      str('outlet', 'outlet', 'the outlet'),
      str('published', 'published', 'publication time (ISO 8601), null when unknown'),
      day('day', 'published', 'publication day (UTC offset as published), null when unknown'),
      str('type', 'type', 'the fact\'s type'),
      str('status', 'status', 'the fact\'s status'),
      num('amount', 'amount.value', 'the amount as this outlet states it'),
      str('currency', 'amount.currency', 'ISO 4217 code of the stated amount'),
      num('amount_usd', 'amountUsd', 'the amount in US dollars, null when unknown'),
      str('evidence', 'evidence', 'the sentence(s), verbatim'),
    ].map(ofMention),
  ],
};

export const ARTICLES_VIEW: ViewDef = {
  name: 'articles',
  doc: 'One row per stored article (its text stays in S3 under articles/).',
  entity: ENTITY.article,
  columns: [
    str('article_id', 'article.id', 'the article\'s id'),
    str('url', 'article.url', 'the URL it was fetched from'),
    str('canonical_url', 'article.canonicalUrl', 'its canonical URL'),
    str('outlet', 'article.outlet', 'the outlet, when its feed names one'),
    str('feed_id', 'article.feedId', 'the feed it came from'),
    str('title', 'article.title', 'headline'),
    str('published', 'article.published', 'publication time (ISO 8601), null when unknown'),
    day('day', 'article.published', 'publication day, null when unknown'),
    str('language', 'article.language', 'language: declared by the page or the feed, else detected from the text'),
    str('extracted_by', 'article.extractedBy', 'site:<host>, generic or feed'),
    bool('paywalled', 'article.paywalled', 'true when only title and description could be read'),
    num('paragraph_count', 'article.paragraphCount', 'paragraphs of body text'),
    str('fetched_at', 'article.fetchedAt', 'when it was fetched (ISO 8601)'),
  ],
};

export const VIEWS: readonly ViewDef[] = [FACTS_VIEW, DEALS_VIEW, MENTIONS_VIEW, ARTICLES_VIEW];
