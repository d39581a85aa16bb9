import { describe, expect, it } from 'vitest';
import { findAmountsRu } from '../../../shared/facts/money/parse-amount-ru.js';
import { countryCodesRu, findCountriesRu, partyCountriesRu } from '../../../shared/facts/parties/countries-ru.js';
import { adjectiveForms, nameForms, nounForms } from '../../../shared/facts/text/russian-inflection.js';

const POSITIVE: ReadonlyArray<readonly [string, readonly string[]]> = [
  // A name in all six cases.
  ['Узбекистан', ['UZ']],
  ['из Узбекистана', ['UZ']],
  ['Узбекистану', ['UZ']],
  ['с Узбекистаном', ['UZ']],
  ['в Узбекистане', ['UZ']],
  ['Россия, России, Россию, Россией', ['RU']],
  ['Китай, Китая, Китаю, Китаем, Китае', ['CN']],
  ['в Турции', ['TR']],
  ['Южной Корее', ['KR']],
  ['с Южной Кореей', ['KR']],
  ['в Беларуси', ['BY']],
  ['в Нидерландах', ['NL']],
  ['из Египта', ['EG']],
  ['в Израиле', ['IL']],
  ['с Польшей', ['PL']],
  ['Саудовской Аравии', ['SA']],
  ['Объединенных Арабских Эмиратов', ['AE']],
  ['Соединенных Штатов Америки', ['US']],
  // Official forms and abbreviations.
  ['Республика Казахстан', ['KZ']],
  ['Республики Казахстан', ['KZ']],
  ['Правительство РК', ['KZ']],
  ['Кабинета Министров КР', ['KG']],
  ['Кыргызской Республики', ['KG']],
  ['посол КНР', ['CN']],
  // autonomous regions by their abbreviations, as in English (real-f, real-n, real-zi, real-zt)
  ['делегация СУАР', ['CN']],
  ['дороги в ГБАО', ['TJ']],
  ['Китайской Народной Республики', ['CN']],
  ['РФ', ['RU']],
  ['Российской Федерации', ['RU']],
  ['США', ['US']],
  ['ОАЭ', ['AE']],
  ['Турецкой Республики', ['TR']],
  // Adjectives in genders, cases and numbers, lower-case and at a sentence start.
  ['узбекский', ['UZ']],
  ['узбекской', ['UZ']],
  ['узбекских', ['UZ']],
  ['Узбекская сторона', ['UZ']],
  ['казахстанской стороной', ['KZ']],
  ['китайские компании', ['CN']],
  ['с иранской компанией', ['IR']],
  ['российские инвесторы', ['RU']],
  ['туркменского народа', ['TM']],
  ['кыргызским потребителям', ['KG']],
  ['Туркестанской области', ['KZ']],
  ['Ташкентской области', ['UZ']],
  ['Иссык-Кульской области', ['KG']],
  // Compound adjectives name each country.
  ['узбекско-китайский', ['UZ', 'CN']],
  ['казахстанско-узбекский', ['KZ', 'UZ']],
  ['азербайджано-китайское совместное предприятие', ['AZ', 'CN']],
  ['Российско-казахстанский форум', ['RU', 'KZ']],
  // Demonyms.
  ['казахстанцы', ['KZ']],
  ['китайцев', ['CN']],
  ['россиян', ['RU']],
  // Capitals, cities, regions, datelines.
  ['в Ташкенте', ['UZ']],
  ['ТАШКЕНТ, 14 мар', ['UZ']],
  ['Астана', ['KZ']],
  ['в Астане', ['KZ']],
  ['Алматы', ['KZ']],
  ['Баку', ['AZ']],
  ['в Бишкеке', ['KG']],
  ['Душанбе', ['TJ']],
  ['Ашхабада', ['TM']],
  ['Тбилиси', ['GE']],
  ['в Ереване', ['AM']],
  ['в Пекине', ['CN']],
  ['в Москве', ['RU']],
  ['Анкары', ['TR']],
  ['в Шымкенте', ['KZ']],
  ['город Туркестан', ['KZ']],
  ['Самарканда', ['UZ']],
  ['Улан-Батора', ['MN']],
  ['из Ирана, Турции, Чехии, России, ОАЭ, Малайзии, Италии, Польши и Китая', ['IR', 'TR', 'CZ', 'RU', 'AE', 'MY', 'IT', 'PL', 'CN']],
  // A region's countries named together are each a party; named one by one, counted or compared, only those named.
  ['КНР предоставит странам Центральной Азии гранты', ['CN', 'KZ', 'KG', 'TJ', 'TM', 'UZ']],
  ['торговля с пятью центральноазиатскими государствами', ['KZ', 'KG', 'TJ', 'TM', 'UZ']],
  ['кредит двум странам Центральной Азии — Киргизии и Таджикистану', ['KG', 'TJ']],
  ['самый низкий товарооборот среди стран Центральной Азии', []],
  ['крупнейший завод в Центральной Азии', []],
];

