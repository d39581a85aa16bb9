/**
 * The Russian vocabulary of the fact rules: the same kinds of word lists as `en.ts`, for the same rules.
 * Russian inflects, so an entry is a stem (a regex source) that `ruWords` lets end in any letters:
 * "соглашени" meets соглашение, соглашения, соглашением, соглашениях. Adding a document noun or a
 * lending verb is one edit here. Entries are matched case-insensitively, on word starts only.
 */

/** Documents of an agreement (FACTS.md `agreement`), by stem. "документ" is weaker: see RU_DOCUMENT_WORD. */
export const RU_DOCUMENT_NOUNS: readonly string[] = [
  'соглашени', 'меморандум', 'контракт', 'договор(?!ил|[её]нност|енност)', 'сделк', 'сделок', 'протокол', 'дорожн\\p{L}* карт',
  'программ(?:а|ы|у|ой|е)\\s+(?:партн[её]рства|сотрудничества)', 'заказ(?!чик)', // The noun, not the adjective: «стратегия партнерства» is a document, «стратегическое партнерство» a relation (silkway.news).
  'стратеги(?:я|и|ю|ей)\\s+(?:партн[её]рства|сотрудничества)', 'договор[её]нност',
  // Letters or notes exchanged: «подписали обменное письмо о предоставлении финансовой помощи» (ru-ze azda-nodate-tj-cn-conference-
  // hall-grant), «В обменных письмах между правительствами ..., ратифицированных накануне» (ru-ze nmtj-20210617-tj-cn-dushanbe-kulma-road-grant).
  'обменн\\p{L}* (?:письм|нот)',
];

/** "документ(ы)": an agreement only with a signing verb ("Документ подписали"). */
export const RU_DOCUMENT_WORD = 'документ';

/** Verbs of a signed document, by stem: подписали, подписано, заключили, скрепили подписями. */
// «ратифицировала инвестиционное соглашение» (ru-f newsasia-20150226-tj-cn-zarnisor-town, ru-a khovar-20150211-tj-cn-huaxin-cement, ru-d
// armenianreport-…): a ratified document is a signed one. "Подписи под документом поставили глава Минфина и директор ЕАБР" names who signed the document just named (ru-d vestikavkaza-…-ge-tr-
// energy-memorandum, tass-…; ru-c minfin-…-az-wb-road-loans).
// «Также оформлены три контракта на поставки» (ru-f kursivkz-20240627-kz-cn-urumqi-forum-deals), «Меморандум ... оформили турецкая компания
// и министерство» (ru-m kavkazuzel-20101110-ge-tr-kolin-tekhura-hpp-cascade): a document drawn up is a signed one.
export const RU_SIGNED: readonly string[] = ['подписа', 'подпису', 'заключ[её]н', 'заключил', 'заключа', 'скрепил', 'парафирова', 'подписи под', 'ратифицир', 'оформлен', 'оформил'];

/**
 * How a sentence opens that goes through the documents just counted or signed, one by one: "Среди них — меморандум ...",
 * "К крупнейшим из них относятся соглашения ...", "Первый документ — Соглашение о ...". Matched at the sentence's start.
 */
export const RU_LISTING_OPENERS: readonly string[] = [
  'Среди\\s+(?:них|которых|ключевых|основных|подписанных|прочих)', 'В\\s+их\\s+числе', 'В\\s+том\\s+числе', 'В\\s+частности',
  'К\\s+(?:крупнейшим|основным|ключевым)\\s+из\\s+них', '(?:Первый|Второй|Третий)\\s+(?:из\\s+них|документ)',
];

/** A document agreed without a signature: достигли договорённости, договорились, согласовали, одобрил. */
export const RU_AGREED: readonly string[] = ['договорил', 'утвержд[её]н', 'утвердил', 'достигл\\p{L}* (?:договор[её]нност|соглашени)', 'достичь', 'согласовал', 'условил'];

