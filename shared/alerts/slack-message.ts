import type { Alert } from '../schemas/index.js';
import { alertTitle, changeLine, otherSources, outletOfLink } from './alert-words.js';

/**
 * A Slack incoming-webhook message: `text` is what notifications and clients without blocks show,
 * `blocks` the message itself (section and context blocks with mrkdwn text).
 */
export interface SlackMessage {
  text: string;
  blocks: Array<
    | { type: 'section'; text: { type: 'mrkdwn'; text: string } }
    | { type: 'context'; elements: Array<{ type: 'mrkdwn'; text: string }> }
  >;
}

/** Slack's mrkdwn treats &, < and > as control characters: article text must not make links or mentions. */
export function slackEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** `<url|label>`, with the characters that would end the link escaped (a URL has no raw < > or |). */
function slackLink(url: string, label: string): string {
  return `<${url.replace(/\|/g, '%7C')}|${slackEscape(label).replace(/\|/g, '¦')}>`;
}

/** Section blocks hold at most 3,000 characters of text (Slack Block Kit limit). */
const SECTION_MAX = 3000;
const cut = (s: string) => (s.length <= SECTION_MAX ? s : `${s.slice(0, SECTION_MAX - 1)}…`);

/**
 * The alert as a Slack message: the headline in bold, what changed for an update, the evidence as
 * a quote, the article as a link, and the other outlets as links in a context line.
 */
export function slackMessage(alert: Alert): SlackMessage {
  const title = alertTitle(alert);
  const lines = [`*${slackEscape(title)}*`];
  if (alert.kind === 'update') lines.push(...alert.changes.map((c) => `• ${slackEscape(changeLine(c))}`));
  lines.push(`> ${slackEscape(alert.evidence.trim().replace(/\s*\n\s*/g, ' '))}`);
  lines.push(`${slackEscape(outletOfLink(alert))}: ${slackLink(alert.link, alert.title || alert.link)}`);
  const blocks: SlackMessage['blocks'] = [{ type: 'section', text: { type: 'mrkdwn', text: cut(lines.join('\n')) } }];
  const others = otherSources(alert);
  if (others.length) {
    blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: `Also reported by ${others.map((s) => slackLink(s.link, s.outlet)).join(', ')}` }] });
  }
  return { text: `${slackEscape(title)} ${alert.link}`, blocks };
}
