/**
 * Word lists for finding organisations in Russian text (organizations-ru.ts). Nouns are given in the
 * nominative singular: their case forms and gender come from shared/parties/russian-inflection.ts.
 */

/** Legal forms written before a name: АО «Узбекнефтегаз», ТОО «Green Land Alatau», ОсОО «Кумтор». */
export const RU_LEGAL_FORMS: readonly string[] = [
  'АО', 'ООО', 'ПАО', 'ТОО', 'АК', 'ГК', 'ОАО', 'ЗАО', 'НК', 'АКБ', 'СП', 'ЧП', 'ГУП', 'ФГУП', 'РУП', 'ОсОО', 'ЖШС', 'АҚ',
  'ИООО', 'СООО', 'ГМК', 'ЧАО', 'ГАК', 'ГАО', 'ГАЖК', 'НАК', 'НХК', 'ХК', 'МЧЖ', 'ГУ', 'ГП', 'КП', 'АКИБ', 'ЧАКБ',
];

/**
 * Heads of an institution's name, found with the adjectives before them and the genitive complements after
 * them: «Министерства инвестиций и внешней торговли Узбекистана», «Инвестиционным фондом Казахстана».
 */
export const RU_INSTITUTION_HEADS: readonly string[] = [
  'министерство', 'агентство', 'ведомство', 'комитет', 'госкомитет', 'банк', 'фонд', 'корпорация', 'госкорпорация',
  'ассоциация', 'палата', 'инспекция', 'центр', 'институт', 'союз', 'организация', 'управление', 'комиссия',
  'компания', 'концерн', 'холдинг', 'группа', 'биржа', 'общество', 'объединение', 'товарищество', 'предприятие',
  'консорциум', 'казначейство', 'госкомпания', 'нацкомпания', 'госфонд', 'служба',
];

/** Ministries by their short name, a name in themselves: «Минэнерго Узбекистана», «Минфина», «МИД». */
export const RU_MINISTRY_SHORT_NAMES: readonly string[] = [
  'минэнерго', 'минфин', 'минэкономики', 'минэкономразвития', 'минпромторг', 'минсельхоз', 'минтранс', 'минздрав',
  'минцифры', 'минобрнауки', 'минприроды', 'минстрой', 'минюст', 'минтруд', 'минкультуры', 'минпросвещения', 'мид',
];

/**
 * Heads that are also common words at the start of a sentence («Группа экспертов», «Объединение усилий», «Служба
 * новостей»): without an adjective they name an institution only with a capitalised complement or a «по» phrase.
 */
export const RU_AMBIGUOUS_HEADS: readonly string[] = [
  'группа', 'центр', 'союз', 'общество', 'объединение', 'управление', 'служба', 'палата', 'комиссия', 'организация',
  'ассоциация', 'институт', 'предприятие', 'товарищество', 'консорциум', 'биржа',
];

/**
 * Heads a lowercase writing still makes an institution, when a capitalised complement follows:
 * «пресс-служба министерства энергетики Казахстана».
 */
export const RU_LOWERCASE_HEADS: readonly string[] = ['министерство', 'агентство', 'комитет', 'госкомитет', 'ведомство', 'казначейство', 'инспекция'];

/**
 * Nouns before a quoted or Latin name that make it an organisation's: «компанией «Ardabil Petrochemical Co»»,
 * «предприятие «Elektrogas»», «госфонд «Самрук-Казына»», «компания CG Foods Central Asia».
 */
export const RU_COMPANY_NOUNS: readonly string[] = [
  'компания', 'корпорация', 'концерн', 'холдинг', 'группа', 'банк', 'фонд', 'госфонд', 'госкорпорация', 'госкомпания',
  'нацкомпания', 'авиакомпания', 'предприятие', 'госпредприятие', 'фабрика', 'завод', 'комбинат', 'фирма', 'общество',
  'товарищество', 'объединение', 'ассоциация', 'консорциум', 'производитель', 'автопроизводитель', 'инвестор',
  'оператор', 'разработчик', 'подрядчик', 'застройщик', 'девелопер', 'поставщик', 'перевозчик', 'стартап', 'агрохолдинг',
  'госконцерн', 'агентство', 'биржа', 'страховщик', 'ритейлер', 'кооператив',
];