/**
 * What two parties agree on that is a deal of its own, with no document named: «договорился о закупке в этой стране урана»,
 * «достигнута предварительная договоренность о поставках фруктов», «договорилась с турецкой компанией Botas о транзите своего газа»,
 * «договорились о совместном выпуске продукции» (ru-n kbs-nodate-kz-uz-kr-han-seung-soo-tour, ru-w ria-20140925-az-ru-moscow-memorandum,
 * ru-zo rcc-nodate-tm-tr-ir-gas-swap, ru-zl podrobno-nodate-uz-ru-moscow-days-contracts). Stems, after «о»/«об» (rules/ru/agreement.ts).
 * Building is left out: «договорились о строительстве ГЭС» is a project the gold files as one, not a document.
 */
export const RU_AGREED_DEAL_OBJECTS: readonly string[] = ['поставк', 'закупк', 'покупк', 'транзит', 'своп', 'совместн\\p{L}* выпуск', 'продаж', 'экспорт', 'импорт'];

/**
 * Topics after «договор о» that make a treaty politics, not economic cooperation (FACTS.md "Pure politics"), as English
 * POLITICAL_TOPICS: «договор о дружбе, сотрудничестве и взаимопомощи», «договор о союзничестве и добрососедстве».
 */
export const RU_POLITICAL_TOPICS: readonly string[] = ['дружб', 'вечн\\p{L}* дружб', 'союзнич', 'добрососед'];

/** A document being prepared or to be signed: намерены принять, планируют подписать, ведут переговоры. */
export const RU_PLANNED_DOCUMENT: readonly string[] = [
  'подпиш(?:ут|ет)', 'заключ(?:ат|ит)(?!\\p{L})', 'намерен\\p{L}* (?:подписать|заключить|принять)', 'планиру\\p{L}* (?:подписать|заключить|принять)', 'будет подписан', 'предстоит подписать',
  'подготов\\p{L}* (?:проект\\p{L}* )?(?:соглашени|меморандум|контракт|договор)', 'ведут переговоры', 'переговор',
];

/** Instruments of lending and giving (FACTS.md `financing`), by stem. */
export const RU_FINANCING_INSTRUMENTS: readonly string[] = [
  // Not «займется», «займутся» («заняться», to take up): «Saudi Tabrid займется модернизацией системы теплоснабжения ... на сумму 750 млн
  // долларов» (ru-y gazetauz-20240506-uz-sa-forum-26bn-deals), «займутся добычей меди», «LindeGroup, которая займется выпуском» (ru-l, ru-o).
  // «Армения займет средства» is borrowing, and stays.
  'кредит(?!н\\p{L}* (?:рейтинг|организаци))', 'за[её]м', 'займ(?![её]тся|утся)', 'грант', 'транш', 'финансировани', 'софинансир', 'профинансир',
  // Borrowing: «Узбекистан может взять в долг 120 млн долларов на модернизацию водоснабжения» (ru-zr sngtoday-20161115-uz-adb-kadiriya-
  // water), «Ранее страна заняла около 600 миллиардов тенге у трёх международных организаций» (ru-ze arbatmedia-20250521-kz-ibrd-rural-
  // internet-loan); «занял второе место», «заняла 10-е место» hold no sum with a scale.
  'в долг(?!\\p{L})', 'заня(?:л|ла|ли) (?:около |порядка |более |свыше |почти )?\\d[\\d.,]*\\s+(?:млн|млрд|миллиард|миллион|трлн)',
  'безвозмездн\\p{L}* (?:помощ|средств|финансов)', 'поддержк\\p{L}* бюджет', 'бюджетн\\p{L}* поддержк', 'техническ\\p{L}* (?:помощ|содействи)', 'гуманитарн\\p{L}* помощ', 'финансов\\p{L}* помощ',
];

/** Words for the money of a loan or grant, by stem: a loan named again («выделил заем», «Деньги ... АБР предоставит»; passes/restated-sums.ts). */
export const RU_LOAN_MONEY_WORDS: readonly string[] = ['за[её]м', 'займ', 'кредит', 'грант', 'транш', 'средств', 'деньг'];

