import { describe, expect, it } from 'vitest';
import { dailyDigest } from '../../../shared/alerts/daily-digest.js';
import { AGREEMENT_NO_AMOUNT, EURO_INVESTMENT, LOAN_UPDATE, NEW_LOAN } from './fixed-alerts.js';

describe('dailyDigest', () => {
  it('gives one message with one entry per deal, largest first, new or what changed, and every outlet', () => {
    // Prepare: the loan is new and then updated the same day; the agreement has no amount.
    const day = [AGREEMENT_NO_AMOUNT, NEW_LOAN, EURO_INVESTMENT, LOAN_UPDATE];
    // Act
    const d = dailyDigest(day, '2026-11-20');
    // Assert
    expect(d?.subject).toBe('Deals of 2026-11-20: 3 new');
    expect(d?.body).toBe(`Deals of 2026-11-20: 3 new

1. Uzbekistan - China: $150M loan agreement signed (ADB)
   New, then updated: status was agreed, amount was USD 120,000,000
   trend.az: https://trend.az/business/adb-loan.html
   kun.uz: https://kun.uz/en/news/2026/11/20/adb
   gazeta.uz: https://www.gazeta.uz/en/2026/11/20/railway-loan/

2. Georgia: about $80.3M investment planned (Hoshino Solar)
   New
   civil.ge: https://civil.ge/archives/1001

3. Kazakhstan - South Korea: agreement signed (KazMunayGas, KOGAS)
   New
   inform.kz: https://www.inform.kz/en/kmg-kogas
`);
  });

  it('counts a deal only updated that day as updated', () => {
    const d = dailyDigest([LOAN_UPDATE, AGREEMENT_NO_AMOUNT], '2026-11-21');
    expect(d?.subject).toBe('Deals of 2026-11-21: 1 new, 1 updated');
    expect(d?.body.split('\n').slice(2, 4)).toEqual([
      '1. Uzbekistan - China: $150M loan agreement signed (ADB)',
      '   Updated: status was agreed, amount was USD 120,000,000',
    ]);
  });

  it('sends nothing for a day without alerts, and refuses a day that is not YYYY-MM-DD', () => {
    expect(dailyDigest([], '2026-11-20')).toBeNull();
    expect(() => dailyDigest([NEW_LOAN], '20 Nov 2026')).toThrow('digest day must be YYYY-MM-DD, got "20 Nov 2026"');
  });
});
