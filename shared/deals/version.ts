/**
 * The version of the grouping rules (grouping-rules.ts, links.ts, group-deals.ts). Stored on each
 * deal, so deals grouped by older rules can be found and regrouped.
 */
export const GROUPING_VERSION = 'deals-1.5.0';