/** Words of paying a loan back, whole words: a sum right after one is money returned, not lent (rules/ru/amount.ts). */
export const RU_REPAYMENT_WORDS: readonly string[] = ['выплачива\\p{L}*', 'выплат(?:ить|ил\\p{L}*|ит)', 'вернуть', 'верн(?:ул|[её]т)\\p{L}*', 'погаш\\p{L}*', 'погаси\\p{L}*'];

/** Verbs that give money but name no instrument: weaker than any instrument nearby. */
// A donor's transfer: "В ноябре ЕС перечислил Армении 35,6 миллиона евро" (ru-l ria24-nodate-am-eu-covid-grant), "Евросоюз перевел в бюджет
// Грузии 26,2 млн евро" (ru-j b24-20111220-ge-eu-budget-support). Past and future forms only: "перечисляет" is also "lists".
// "поступательно" (steadily: "товарооборот растет поступательно", ru-zl 24kg-20260210-kg-ru-trade-5bn-target) is no money coming in.
export const RU_PROVIDING_VERBS: readonly string[] = ['выдел', 'предостав', 'выда', 'направ', 'получ', 'поступ(?!ательн)', 'привлечени\\p{L}* средств', 'средств', 'одобр', 'перечисл(?:ил|ила|или|ит|ят|ен)(?!\\p{L})', 'перев[её]л(?:а|и)?(?!\\p{L})', 'переведен'];

/** Words of investing (FACTS.md `investment`), by stem. */
export const RU_INVESTMENT_WORDS: readonly string[] = ['инвест', 'влож', 'вкладыва', 'капиталовложени'];

/** Words of trade between two countries (FACTS.md `trade`), by stem. */
export const RU_TRADE_WORDS: readonly string[] = [
  'товарооборот', 'торгов\\p{L}* оборот', 'внешнеторгов\\p{L}* оборот', 'взаимн\\p{L}* торговл', 'двусторонн\\p{L}* торговл', 'торговл', 'экспорт', 'импорт', 'поставк', 'поставок', 'ввоз', 'вывоз', 'вывез', 'ввез',
  // A country's purchases from another, as "purchases" in English: "Грузия закупила сыр в Германии на $5,62 млн" (ru-b
  // reportaz-20251206-ge-az-cheese-imports), "приобрела китайских товаров на 476 млн" (ru-e yerzemin-nodate-tm-cn-trade-h1-2023).
  'закуп(?!очн)', 'приобрел\\p{L}* (?:\\p{L}+ ){0,2}товар',
  // A country's supplies into another, priced: "Туркменистан поставил в Китай природного газа на 10 миллиардов 250 миллионов долларов"
  // (ru-l atavatan-nodate-tm-cn-gas-exports-2022), "провинция Сакария за месяц поставила в Азербайджан товаров на 3,194 млн долларов" (ru-c
  // apa-nodate-az-tr-sakarya-exports); its suppliers ranked with their sums ("В число прочих крупных поставщиков ... входят ..."). The verb
  // only with "в" after it: "поставили краткосрочную цель" sets a goal.
  'постав(?:ил|ила|или|ило|ляет|ляют|ляла|ляли|лял)\\s+(?:[\\p{L}-]+\\s+){0,3}?во?\\s+\\p{L}', 'поставщик',
];

