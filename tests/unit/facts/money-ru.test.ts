import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bareAmountsRu } from '../../../shared/facts/money/bare-amounts-ru.js';
import { findAmountsRu } from '../../../shared/facts/money/parse-amount-ru.js';
import type { AmountMatch } from '../../../shared/facts/money/parse-amount.js';

type Expected = Pick<AmountMatch, 'value' | 'currency' | 'qualifier' | 'min' | 'converted'>;
const exact = (value: number, currency: string, extra: Partial<Expected> = {}): Expected => ({ value, currency, qualifier: 'exact', ...extra });

const POSITIVE: ReadonlyArray<readonly [string, Expected]> = [
  ['1,2 млрд долларов', exact(1.2e9, 'USD')],
  ['$350 млн', exact(350e6, 'USD')],
  ['$1,9 млрд', exact(1.9e9, 'USD')],
  ['свыше 2 трлн сумов', exact(2e12, 'UZS', { qualifier: 'over' })],
  ['около 40 млн евро', exact(40e6, 'EUR', { qualifier: 'about' })],
  ['до 500 млн юаней', exact(500e6, 'CNY', { qualifier: 'up to' })],
  ['4-5 млрд долларов', exact(5e9, 'USD', { qualifier: 'up to', min: 4e9 })],
  ['4–5 млрд долларов', exact(5e9, 'USD', { qualifier: 'up to', min: 4e9 })],
  ['от 4 до 5 млрд долларов', exact(5e9, 'USD', { qualifier: 'up to', min: 4e9 })],
  ['$1,5-2 млрд', exact(2e9, 'USD', { qualifier: 'up to', min: 1.5e9 })],
  ['1 500 млн тенге', exact(1.5e9, 'KZT')],
  ['1\u00a0500 млн тенге', exact(1.5e9, 'KZT')],
  ['78,16 млрд тенге', exact(78.16e9, 'KZT')],
  ['8,513 миллиарда долларов', exact(8.513e9, 'USD')],
  ['11 млн манатов ($6,47 млн)', exact(11e6, 'AZN', { converted: { value: 6.47e6, currency: 'USD' } })],
  ['250 млн юаней ($37,5 млн)', exact(250e6, 'CNY', { converted: { value: 37.5e6, currency: 'USD' } })],
  ['1,5 млрд евро (примерно 2,1 млрд долларов)', exact(1.5e9, 'EUR', { converted: { value: 2.1e9, currency: 'USD' } })],
  ['300 млн евро, или около $330 млн,', exact(300e6, 'EUR', { converted: { value: 330e6, currency: 'USD' } })],
  ['100 миллиона долларов', exact(100e6, 'USD')],
  // The IMF's special drawing right, as an ISO code and in words (ru-z reportaz-20251204-am-imf-new-credit-sdr, ru-x economistkg-20231224-tj-wb-ida-grants).
  ['128,8 млн SDR', exact(128.8e6, 'XDR')],
  ['18,4 млн SDR ($25 млн)', exact(18.4e6, 'XDR', { converted: { value: 25e6, currency: 'USD' } })],
  ['37,2 млн специальных прав заимствования', exact(37.2e6, 'XDR')],
  ['5 млн СДР', exact(5e6, 'XDR')],
  ['5 миллионов долларов', exact(5e6, 'USD')],
  ['2 миллиардов долларов', exact(2e9, 'USD')],
  ['120 тыс. долларов', exact(120e3, 'USD')],
  ['120 тысяч евро', exact(120e3, 'EUR')],
  ['5 млн. долларов', exact(5e6, 'USD')],
  ['5 млрд. тенге', exact(5e9, 'KZT')],
  ['3 трлн сумов', exact(3e12, 'UZS')],
  ['2 млрд 300 млн долларов', exact(2.3e9, 'USD')],
  ['100 млн долларов США', exact(100e6, 'USD')],
  ['100 млн долларах США', exact(100e6, 'USD')],
  ['100 млн ам. долларов', exact(100e6, 'USD')],
  ['100 млн американских долларов', exact(100e6, 'USD')],
  ['100 млн долл.', exact(100e6, 'USD')],
  ['100 млн долл. США', exact(100e6, 'USD')],
  ['USD 100 млн', exact(100e6, 'USD')],
  ['100 млн USD', exact(100e6, 'USD')],
  ['€40 млн', exact(40e6, 'EUR')],
  ['40 млн евро', exact(40e6, 'EUR')],
  ['40 млн юаней', exact(40e6, 'CNY')],
  ['40 млн китайских юаней', exact(40e6, 'CNY')],
  ['40 млн тенге', exact(40e6, 'KZT')],
  ['40 млн тг', exact(40e6, 'KZT')],
  ['40 млрд сумов', exact(40e9, 'UZS')],
  ['40 млн сомов', exact(40e6, 'KGS')],
  ['40 млн кыргызских сомов', exact(40e6, 'KGS')],
  ['40 млн узбекских сомов', exact(40e6, 'UZS')],
  ['40 млн сомони', exact(40e6, 'TJS')],
  ['40 млн манатов', exact(40e6, 'AZN')],
  ['40 млн туркменских манатов', exact(40e6, 'TMT')],
  ['40 млн азербайджанских манатов', exact(40e6, 'AZN')],
  ['40 млн рублей', exact(40e6, 'RUB')],
  ['40 млн российских рублей', exact(40e6, 'RUB')],
  ['40 млн белорусских рублей', exact(40e6, 'BYN')],
  ['40 млн руб.', exact(40e6, 'RUB')],
  // without its full stop, before a conversion in brackets (ru-w kursivkz-20250408-kz-ru-danaflex-packaging-plant)
  ['40 млн руб (более 250 млн тенге)', exact(40e6, 'RUB', { converted: { value: 250e6, currency: 'KZT' } })],
  ['40 млн лари', exact(40e6, 'GEL')],
  ['40 млн драмов', exact(40e6, 'AMD')],
  ['40 млрд тугриков', exact(40e9, 'MNT')],
  ['40 млн лир', exact(40e6, 'TRY')],
  ['40 млн турецких лир', exact(40e6, 'TRY')],
  ['40 млрд вон', exact(40e9, 'KRW')],
  ['40 млн южнокорейских вон', exact(40e6, 'KRW')],
  ['40 млрд иен', exact(40e9, 'JPY')],
  ['40 млрд йен', exact(40e9, 'JPY')],
  ['40 млн дирхамов', exact(40e6, 'AED')],
  ['40 млн риалов', exact(40e6, 'IRR')],
  ['40 млн саудовских риялов', exact(40e6, 'SAR')],
  ['40 млн катарских риалов', exact(40e6, 'QAR')],
  ['40 млн фунтов стерлингов', exact(40e6, 'GBP')],
  ['40 млн индийских рупий', exact(40e6, 'INR')],
  ['1 доллар', exact(1, 'USD')],
  ['150 000 сомов', exact(150e3, 'KGS')],
  ['полтора миллиарда долларов', exact(1.5e9, 'USD')],
  // Half of a scale, joined to it (ru-g trend-nodate-az-uz-kg-joint-investment-funds "около полумиллиарда долларов США").
  ['полмиллиарда сумов', exact(5e8, 'UZS')],
  ['около полумиллиарда долларов США', exact(5e8, 'USD', { qualifier: 'about' })],
  ['полмиллиона евро', exact(5e5, 'EUR')],
  // Spelled numbers in the genitive after «около», «более», «свыше», «до» (ru-f musavat-20231208-az-ru-karabakh-projects).
  ['около восьми миллиардов долларов США', exact(8e9, 'USD', { qualifier: 'about' })],
  ['более одного миллиарда долларов', exact(1e9, 'USD', { qualifier: 'over' })],
  ['свыше двухсот миллионов евро', exact(2e8, 'EUR', { qualifier: 'over' })],
  ['около ста миллионов сомов', exact(1e8, 'KGS', { qualifier: 'about' })],
  ['двадцать пять миллионов евро', exact(25e6, 'EUR')],
  ['около миллиарда долларов', exact(1e9, 'USD', { qualifier: 'about' })],
  ['примерно 40 млн евро', exact(40e6, 'EUR', { qualifier: 'about' })],
  ['порядка 40 млн евро', exact(40e6, 'EUR', { qualifier: 'about' })],
  ['оценивается в 40 млн евро', exact(40e6, 'EUR', { qualifier: 'about' })],
  ['более 40 млн евро', exact(40e6, 'EUR', { qualifier: 'over' })],
  ['чуть более 40 млн евро', exact(40e6, 'EUR', { qualifier: 'over' })],
  ['больше 40 млн евро', exact(40e6, 'EUR', { qualifier: 'over' })],
  ['превысит 40 млн евро', exact(40e6, 'EUR', { qualifier: 'over' })],
  ['не менее 40 млн евро', exact(40e6, 'EUR', { qualifier: 'over' })],
  ['более чем на $40 млн', exact(40e6, 'USD', { qualifier: 'over' })],
  ['почти 40 млн евро', exact(40e6, 'EUR', { qualifier: 'under' })],
  ['оценивалась почти в 3 млрд долларов', exact(3e9, 'USD', { qualifier: 'under' })],
  ['менее 40 млн евро', exact(40e6, 'EUR', { qualifier: 'under' })],
  ['не более 40 млн евро', exact(40e6, 'EUR', { qualifier: 'under' })],
  ['кредит до $40 млн', exact(40e6, 'USD', { qualifier: 'up to' })],
  ['намерены увеличить до 11 млн манатов', exact(11e6, 'AZN')],
  ['товарооборот вырос до 3 млрд долларов', exact(3e9, 'USD')],
  ['довести товарооборот до 5 млрд долларов', exact(5e9, 'USD')],
  ['условились поднять товарооборот до 3 миллиардов долларов', exact(3e9, 'USD')],
];

