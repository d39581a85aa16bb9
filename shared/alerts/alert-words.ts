import type { Alert, AlertChange, Amount, FactStatus, FactType } from '../schemas/index.js';
import { countryName } from '../report/format.js';
import { englishName } from '../parties/english-name.js';

/** Scales of the short dollar figure: "$150M", "$1.2B". Three significant figures at most. */
const USD_SCALES: ReadonlyArray<readonly [number, string]> = [[1e12, 'T'], [1e9, 'B'], [1e6, 'M'], [1e3, 'K']];

/** What each fact type is called in a headline, when the evidence names no more precise kind. */
const TYPE_NOUN: Readonly<Record<FactType, string>> = {
  investment: 'investment', trade: 'trade', financing: 'financing', agreement: 'agreement', project: 'project',
};

/**
 * A financing is called by its kind when the evidence names one ("a $150M loan" reads better than
 * "a $150M financing"); first match wins, so "grant and loan" is a grant.
 */
const FINANCING_KINDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bcredit lines?\b/i, 'credit line'],
  [/\bgrants?\b/i, 'grant'],
  [/\bloans?\b/i, 'loan'],
  [/\bbonds?\b|\beurobonds?\b/i, 'bond'],
  // Russian evidence, English headline: «кредитная линия», «грант», «кредит», «заём», «облигации».
  [/(?<!\p{L})кредитн\p{L}* лини/iu, 'credit line'],
  [/(?<!\p{L})(?:грант|безвозмездн)/iu, 'grant'],
  [/(?<!\p{L})(?:кредит|за[её]м|займ)/iu, 'loan'],
  [/(?<!\p{L})(?:еврооблигаци|облигаци)/iu, 'bond'],
];

/** The status as the end of a headline: "loan agreement signed", "project under way". */
const STATUS_WORDS: Readonly<Record<FactStatus, string>> = {
  discussed: 'discussed', planned: 'planned', agreed: 'agreed', signed: 'signed',
  in_progress: 'under way', completed: 'completed', target: 'targeted',
};

/** The words a change's field is given in a sentence. */
const CHANGE_FIELD_WORDS: Readonly<Record<AlertChange['field'], string>> = {
  status: 'status', amount: 'amount', countries: 'countries', organizations: 'organisations',
};

/** "$150M", "$1.2B", "$850K", "$900": the dollar figure of a headline. */
export function shortUsd(value: number): string {
  const [div, unit] = USD_SCALES.find(([d]) => value >= d) ?? [1, ''];
  return `$${Number((value / div).toPrecision(3))}${unit}`;
}

/** "Uzbekistan - China": the countries by English name, in the alert's order. */
export function countryLine(codes: readonly string[]): string {
  return codes.map(countryName).join(' - ');
}

/** "USD 150,000,000", "about EUR 74,000,000", "USD 550,000,000-1,100,000,000": the amount as stated, every digit. */
export function statedAmount(a: Amount): string {
  const n = (v: number) => v.toLocaleString('en-US', { maximumFractionDigits: 2 });
  const qualifier = a.qualifier === 'exact' ? '' : `${a.qualifier} `;
  return `${qualifier}${a.currency} ${a.min !== undefined ? `${n(a.min)}-` : ''}${n(a.value)}`;
}

/**
 * The amount of a headline: dollars when the currency has a rate, else the stated currency
 * ("XAU 74M"); an approximate amount keeps its qualifier ("about $80M", "up to $1.2B").
 */
function headlineAmount(alert: Pick<Alert, 'amount' | 'amountUsd'>): string | null {
  const qualifier = alert.amount && alert.amount.qualifier !== 'exact' ? `${alert.amount.qualifier} ` : '';
  if (alert.amountUsd !== null) return `${qualifier}${shortUsd(alert.amountUsd)}`;
  if (alert.amount) return `${qualifier}${alert.amount.currency} ${shortUsd(alert.amount.value).slice(1)}`;
  return null;
}

/** "loan agreement signed", "investment planned", "agreement signed", "trade": type and status in words. */
export function dealPhrase(alert: Pick<Alert, 'type' | 'status' | 'evidence'>): string {
  const kind = alert.type === 'financing' ? FINANCING_KINDS.find(([re]) => re.test(alert.evidence))?.[1] : undefined;
  const noun = kind ?? TYPE_NOUN[alert.type];
  if (alert.status === null) return noun;
  // "a loan signed" says less than "a loan agreement signed": what is signed is the agreement.
  const signedDocument = alert.status === 'signed' && alert.type !== 'agreement' ? ' agreement' : '';
  return `${noun}${signedDocument} ${STATUS_WORDS[alert.status]}`;
}

/** "ADB" for "Asian Development Bank (ADB)" and for «Азиатский банк развития (АБР)»; the name itself when it carries no abbreviation. */
export function shortOrganization(name: string): string {
  // A Russian name becomes its English form first: alerts and reports are in English (issue 15).
  if (/\p{Script=Cyrillic}/u.test(name)) return englishName(name);
  return /\(([^()]+)\)\s*$/.exec(name)?.[1]?.trim() ?? name;
}

/** Article text may hold line breaks and runs of spaces; a headline is one line. */
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/** "Uzbekistan - China: $150M loan agreement signed (ADB)": the one line that says what the deal is. */
export function headline(alert: Alert): string {
  const what = [headlineAmount(alert), dealPhrase(alert)].filter(Boolean).join(' ');
  const orgs = [...new Set(alert.organizations.map(shortOrganization))];
  const line = `${what}${orgs.length ? ` (${orgs.join(', ')})` : ''}`;
  return oneLine(alert.countries.length ? `${countryLine(alert.countries)}: ${line}` : line.charAt(0).toUpperCase() + line.slice(1));
}

/** "status was agreed, amount was USD 120,000,000": the changes of an update, in one clause. */
export function changesClause(changes: readonly AlertChange[]): string {
  return changes.map((c) => `${CHANGE_FIELD_WORDS[c.field]} was ${c.from}`).join(', ');
}

/** "status: agreed -> signed": one change, on its own line. */
export function changeLine(change: AlertChange): string {
  return `${CHANGE_FIELD_WORDS[change.field]}: ${change.from} -> ${change.to}`;
}

/** The headline of an alert as a subject: "Update: ...; status was agreed" for an update. */
export function alertTitle(alert: Alert): string {
  if (alert.kind !== 'update') return headline(alert);
  const clause = changesClause(alert.changes);
  return `Update: ${headline(alert)}${clause ? `; ${oneLine(clause)}` : ''}`;
}

/** The outlet of the alert's own link (from its sources), else the link's host without "www.". */
export function outletOfLink(alert: Pick<Alert, 'link' | 'sources'>): string {
  return alert.sources.find((s) => s.link === alert.link)?.outlet ?? new URL(alert.link).host.replace(/^www\./, '');
}

/** The other outlets that report the deal, each with its link. */
export function otherSources(alert: Pick<Alert, 'link' | 'sources'>): Alert['sources'] {
  return alert.sources.filter((s) => s.link !== alert.link);
}
