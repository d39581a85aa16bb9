import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { countryName } from './format.js';
import { NO_COUNTRY, OTHER, type MonthlyRow, type OutletRow } from './aggregate.js';

/** Tableau 10 without its grey, which "other" and "no country" keep, so they never look like a country. */
const PALETTE = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f'];
const GREYS: Record<string, string> = { [OTHER]: '#bab0ac', [NO_COUNTRY]: '#d9d9d9' };
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
const CONFIG = { font: FONT, view: { stroke: null }, axis: { labelFontSize: 11, titleFontSize: 11 }, legend: { labelFontSize: 11, titleFontSize: 11 } };

/** "$1.5 bn", as the tables write it (vega's SI format would write billions as G). */
const USD_LABEL = "datum.value >= 1e9 ? '$' + format(datum.value / 1e9, '~g') + ' bn' : datum.value >= 1e6 ? '$' + format(datum.value / 1e6, '~g') + ' mn' : '$' + format(datum.value, '~s')";

/** Stacked monthly bars of deals' USD by partner country: one bar segment per row. */
export function monthlyChartSpec(rows: MonthlyRow[], series: string[], months: string[]): TopLevelSpec {
  const label = (c: string) => (c === OTHER || c === NO_COUNTRY ? c : `${countryName(c)} (${c})`);
  return {
    width: Math.max(560, Math.min(720, months.length * 48)),
    height: 240,
    config: CONFIG,
    // `rank` stacks the segments in legend order (largest partner at the bottom).
    data: { values: rows.map((r) => ({ ...r, series: label(r.country), rank: series.indexOf(r.country) })) },
    mark: { type: 'bar' },
    encoding: {
      x: { field: 'month', type: 'ordinal', title: null, scale: { domain: months }, axis: { labelAngle: months.length > 8 ? -45 : 0 } },
      y: { field: 'usd', type: 'quantitative', title: 'USD', stack: 'zero', axis: { labelExpr: USD_LABEL, tickCount: 5 } },
      color: {
        field: 'series', type: 'nominal', title: 'Partner country',
        scale: { domain: series.map(label), range: series.map((c, i) => GREYS[c] ?? PALETTE[i % PALETTE.length]!) },
      },
      order: { field: 'rank', sort: 'ascending' },
    },
  };
}

/** Horizontal bars per outlet: the deals it reported first, then the deals it reported after another outlet. */
export function outletChartSpec(rows: OutletRow[]): TopLevelSpec {
  const values = rows.flatMap((r) => [
    { outlet: r.outlet, kind: 'reported first', deals: r.firstReported },
    { outlet: r.outlet, kind: 'also reported', deals: r.deals - r.firstReported },
  ]).filter((v) => v.deals > 0);
  return {
    width: 480,
    height: { step: 22 },
    config: CONFIG,
    data: { values },
    mark: { type: 'bar' },
    encoding: {
      y: { field: 'outlet', type: 'nominal', title: null, sort: rows.map((r) => r.outlet) },
      x: { field: 'deals', type: 'quantitative', title: 'deals', stack: 'zero', axis: { tickMinStep: 1, format: 'd' } },
      color: { field: 'kind', type: 'nominal', title: null, scale: { domain: ['reported first', 'also reported'], range: ['#4e79a7', '#a0cbe8'] } },
      order: { field: 'kind', sort: 'descending' },
    },
  };
}

/**
 * Renders a Vega-Lite spec to an SVG string, headless (no DOM, no canvas: vega estimates text widths).
 * The charting library's own `toSVG`, so the marks are the library's, not ours.
 */
export async function renderSvg(spec: TopLevelSpec): Promise<string> {
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** Restarts the ids vega gives SVG definitions (clip paths, gradients), so one input gives one page. */
export const resetChartIds = (): void => vega.resetSVGDefIds();
