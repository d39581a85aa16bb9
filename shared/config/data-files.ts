/**
 * Data files a bundle reads from beside itself rather than carrying inside: where each lies in the
 * source tree and the name it gets next to a bundle. The stack's afterBundling hooks and the tests'
 * bundlers copy them (infra/constructs/ingestion.ts, tests/helpers/child-run.ts, tests/infra/bundle-helper.ts).
 */
import { fileURLToPath } from 'node:url';

/** The US dollar rates table (shared/facts/money/rates/rates-table.ts reads it beside itself). */
export const RATES_FILE_NAME = 'usd-rates.json';
export const RATES_SOURCE_FILE = fileURLToPath(new URL(`../facts/money/rates/${RATES_FILE_NAME}`, import.meta.url));
