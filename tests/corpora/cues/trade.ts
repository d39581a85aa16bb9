import type { CueCorpus } from './types.js';

/** Trade cues (FACTS.md `trade`), written for this project. */
export const TRADE_CUES: CueCorpus = {
  type: 'trade',
  positive: [
    // Goods between two countries in tons or cubic metres, no money: a trade fact with no amount (real text: real-c
    // trend-20181123-az-kz-trade-9m18, reuters-20130904-tm-cn-galkynysh-gas; real-a intellinews-nodate-kz-uz-cn-ru-china-top-partner).
    { body: 'In the first half of the year, over 150,000 tons of Kazakh wheat were delivered to Georgia.', expected: [null], countries: ['KZ', 'GE'] },
    { body: 'Uzbek gas exports to China are expected to reach 10 bcm by 2030.', expected: [null], countries: ['UZ', 'CN'] },
    // A ranking of partners after the first: "Next come China ($X), ..." (real-b tass-20240122-ge-ru-trade-2023).
    {
      body: "Turkey was Armenia's largest trade partner last year.\nNext come Iran (more than $700 million) and Georgia (more than $600 million).",
      expected: [{ value: 7e8, currency: 'USD' }, { value: 6e8, currency: 'USD' }],
    },
    // "the goods exchanged were worth" (real-b kazinform-nodate-kz-gb-ambassador-moran-interview).
    { body: 'In 2024 the goods exchanged between Mongolia and Korea were worth $690 million.', expected: [{ value: 6.9e8, currency: 'USD' }], countries: ['MN', 'KR'] },
    // A trade article's lead names the pair; a later paragraph gives figures without repeating it (real text:
    // real-a bmge-nodate-am-ru-putin-record-trade; qazaqtv.com 16065, Kazakhstan-Uzbekistan turnover).
    {
      body: 'Russian-Kyrgyz trade ties keep growing, the Russian ambassador said in Bishkek.\n"Last year turnover came to $3.1 billion, and this year it may pass $3.5 billion," he said.',
      expected: [{ value: 3.1e9, currency: 'USD' }, { value: 3.5e9, currency: 'USD' }],
      countries: ['RU', 'KG'],
    },
    // The largest buyers listed one by one, each with its sum; later sums inherit the list's type (real-a todayaz-20200826).
    {
      body: 'Other major buyers of Kazakh wheat this season included Italy with 300,000 tons worth $95 million, Iran with 250,000 tons worth $80 million and Egypt with 120,000 tons worth $41 million.',
      expected: [{ value: 9.5e7, currency: 'USD' }, { value: 8e7, currency: 'USD' }, { value: 4.1e7, currency: 'USD' }],
      countries: ['KZ'],
    },
    // Goods one country buys from another (real-d nca-20240723-tm-uz-h1-trade, anews-20251003-tr-az-kz-kg-uz-ots-trade).
    { body: 'Goods and services bought by Kyrgyzstan from Kazakhstan are estimated at $410 million in value.', expected: [{ value: 4.1e8, currency: 'USD' }], countries: ['KG', 'KZ'] },
    { body: 'Georgia sold Armenia goods worth $300 million, while Armenia bought Georgian goods for $150 million.', expected: [{ value: 3e8, currency: 'USD' }, { value: 1.5e8, currency: 'USD' }], countries: ['GE', 'AM'] },
    // Goods shipped between two countries are a trade flow.
    { body: 'Turkish goods worth $450 million were shipped to Turkmenistan in the first half of the year.', expected: [{ value: 4.5e8, currency: 'USD' }], countries: ['TR', 'TM'] },
    { body: 'Trade turnover between Kyrgyzstan and Kazakhstan reached $1.9 billion in January-September.', expected: [{ value: 1.9e9, currency: 'USD' }], countries: ['KG', 'KZ'] },
    // "both governments" names the pair of an earlier sentence as well as "the two countries" does.
    { body: 'Georgia and Japan opened a joint business council.\nBoth governments aim to lift trade to $1 billion by 2030.', expected: [{ value: 1e9, currency: 'USD' }], countries: ['GE', 'JP'] },
    { body: 'Uzbekistan and Pakistan intend to bring bilateral trade to $2 billion by 2028.', expected: [{ value: 2e9, currency: 'USD' }], countries: ['UZ', 'PK'] },
    { body: 'Exports of Tajik aluminium to Türkiye rose to $212 million last year.', expected: [{ value: 2.12e8, currency: 'USD' }], countries: ['TJ', 'TR'] },
    { body: 'Georgia imported goods worth $310.4 million from Armenia in the first half of the year.', expected: [{ value: 3.104e8, currency: 'USD' }], countries: ['GE', 'AM'] },
    {
      body: 'Mongolia’s trade with Russia totaled $2.4 billion, and trade with China reached $17 billion.',
      expected: [{ value: 2.4e9, currency: 'USD' }, { value: 1.7e10, currency: 'USD' }],
      countries: ['MN'],
    },
    {
      body: 'Trade between Uzbekistan and Latvia reached $140 million last year. The sides aim to increase it to $300 million.',
      expected: [{ value: 1.4e8, currency: 'USD' }, { value: 3e8, currency: 'USD' }],
    },
    { body: 'Azerbaijan and Hungary discussed their trade. Last year it came to 140 million euros.', expected: [{ value: 1.4e8, currency: 'EUR' }] },
    // A bloc introduced as the partner: trade with the European Union.
    { body: 'Georgia’s exports to the European Union amounted to $1.1 billion in 2025.', expected: [{ value: 1.1e9, currency: 'USD' }], countries: ['GE'] },
    // A visiting official's "our trade turnover" is the two countries' trade.
    { body: '"Our trade turnover grew to $400 million last year," the ambassador of Qatar said.', expected: [{ value: 4e8, currency: 'USD' }], countries: ['QA'] },
    // A bare target continues the last trade figure of the paragraph, past a sentence with none.
    {
      body: 'Trade between Armenia and Iran reached $700 million last year. This is a good result. The presidents have set the goal of reaching $2 billion.',
      expected: [{ value: 7e8, currency: 'USD' }, { value: 2e9, currency: 'USD' }],
      countries: ['AM', 'IR'],
    },
    // "The main buyers were Russia ($500 million), ...": each partner with its purchases.
    {
      body: 'Uzbekistan exported fruit worth $1.2 billion in January-October. The main buyers were Russia ($500 million), Kazakhstan ($200 million) and China ($150 million).',
      expected: [{ value: 5e8, currency: 'USD' }, { value: 2e8, currency: 'USD' }, { value: 1.5e8, currency: 'USD' }],
      countries: ['UZ'],
    },
    // "foreign trade turnover with China" has its partner.
    { body: 'Kyrgyzstan’s foreign trade turnover with China in January-October amounted to $6 billion.', expected: [{ value: 6e9, currency: 'USD' }], countries: ['KG', 'CN'] },
    // A target that points back to the pair's trade figure, across a paragraph break or as "the next aim" (real-zy
    // t-vine-nodate-kz-tr-590m-investment-deal, kazakhtv-nodate-kz-az-trade-500m-target).
    {
      body: 'Trade between Georgia and Turkey rose to $1.8 billion a year. The minister called this too little.\n"We aim to raise this figure to $3 billion," the minister said.',
      expected: [{ value: 1.8e9, currency: 'USD' }, { value: 3e9, currency: 'USD' }],
      countries: ['GE', 'TR'],
    },
    {
      body: 'Uzbekistan and Azerbaijan agreed on a list of goods to buy from each other, and their trade turnover is expected to grow. The next aim is to reach $700 million in two years.',
      expected: [{ value: 7e8, currency: 'USD' }],
      countries: ['UZ', 'AZ'],
    },
    // A ranking of partners continues the trade figures of the paragraph before.
    {
      body: 'Trade between Azerbaijan and Italy amounted to $11 billion in January-September.\nTürkiye ranked second with $4 billion, followed by Russia with $2.3 billion.',
      expected: [{ value: 1.1e10, currency: 'USD' }, { value: 4e9, currency: 'USD' }, { value: 2.3e9, currency: 'USD' }],
      countries: ['AZ'],
    },
    // In an article about a pair's trade, exports and imports that follow one country's world figure in its paragraph
    // are that country's with the world, not the pair's (real-e azernews-20190724-az-tr-trade-investment; real-b
    // tass-20240122-ge-ru-trade-2023); a sentence naming the partner stays the pair's.
    {
      body: "Trade between Armenia and Iran grew to $700 million in 2025.\nOverall, Armenia's foreign trade amounted to $19 billion in 2025. Armenian exports fell by 3 percent to a total of $8 billion. Imports to Armenia were down 2 percent at $11 billion.",
      expected: [{ value: 7e8, currency: 'USD' }],
      countries: ['AM', 'IR'],
    },
    {
      body: "Trade between Armenia and Iran grew to $700 million in 2025.\nIran accounted for 4 percent of Armenia's foreign trade volume. Armenian exports to Iran came to $250 million.",
      expected: [{ value: 7e8, currency: 'USD' }, { value: 2.5e8, currency: 'USD' }],
      countries: ['AM', 'IR'],
    },
    // A bare figure continues the last trade sentence that had its pair, across a paragraph break, and the figure after it
    // too (real-j itartass-20080902-ru-am-sochi-summit-trade).
    {
      body: 'Bilateral trade between Kazakhstan and Georgia rose by 30% in 2021.\n\nIn 2022 trade grew by a further 12% to $150 million.\n\nIn the first half of this year, trade reached $90 million.',
      expected: [{ value: 1.5e8, currency: 'USD' }, { value: 9e7, currency: 'USD' }],
      countries: ['KZ', 'GE'],
    },
    // A share of one country's foreign trade "is with" a bloc: the bloc is the partner of the figure after it
    // (real-j eximtutor-20230314-kz-eu-cooperation).
    {
      body: "About a quarter of Uzbekistan's foreign trade is with the European Union. Last year, trade grew 15 percent to reach $6 billion.",
      expected: [{ value: 6e9, currency: 'USD' }],
      countries: ['UZ'],
      organization: 'European Union',
    },
    // A trade bloc named as the partner is the partner, even right after a share of the country's world trade (real-t
    // centralasianlight-20231221-tm-cis-trade, real-m silkroadnews-20141128-tj-cis-trade, real-i dfwatch-nodate-ge-tr-az-trade-partners).
    {
      body: "Trade with CIS states makes up 14 percent of Kyrgyzstan's total foreign trade volume. Kyrgyzstan's trade turnover with CIS countries grew last year, reaching over $4.1 billion.",
      expected: [{ value: 4.1e9, currency: 'USD' }],
      countries: ['KG'],
      organization: 'CIS',
    },
    // The sum in brackets after a partner's share of a country's foreign trade is what that share is worth: the pair's
    // trade, not the country's with the world (real-a intellinews-nodate-kz-uz-cn-ru-china-top-partner; real-zd
    // kazinform-nodate-uz-kz-trade-january-april).
    { body: "Germany's share of Kazakhstan's total foreign trade reached 4.2% (valued at $3.9bn) last year.", expected: [{ value: 3.9e9, currency: 'USD' }], countries: ['KZ', 'DE'] },
    { body: "Japan's share in the foreign trade of Mongolia was 3.1 percent ($420 million) in 2024.", expected: [{ value: 4.2e8, currency: 'USD' }], countries: ['MN', 'JP'] },
    // Trade words the lists lacked: "commercial exchange", a sum "worth of goods" bought, "from exporting" (real-j
    // irandaily-20191110-ir-am-mazandaran-lori-trade, daryo-20240723-uz-kr-trade, mqworld-20200211-mn-cn-coal-exports).
    { body: 'Baku and Tashkent have set a target of $2 billion in commercial exchange.', expected: [{ value: 2e9, currency: 'USD' }], countries: ['AZ', 'UZ'] },
    { body: 'Kazakhstan bought $640mn worth of goods from Turkey in 2023.', expected: [{ value: 6.4e8, currency: 'USD' }], countries: ['KZ', 'TR'] },
    { body: 'Kyrgyzstan earned 41 million U.S. dollars from exporting gold to Switzerland in March.', expected: [{ value: 4.1e7, currency: 'USD' }], countries: ['KG', 'CH'] },
    // A qualifier or a currency code before the sum, "products" for goods (real-s menafocus-nodate-ge-az-import-share, real-u
    // messenger-20110601-ge-az-tr-am-georgian-exports).
    { body: 'In 2024 Armenia bought around $310.5 million worth of products from Iran, the statistics committee said.', expected: [{ value: 3.105e8, currency: 'USD' }], countries: ['AM', 'IR'] },
    { body: 'Kazakhstan comes next, having bought USD 41 mln worth of products from Kyrgyzstan over the same period.', expected: [{ value: 4.1e7, currency: 'USD' }], countries: ['KZ', 'KG'] },
    // Lines of a list take the kind their lead names (real-ze jamnews-nodate-ge-am-trade-2024-decline; real-z
    // 24kg-nodate-kg-de-german-grant-programs is the financing case).
    {
      body: 'The three main goods Armenia exported to Georgia last year:\nCopper concentrate – $71.2 million;\nBrandy – $12.5 million;\nMineral water – $3.1 million.',
      expected: [{ value: 7.12e7, currency: 'USD' }, { value: 1.25e7, currency: 'USD' }, { value: 3.1e6, currency: 'USD' }],
      countries: ['AM', 'GE'],
    },
  ],
  negative: [
    // One country's exports split by goods after a pair's trade are no figure of the pair (invented holdout-e he-05).
    "Georgia's statistics office published its yearly report on Monday. Inflation slowed to 3%. Wages grew by 12%.\n\nTrade between Georgia and Russia rose by 10% last year.\n\nGold ores topped the list of export commodities with USD 400 million.",
    // A share of the world figure does not make the world figure the partner's.
    "Iran accounted for 4 percent of Armenia's total foreign trade, which came to $19 billion in 2025.",
    // A bare figure after the country's trade with the world is the world's.
    "Tajikistan's foreign trade turnover grew by 9% in 2023.\n\nIn 2024 trade rose a further 5% to $8 billion.",
    // A capacity, a saving or a supply deal is no flow of trade.
    'The Kazakh plant will process 3 million tons of ore a year.',
    'An agreement was signed by Aktobe Meat LLP with a Russian distributor to supply 1,000 tons of beef to Russia each year.',
    // Exports and imports after a world total are the world's too (real-b tass-20240122-ge-ru-trade-2023; real-a todayaz-20200826).
    "Last year Armenia's total foreign trade turnover came to $19 billion.\nExports exceeded $8 billion, and imports topped $11 billion.",
    // A change is not a level (real text: real-a 24kg-20250124-kg-cn-central-asia-trade-2024; trend.az 3877811 and
    // inform.kz a4070103, Uzbek foreign trade): "up $X", "(+$X)", "fell by $X", "an increase of $X", "a $X rise".
    'Trade between Kyrgyzstan and China grew by almost $1.2 billion in 2025.',
    'Turnover with China rose in Kazakhstan (+$1.4 billion) and Tajikistan (+$90 million).',
    "Armenia's trade with Iran reached a record, up $310 million from the year before.",
    'Trade between Georgia and Turkey came to more, an increase of $420 million on the previous year.',
    'Exports from Uzbekistan to Russia posted a $650 million or 12% year-on-year rise.',
    // One country's trade with the world in a lead about a pair is not the pair's (foreign trade, blocs).
    'Trade between Azerbaijan and Italy is growing fast.\nExports came to $1.1 billion for European countries and $0.9 billion for CIS countries.',
    // "the volume of production" points back to no trade figure.
    'Kazakhstan and Korea signed a trade deal. In 2025, the volume of pharmaceutical production in the country reached 900 billion tenge.',
    // A country's total foreign trade has no counterparty, whoever has a share of it.
    'Kazakhstan and Türkiye discussed trade. Türkiye accounted for 6 percent of Uzbekistan’s total foreign trade, which reached $48 billion in 2025.',
    // Shipped with no partner country is no trade between parties.
    'The plant shipped products worth $20 million in March, the company said.',
    'The price of cotton fell to $1,700 per ton on the Tashkent exchange.',
    'Exports of wheat grew by 12 percent in 2025.',
    'The trade fair in Almaty gathered 300 companies from 20 countries.',
    // A company that buys a stake or a firm buys no goods.
    'Kazakhstan’s Kaspi.kz bought a 65% stake in the Turkish marketplace Hepsiburada for $1.1 billion.',
    // A lender's trade finance is no trade between parties (real-a trend-20240130-az-isdb-country-framework-mou; real-d
    // trend-20230710-az-isdb-liberated-territories, kunuz-20171024-uz-ebrd-two-projects).
    'The Asian Development Bank provided Mongolia with $150 million in trade operations and $40 million in trade financing for small exporters.',
    "Uzbekistan's foreign trade turnover reached $65 billion in 2025, the Statistics Agency said.",
    'Foreign trade turnover amounted to $30 billion in the first half of the year.',
    'The government hopes to bring foreign trade to $80 billion by 2030.',
    // A list under a lead that names no deal stays no trade, however its lines read.
    "Kazakhstan's budget spending by sector in 2025:\nHealth – 2.1 trillion tenge;\nEducation – 3.4 trillion tenge.",
  ],
};
