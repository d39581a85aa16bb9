import { isMultilateral } from './multilateral.js';

// How a fact's countries are settled when its sentence names fewer than two: the English and Russian resolvers share these.

/**
 * "Next come China (more than $1.6 billion), Azerbaijan (more than $1.5 billion) ...": in a ranking of partners each with its
 * sum, the other side of each item is the article's home country, not every main country of the article (real-a
 * 24kg-20250124-kg-cn-central-asia-trade-2024, real-b kunuz-20200821-uz-af-kg-tj-trade-turnover-down and
 * tass-20240122-ge-ru-trade-2023, real-c kazinform-20190905-kz-fdi-330-bln-120-countries, real-d mehr-20230528-…; Russian:
 * ru-l). `owned` says the sentence's sums were given owners item by item. Null when the rule does not apply.
 */
export function rankedItemCountries(own: readonly string[], owned: boolean, home: string | null): string[] | null {
  return owned && own.length === 1 && home && !own.includes(home) ? [...own, home] : null;
}

/**
 * The countries of a multilateral lender's fact whose sentence names one country, the article's first main one: that
 * country alone. The lender has no country, and the article's other main countries belong to other sentences: the venue
 * of the lender's meeting ("its annual meeting in Cyprus", real-b devfinance-20170518), a neighbour near the site
 * (real-b pvmagazine-20170622), a road named after a neighbour's capital (real-c tengrinews-nodate-kz-ebrd-road-projects),
 * the country of an earlier paragraph (real-a 24kg-nodate-kg-adb-300m-interview). Null when the rule does not apply.
 */
export function multilateralFactCountries(own: readonly string[], main: readonly string[], organizations: readonly string[]): string[] | null {
  return own.length === 1 && own[0] === main[0] && organizations.some(isMultilateral) ? [...own] : null;
}