/** Concrete objects that are built, produced or launched (FACTS.md `project`), by stem. */
export const RU_OBJECT_NOUNS: readonly string[] = [
  'завод', 'фабрик', 'комбинат', 'электростанци', 'ГЭС', 'ТЭС', 'ТЭЦ', 'АЭС', 'СЭС', 'ВЭС', 'станци', 'комплекс', 'терминал', 'центр(?!альн)',
  'предприяти', 'производств', 'дорог', 'автодорог', 'магистрал', 'автомагистрал', 'трубопровод', 'газопровод', 'нефтепровод', 'коридор', 'мост', 'порт',
  'аэропорт', 'железн\\p{L}* дорог', 'линии? электропередач', 'ЛЭП', 'теплиц', 'парк', 'кластер', 'больниц', 'школ', 'месторождени',
  'рудник', 'шахт', 'гостиниц', 'отел(?:ь|я|ей)', 'птицефабрик', 'склад', 'подстанци', 'объект(?:ов|ы|а)?(?!\\p{L})', 'инфраструктур', 'агропарк', 'технопарк', 'ветропарк', 'пункт\\p{L}* пропуска', 'КПП', 'систем\\p{L}* (?:очистки|водоочистки)', 'ирригационн\\p{L}* систем', 'систем\\p{L}* (?:водоснабжени|орошени|канализаци|ирригаци)', 'водохранилищ', 'цех', 'установ(?:к|ок)',
  // Compounds are no word start of "электростанци": "двух проектов строительства ветроэлектростанций" (ru-h zakon-nodate-kz-cn-aktobe-
  // memorandums), "возводятся четыре ветроэлектростанции" (ru-e ls-20220604-kz-cn-seven-projects), "4-ой теплоэлектростанции" (ru-d aviaport-…).
  'ветроэлектростанци', 'гидроэлектростанци', 'теплоэлектростанци', 'теплоэлектроцентрал',
  // A stretch of road, the object of road works: "отремонтировать 38-километровый участок Ванадзор-Алаверди" (ru-i azatutyun-nodate-am-eib-
  // vanadzor-road), "будут реконструированы два участка" (ru-g civilge-nodate-ge-eib-east-west-highway), "реконструировать около 87 км трассы"
  // (ru-i nova24-nodate-uz-adb-road-loan).
  'участ(?:ок|ка|ку|ком|ке|ки|ков|кам|ках)(?!\\p{L})', 'трасс(?:а|ы|у|ой|е)?(?!\\p{L})',
];

/** How Russian counts things, as stems (`stems()` adds the case endings: "двух", "трёх", "пяти"): digits, number words, "несколько", "ряд". */
export const RU_COUNT_WORDS: readonly string[] = ['\\d+', 'дв[аеу]', 'тр[иеё]', 'четыр', 'пят', 'шест', 'сем', 'восем', 'девят', 'десят', 'нескольк', 'ряд'];

/** Small counts spelled out, with their values: «три проекта: ...» lists that many projects (rules/ru/project.ts). */
export const RU_SMALL_COUNTS: Readonly<Record<string, number>> = { два: 2, две: 2, три: 3, четыре: 4, пять: 5 };

/** What a party does to an object (FACTS.md `project`): builds, launches, modernises it. */
export const RU_MAKING_WORDS: readonly string[] = [
  'строительств', 'строит', 'постро', 'возвед', 'сооружени', 'запуск', 'запущ', 'запуст', 'откры', 'заработал', 'введ[её]н\\p{L}* в эксплуатацию',
  'ввод\\p{L}* в эксплуатацию', 'реконструкци', 'реконструир', 'реабилитир', 'ремонт', 'отремонтир', 'обновлени', 'восстановлени', 'реабилитаци', 'расширени', 'модернизаци', 'электрификаци', 'создани', 'созда', 'выпуск', 'производств', 'разработк', 'реализ',
  // An object being built: "в области возводятся четыре ветроэлектростанции" (ru-e ls-20220604-kz-cn-seven-projects), "электростанция ...,
  // которая сейчас возводится" (ru-b nca-20251103-tm-tr-calik-holding).
  'возвод',
  // "Предполагается обновить примерно 106 км дороги" (ru-i nova24-nodate-uz-adb-road-loan), as «обновление».
  'обнов(?:ить|ят|ит|лены?|лён)(?!\\p{L})',
];