/**
 * Adjectives that say where a body is from or what kind it is, not which it is: «Китайская компания» names no
 * one, «Узбекская ассоциация предприятий легкой промышленности» does (it has a complement). Stems.
 */
export const RU_GENERIC_ADJECTIVE_STEMS: readonly string[] = [
  'китайск', 'казахстанск', 'казахск', 'узбекск', 'узбекистанск', 'российск', 'русск', 'иранск', 'турецк', 'азербайджанск',
  'кыргызск', 'киргизск', 'таджикск', 'туркменск', 'американск', 'японск', 'корейск', 'южнокорейск', 'германск',
  'немецк', 'французск', 'итальянск', 'британск', 'английск', 'индийск', 'эмиратск', 'саудовск', 'катарск', 'кувейтск',
  'пакистанск', 'белорусск', 'украинск', 'грузинск', 'армянск', 'монгольск', 'швейцарск', 'испанск', 'чешск', 'польск',
  'венгерск', 'австрийск', 'нидерландск', 'голландск', 'шведск', 'финск', 'датск', 'норвежск', 'канадск', 'израильск',
  'египетск', 'малайзийск', 'сингапурск', 'вьетнамск', 'тайваньск', 'арабск', 'афганск', 'европейск', 'азиатск',
  'иностранн', 'зарубежн', 'местн', 'отечественн', 'крупнейш', 'крупн', 'ведущ', 'частн', 'совместн', 'нов', 'друг',
  'эт', 'так', 'данн', 'указанн', 'государственн', 'национальн', 'международн', 'региональн', 'финансов', 'инвестиционн',
  'строительн', 'энергетическ', 'нефтяной', 'нефтегазов', 'горнодобывающ', 'дочерн', 'материнск', 'профильн', 'уполномоченн',
  'соответствующ', 'отраслев', 'ответственн', 'вс', 'сам', 'каждый', 'одн', 'наш', 'ваш', 'их', 'тот', 'той', 'том', 'весь',
];

/** Words that end an institution's complement: prepositions, conjunctions, pronouns, particles. */
export const RU_COMPLEMENT_STOPWORDS: ReadonlySet<string> = new Set([
  'в', 'во', 'на', 'с', 'со', 'по', 'для', 'о', 'об', 'от', 'до', 'из', 'к', 'ко', 'за', 'при', 'под', 'над', 'через',
  'между', 'перед', 'без', 'у', 'около', 'а', 'но', 'или', 'что', 'чтобы', 'который', 'которая', 'которое', 'которые',
  'также', 'тоже', 'уже', 'еще', 'ещё', 'не', 'ни', 'же', 'ли', 'бы', 'это', 'этот', 'эта', 'его', 'ее', 'её', 'их',
  'года', 'году', 'год', 'млн', 'млрд', 'тыс', 'долларов', 'евро', 'тенге', 'сумов', 'рублей', 'юаней', 'манатов', 'сомов',
  'был', 'была', 'было', 'были', 'будет', 'будут', 'является', 'стала', 'стал', 'составит', 'составил',
  // «Крупнейший банк страны»: a place named by a common noun is no part of a name.
  'страны', 'региона', 'области', 'города', 'района', 'мира', 'республики',
  // Short adjectives and participles that end like a genitive: «банк намерены», «фонд готовы».
  'намерен', 'намерена', 'намерено', 'намерены', 'готов', 'готова', 'готовы', 'должен', 'должна', 'должны', 'рады', 'согласны',
]);

/**
 * Names made of these heads are governments, administrations or blocs: countries' sides, not parties (FACTS.md). A bloc named
 * as the partner of a country's trade is the one exception, found apart by parties/trade-blocs.ts.
 */
