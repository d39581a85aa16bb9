// A deal's sum is read to the digits it is written with: two outlets round one sum, they do not change its digits.
// Our own figures, modelled on deals-3 (ADB's $3.5 billion programme for Uzbekistan and its $3.6 billion one a year
// later) and deals-2 (a mine's first stage at $7.1 billion and its expansion at $6.95 billion). Trade statistics are
// restated by offices ($24.1 and $24.2 billion for one year's turnover, deals-2) and keep the rounding tolerance
// and the looser bound.
import { describe, expect, it } from 'vitest';
import { amountsAgree, TRADE_FIGURE } from '../../../shared/deals/amounts-agree.js';
import { groupFacts } from '../../../shared/deals/group-facts.js';
import { linkBetween } from '../../../shared/deals/links.js';
import { memberOf } from '../../../shared/deals/member.js';
import { articleIdOf } from '../../../shared/pipeline/ids.js';
import type { Amount, Fact } from '../../../shared/schemas/index.js';
import { buildFact } from '../../helpers/builders.js';

const usd = (value: number, qualifier: Amount['qualifier'] = 'exact'): Amount => ({ value, currency: 'USD', qualifier });
const agree = (a: Amount, b: Amount) => amountsAgree({ amount: a, usd: null }, { amount: b, usd: null });
const report = (url: string, over: Partial<Fact>) =>
  buildFact({ articleId: articleIdOf(url), sourceUrl: url, published: null, people: [], ...over });
const member = (f: Fact) => memberOf(f, { outlet: null, amountUsd: f.amount?.value ?? null });

describe('sums written to their digits', () => {
  it('agree when the finer figure rounds or cuts to the coarser', () => {
    expect(agree(usd(1.46e9), usd(1.5e9))).toBe(true);
    expect(agree(usd(149.6e6), usd(150e6))).toBe(true);
    expect(agree(usd(4.85e9), usd(4.8e9))).toBe(true);
    expect(agree(usd(644.7e6), usd(645e6))).toBe(true);
  });

  it('disagree when both are written to one place and differ there, though within the rounding tolerance', () => {
    expect(agree(usd(2.5e9), usd(2.6e9))).toBe(false);
    expect(agree(usd(8.1e9), usd(7.85e9))).toBe(false);
    expect(agree(usd(25e6), usd(26e6))).toBe(false);
  });

  it('count every digit written before the scale word, zeros too', () => {
    // "$410 million" is written to the million: it is not "$414 million" rounded, though within 1%. Our figures, modelled
    // on deals-4 (a lender's $320 million for one year and its $323 million for the next three) and deals-1 (one lender's
    // $260 million programme against another's $264.16 million loan in one country).
    expect(agree(usd(410e6), usd(414e6))).toBe(false);
    expect(agree(usd(180e6), usd(182.35e6))).toBe(false);
    expect(agree(usd(410e6), usd(410.4e6))).toBe(true);
    expect(agree(usd(410e6, 'about'), usd(414e6))).toBe(true);
    // The decimals below the scale word are what an outlet rounds away: "$2 billion" may be "$2.04 billion".
    expect(agree(usd(2e9), usd(2.04e9))).toBe(true);
  });

  it('keep a lender\'s grants for one year apart from its grants for the next three, in two reports that give both', () => {
    // deals-4: ADB's $320 million for Tajikistan in 2020 and its $323 million for 2021-2023, one report in English and one
    // in Russian, both undated; each names the country, so only the sums tell the two grants apart.
    const adb = { type: 'financing' as const, countries: ['TJ'], organizations: ['Asian Development Bank'] };
    const en = 'https://a.example/en';
    const ru = 'https://b.example/ru';
    const facts = [
      report(en, { ...adb, amount: usd(414e6), evidence: 'ADB plans $414 million in grants to Tajikistan for 2024-2026, its business plan says.' }),
      report(en, { ...adb, amount: usd(410e6, 'about'), evidence: 'This year ADB support for Tajikistan is expected to reach $410 million.' }),
      report(ru, { ...adb, amount: usd(414e6), evidence: 'АБР выделит Таджикистану гранты на 414 млн долларов.' }),
      report(ru, { ...adb, amount: usd(410e6), evidence: 'В этом году общий объём помощи составит 410 млн долларов.' }),
    ];
    expect(linkBetween(member(facts[2]!), member(facts[1]!))).not.toBeNull();
    expect(linkBetween(member(facts[0]!), member(facts[3]!))).toBeNull();
    const deals = groupFacts(facts, () => null, '2026-12-01T00:00:00.000Z');
    expect(deals.map((d) => d.mentions.map((m) => m.evidence).sort())).toEqual(expect.arrayContaining([
      [facts[0]!.evidence, facts[2]!.evidence].sort(),
      [facts[1]!.evidence, facts[3]!.evidence].sort(),
    ]));
    expect(deals).toHaveLength(2);
  });

  it('leave approximate figures and ranges to their own reading', () => {
    expect(agree(usd(2.5e9, 'about'), usd(2.6e9))).toBe(true);
    expect(agree({ ...usd(2.6e9), min: 2.4e9 }, usd(2.5e9))).toBe(true);
  });

  it('read a deal\'s bound as just past (or short of) its figure, a trade figure\'s more loosely', () => {
    // deals-3: "more than $3 billion" of new projects is not the $3.6 billion programme; deals-1: a $200 million loan is
    // not "up to JPY 37 billion" ($246.5 million); deals-2: trade "over $31 billion" is the $31.2 billion figure.
    expect(agree(usd(2e9, 'over'), usd(2.04e9))).toBe(true);
    expect(agree(usd(2e9, 'over'), usd(2.4e9))).toBe(false);
    expect(agree(usd(300e6, 'up to'), usd(290e6))).toBe(true);
    expect(agree(usd(300e6, 'up to'), usd(250e6))).toBe(false);
    const jpy = amountsAgree({ amount: { value: 45e9, currency: 'JPY', qualifier: 'up to' }, usd: 300e6 }, { amount: usd(250e6), usd: 250e6 });
    expect(jpy).toBe(false);
    expect(amountsAgree({ amount: usd(20e9, 'over'), usd: null }, { amount: usd(22e9), usd: null }, TRADE_FIGURE)).toBe(true);
    expect(amountsAgree({ amount: usd(20e9, 'over'), usd: null }, { amount: usd(28e9), usd: null }, TRADE_FIGURE)).toBe(false);
  });

  it('keep one lender\'s programmes of $2.5 and $2.6 billion apart, and one year\'s trade of $18.1 and $18.2 billion together', () => {
    const adb = { type: 'financing' as const, countries: ['UZ'], organizations: ['Asian Development Bank (ADB)'] };
    const first = report('https://a.example/1', { ...adb, amount: usd(2.5e9), evidence: 'ADB will finance a $2.5 billion programme of projects in Uzbekistan.' });
    const next = report('https://b.example/2', { ...adb, amount: usd(2.6e9), evidence: 'ADB and Uzbekistan signed a $2.6 billion programme of projects.' });
    expect(linkBetween(member(first), member(next))).toBeNull();
    const trade = { type: 'trade' as const, countries: ['KZ', 'CN'], organizations: [], period: '2022' };
    const stats = report('https://a.example/3', { ...trade, amount: usd(18.1e9), evidence: 'Trade between Kazakhstan and China came to $18.1 billion in 2022.' });
    const restated = report('https://b.example/4', { ...trade, amount: usd(18.2e9), evidence: 'Kazakh-Chinese trade turnover was $18.2 billion in 2022.' });
    expect(linkBetween(member(stats), member(restated))?.reason).toBe('same-sum');
  });
});