/** Words that point back to a party named before: "банк", "стороны", "компания", "фонд". */
// "сотрудничество двух стран в таких проектах, как ...": the two countries just named.
export const RU_POINTER_NOUNS: readonly string[] = ['двух стран', 'обеих стран', 'наших стран', 'двух государств', 'обоих государств', 'средства(?!\\p{L})', 'деньг', 'денег', 'заемные средства', 'стороны(?!\\p{L})', 'сторон(?!\\p{L})', 'банк', 'банка', 'фонд', 'фонда', 'компани', 'агентств', 'министерств', 'инвестор',
  // As the English list has them: "эти холдинги планируют вложить" after the holdings are listed (ru-l sputnikkz-20210319-kz-tr-turkish-holdings).
  'холдинг', 'корпораци', 'концерн',
  // The money itself, as English "the loan", "the grant": «Новый кредит ... целиком пойдет на укрепление участка береговой линии» (ru-s
  // sputnikge-20150901-ge-adb-batumi-coast), «Займы пойдут на проекты ...» (ru-i montsame-nodate-mn-adb-air-quality-loans), «Грант
  // предоставят по проекту реконструкции моста» (ru-l knews-20130712-kg-jp-kok-art-bridge-grant).
  'кредит(?!н)', 'заем(?!щ)', 'займ(?!щ)', 'грант'];

// Not followed by a partner after «с»: «внешнеторговый оборот Грузии с Турцией».
const WITH_PARTNER_AFTER = '(?!\\s+(?:\\p{L}+\\s+)?(?:с|со)\\s)';
/**
 * One country's trade with the world, not with a partner (FACTS.md "Scope"): "совокупный экспорт", "внешнеторговый оборот".
 * Not with a partner after «с»: «внешнеторговый оборот Грузии с Турцией», «внешнеторговый оборот с ней сократился ... и составил
 * 589,8 миллионов долларов» is the pair's trade, as "foreign trade turnover with Turkey" is in English (ru-w
 * trend-20090825-ge-az-tr-ua-trade-7m; ru-r gazetaby-nodate-by-tm-lukashenko-visit, «внешнеторговый оборот Беларуси с Туркменистаном»).
 */
export const RU_WORLD_TRADE: readonly string[] = [
  'совокупн\\p{L}* (?:экспорт|импорт|товарооборот|объ[её]м)', `внешнеторгов\\p{L}* (?:оборот|товарооборот)\\p{L}*${WITH_PARTNER_AFTER}`, `внешн\\p{L}* торговл\\p{L}*${WITH_PARTNER_AFTER}`, 'общ\\p{L}* (?:объ[её]м\\p{L}* )?(?:экспорт|импорт)\\p{L}* (?:страны|республики|провинции|области)',
];

/** Money from one party's own purse (FACTS.md "Scope"): "из республиканского бюджета", "за счет собственных средств". */
export const RU_ONE_PARTY_MONEY: readonly string[] = [
  'из (?:\\p{L}+ )?бюджет', 'со своей стороны', 'за сч[её]т (?:\\p{L}+ )?(?:бюджет|собственн)', 'бюджетн\\p{L}* (?:средств|ассигнован)', 'собственн\\p{L}* средств',
];

/**
 * Where deals are trades on a market, not cooperation: «на торгах долларом США ... первая сделка была заключена по курсу 146,85»
 * (ru-l caravan-nodate-kz-tenge-kase-wednesday), «общий объем сделок на межбанковском рынке превысил $2,5 млн» (ru-v
 * armbanks-20110302-am-dram-rate-q4); as English EXCHANGE_TRADING_WORDS.
 */
export const RU_EXCHANGE_TRADING: readonly string[] = ['бирж', 'межбанковск\\p{L}* (?:валютн\\p{L}* )?рын', 'по курсу', 'торгов\\p{L}* сесси'];