const NEGATIVE: readonly string[] = [
  'вырос на 31,2% к уровню 2016 года',
  'мощностью 1500 МВт',
  'в 2017 году',
  '6 тыс. тонн хлопка-волокна',
  '120 тыс. комби в год',
  '19 меморандумов',
  'с водохранилищем объемом 5,4 млрд кубометров',
  'до 15 и до 20 лет',
  'ветер до 20-22 м/с',
  '+32…+37 градусов',
  'Камбаратинской ГЭС-1',
  'в 2017-м',
  'на 2023–2025 годы',
  'вон там стоит завод, 5 вон',
  'сумма в 5 млн',
];

describe('findAmountsRu', () => {
  it.each(POSITIVE)('reads %s', (text, expected) => {
    const found = findAmountsRu(`По данным сторон, ${text} в этом году.`);
    expect(found).toHaveLength(1);
    const [a] = found;
    expect(a?.value).toBeCloseTo(expected.value, 0);
    expect(a?.currency).toBe(expected.currency);
    expect(a?.qualifier).toBe(expected.qualifier);
    expect(a?.min).toBe(expected.min);
    expect(a?.converted).toEqual(expected.converted);
  });

  it.each(NEGATIVE)('finds no money in %s', (text) => {
    expect(findAmountsRu(text)).toEqual([]);
  });

  it('gives the span it read, verbatim, conversion included', () => {
    const text = 'Китай передаст 250 млн юаней ($37,5 млн) для проектов';
    const [a] = findAmountsRu(text);
    expect(a && text.slice(a.start, a.end)).toBe('250 млн юаней ($37,5 млн)');
    expect(a?.text).toBe('250 млн юаней ($37,5 млн)');
  });

  it('reads every sum of a list, each with its own qualifier', () => {
    const found = findAmountsRu('вложено 2 млн манатов, из них около 1 млн манатов — иностранные, а позже хотят довести до 11 млн манатов');
    expect(found.map((a) => [a.value, a.qualifier])).toEqual([[2e6, 'exact'], [1e6, 'about'], [11e6, 'exact']]);
  });

  it('keeps a bracketed sum in the same currency as a sum of its own', () => {
    const found = findAmountsRu('$6 млрд (в 2022 году $6,3 млрд)');
    expect(found.map((a) => a.value)).toEqual([6e9, 6.3e9]);
    expect(found[0]?.converted).toBeUndefined();
  });

  it('skips a figure above the plausibility cap', () => {
    expect(findAmountsRu('999 999 999 трлн долларов')).toEqual([]);
  });

  it('reads a long text in one linear pass', () => {
    const paragraph = 'Стороны подписали соглашение на 1,2 млрд долларов, около 40 млн евро и 1 500 млн тенге; мощность 1500 МВт. ';
    const found = findAmountsRu(paragraph.repeat(50));
    expect(found).toHaveLength(150);
  });
});

