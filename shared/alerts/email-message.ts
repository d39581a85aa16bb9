import type { Alert } from '../schemas/index.js';
import { countryName } from '../report/format.js';
import { alertTitle, changeLine, otherSources, outletOfLink, shortUsd, statedAmount } from './alert-words.js';

/** An alert in plain words, for people: a subject line and a plain-text body. */
export interface EmailMessage {
  subject: string;
  body: string;
}

/** "Amount: USD 150,000,000", with the dollar figure beside another currency's. */
function amountLine(alert: Alert): string {
  if (!alert.amount) return 'Amount: not stated';
  const dollars = alert.amount.currency !== 'USD' && alert.amountUsd !== null ? ` (about ${shortUsd(alert.amountUsd)})` : '';
  return `Amount: ${statedAmount(alert.amount)}${dollars}`;
}

/** The fact's fields, one per line; unknown ones are left out (the amount says "not stated"). */
function detailLines(alert: Alert): string[] {
  return [
    `Type: ${alert.type}`,
    ...(alert.status ? [`Status: ${alert.status.replace('_', ' ')}`] : []),
    amountLine(alert),
    ...(alert.countries.length ? [`Countries: ${alert.countries.map(countryName).join(', ')}`] : []),
    ...(alert.organizations.length ? [`Organisations: ${alert.organizations.join(', ')}`] : []),
    ...(alert.sector ? [`Sector: ${alert.sector}`] : []),
    ...(alert.published ? [`Published: ${alert.published}`] : []),
  ];
}

/**
 * The e-mail of one alert: the subject says the deal in a line ("Uzbekistan - China: $150M loan
 * agreement signed (ADB)", "Update: ...; status was agreed"); the body gives what changed (an
 * update), the evidence sentence, the article and its link, every other outlet with its link, and
 * the fact's fields. Blocks are separated by one blank line; the text ends with a line break.
 */
export function emailMessage(alert: Alert): EmailMessage {
  const subject = alertTitle(alert);
  const blocks: string[][] = [[subject]];
  if (alert.kind === 'update' && alert.changes.length) blocks.push(['What changed:', ...alert.changes.map((c) => `- ${changeLine(c)}`)]);
  blocks.push([`"${alert.evidence.trim()}"`]);
  blocks.push([`${outletOfLink(alert)}: ${alert.title}`, alert.link]);
  const others = otherSources(alert);
  if (others.length) blocks.push(['Also reported by:', ...others.map((s) => `- ${s.outlet}: ${s.link}`)]);
  blocks.push(detailLines(alert));
  blocks.push([`Alert ${alert.alertId}${alert.dealId ? `, deal ${alert.dealId}` : ''}`]);
  return { subject, body: `${blocks.map((b) => b.join('\n')).join('\n\n')}\n` };
}
