import type { SampleArticleInput } from '../sample-article.js';

/**
 * Kun.uz, Russian edition (invented for this project): Tashkent time (+05:00), datelines «ТАШКЕНТ, 19 ноя — Kun.uz.»,
 * sums as «150 млн долларов», «$80 млн», «1,2 трлн сумов». Organisations are annotated in the nominative, as FACTS.md
 * compares them by name; each is written so in the text at least once.
 */
export const KUN_RU_ARTICLES: SampleArticleInput[] = [
  {
    outlet: 'kun-ru',
    id: 'kunru-navoiyazot-soda-plant',
    slug: 'navoiyazot-i-kitayskaya-cncec-podpisali-kontrakt-na-420-mln-dollarov',
    section: 'economy',
    category: 'Экономика',
    title: '«Навоийазот» и китайская CNCEC подписали контракт на 420 млн долларов',
    summary: 'АО «Навоийазот» и China National Chemical Engineering построят в Навои комплекс по производству кальцинированной соды.',
    published: '2026-11-22T13:15:00+05:00',
    author: 'Kun.uz',
    views: 1204,
    tags: ['Навоийазот', 'Китай', 'химия'],
    paragraphs: [
      'НАВОИ, 22 ноя — Kun.uz. АО «Навоийазот» и китайская China National Chemical Engineering Co., Ltd. (CNCEC) подписали контракт на строительство комплекса по производству кальцинированной соды стоимостью 420 млн долларов, сообщила пресс-служба предприятия.',
      'Комплекс мощностью 300 тысяч тонн соды в год будет построен на промышленной площадке в Навои. Его планируется ввести в эксплуатацию в 2029 году.',
      'Часть средств на проект в виде кредита предоставит Экспортно-импортный банк Китая, остальное «Навоийазот» профинансирует из собственных средств.',
      'Сейчас Узбекистан ввозит почти всю кальцинированную соду, необходимую для производства стекла и моющих средств.',
    ],
    // A contract to build the plant, with its cost, in one sentence: an agreement and a project, as the Mangystau wind farm is annotated.
    expectedFacts: [
      { type: 'agreement', amount: { value: 420e6, currency: 'USD', qualifier: 'exact' }, countries: ['UZ', 'CN'], organizations: ['АО «Навоийазот»', 'China National Chemical Engineering Co., Ltd.'] },
      { type: 'project', amount: { value: 420e6, currency: 'USD', qualifier: 'exact' }, countries: ['UZ', 'CN'], organizations: ['АО «Навоийазот»', 'China National Chemical Engineering Co., Ltd.'] },
      { type: 'financing', amount: null, countries: ['CN', 'UZ'], organizations: ['Экспортно-импортный банк Китая'] },
    ],
  },
  {
    outlet: 'kun-ru',
    id: 'kunru-andijan-cable-plant',
    slug: 'kitayskaya-kompaniya-postroit-v-andizhanskoy-oblasti-kabelnyy-zavod',
    section: 'economy',
    category: 'Экономика',
    title: 'Китайская компания построит в Андижанской области кабельный завод за 1,2 трлн сумов',
    summary: 'Henan Yuxin Cable построит в СЭЗ «Андижан» завод силовых и оптоволоконных кабелей стоимостью 1,2 трлн сумов.',
    published: '2026-11-21T16:45:00+05:00',
    author: 'Kun.uz',
    views: 1342,
    tags: ['Китай', 'Андижан', 'инвестиции'],
    paragraphs: [
      'АНДИЖАН, 21 ноя — Kun.uz. Китайская компания Henan Yuxin Cable Co., Ltd. построит в свободной экономической зоне «Андижан» завод по производству силовых и оптоволоконных кабелей стоимостью 1,2 трлн сумов (около 95 млн долларов), сообщила пресс-служба хокимията Андижанской области.',
      'Инвестиционное соглашение подписали 20 ноября хоким области и вице-президент компании Чжан Хуэй.',
      'Мощность предприятия составит 30 тысяч километров кабеля в год, запуск запланирован на конец 2027 года. На заводе будут созданы около 600 рабочих мест.',
      'Часть продукции планируется экспортировать в Казахстан, Кыргызстан и Таджикистан.',
    ],
    // The cost as stated first, in soums; the writer's dollar conversion in brackets is not another fact.
    expectedFacts: [
      { type: 'project', amount: { value: 1.2e12, currency: 'UZS', qualifier: 'exact' }, countries: ['CN', 'UZ'], organizations: ['Henan Yuxin Cable Co., Ltd.'] },
      { type: 'agreement', amount: null, countries: ['CN', 'UZ'], organizations: ['Henan Yuxin Cable Co., Ltd.'] },
    ],
  },
  {
    outlet: 'kun-ru',
    id: 'kunru-uz-kz-trade',
    slug: 'tovarooborot-uzbekistana-i-kazakhstana-za-devyat-mesyatsev-prevysil-3-4-mlrd',
    section: 'economy',
    category: 'Экономика',
    title: 'Товарооборот Узбекистана и Казахстана за девять месяцев превысил $3,4 млрд',
    summary: 'Товарооборот Узбекистана и Казахстана в январе–сентябре составил более 3,4 млрд долларов.',
    published: '2026-11-20T12:35:00+05:00',
    author: 'Kun.uz',
    views: 1968,
    tags: ['Казахстан', 'торговля', 'статистика'],
    paragraphs: [
      'ТАШКЕНТ, 20 ноя — Kun.uz. Товарооборот между Узбекистаном и Казахстаном в январе–сентябре 2026 года составил более 3,4 млрд долларов, что на 12 процентов больше, чем годом ранее, сообщило Агентство статистики.',
      'Основу узбекского экспорта в соседнюю страну составили текстиль, плодоовощная продукция и строительные материалы. Из Казахстана в основном ввозятся зерно, металлопрокат и нефтепродукты.',
      'Стороны намерены довести взаимный товарооборот до 10 млрд долларов к 2030 году.',
      'Казахстан остаётся одним из трёх крупнейших торговых партнёров Узбекистана наряду с Китаем и Россией.',
    ],
    // The statistics agency only reports the figure: not a party. The 2030 goal is a trade fact with the status target.
    expectedFacts: [
      { type: 'trade', amount: { value: 3.4e9, currency: 'USD', qualifier: 'over' }, countries: ['UZ', 'KZ'], organizations: [] },
      { type: 'trade', amount: { value: 10e9, currency: 'USD', qualifier: 'exact' }, countries: ['UZ', 'KZ'], organizations: [] },
    ],
  },
  {
    outlet: 'kun-ru',
    id: 'kunru-adb-karakalpakstan-water',
    slug: 'uzbekistan-i-abr-podpisali-soglashenie-o-zayme-na-vodosnabzhenie-karakalpakstana',
    section: 'economy',
    category: 'Экономика',
    title: 'Узбекистан и АБР подписали соглашение о займе в 150 млн долларов на водоснабжение Каракалпакстана',
    summary: 'Узбекистан и Азиатский банк развития подписали соглашение о займе в 150 млн долларов на питьевое водоснабжение сельских районов Каракалпакстана.',
    published: '2026-11-19T15:10:00+05:00',
    author: 'Kun.uz',
    views: 2684,
    tags: ['АБР', 'Каракалпакстан', 'водоснабжение'],
    paragraphs: [
      'ТАШКЕНТ, 19 ноя — Kun.uz. Узбекистан и Азиатский банк развития (АБР) подписали соглашение о займе в размере 150 млн долларов на улучшение питьевого водоснабжения в сельских районах Республики Каракалпакстан, сообщило Министерство экономики и финансов.',
      'Документ подписали заместитель министра экономики и финансов Одил Рахимов и глава постоянного представительства Азиатского банка развития в Ташкенте.',
      'Средства направят на прокладку 640 километров водопроводных сетей и строительство 38 насосных станций в Чимбайском, Кунградском, Тахтакупырском и Муйнакском районах. Доступ к чистой питьевой воде получат около 420 тысяч человек.',
      'Заём предоставлен сроком на 25 лет, включая пятилетний льготный период.',
    ],
    // The loan Kun.uz's English edition reports on Nov 18 and Trend (Nov 19) and The Astana Times (Nov 20) as signed: one deal, two languages (expected-deals.ts).
    // The project: what the loan builds, with the lender as a party, as Trend's report of the same loan is annotated.
    expectedFacts: [
      { type: 'agreement', amount: { value: 150e6, currency: 'USD', qualifier: 'exact' }, countries: ['UZ'], organizations: ['Азиатский банк развития'] },
      { type: 'financing', amount: { value: 150e6, currency: 'USD', qualifier: 'exact' }, countries: ['UZ'], organizations: ['Азиатский банк развития'] },
      { type: 'project', amount: null, countries: ['UZ'], organizations: ['Азиатский банк развития'] },
    ],
  },
  {
    outlet: 'kun-ru',
    id: 'kunru-pakhtakor-champion',
    slug: 'pakhtakor-dosrochno-stal-chempionom-uzbekistana',
    section: 'sport',
    category: 'Спорт',
    title: '«Пахтакор» досрочно стал чемпионом Узбекистана',
    summary: '«Пахтакор» обыграл «Насаф» и за тур до конца сезона выиграл Суперлигу.',
    published: '2026-11-18T21:05:00+05:00',
    author: 'Kun.uz',
    views: 9310,
    tags: ['футбол', 'Пахтакор', 'Суперлига'],
    paragraphs: [
      'ТАШКЕНТ, 18 ноя — Kun.uz. «Пахтакор» за тур до окончания Суперлиги обеспечил себе чемпионский титул, обыграв на выезде «Насаф» со счётом 2:0.',
      'Оба мяча забил нападающий Достонбек Турсунов — на 27-й и 64-й минутах. Отрыв столичного клуба от ближайшего преследователя составляет пять очков.',
      'Для «Пахтакора» это 16-й чемпионский титул в истории. В последнем туре команда сыграет дома с АГМК.',
      'По итогам сезона клуб получит право выступить в групповом этапе Лиги чемпионов АФК.',
    ],
    expectedFacts: [],
  },
  {
    outlet: 'kun-ru',
    id: 'kunru-isdb-schools',
    slug: 'ibr-vydelit-uzbekistanu-80-mln-na-stroitelstvo-shkol',
    section: 'economy',
    category: 'Экономика',
    title: 'ИБР выделит Узбекистану $80 млн на строительство школ',
    summary: 'Исламский банк развития предоставит Узбекистану $80 млн на 40 школ в Сурхандарьинской и Кашкадарьинской областях.',
    published: '2026-11-17T10:20:00+05:00',
    author: 'Kun.uz',
    views: 1715,
    tags: ['ИБР', 'образование', 'школы'],
    paragraphs: [
      'ТАШКЕНТ, 17 ноя — Kun.uz. Исламский банк развития (ИБР) предоставит Узбекистану заём в размере $80 млн на строительство и реконструкцию 40 школ в Сурхандарьинской и Кашкадарьинской областях, сообщила пресс-служба Министерства дошкольного и школьного образования.',
      'Новые школы рассчитаны на 28 тысяч учеников. Их оснастят компьютерными классами и лабораториями, а часть зданий будет отапливаться с помощью солнечных коллекторов.',
      'Заём выдан на 20 лет с льготным периодом в пять лет. Работы планируется завершить к сентябрю 2029 года.',
    ],
    // The ministry only reports the loan. What the loan builds is a project with the lender as a party, as the English loans are annotated.
    expectedFacts: [
      { type: 'financing', amount: { value: 80e6, currency: 'USD', qualifier: 'exact' }, countries: ['UZ'], organizations: ['Исламский банк развития'] },
      { type: 'project', amount: null, countries: ['UZ'], organizations: ['Исламский банк развития'] },
    ],
  },
];
