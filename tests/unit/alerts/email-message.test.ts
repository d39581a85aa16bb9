import { describe, expect, it } from 'vitest';
import { emailMessage } from '../../../shared/alerts/email-message.js';
import { AGREEMENT_NO_AMOUNT, EURO_INVESTMENT, LOAN_UPDATE, NEW_LOAN } from './fixed-alerts.js';

describe('emailMessage', () => {
  it('says a new deal in a line, then the evidence, the link, every other outlet with its link and the fields', () => {
    // Act
    const m = emailMessage(NEW_LOAN);
    // Assert
    expect(m.subject).toBe('Uzbekistan - China: $150M loan agreement signed (ADB)');
    expect(m.body).toBe(`Uzbekistan - China: $150M loan agreement signed (ADB)

"The Asian Development Bank signed a $150 million loan agreement with Uzbekistan for a railway to the Chinese border."

trend.az: ADB signs $150m railway loan
https://trend.az/business/adb-loan.html

Also reported by:
- kun.uz: https://kun.uz/en/news/2026/11/20/adb
- gazeta.uz: https://www.gazeta.uz/en/2026/11/20/railway-loan/

Type: financing
Status: signed
Amount: USD 150,000,000
Countries: Uzbekistan, China
Organisations: Asian Development Bank (ADB)
Sector: transport
Published: 2026-11-20T10:00:00+05:00

Alert a1b2c3d4e5f60718293a4b5c6d7e8f90, deal fedcba9876543210fedcba9876543210
`);
  });

  it('starts an update with "Update:" and what it was, and lists each change from -> to', () => {
    const m = emailMessage(LOAN_UPDATE);
    expect(m.subject).toBe('Update: Uzbekistan - China: $150M loan agreement signed (ADB); status was agreed, amount was USD 120,000,000');
    expect(m.body).toBe(`Update: Uzbekistan - China: $150M loan agreement signed (ADB); status was agreed, amount was USD 120,000,000

What changed:
- status: agreed -> signed
- amount: USD 120,000,000 -> USD 150,000,000

"The Asian Development Bank signed a $150 million loan agreement with Uzbekistan for a railway to the Chinese border."

trend.az: ADB signs $150m railway loan
https://trend.az/business/adb-loan.html

Type: financing
Status: signed
Amount: USD 150,000,000
Countries: Uzbekistan, China
Organisations: Asian Development Bank (ADB)
Sector: transport
Published: 2026-11-20T10:00:00+05:00

Alert b1b2c3d4e5f60718293a4b5c6d7e8f90, deal fedcba9876543210fedcba9876543210
`);
  });

  it('leaves the amount out of the subject when there is none, names the host for a link without sources, and keeps article text as written', () => {
    const m = emailMessage(AGREEMENT_NO_AMOUNT);
    expect(m.subject).toBe('Kazakhstan - South Korea: agreement signed (KazMunayGas, KOGAS)');
    expect(m.body).toBe(`Kazakhstan - South Korea: agreement signed (KazMunayGas, KOGAS)

"KazMunayGas and Korea Gas Corporation (KOGAS) signed a memorandum on gas processing in Atyrau."

inform.kz: KMG & KOGAS sign <gas> memo
https://www.inform.kz/en/kmg-kogas

Type: agreement
Status: signed
Amount: not stated
Countries: Kazakhstan, South Korea
Organisations: KazMunayGas, Korea Gas Corporation (KOGAS)

Alert c1b2c3d4e5f60718293a4b5c6d7e8f90
`);
  });

  it('gives an approximate amount in another currency in dollars in the subject, with its qualifier, and both in the body', () => {
    const m = emailMessage(EURO_INVESTMENT);
    expect(m.subject).toBe('Georgia: about $80.3M investment planned (Hoshino Solar)');
    expect(m.body.split('\n').filter((l) => l.startsWith('Amount:'))).toEqual(['Amount: about EUR 74,000,000 (about $80.3M)']);
  });

  it('writes a subject without countries, capitalised, and a status in words', () => {
    const m = emailMessage({ ...NEW_LOAN, countries: [], organizations: [], type: 'project', status: 'in_progress', evidence: 'Works began.' });
    expect(m.subject).toBe('$150M project under way');
    expect(emailMessage({ ...NEW_LOAN, countries: [], organizations: [], amount: null, amountUsd: null, type: 'trade', status: null }).subject).toBe('Trade');
  });
});

describe('emailMessage of a Russian article (issue 15)', () => {
  it('stays in English, names a known body by its English short form and quotes the Russian evidence with its link', () => {
    const m = emailMessage({
      ...NEW_LOAN,
      organizations: ['Азиатский банк развития (АБР)', 'АО «Узбекнефтегаз»'],
      evidence: 'Азиатский банк развития (АБР) подписал с Узбекистаном кредитное соглашение на $150 млн для строительства железной дороги.',
      title: 'АБР выделит Узбекистану $150 млн',
      link: 'https://kun.uz/ru/news/2026/11/20/adb',
      sources: [],
    });
    expect(m.subject).toBe('Uzbekistan - China: $150M loan agreement signed (ADB, Uzbekneftegaz)');
    expect(m.body).toContain('"Азиатский банк развития (АБР) подписал с Узбекистаном кредитное соглашение на $150 млн для строительства железной дороги."');
    expect(m.body).toContain('https://kun.uz/ru/news/2026/11/20/adb');
    expect(m.body).toContain('Type: financing\nStatus: signed\nAmount: USD 150,000,000');
  });
});
