/**
 * Russian money words as data: currency nouns with their declension pattern, the adjectives that qualify them
 * ("туркменских манатов" is TMT, bare "манатов" AZN), scale words and qualifier words. parse-amount-ru.ts
 * generates every case and number from these (text/russian-inflection.ts).
 */
import type { Qualifier } from '../../schemas/fact.js';
import type { NounPatternName } from '../text/russian-inflection.js';

export interface RuCurrencyNoun {
  /** Nominative singular. */
  nominative: string;
  pattern: NounPatternName;
  /** Forms the pattern does not give: abbreviations ("долл.") and irregular plurals ("гривен"). */
  extra?: readonly string[];
}

export interface RuCurrency {
  code: string;
  noun: RuCurrencyNoun;
  /**
   * Adjective stems that must come before the noun for this code ("туркменск" + "манатов"); none for the
   * currency the bare noun names.
   */
  qualifiedBy?: readonly string[];
  /** Abbreviated qualifiers written before the noun ("ам. долларов"). */
  qualifiedByAbbrev?: readonly string[];
  /** Money only after a scale word or a qualifying adjective: "вон" is an adverb far more often than the won. */
  afterScaleOnly?: boolean;
}

const DOLLAR: RuCurrencyNoun = { nominative: 'доллар', pattern: 'm', extra: ['долл.', 'дол.'] };
const MANAT: RuCurrencyNoun = { nominative: 'манат', pattern: 'm' };
const SOM: RuCurrencyNoun = { nominative: 'сом', pattern: 'm' };
// «2,5 млрд руб (более 15 млрд тенге)»: the abbreviation without its full stop too, as «млрд» (ru-w kursivkz-20250408-kz-ru-danaflex-packaging-plant).
const RUBLE: RuCurrencyNoun = { nominative: 'рубль', pattern: 'm-ь', extra: ['руб.', 'руб'] };
const RIAL: RuCurrencyNoun = { nominative: 'риал', pattern: 'm' };
const RIYAL: RuCurrencyNoun = { nominative: 'риял', pattern: 'm' };
const DINAR: RuCurrencyNoun = { nominative: 'динар', pattern: 'm' };
const RUPEE: RuCurrencyNoun = { nominative: 'рупия', pattern: 'f-ия' };
const POUND: RuCurrencyNoun = { nominative: 'фунт', pattern: 'm' };
// Bare «фунтов» is as often a weight: only «фунтов стерлингов» is money without an adjective.
const STERLING = ['фунт', 'фунта', 'фунту', 'фунтом', 'фунте', 'фунты', 'фунтов', 'фунтам', 'фунтами', 'фунтах'].map((f) => `${f} стерлингов`);
const SDR_WORDS = [
  'специальное право заимствования', 'специального права заимствования', 'специальному праву заимствования', 'специальным правом заимствования', 'специальном праве заимствования',
  'специальные права заимствования', 'специальных прав заимствования', 'специальным правам заимствования', 'специальными правами заимствования', 'специальных правах заимствования',
];
const POUND_STERLING: RuCurrencyNoun = { nominative: 'фунт стерлингов', pattern: 'inv', extra: STERLING };

/**
 * Qualified entries first: a noun with one of its adjectives takes that entry's code before the bare noun's.
 * «долларов США», «долл. США» are read by the "США" suffix in parse-amount-ru.ts.
 */
