import { AlertSchema, type Alert } from '../../../shared/schemas/index.js';

/**
 * Fixed alerts for the exact-text tests of the channels: a new loan reported by three outlets, its
 * update (signed after agreed, amount revised), an agreement with no amount and no other outlet,
 * and an approximate investment in euros.
 */
const LOAN = {
  alertId: 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
  factId: 'fact-adb-loan',
  articleId: '0123456789abcdef0123456789abcdef',
  reasons: ['amount-threshold'],
  type: 'financing',
  status: 'signed',
  countries: ['UZ', 'CN'],
  organizations: ['Asian Development Bank (ADB)'],
  amount: { value: 150_000_000, currency: 'USD', qualifier: 'exact' },
  amountUsd: 150_000_000,
  sector: 'transport',
  evidence: 'The Asian Development Bank signed a $150 million loan agreement with Uzbekistan for a railway to the Chinese border.',
  title: 'ADB signs $150m railway loan',
  link: 'https://trend.az/business/adb-loan.html',
  published: '2026-11-20T10:00:00+05:00',
  dealId: 'fedcba9876543210fedcba9876543210',
  kind: 'new',
  changes: [],
  organizationKeys: ['adb'],
  sources: [
    { outlet: 'trend.az', link: 'https://trend.az/business/adb-loan.html' },
    { outlet: 'kun.uz', link: 'https://kun.uz/en/news/2026/11/20/adb' },
    { outlet: 'gazeta.uz', link: 'https://www.gazeta.uz/en/2026/11/20/railway-loan/' },
  ],
};

export const NEW_LOAN: Alert = AlertSchema.parse(LOAN);

export const LOAN_UPDATE: Alert = AlertSchema.parse({
  ...LOAN,
  alertId: 'b1b2c3d4e5f60718293a4b5c6d7e8f90',
  kind: 'update',
  changes: [
    { field: 'status', from: 'agreed', to: 'signed' },
    { field: 'amount', from: 'USD 120,000,000', to: 'USD 150,000,000' },
  ],
  sources: LOAN.sources.slice(0, 1),
});

export const AGREEMENT_NO_AMOUNT: Alert = AlertSchema.parse({
  ...LOAN,
  alertId: 'c1b2c3d4e5f60718293a4b5c6d7e8f90',
  factId: 'fact-kz-kr-memo',
  reasons: ['agreement'],
  type: 'agreement',
  status: 'signed',
  countries: ['KZ', 'KR'],
  organizations: ['KazMunayGas', 'Korea Gas Corporation (KOGAS)'],
  amount: null,
  amountUsd: null,
  sector: null,
  evidence: 'KazMunayGas and Korea Gas Corporation (KOGAS) signed a memorandum on gas processing in Atyrau.',
  title: 'KMG & KOGAS sign <gas> memo',
  link: 'https://www.inform.kz/en/kmg-kogas',
  published: null,
  dealId: null,
  sources: [],
});

export const EURO_INVESTMENT: Alert = AlertSchema.parse({
  ...LOAN,
  alertId: 'd1b2c3d4e5f60718293a4b5c6d7e8f90',
  reasons: ['amount-threshold'],
  type: 'investment',
  status: 'planned',
  countries: ['GE'],
  organizations: ['Hoshino Solar'],
  amount: { value: 74_000_000, currency: 'EUR', qualifier: 'about' },
  amountUsd: 80_290_000,
  sector: 'energy',
  evidence: 'Hoshino Solar plans to invest about 74 million in a solar plant near Kutaisi.',
  title: 'Solar plant planned near Kutaisi',
  link: 'https://civil.ge/archives/1001',
  dealId: '11111111111111111111111111111111',
  sources: [{ outlet: 'civil.ge', link: 'https://civil.ge/archives/1001' }],
});