describe('bareAmountsRu', () => {
  it('gives a bare scaled sum the currency of the sum before it', () => {
    const text = 'Тогда стоимость оценивалась почти в 3 млрд долларов. Сейчас звучат цифры в 4-5 млрд.';
    const [bare] = bareAmountsRu(text, findAmountsRu(text));
    expect(bare).toMatchObject({ value: 5e9, min: 4e9, currency: 'USD', qualifier: 'up to', text: '4-5 млрд' });
  });

  it('reads no unit as money', () => {
    const text = 'Проект стоит 3 млрд долларов, водохранилище объемом 5,4 млрд кубометров.';
    expect(bareAmountsRu(text, findAmountsRu(text))).toEqual([]);
  });

  it('reads no abbreviated scale before a lower-case unit as money, whatever sum came before (khovar.tj in ru-a)', () => {
    const text = 'Стоимость завода — 250 млн долларов, он сможет выпускать 1 млн. тонн цемента в год, а второй — 1,2 млн. т.';
    expect(bareAmountsRu(text, findAmountsRu(text)).map((a) => a.text)).toEqual([]);
  });

  it('needs a currency somewhere', () => {
    expect(bareAmountsRu('до 5 миллиардов к 2020 году', [])).toEqual([]);
    expect(bareAmountsRu('до 5 миллиардов к 2020 году', [], { last: 'USD' })[0]).toMatchObject({ value: 5e9, currency: 'USD', qualifier: 'up to' });
  });
});

