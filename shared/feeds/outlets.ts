/**
 * Outlets whose URLs need more than generic normalising: host variants that serve the same article
 * (so they fold to one host), and where the outlet numbers its articles, how to read that id.
 * Only hosts listed here are folded; `www.` is never dropped blindly, because on other sites it can
 * be a different edition (apa.az is Azeri, en.apa.az English).
 */
export interface OutletUrlRule {
  outlet: string;
  /** The host every variant folds to. */
  host: string;
  /** Hosts that serve the same articles as `host`. */
  variants: readonly string[];
  /** Reads the outlet's own article id from a URL path; group 1 is the id. */
  articleId?: RegExp;
  /** Where the rule's facts come from (../shared/SOURCES.md). */
  evidence: string;
}

export const OUTLET_URL_RULES: readonly OutletUrlRule[] = [
  {
    outlet: 'Trend',
    host: 'en.trend.az',
    // The English feed links to www.trend.az; the same articles are served on en.trend.az. az.trend.az is
    // the Azeri edition and stays apart.
    variants: ['www.trend.az', 'trend.az', 'm.trend.az', 'en.trend.az'],
    articleId: /\/(\d{6,8})\.html$/,
    evidence: 'SOURCES.md: EN feed items link to www.trend.az/<section>/<7-digit id>.html',
  },
  {
    outlet: 'Azernews',
    host: 'www.azernews.az',
    variants: ['azernews.az', 'm.azernews.az'],
    articleId: /^\/[a-z_]+\/(\d+)\.html$/,
    evidence: 'SOURCES.md: https://www.azernews.az/<section>/<id>.html',
  },
  {
    outlet: 'APA',
    host: 'en.apa.az',
    variants: ['www.en.apa.az'],
    articleId: /-(\d{5,})\/?$/,
    evidence: 'SOURCES.md: URL /<category>/<slug>-<id>',
  },
  {
    outlet: '24.kg',
    host: '24.kg',
    variants: ['www.24.kg'],
    articleId: /^\/english\/(\d+)_/,
    evidence: 'SOURCES.md: URL /english/<id>_<Slug>/',
  },
  { outlet: 'Report.az', host: 'report.az', variants: ['www.report.az'], evidence: 'SOURCES.md: /en/<category>/<slug>, no id' },
  { outlet: 'Kun.uz', host: 'kun.uz', variants: ['www.kun.uz'], evidence: 'SOURCES.md' },
  { outlet: 'Gazeta.uz', host: 'www.gazeta.uz', variants: ['gazeta.uz'], evidence: 'SOURCES.md' },
  { outlet: 'Daryo', host: 'daryo.uz', variants: ['www.daryo.uz'], evidence: 'SOURCES.md' },
  { outlet: 'UzDaily', host: 'uzdaily.uz', variants: ['www.uzdaily.uz'], evidence: 'SOURCES.md' },
  { outlet: 'UzA', host: 'uza.uz', variants: ['www.uza.uz'], evidence: 'SOURCES.md' },
  { outlet: 'Kazinform', host: 'qazinform.com', variants: ['www.qazinform.com'], evidence: 'SOURCES.md' },
  { outlet: 'The Astana Times', host: 'astanatimes.com', variants: ['www.astanatimes.com'], evidence: 'SOURCES.md' },
  { outlet: 'AKIpress', host: 'akipress.com', variants: ['www.akipress.com'], evidence: 'SOURCES.md' },
  { outlet: 'Times of Central Asia', host: 'timesca.com', variants: ['www.timesca.com'], evidence: 'SOURCES.md' },
  { outlet: 'Asia-Plus', host: 'asiaplustj.info', variants: ['www.asiaplustj.info'], evidence: 'SOURCES.md' },
  { outlet: 'Business Turkmenistan', host: 'business.com.tm', variants: ['www.business.com.tm'], evidence: 'SOURCES.md' },
];

const BY_HOST = new Map<string, OutletUrlRule>();
for (const rule of OUTLET_URL_RULES) for (const h of [rule.host, ...rule.variants]) BY_HOST.set(h, rule);

/** The rule for a lower-case host name, if the outlet is in the table. */
export function outletRuleFor(host: string): OutletUrlRule | undefined {
  return BY_HOST.get(host);
}