/** A sum the sentence says is a comparison, a change or one party's budget: no fact of its own. */
export const RU_NOT_A_DEAL: readonly string[] = [
  'преми', 'зарплат', 'пенси', 'бюджет', 'ВВП', 'ВРП', 'цен[аыу]', 'стоимость\\p{L}* (?:одн|за)', 'тариф', 'выручк', 'прибыл', 'убыт', 'налог',
  'резерв', 'золотовалютн', 'госдолг', 'внешн\\p{L}* долг', ...RU_EXCHANGE_TRADING,
];

/** Status cues in the order they are tried (FACTS.md `status`), by stem. */
export const RU_STATUS_CUES: ReadonlyArray<readonly [status: 'discussed' | 'target' | 'in_progress' | 'planned' | 'completed', stems: readonly string[]]> = [
  ['discussed', ['обсужда', 'обсуд', 'рассматрива', 'изучить возможност', 'изуча\\p{L}* возможност', 'переговор']],
  ['target', ['довести', 'довед', 'подня\\p{L}* (?:\\p{L}+ ){0,2}до', 'увеличить (?:\\p{L}+ ){0,2}до', 'вырос\\p{L}* до \\d', 'цел[ьи]', 'планк']],
  ['in_progress', ['осуществля', 'реализу', 'строится', 'ведется', 'ведётся', 'идет строительств', 'идёт строительств', 'продолжа']],
  ['planned', ['будет', 'будут', 'выделит', 'предоставит', 'получит', 'направит', 'передаст', 'намерен', 'планиру', 'собира', 'предполага', 'должн', 'предусматрива', 'предстоит', 'постро(?:ит|ят)(?!\\p{L})', 'вложит', 'инвестирует', 'откро(?:ет|ют)', 'запуст(?:ит|ят)(?!\\p{L})', 'созда(?:ст|дут)', 'возвед(?:ет|ут|ёт)', 'в перспективе']],
  ['completed', ['составил', 'достиг', 'вложен', 'вложил', 'выдал', 'направил', 'получил', 'открыл', 'запущен', 'заработал', 'построен', 'построил', 'введ[её]н', 'реализовал', 'реализован', 'создал', 'выделил', 'предоставил', 'профинансировал', 'инвестировал', 'вырос', 'увеличил', 'прибавил']],
];

/** Sector words, by stem, in the order sector.ts tries the English ones: the first sector named is the fact's. */
export const RU_SECTORS: ReadonlyArray<readonly [sector: string, stems: readonly string[]]> = [
  ['energy', ['энерг', 'электро', 'ГЭС', 'ТЭС', 'ТЭЦ', 'АЭС', 'солнечн', 'ветров', 'гидро', 'возобновляем']],
  ['oil and gas', ['нефт', 'газ(?!ет)', 'газопровод', 'нефтепровод', 'СПГ', 'нефтехим']],
  ['mining', ['горнодобыва', 'месторождени', 'рудник', 'шахт', 'мед(?:и|ь)(?!\\p{L})', 'золот', 'уран']],
  ['transport', ['дорог', 'автодорог', 'железнодорож', 'транспорт', 'логистик', 'коридор', 'аэропорт', 'порт(?!фел)', 'мост', 'транзит']],
  ['agriculture', ['сельск\\p{L}* хозяйств', 'сельскохозяйств', 'агро', 'теплиц', 'тепличн', 'зерн', 'хлоп', 'плодоовощ', 'животновод', 'ирригаци', 'оросит']],
  ['pharmaceuticals', ['фармацевт', 'лекарств', 'медицинск']],
  ['manufacturing', ['завод', 'фабрик', 'производств', 'промышлен', 'текстил', 'химическ', 'цемент']],
  ['digital', ['цифров', 'IT-', 'информационн\\p{L}* технолог', 'телеком', 'дата-центр', 'электронн']],
  ['construction', ['строительств', 'жил(?:ь|ищн|ого)', 'инфраструктур']],
  ['water', ['водоснабжени', 'водоотведени', 'канализаци', 'очистн']],
  ['finance', ['банковск', 'финансов', 'страхов']],
  ['trade', ['товарооборот', 'торговл', 'экспорт', 'импорт']],
];
