import type { FactStatus, FactType } from '../schemas/index.js';

/**
 * When two facts report one real-world deal: the thresholds, as data. Each figure says what real
 * copy it allows for.
 */
export const GROUPING = {
  /** Reports of one deal come out within days of each other; the same parties' next loan months later is another deal. */
  linkWindowDays: 30,
  /** A deal's first and last report: a story followed up over weeks, not a programme renewed each year. */
  dealSpanDays: 60,
  /**
   * A trade figure is named by its parties, sum and period, not by when it is reported: a year's turnover
   * is cited for months, and a target ("$10 billion in the coming years") restated for a year or two.
   */
  tradeWindowDays: 730,
  /** One currency, rounded differently: "1.46 billion dollars" and "$1.5 billion" (2.7%). */
  sameCurrencyTolerance: 0.04,
  /** Through US dollars: "EUR 74 million" against "$80 million", at a month's rate or the article's own conversion. */
  crossCurrencyTolerance: 0.1,
  /** "about $150 million": twice the tolerance. */
  aboutFactor: 2,
  /**
   * A deal's sum "over $3 billion" is a bound just past the figure: "$3.6 billion" is another sum (ADB's programmes for
   * Uzbekistan, deals-3), and so is $200 million for "up to JPY 37 billion" ($246.5 million; JICA's loans, deals-1).
   */
  boundFactor: 1.05,
  /** The scale words a sum is written with (billion, million, thousand), largest first: "320 million" is three written digits. */
  scaleWords: [1e9, 1e6, 1e3],
  /** A trade figure "over $31 billion" is a lower bound: "$31.2 billion" may be the same sum, "$14 billion" for "over $10 billion" is not. */
  tradeBoundFactor: 1.25,
  /** Facts without a sum share the deal only with this share of their distinctive words in common (overlap coefficient). */
  minWordOverlap: 0.25,
  /** ... and at least this many of them: one word in common ("ветропарк") is a share of 1 when a sentence has one distinctive word. */
  minSharedWords: 2,
  /** Facts linked by their countries alone (no organisation in common) and a sum need some words in common too. */
  minWordOverlapCountriesOnly: 0.15,
  /**
   * ... unless both sums are this precise (significant digits of an exact figure): two outlets' "EUR 28.5 million" or
   * "$172 million" for one country pair within the window is one deal even when they share no word, as reports in two
   * languages, or naming one lender three ways, do (deals-6: Germany's grant to Georgia, Russia's write-off of Mongolia's
   * debt, the EDCF's train loan to Uzbekistan); "$400 million" or "$2.3 billion" is not precise enough to go on alone.
   */
  minSpecificDigits: 3,
  /** Words shorter than this say nothing about which deal a sentence is about. */
  minWordLength: 4,
} as const;

/**
 * Types that may report one deal: a signed loan agreement is an agreement and a financing fact; an
 * agreement to invest, or to build, is the investment or the project. Trade figures pair only with trade.
 */
export const COMPATIBLE_TYPES: ReadonlyArray<readonly [FactType, FactType]> = [
  ['agreement', 'financing'],
  ['agreement', 'investment'],
  ['agreement', 'project'],
  ['investment', 'project'],
  ['financing', 'project'],
];

/** A deal's type is the most specific among its mentions: a signed loan agreement is a financing deal. */
export const TYPE_PRIORITY: readonly FactType[] = ['financing', 'investment', 'trade', 'project', 'agreement'];

/** A deal's status is the furthest any mention reports. */
export const STATUS_ORDER: readonly FactStatus[] = ['target', 'discussed', 'planned', 'agreed', 'signed', 'in_progress', 'completed'];

/**
 * Words every deal sentence has: they say nothing about which deal it is. Distinctive words (a plant,
 * a road, a city, a programme) are what two reports of one deal share.
 */
export const GENERIC_WORDS: ReadonlySet<string> = new Set([
  'about', 'according', 'agreed', 'agreement', 'agreements', 'also', 'amount', 'amounting', 'approved', 'bank',
  'between', 'billion', 'both', 'build', 'company', 'construction', 'cooperation', 'countries', 'country', 'deal',
  'deals', 'development', 'dollars', 'during', 'economic', 'financing', 'from', 'fund', 'funds', 'government',
  'have', 'into', 'investment', 'investments', 'invest', 'itself', 'joint', 'later', 'loan', 'loans', 'memorandum',
  'million', 'ministry', 'more', 'notes', 'other', 'over', 'part', 'parties', 'project', 'projects', 'provide',
  'provided', 'reported', 'reports', 'said', 'says', 'side', 'sides', 'sign', 'signed', 'signing', 'some', 'than',
  'that', 'their', 'them', 'there', 'these', 'they', 'this', 'those', 'through', 'total', 'trade', 'under',
  'understanding', 'which', 'will', 'with', 'within', 'worth', 'would', 'year', 'years',
]);

/**
 * The same for Russian reports, written as they appear (member.ts takes them through the same stemmer as the
 * evidence, so every case form given meets its inflected forms): without them two Russian reports of the same
 * parties' different deals share "соглашение", "подписали", "строительство" and look alike (deals-3: ACWA Power's
 * 2021 and 2022 Karakalpak wind agreements; the Kyrgyz-Chinese coal agreements of Urumqi and of Li Qiang's visit).
 */
