import { coverage, largestDeals, monthlyUsdByCountry, newestAgreements, outletContributions, type Coverage } from './aggregate.js';
import { monthlyChartSpec, outletChartSpec, renderSvg, resetChartIds } from './charts.js';
import { agreementsTable, largestDealsTable, outletsTable } from './tables.js';
import { text } from './html.js';
import { REPORT_CSS } from './report-css.js';
import type { ReportData } from './report-data.js';

/** Rows of the two deal tables: enough to scan, few enough to keep the page small. */
export const LARGEST_DEALS = 15;
export const NEWEST_AGREEMENTS = 15;

/**
 * The report as one self-contained HTML page: charts inlined as SVG, styles inlined, no script and a
 * Content-Security-Policy that forbids loading anything, so it opens offline from a file.
 * Pure (the same data gives the same page); async only because vega renders asynchronously.
 */
export async function renderReport(data: ReportData): Promise<string> {
  resetChartIds();
  const cov = coverage(data);
  const monthly = monthlyUsdByCountry(data.deals);
  const outlets = outletContributions(data);
  const monthlySvg = monthly.rows.length ? await renderSvg(monthlyChartSpec(monthly.rows, monthly.series, monthly.months)) : null;
  const outletSvg = outlets.some((o) => o.deals > 0) ? await renderSvg(outletChartSpec(outlets.filter((o) => o.deals > 0))) : null;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>Cooperation deals: report</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header>
<h1>Cooperation deals</h1>
<p id="coverage" class="coverage">${text(coverageLine(cov))}</p>
<p class="generated">Generated ${text(data.generatedAt.slice(0, 16).replace('T', ' '))} UTC from the local store.</p>
</header>
<main>
<section id="by-country">
<h2>Deals by month and partner country, in US dollars</h2>
${figure('chart-monthly', monthlySvg, 'No deal has an amount in US dollars yet.',
    'Each deal counts in the month of its first report. A deal with several countries is split evenly among them, so a bar adds up to its month’s deals.')}
</section>
<section id="largest">
<h2>Largest deals</h2>
${largestDealsTable(largestDeals(data.deals, LARGEST_DEALS))}
</section>
<section id="agreements">
<h2>Newest agreements</h2>
${agreementsTable(newestAgreements(data.deals, NEWEST_AGREEMENTS))}
</section>
<section id="by-outlet">
<h2>What each outlet contributes</h2>
${figure('chart-outlets', outletSvg, 'No deals yet.', 'Deals each outlet mentions; the darker part it reported before any other outlet.')}
${outletsTable(outlets)}
</section>
</main>
</body>
</html>
`;
}

/** "1,204 articles from 6 outlets, 2026-01-03 to 2026-06-30: 3,311 facts, 2,012 deals (1,650 with a USD amount)." */
export function coverageLine(c: Coverage): string {
  const n = (v: number) => v.toLocaleString('en-US');
  const period = c.from && c.to ? (c.from === c.to ? `, ${c.from}` : `, ${c.from} to ${c.to}`) : '';
  return `${n(c.articles)} articles read from ${n(c.outlets)} outlets${period}: ${n(c.facts)} facts, ${n(c.deals)} deals (${n(c.dealsWithUsd)} with a USD amount).`;
}

function figure(id: string, svg: string | null, empty: string, caption: string): string {
  if (!svg) return `<p class="empty" id="${id}-empty">${text(empty)}</p>`;
  return `<figure id="${id}">${svg}<figcaption>${text(caption)}</figcaption></figure>`;
}