// The gold of ../shared/eval/dev-ru beside the repository (CI checks it out there; DEV_RU_DIR points elsewhere,
// as from a worktree), read in place, never copied into the repository.
const DEV_RU = resolve(process.cwd(), process.env.DEV_RU_DIR ?? '../shared/eval/dev-ru');
const GoldSchema = { parse: (s: string) => JSON.parse(s) as { facts: Array<{ evidence: string; amount: { value: number; currency: string } | null }> } };

describe.skipIf(!existsSync(DEV_RU))(`dev-ru amounts (${DEV_RU}; skipped when absent)`, () => {
  const cases = (existsSync(DEV_RU) ? readdirSync(DEV_RU) : [])
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f) => {
      const text = readFileSync(join(DEV_RU, f), 'utf8');
      const gold = GoldSchema.parse(readFileSync(join(DEV_RU, f.replace(/\.txt$/, '.gold.json')), 'utf8'));
      return gold.facts.filter((g) => g.amount).map((g) => ({ id: f, text, evidence: g.evidence, amount: g.amount as { value: number; currency: string } }));
    });
  const foundIn = (c: (typeof cases)[number], amounts: readonly AmountMatch[]): boolean => {
    const at = c.text.indexOf(c.evidence);
    return at >= 0 && amounts.some((a) => a.value === c.amount.value && a.currency === c.amount.currency && a.start >= at && a.end <= at + c.evidence.length);
  };

  it('finds every gold amount stated with its currency, and the bare ones with bareAmountsRu', () => {
    const missed: string[] = [];
    let direct = 0;
    for (const c of cases) {
      const amounts = findAmountsRu(c.text);
      if (foundIn(c, amounts)) direct++;
      else if (!foundIn(c, bareAmountsRu(c.text, amounts))) missed.push(`${c.id}: ${c.amount.value} ${c.amount.currency}`);
    }
    console.info(`dev-ru amount recall: findAmountsRu ${direct}/${cases.length}, with bareAmountsRu ${cases.length - missed.length}/${cases.length}`);
    expect(cases.length).toBeGreaterThanOrEqual(33);
    expect(missed).toEqual([]);
    // Two gold sums («4-5 млрд», «до 5 миллиардов») carry no currency word: only they may need bareAmountsRu.
    expect(direct).toBeGreaterThanOrEqual(cases.length - 2);
  });
});