const NEGATIVE: readonly string[] = [
  'Китаева',
  'Иранов',
  'Узбекистанов',
  'стран Латинской Америки',
  'в Ферганской долине',
  'китай', // a name is capitalised
  'узбекистана',
  'КИТАЙСКИЕ', // an adjective is not shouted
  'погода будет жаркой',
];

describe('findCountriesRu', () => {
  it.each(POSITIVE)('reads %s', (text, codes) => {
    expect(countryCodesRu(text)).toEqual(codes);
  });

  it.each(NEGATIVE)('finds no country in %s', (text) => {
    expect(findCountriesRu(text)).toEqual([]);
  });

  it('gives each mention its span', () => {
    const text = 'посол КНР в Ташкенте';
    expect(findCountriesRu(text).map((c) => [c.code, text.slice(c.start, c.end), c.text])).toEqual([
      ['CN', 'КНР', 'КНР'],
      ['UZ', 'Ташкенте', 'Ташкенте'],
    ]);
  });

  it('gives each part of a compound adjective its own span', () => {
    const text = 'узбекско-китайский';
    expect(findCountriesRu(text).map((c) => text.slice(c.start, c.end))).toEqual(['узбекско', 'китайский']);
  });
});

describe('partyCountriesRu', () => {
  it.each([
    ['Казахстан выдаст кредит в 100 млн долларов США', ['KZ']],
    ['расчеты в долларах США между Узбекистаном и Казахстаном', ['UZ', 'KZ']],
    ['кредит в 100 млн американских долларов Армении', ['AM']],
    ['на фоне войны в Украине Казахстан нарастил экспорт', ['KZ']],
    ['из-за санкций против России Узбекистан ищет новые рынки', ['UZ']],
    ['маршрут в обход России свяжет Китай и Казахстан', ['CN', 'KZ']],
    // Where a road or line runs is no party (ru-e bankuz, rosinvest; ru-g civilge).
    ['Япония выделит Узбекистану заем на электрификацию железной дороги у границы с Афганистаном', ['JP', 'UZ']],
    ['ЕИБ оплатит два участка, по которым трасса дойдет до границ с Азербайджаном и Арменией', []],
    ['средства пойдут на дороги Рустави - Красный мост (граница с Азербайджаном) в Грузии', ['GE']],
    ['на фоне российско-украинского конфликта Азербайджан и Грузия', ['AZ', 'GE']],
    ['санкций США против Ирана Туркменистан', ['TM']],
    // Where a meeting took place is no party (ru-zm asiaplus-20231214, ru-l panarmenian-20100618); a president's meetings are.
    ['ЕАБР направит $130 млн на Рогунскую ГЭС в Таджикистане, сообщил директор банка на пресс-конференции в Алматы', ['TJ']],
    ['на заседании 18 июня в Санкт-Петербурге фонд решил выдать Таджикистану кредит', ['TJ']],
    ['Мирзиёев дал старт 15 производствам во время деловых встреч в Китае', ['CN']],
  ] as const)('reads the parties of %s', (text, codes) => {
    expect([...new Set(partyCountriesRu(text).map((c) => c.code))]).toEqual(codes);
  });

  it('uses the sums it is given', () => {
    const text = '250 млн юаней ($37,5 млн) Узбекистану';
    expect(partyCountriesRu(text, findAmountsRu(text)).map((c) => c.code)).toEqual(['UZ']);
  });
});

describe('russian-inflection', () => {
  it('declines names, adjectives and nouns exactly', () => {
    expect(nameForms('Узбекистан').sort()).toEqual(['Узбекистан', 'Узбекистана', 'Узбекистане', 'Узбекистаном', 'Узбекистану'].sort());
    expect(nameForms('Республика =Казахстан')).toContain('Республикой Казахстан');
    expect(nameForms('Южная Корея')).toContain('Южную Корею');
    expect(adjectiveForms('узбекск')).toEqual(expect.arrayContaining(['узбекский', 'узбекская', 'узбекское', 'узбекские', 'узбекского', 'узбекской', 'узбекскими', 'узбекских']));
    expect(adjectiveForms('узбекск')).not.toContain('узбекскый');
    expect(nounForms('юань', 'm-ь')).toEqual(expect.arrayContaining(['юаней', 'юаня', 'юани']));
    expect(() => nameForms('Беларусь|f-а')).toThrow(/does not end/);
  });
});
