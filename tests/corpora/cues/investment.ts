import type { CueCorpus } from './types.js';

/** Investment cues (FACTS.md `investment`), written for this project. */
export const INVESTMENT_CUES: CueCorpus = {
  type: 'investment',
  positive: [
    // The total of a list of projects stays investment, and so does a count of projects inside the list (real-zv
    // newsworldkr-nodate-kz-kr-park-summit-projects; real-o astanatimes-nodate-kz-cn-coordinating-council).
    {
      body: 'During the visit Korea and Kazakhstan secured projects worth $12.4 billion in total, among them the project to widen the Karachaganak gas field for $2 billion, and the project to build a fertiliser plant in Taraz for $700 million.',
      expected: [{ value: 1.24e10, currency: 'USD' }],
      countries: ['KR', 'KZ'],
    },
    {
      body: 'The minister said 60 joint investment projects of China and Kazakhstan are under way, including 20 key projects valued at $9 billion.',
      expected: [{ value: 9e9, currency: 'USD' }],
      countries: ['CN', 'KZ'],
    },
    // The "financing" an investment amounts to, with no lender about, is the investment (real-a medttj-nodate-tj-cn-kulob-textile-park,
    // real-za todayaz-20190307-tj-cn-kulyab-textile-park).
    {
      body: 'A Chinese textile company will build a spinning mill in Kulob, Tajikistan. Investment in the mill will come in two stages. Financing will amount to $40 million at the first stage and to $25 million at the second.',
      expected: [{ value: 4e7, currency: 'USD' }, { value: 2.5e7, currency: 'USD' }],
      countries: ['TJ', 'CN'],
    },
    // The volume of contract work a country's builders take on abroad (real-a hurriyet-nodate-tm-tr-turkish-contractors, real-za
    // raillynews-nodate-tm-tr-turkish-contractors).
    { body: 'Projects undertaken by Chinese construction companies in Kyrgyzstan since 2000 total more than $4 billion.', expected: [{ value: 4e9, currency: 'USD' }], countries: ['CN', 'KG'] },
    { body: 'Last year Korean companies received work in Uzbekistan totalling 1.2 billion dollars.', expected: [{ value: 1.2e9, currency: 'USD' }], countries: ['KR', 'UZ'] },
    { body: 'Since 2005 the total volume of work taken on by Turkish contractors in Azerbaijan has passed 12 billion dollars.', expected: [{ value: 1.2e10, currency: 'USD' }], countries: ['TR', 'AZ'] },
    // The same for an investment (real-c dunyo-20241118-uz-ebrd-patrone-interview, real-w timesca-nodate-uz-aiib-cooperation-roadmap).
    { title: 'EBRD President: Uzbekistan is our largest market', body: 'In 2024, we put more than 800 million euros into the economy of Uzbekistan.', expected: [{ value: 8e8, currency: 'EUR' }], organization: 'EBRD' },
    // "put in" and "put up" before or after the sum (real-f intellinews-nodate-tm-ae-adfd-three-mous, real-k thenational-nodate-tm-ae-adfd-investment-company),
    // and a company's capital is equity even when a development fund puts it up (the latter; ../shared/eval/dev trend-nodate-kg-uz-development-fund).
    { body: 'Initially the Qatari and Kazakh partners will put in QAR45mn between them.', expected: [{ value: 4.5e7, currency: 'QAR' }], countries: ['KZ', 'QA'] },
    { body: 'The initial capital of $24m of the new Tajik-Kuwaiti joint company will be put up jointly by the Kuwait Fund and the Government of Tajikistan.', expected: [{ value: 2.4e7, currency: 'USD' }], countries: ['TJ'] },
    // A yearly flow of investment is no unit price (real-c dunyo-20241118-uz-ebrd-patrone-interview; real-b devfinance-20170518-kz-kg-ebrd-seven-projects).
    { body: 'The Islamic Development Bank’s investments in Kyrgyzstan could soon reach 500 million dollars a year.', expected: [{ value: 5e8, currency: 'USD' }], countries: ['KG'] },
    // A fund two countries set up together is an investment with no sum (real text: real-a trend-20231014-az-uz-investment-company-decree,
    // real-b menafn-20231103-az-tr-uz-kg-turkic-investment, arabnews-nodate-uz-sa-falih-delegation-deals).
    { body: 'Kazakhstan and Hungary also intend to set up a joint investment fund.', expected: [null], countries: ['KZ', 'HU'] },
    // A foreign party's investment stated with no sum (real-d reuters-20150901-kz-cn-23bn-deals; real-f asiasociety-20120612-kz-kr-ambassador-partnership).
    { title: 'Japan and Uzbekistan', body: 'After a pause of several years, Japanese investments have returned to Uzbekistan.', expected: [null], countries: ['JP', 'UZ'] },
    { title: 'Turkey and Kyrgyzstan', body: 'Large sums have been invested by Turkey in Kyrgyzstan, mostly in textiles and construction.', expected: [null], countries: ['TR', 'KG'] },
    { body: 'The Georgia-Azerbaijan Investment Fund and the Georgia-Armenia Development Fund have been established.', expected: [null, null] },
    // A speaker's "we" is the organisation named before the quote (real text: real-a trend-20080314-az-ge-socar-energy-georgia
    // "So far, we have put $380mln into Georgia's economy"; adb-20171027-tj-nakao-carec-speech "So far we have approved").
    {
      body: 'Kyrgyz Aluminium Company is the largest foreign investor in the Issyk-Kul region.\n"So far, we have invested $120 million in Kyrgyzstan," its director said.',
      expected: [{ value: 1.2e8, currency: 'USD' }],
      organization: 'Kyrgyz Aluminium Company',
    },
    // "US $4.5 billion": the country word of a currency is no party (real-a otmn-nodate-mn-oyu-tolgoi-investment-agreement-facts).
    { body: 'Rio Tinto will have put US $1.2 billion into the Mongolian economy by 2027.', expected: [{ value: 1.2e9, currency: 'USD' }], countries: ['MN'] },
    // "put $X into" is investing (real text: real-a trend-20080314-az-ge-socar-energy-georgia, kunuz-20181020-uz-cn-jizzakh-seven-projects,
    // agenda-nodate-ge-eu-eib-adb-water-modernisation, otmn-nodate-mn-oyu-tolgoi-investment-agreement-facts).
    { body: '"So far we have put $210 million into the Kyrgyz economy," the head of Kumtor Gold said.', expected: [{ value: 2.1e8, currency: 'USD' }], organization: 'Kumtor Gold' },
    { body: 'Turkish businesspeople intend to put $300 million into 5 projects in the Namangan region.', expected: [{ value: 3e8, currency: 'USD' }], countries: ['TR'] },
    // "poured" and "pumped" money into something are investing it.
    { body: 'Turkish developer Ozkan Insaat has poured some $250 million into hotels on the Georgian Black Sea coast.', expected: [{ value: 2.5e8, currency: 'USD' }], countries: ['TR', 'GE'] },
    { body: 'Japanese companies have invested over $3 billion in Kazakhstan since 1991.', expected: [{ value: 3e9, currency: 'USD' }], countries: ['JP', 'KZ'] },
    { body: 'In the Fergana region, 32 projects totaling $1.4 billion are being implemented with foreign investors.', expected: [{ value: 1.4e9, currency: 'USD' }] },
    { body: 'Foreign direct investment in Georgia amounted to $1.6 billion in 2025.', expected: [{ value: 1.6e9, currency: 'USD' }] },
    { body: 'The joint venture’s charter capital of $12 million is contributed by both partners.', expected: [{ value: 1.2e7, currency: 'USD' }] },
    { body: 'In Shymkent, six investment projects are under way. Together they are worth 95 billion tenge.', expected: [{ value: 9.5e10, currency: 'KZT' }] },
    // A development bank that says it "has invested" states investment (FACTS.md), not a loan.
    { body: 'The Asian Development Bank has invested more than $4 billion in 60 projects in Mongolia since 1991.', expected: [{ value: 4e9, currency: 'USD' }] },
    // Buying a stake in a company abroad is investment.
    { body: 'Austria’s Raiffeisen Bank acquired a 60% stake in Georgia’s Cartu Bank for €90 million.', expected: [{ value: 9e7, currency: 'EUR' }], countries: ['AT', 'GE'] },
    { body: 'The value of projects carried out with Korean participation in Uzbekistan exceeds $8 billion.', expected: [{ value: 8e9, currency: 'USD' }], countries: ['KR', 'UZ'] },
    // "projects worth X" with no count is still a sum of projects, not one object.
    { body: 'Hitachi Energy is implementing projects worth over $600 million in Kazakhstan.', expected: [{ value: 6e8, currency: 'USD' }], countries: ['KZ'] },
    // A project named far off, in the clause of the speaker, is not what the investment buys.
    {
      body: '"Since 2000, Turkish companies have invested more than $2 billion in our economy," the Kyrgyz minister said at the opening of the project.',
      expected: [{ value: 2e9, currency: 'USD' }],
      countries: ['TR', 'KG'],
    },
    // A company's planned outlay is its investment.
    {
      body: 'Kazakhstan’s Tau-Ken Samruk and Australia’s Boorara Minerals signed a subsoil use contract. Boorara will spend $20 million on exploration over five years.',
      expected: [{ value: 2e7, currency: 'USD' }],
      countries: ['AU'],
    },
    // Another party's money for a country's infrastructure stays an investment, though "its" is near.
    { body: 'The Qatar Investment Authority will invest $2 billion in infrastructure in Kyrgyzstan, its chief said.', expected: [{ value: 2e9, currency: 'USD' }], countries: ['KG'] },
    // An investor's total "investment in" a country stays investment beside a project named (round en8; real-a kabar-20251030-kg-ebrd-infrastructure-memo).
    {
      body: 'This is the seventh infrastructure project the EBRD has signed in Kyrgyzstan in 2025, which brings the bank’s total investment in the country’s infrastructure this year to €100 million.',
      expected: [{ value: 1e8, currency: 'EUR' }],
      organization: 'EBRD',
    },
    // A stake or an asset bought, with no sum (real-b vlast-20250328-kz-tr-week-baby-steps, real-d afp-20130907-kz-cn-30bn-deals, real-m
    // azernews-20180903-uz-tr-dal-teknik-plant: a plant and a stake are two).
    { body: 'Halyk Bank said it is close to the acquisition of Demir Bank AS, the Turkish unit of the Austrian group Raiffeisen.', expected: [null], organization: 'Halyk Bank' },
    { body: 'Under the deal, a 10 percent stake in the Tengiz field is to be sold by KazMunayGas to China’s Sinopec.', expected: [null], organization: 'KazMunayGas' },
    { body: 'The Kazakh company Kazakhmys also bought a copper plant in the Almalyk region of Uzbekistan, as well as a stake in Almalyk Invest Karyer.', expected: [null, null], countries: ['UZ'] },
  ],
  negative: [
    // Projects a bank's borrowers carry out are not contract work taken on (real-f eib-nodate-ge-bank-of-georgia-liberty-bank).
    'EUR 40m is being lent by the European Investment Bank to a Georgian bank to finance projects carried out by small companies in Georgia.',
    // An invitation or an interest is no investment made.
    // Taking an interest is no stake; buying gas or machinery is trade.
    'Russian investors are taking a growing interest in Kyrgyzstan.',
    'Gazprom will buy 5 billion cubic metres of Turkmen gas a year under the new contract.',
    'The minister invited Korean companies to invest in Kazakhstan, saying they are interested in investing in its energy sector.',
    // A country or its government investing in its own economy spends its own money (real-e intellinews-nodate-kz-infrastructure-20bn,
    // railwaypro-nodate-uz-kr-infrastructure-projects).
    'Mongolia intends to invest $12 billion in developing its infrastructure by 2030, the deputy minister told a forum in Ulaanbaatar.',
    'Over the next three years the Kyrgyz government plans to invest $3 billion in upgrading its industry and building new roads.',
    // A lessor's own lease book is no investment.
    'Samarqand Agro Leasing signed a loan with the EBRD. Samarqand Agro Leasing’s lease portfolio reached 1.2 trillion soums, and its average lease amounts to 650 million soums.',
    // A bank's authorized capital in apposition is its own balance sheet.
    'Uzbekistan’s Mirobod Bank signed a deal with the EBRD. Mirobod Bank, with an authorized capital of 1.2 trillion soums, serves 85,000 clients.',
    // A company's spending of its own funds is no investment between parties.
    'Kazakh copper miner Balkash Copper and China’s Jinchuan Group signed an offtake deal. Balkash Copper plans to spend 200 billion tenge of its own funds on a new concentrator.',
    // A sum in a condition is a supposition.
    '"If a $1 billion chemical plant can be delivered on time, the model works for the next ten projects," the Chinese ambassador to Kazakhstan said.',
    // Not money: pumped gas is a volume.
    'Gazprom pumped 12 billion cubic metres of gas into Kyrgyz storage, up from 10 billion cubic metres.',
    'The state budget allocated $40 million for school repairs.',
    'Investment climate reforms were discussed at the council meeting.',
    'Average salaries rose to 4.2 million soums in the capital.',
    // The "investment" of one project the sentence is about is its cost, a project (round en8; real-c kazinform-nodate-kz-tr-turkestan-airport-yda,
    // real-h dailysabah-20140610-tr-az-promising-developments).
    'The project is to be carried out together with the Turkish company Kalyon Holding in Turkestan, and the investment attracted amounts to more than $70 million.',
    'This is a major project that Chinese companies will build in Kazakhstan with a sizeable investment of 2 billion euros.',
  ],
};