export const GENERIC_WORDS_RU: readonly string[] = [
  'соглашение', 'соглашения', 'соглашений', 'договор', 'договора', 'документ', 'документа', 'документов', 'меморандум', 'меморандума',
  'подписали', 'подписал', 'подписала', 'подписан', 'подписано', 'подписаны', 'подписать', 'подписания', 'подписание',
  'строительство', 'строительства', 'строительстве', 'проект', 'проекта', 'проектов', 'проекты', 'компания', 'компании', 'компаний',
  'совместный', 'совместной', 'совместно', 'совместного', 'сотрудничество', 'сотрудничества', 'сотрудничеству',
  'млрд', 'млн', 'миллиард', 'миллиарда', 'миллиардов', 'миллион', 'миллиона', 'миллионов', 'доллар', 'доллара', 'долларов', 'сумму', 'сумма',
  'свыше', 'более', 'около', 'банк', 'банка', 'развития', 'инвестиции', 'инвестиций', 'инвестиционный', 'инвестиционного',
  'правительство', 'правительства', 'правительству', 'министерство', 'министерства', 'министр', 'министра', 'министров',
  'сторона', 'стороны', 'сторон', 'страна', 'страны', 'стран', 'двух', 'между', 'также', 'кроме', 'того', 'этом', 'этого',
  'который', 'которая', 'которые', 'будет', 'будут', 'сообщил', 'сообщили', 'сообщает', 'сообщила', 'пресс', 'служба', 'службы',
  'году', 'года', 'годы', 'время', 'рамках', 'числе', 'среди', 'реализации', 'реализация', 'финансирование', 'финансирования',
  'кредит', 'кредита', 'заем', 'займа', 'грант', 'гранта', 'торговли', 'товарооборот', 'товарооборота',
];

/**
 * Words that name what kind of thing a deal is about (a power plant, a wind farm, a road), in English and Russian: they
 * count toward the share of words in common but are not among the two distinctive words two unpriced reports must share.
 * Reports of one kind of thing share them though the things are different (deals-1: ADB's western road loans in Mongolia,
 * "road" and "western"; deals-3: ACWA Power's wind farms in Uzbekistan, "wind" and "farm"; deals-5: the EBRD's Enguri
 * loans, "hydropower" and "plant"; deals-6: a nuclear partnership and a gas-fired plant in Kazakhstan, "power" and "plant").
 * Written as they appear: member.ts takes them through the same stemming and word forms as the evidence.
 */
export const KIND_WORDS: readonly string[] = [
  'plant', 'power', 'station', 'wind', 'solar', 'hydropower', 'farm', 'road', 'railway', 'pipeline', 'factory', 'mine',
  'электростанция', 'станция', 'ветропарк', 'ветровая', 'солнечная', 'завод', 'дорога', 'железная', 'трубопровод', 'рудник',
];

/**
 * One word as two outlets write it, folded to one form before their sentences' words are compared (grouping only; the
 * plural "s" is off already): a hyphenated prefix joined on the sentence ("co-financed" and "cofinanced", "pre-school"
 * and "preschools"), then each rule once, in order, on a word of Latin letters: "programme" and "program", "establishing"
 * and "establish", "raised" and "raise". Stems need not be words. Events: the ADB co-financing of the AIIB's 2020 loan
 * to Mongolia and Azerbaijan-Uzbekistan's 2023 joint fund (deals-5), the OPEC Fund's 2024 preschool loan (deals-1);
 * tests/unit/deals/word-forms.test.ts.
 */
export const HYPHENATED_PREFIXES: readonly string[] = ['co', 'pre'];
export const WORD_FORMS: ReadonlyArray<readonly [RegExp, string]> = [
  [/mme$/, 'm'],
  [/(?<=\p{L}{4})(?:ing|ed|e)$/u, ''],
];

/**
 * Figures with a unit name the thing a deal is about ("a 200MW plant", "a 230 MW plant", "a 280-km
 * road"): two reports that each give such figures and share none are about different things.
 */
export const FIGURE_UNITS: Readonly<Record<string, string>> = {
  mw: 'mw', megawatt: 'mw', megawatts: 'mw', gw: 'gw', gigawatt: 'gw', gigawatts: 'gw', kw: 'kw', mwh: 'mwh', gwh: 'gwh',
  km: 'km', kilometer: 'km', kilometers: 'km', kilometre: 'km', kilometres: 'km',
  bcm: 'bcm', tonnes: 't', tons: 't', tonne: 't', ton: 't', hectares: 'ha', hectare: 'ha',
};

/**
 * Words that say a sum was revised ("the cost has been revised to $135 million", "later raised the cost
 * estimate to $6 billion", "has grown from 6 to 9 billion dollars"): a report of a deal with a new sum,
 * not another deal. Real cases: tests/unit/deals/revisions.test.ts.
 */
export const REVISION_CUES: readonly RegExp[] = [
  /\brevised (?:up(?:ward)?|down(?:ward)?)?\s*to\b/i,
  /\b(?:raised|increased|lifted|hiked|cut|lowered|reduced|scaled back|trimmed)\b[^.;]{0,80}?\b(?:to|by)\b/i,
  /\b(?:has |have |had )?(?:grown|grew|risen|rose|climbed|jumped|swelled|fallen|fell|dropped)\s+from\b/i,
  /\binitially (?:put|estimated|valued|planned|set)\b/i,
  /\b(?:now|newly) (?:estimated|put|valued|priced|expected to cost)\b/i,
  /\binstead of (?:the )?(?:planned|initial|earlier|original)\b/i,
];