export const RU_NOT_ORGANIZATIONS: readonly string[] = [
  'СНГ', 'ШОС', 'ЕАЭС', 'ЕврАзЭС', 'ОДКБ', 'ООН', 'ОТГ', 'БРИКС', 'АСЕАН', 'НАТО', 'ОБСЕ', 'ОИС', 'ОЭСР', 'ЦАРЭС',
  'Евразийский экономический союз', 'Шанхайская организация сотрудничества', 'Организация тюркских государств',
  'Организация Объединенных Наций', 'Организация Объединённых Наций', 'Содружество Независимых Государств',
  'Палата представителей', 'Палата депутатов', 'Законодательная палата', 'Сенат', 'Мажилис', 'Олий Мажлис', 'Жогорку Кенеш',
];

/**
 * Names of bodies that report rather than take part: news agencies («Узбекское телеграфное агентство (УзТАГ)», in ru-j and
 * ru-l) and statistics offices («Национальная статистическая служба Грузии», «Национальный статистический комитет», in ru-b,
 * ru-i and ru-l). No gold fact of any set names one as a party (FACTS.md: the parties are those that take part).
 */
export const RU_REPORTER_NAME_RE = /(?:информационн\p{L}*|телеграфн\p{L}*|новостн\p{L}*) агентств|агентств\p{L}* новостей|статистическ|статистики|^\S+ Press$/iu;

/**
 * Words that make the body after them the source of a figure, not a party: «Согласно данным Государственного таможенного
 * комитета Азербайджана» (ru-h vestikavkaza-…), «согласно данным Главного таможенного управления» (ru-l atavatan-…),
 * «Согласно данным Национального Банка Казахстана» (ru-l vestikz-…).
 */
export const RU_DATA_SOURCE_BEFORE_RE = /(?<![\p{L}])(?:[Сс]огласно|[Пп]о)\s+(?:данным|информации|сведениям|подсчетам|оценкам)\s+$/u;

/** Verbs of reporting before an outlet's name: «сообщает Trend», «передает Kabar», «со ссылкой на LS». */
// The kind of outlet may stand between: «передает ИА KZinform» (ru-j glassnews-20130909-kz-cn-flat-glass-plant), «передает агентство SPA»
// (ru-j centralasianlight-20221214-tj-isdb-education-financing).
export const RU_SOURCE_CUE_RE = /(?:сообща\p{L}*|переда[её]т|передают|пиш\p{L}*|со ссылкой на|по данным|по информации|источник:?|[-—–])\s*(?:(?:ИА|МИА|РИА|информационное агентство|информагентство|агентств\p{L}*|портал|издание|газета|телеканал)\s+)?[«"]?$/iu;

/** Latin words of Russian text that are technologies, products or events, not organisations (beside ACRONYM_STOPLIST). */
export const RU_LATIN_NOT_NAMES: ReadonlySet<string> = new Set([
  'Wi-Fi', 'COVID-19', 'SARS-CoV-2', 'SMS', 'GPS', 'USB', 'LED', 'IoT', 'Big Data', 'Smart City', 'Online', 'Internet', 'Startup',
  'Expo', 'EXPO', 'Made in Uzbekistan', 'Made in Kazakhstan', 'E-commerce', 'Fintech', 'FinTech', 'GovTech', 'EdTech',
]);

/** Cyrillic capitals after a company noun that name a country, a plant type or a measure, not the company: «компании США». */
export const RU_ACRONYM_STOPLIST: ReadonlySet<string> = new Set([
  'США', 'РФ', 'КНР', 'РК', 'РУз', 'КР', 'РТ', 'ОАЭ', 'ЕС', 'СНГ', 'ЮАР', 'КНДР', 'ФРГ', 'ГЭС', 'ТЭС', 'АЭС', 'СЭС', 'ВЭС', 'НПЗ',
  'ТЭЦ', 'МВт', 'ГВт', 'ВВП', 'ПИИ', 'НДС', 'ГЧП', 'СЭЗ', 'ТЭО', 'ЕАЭС', 'ШОС', 'ООН', 'СДР',
]);
