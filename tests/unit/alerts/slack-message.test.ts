import { describe, expect, it } from 'vitest';
import { slackMessage } from '../../../shared/alerts/slack-message.js';
import { webhookBody } from '../../../shared/alerts/webhook-body.js';
import { AGREEMENT_NO_AMOUNT, LOAN_UPDATE, NEW_LOAN } from './fixed-alerts.js';

describe('slackMessage', () => {
  it('gives the text and blocks a Slack incoming webhook accepts: headline, evidence quote, link, other outlets', () => {
    expect(slackMessage(NEW_LOAN)).toEqual({
      text: 'Uzbekistan - China: $150M loan agreement signed (ADB) https://trend.az/business/adb-loan.html',
      blocks: [
        { type: 'section', text: { type: 'mrkdwn', text: '*Uzbekistan - China: $150M loan agreement signed (ADB)*\n'
          + '> The Asian Development Bank signed a $150 million loan agreement with Uzbekistan for a railway to the Chinese border.\n'
          + 'trend.az: <https://trend.az/business/adb-loan.html|ADB signs $150m railway loan>' } },
        { type: 'context', elements: [{ type: 'mrkdwn', text: 'Also reported by <https://kun.uz/en/news/2026/11/20/adb|kun.uz>, <https://www.gazeta.uz/en/2026/11/20/railway-loan/|gazeta.uz>' }] },
      ],
    });
  });

  it('lists an update\'s changes as bullets', () => {
    const text = slackMessage(LOAN_UPDATE).blocks[0];
    expect(text?.type === 'section' && text.text.text.split('\n').slice(0, 3)).toEqual([
      '*Update: Uzbekistan - China: $150M loan agreement signed (ADB); status was agreed, amount was USD 120,000,000*',
      '• status: agreed -&gt; signed',
      '• amount: USD 120,000,000 -&gt; USD 150,000,000',
    ]);
  });

  it('escapes &, < and > of article text, so a title cannot make a link or a mention', () => {
    const section = slackMessage(AGREEMENT_NO_AMOUNT).blocks[0];
    expect(section?.type === 'section' && section.text.text.split('\n').at(-1)).toBe('inform.kz: <https://www.inform.kz/en/kmg-kogas|KMG &amp; KOGAS sign &lt;gas&gt; memo>');
    expect(slackMessage({ ...AGREEMENT_NO_AMOUNT, organizations: ['<!channel>'] }).text).toBe('Kazakhstan - South Korea: agreement signed (&lt;!channel&gt;) https://www.inform.kz/en/kmg-kogas');
  });
});

describe('webhookBody', () => {
  it('is the alert JSON by default and the Slack message for format slack', () => {
    expect(JSON.parse(webhookBody(NEW_LOAN, 'json'))).toEqual(NEW_LOAN);
    expect(JSON.parse(webhookBody(NEW_LOAN, 'slack'))).toEqual(slackMessage(NEW_LOAN));
  });
});