export const RU_CURRENCIES: readonly RuCurrency[] = [
  { code: 'CAD', noun: DOLLAR, qualifiedBy: ['канадск'] },
  { code: 'AUD', noun: DOLLAR, qualifiedBy: ['австралийск'] },
  { code: 'HKD', noun: DOLLAR, qualifiedBy: ['гонконгск'] },
  { code: 'SGD', noun: DOLLAR, qualifiedBy: ['сингапурск'] },
  { code: 'USD', noun: DOLLAR, qualifiedBy: ['американск'], qualifiedByAbbrev: ['ам.', 'амер.'] },
  { code: 'TMT', noun: MANAT, qualifiedBy: ['туркменск', 'туркменистанск'] },
  { code: 'AZN', noun: MANAT, qualifiedBy: ['азербайджанск'] },
  { code: 'UZS', noun: SOM, qualifiedBy: ['узбекск', 'узбекистанск'] },
  { code: 'KGS', noun: SOM, qualifiedBy: ['кыргызск', 'киргизск', 'кыргызстанск'] },
  { code: 'BYN', noun: RUBLE, qualifiedBy: ['белорусск'] },
  { code: 'RUB', noun: RUBLE, qualifiedBy: ['российск'] },
  { code: 'SAR', noun: RIYAL, qualifiedBy: ['саудовск'] },
  { code: 'SAR', noun: RIAL, qualifiedBy: ['саудовск'] },
  { code: 'QAR', noun: RIYAL, qualifiedBy: ['катарск'] },
  { code: 'QAR', noun: RIAL, qualifiedBy: ['катарск'] },
  { code: 'OMR', noun: RIAL, qualifiedBy: ['оманск'] },
  { code: 'IRR', noun: RIAL, qualifiedBy: ['иранск'] },
  { code: 'KWD', noun: DINAR, qualifiedBy: ['кувейтск'] },
  { code: 'BHD', noun: DINAR, qualifiedBy: ['бахрейнск'] },
  { code: 'PKR', noun: RUPEE, qualifiedBy: ['пакистанск'] },
  { code: 'INR', noun: RUPEE, qualifiedBy: ['индийск'] },
  { code: 'GBP', noun: POUND, qualifiedBy: ['британск', 'английск'] },
  { code: 'CHF', noun: { nominative: 'франк', pattern: 'm' }, qualifiedBy: ['швейцарск'] },
  { code: 'KRW', noun: { nominative: 'вона', pattern: 'f-а' }, qualifiedBy: ['южнокорейск', 'корейск'] },
  { code: 'CNY', noun: { nominative: 'юань', pattern: 'm-ь' }, qualifiedBy: ['китайск'] },
  { code: 'KZT', noun: { nominative: 'тенге', pattern: 'inv', extra: ['тг', 'тг.'] }, qualifiedBy: ['казахстанск'] },
  { code: 'JPY', noun: { nominative: 'иена', pattern: 'f-а', extra: ['йена', 'йены', 'йен', 'йенах', 'йенами'] }, qualifiedBy: ['японск'] },
  { code: 'TRY', noun: { nominative: 'лира', pattern: 'f-а' }, qualifiedBy: ['турецк'] },
  { code: 'GEL', noun: { nominative: 'лари', pattern: 'inv' }, qualifiedBy: ['грузинск'] },
  { code: 'AMD', noun: { nominative: 'драм', pattern: 'm' }, qualifiedBy: ['армянск'] },
  { code: 'TJS', noun: { nominative: 'сомони', pattern: 'inv' }, qualifiedBy: ['таджикск'] },
  { code: 'MNT', noun: { nominative: 'тугрик', pattern: 'm' }, qualifiedBy: ['монгольск'] },
  { code: 'AED', noun: { nominative: 'дирхам', pattern: 'm' }, qualifiedBy: ['эмиратск', 'оаэ'] },
  { code: 'UAH', noun: { nominative: 'гривна', pattern: 'f-а', extra: ['гривен', 'гривень'] }, qualifiedBy: ['украинск'] },
  { code: 'AFN', noun: { nominative: 'афгани', pattern: 'inv' }, qualifiedBy: ['афганск'] },
  // The bare nouns.
  { code: 'USD', noun: DOLLAR },
  { code: 'EUR', noun: { nominative: 'евро', pattern: 'inv' } },
  { code: 'CNY', noun: { nominative: 'юань', pattern: 'm-ь' } },
  { code: 'KZT', noun: { nominative: 'тенге', pattern: 'inv', extra: ['тг', 'тг.'] } },
  { code: 'UZS', noun: { nominative: 'сум', pattern: 'm' } },
  // Bare "сом" is the Kyrgyz som (the Uzbek currency is "сум" in Russian); local-currency.ts may still re-read it.
  { code: 'KGS', noun: SOM },
  { code: 'TJS', noun: { nominative: 'сомони', pattern: 'inv' } },
  // Bare "манат" is the Azerbaijani manat; "туркменских манатов" above is TMT.
  { code: 'AZN', noun: MANAT },
  { code: 'RUB', noun: RUBLE },
  { code: 'GEL', noun: { nominative: 'лари', pattern: 'inv' } },
  { code: 'AMD', noun: { nominative: 'драм', pattern: 'm' } },
  { code: 'MNT', noun: { nominative: 'тугрик', pattern: 'm', extra: ['тугриг', 'тугригов'] } },
  { code: 'TRY', noun: { nominative: 'лира', pattern: 'f-а' } },
  { code: 'KRW', noun: { nominative: 'вона', pattern: 'f-а' }, afterScaleOnly: true },
  { code: 'JPY', noun: { nominative: 'иена', pattern: 'f-а', extra: ['йена', 'йены', 'йен', 'йенах', 'йенами'] } },
  { code: 'AED', noun: { nominative: 'дирхам', pattern: 'm' } },
  { code: 'IRR', noun: RIAL },
  { code: 'SAR', noun: RIYAL },
  { code: 'INR', noun: RUPEE },
  { code: 'UAH', noun: { nominative: 'гривна', pattern: 'f-а', extra: ['гривен', 'гривень'] } },
  { code: 'GBP', noun: POUND_STERLING },
  // The IMF's special drawing right: «128,8 млн SDR» (read as an ISO code), «37,2 млн специальных прав заимствования, или $50 млн»
  // (ru-z reportaz-20251204-am-imf-new-credit-sdr, ru-x economistkg-20231224-tj-wb-ida-grants).
  { code: 'XDR', noun: { nominative: 'сдр', pattern: 'inv', extra: SDR_WORDS } },
];

