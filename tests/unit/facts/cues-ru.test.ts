import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../shared/facts/extract-facts.js';
import { RU_AGREEMENT_CUES, RU_FINANCING_CUES, RU_INVESTMENT_CUES, RU_PROJECT_CUES, RU_TRADE_CUES } from '../../corpora/cues/ru.js';

// A neutral Russian paragraph brings each case over the teaser length, so the body is read as a body, in Russian.
const FILLER = 'Встреча прошла в дружественной атмосфере, и делегации поблагодарили принимающую сторону за теплый прием.';
const article = (body: string) => ({ title: '', paragraphs: [...body.split('\n'), FILLER] });

describe.each([RU_TRADE_CUES, RU_INVESTMENT_CUES, RU_FINANCING_CUES, RU_AGREEMENT_CUES, RU_PROJECT_CUES])('Russian $type cues', (corpus) => {
  it.each(corpus.positive)('finds the facts of: $body', (c) => {
    const facts = extractFacts(article(c.body)).filter((f) => f.type === corpus.type);
    expect(facts.map((f) => (f.amount ? { value: f.amount.value, currency: f.amount.currency } : null))).toEqual(c.expected);
    for (const f of facts) {
      expect(c.body.replace(/\n/g, ' ').includes(f.evidence) || c.body.includes(f.evidence)).toBe(true);
      if (c.organization) expect(f.organizations.some((o) => o.includes(c.organization ?? ''))).toBe(true);
      if (c.countries) expect(f.countries).toEqual(expect.arrayContaining([...c.countries]));
    }
  });

  it.each(corpus.negative)('gives no fact of the type for: %s', (body) => {
    expect(extractFacts(article(body)).filter((f) => f.type === corpus.type)).toEqual([]);
  });
});

// Trend's Russian service datelines from its base: «БАКУ /Trend/ -» over a Tajik or an Uzbek story names no party
// (ru-zm trend-20220811-tj-ebrd-portfolio, ru-za trend-20181015-uz-ru-putin-visit-contracts).
describe('Russian datelines', () => {
  it.each([
    ['БАКУ /Trend/ - По состоянию на первое июля 2022 года кредитный портфель ЕБРР в Таджикистане оценивался в 551 миллион евро.', ['TJ'], 'AZ'],
    ['БАКУ /Trend/ - По итогам визита Путина в Узбекистан Ташкент и Москва подписали соглашения на 20 млрд долларов.', ['UZ', 'RU'], 'AZ'],
    ['ТАШКЕНТ, 14 мар — Sputnik. Азиатский банк развития выделит Кыргызстану кредит в 50 млн долларов.', ['KG'], 'UZ'],
  ] as const)('leaves the dateline city out of %s', (text, parties, base) => {
    const facts = extractFacts(article(text));
    expect(facts.length).toBeGreaterThan(0);
    for (const f of facts) {
      expect(f.countries).toEqual(expect.arrayContaining([...parties]));
      expect(f.countries).not.toContain(base);
    }
  });
});

// A title may lead with a partner («Китай потеснил Россию ... среди торговых партнеров Таджикистана»): the home of a trade table is
// the title's country the body names most (ru-zg open4business-nodate-ge-wine-exports-by-country, ru-g etoday-nodate-tj-trade-partners,
// ru-l regnum-nodate-tj-cn-ru-trade-q1-2016).
describe('Russian home country', () => {
  it('takes the title country the body names most, not the first one', () => {
    const facts = extractFacts({
      title: 'Китай потеснил Россию с первого места среди торговых партнеров Таджикистана',
      paragraphs: [
        'За первый квартал внешнеторговый оборот Таджикистана сократился на 9,5% и составил $820 млн.',
        'Экспорт Таджикистана за квартал сократился на 12%.',
        'Главным торговым партнером по-прежнему является Китай: товарооборот составил $215 млн, с Россией — $214 млн.',
        FILLER,
      ],
    });
    expect(facts.find((f) => f.amount?.value === 2.15e8)?.countries).toEqual(['CN', 'TJ']);
    expect(facts.find((f) => f.amount?.value === 2.14e8)?.countries).toEqual(['RU', 'TJ']);
  });
});
