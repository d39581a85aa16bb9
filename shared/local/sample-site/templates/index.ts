import { astanaTemplate } from './astana.js';
import { kunRuTemplate, kunTemplate } from './kun.js';
import type { OutletTemplate } from './outlet-template.js';
import { trendTemplate } from './trend.js';

export type { OutletTemplate } from './outlet-template.js';

/** Every outlet's template, in the order the feeds are listed. */
export const OUTLET_TEMPLATES: readonly OutletTemplate[] = [trendTemplate, kunTemplate, astanaTemplate, kunRuTemplate];