/** Scale words by multiplier: nominatives with their pattern, and abbreviations (with or without the full stop). */
export const RU_SCALES: ReadonlyArray<{ value: number; nominative: string; pattern: NounPatternName; abbreviations: readonly string[] }> = [
  { value: 1e3, nominative: 'тысяча', pattern: 'f-а', abbreviations: ['тыс.', 'тыс'] },
  { value: 1e6, nominative: 'миллион', pattern: 'm', abbreviations: ['млн.', 'млн'] },
  { value: 1e9, nominative: 'миллиард', pattern: 'm', abbreviations: ['млрд.', 'млрд', 'миллиард.'] },
  { value: 1e12, nominative: 'триллион', pattern: 'm', abbreviations: ['трлн.', 'трлн'] },
];

/**
 * Words right before an amount that set its qualifier (../shared/eval/dev-ru/README.md "Conventions"), as
 * regex sources matched at the end of the text before the number. Negated forms come before the plain ones:
 * «не более» is under, «более» over.
 */
export const RU_QUALIFIERS: ReadonlyArray<readonly [string, Qualifier]> = [
  ['не\\s+более|не\\s+больше|не\\s+свыше|не\\s+превыша\\p{L}*', 'under'],
  ['не\\s+менее|не\\s+меньше|как\\s+минимум|минимум', 'over'],
  ['почти|менее|меньше|чуть\\s+меньше|неполных|без\\s+малого|немногим\\s+менее|ниже', 'under'],
  [
    'более|больше|свыше|чуть\\s+более|чуть\\s+больше|немногим\\s+более|выше|превыси\\p{L}*|превысил\\p{L}*|превышает|превышающ\\p{L}*|сверх|св\\.',
    'over',
  ],
  ['около|примерно|порядка|приблизительно|ориентировочно|ок\\.|оценива\\p{L}*|оценен\\p{L}*|оценён\\p{L}*|оценка|почти\\s+около', 'about'],
  ['до', 'up to'],
];

/**
 * Verbs and nouns of change: "до X" after them is where a figure goes ("увеличить до 11 млн манатов",
 * "товарооборот вырос до 3 миллиардов"), an exact target, not a ceiling.
 */
export const RU_CHANGE_WORDS =
  'увелич\\p{L}*|выр[ао]с\\p{L}*|вырастет|вырастут|довести|довед\\p{L}*|доводить|подня\\p{L}*|поднима\\p{L}*|поднят\\p{L}*|нарасти\\p{L}*|нарастят|нарастить|наращива\\p{L}*|повы[сш]\\p{L}*|возрос\\p{L}*|возраст\\p{L}*|сократ\\p{L}*|сокращ\\p{L}*|сниз\\p{L}*|сниж\\p{L}*|уменьш\\p{L}*|упа\\p{L}*|расширить|рост\\p{L}*|доходит|дойти|дойдет|дойдёт';
