import type { CueCorpus } from './types.js';

/** Project cues (FACTS.md `project`), written for this project. */
export const PROJECT_CUES: CueCorpus = {
  type: 'project',
  positive: [
    // An object's cost stays the project's in an article about a lender (real-c tengrinews-nodate-kz-ebrd-road-projects).
    {
      body: 'The EBRD is studying roads in the south of Kyrgyzstan. The reconstruction of the 120-km Osh-Batken road is estimated at $400 million.',
      expected: [{ value: 4e8, currency: 'USD' }],
      countries: ['KG'],
    },
    // Each item of a list of the projects just counted, with its own sum, is a project; the total is investment (real-zv
    // newsworldkr-nodate-kz-kr-park-summit-projects, real-zd azernews-nodate-kz-tr-kazakh-invest-projects).
    {
      body: 'During the visit Korea and Kazakhstan secured projects worth $12.4 billion in total, among them the project to widen the Karachaganak gas field for $2 billion, and the project to build a fertiliser plant in Taraz for $700 million.',
      expected: [{ value: 2e9, currency: 'USD' }, { value: 7e8, currency: 'USD' }],
      countries: ['KR', 'KZ'],
    },
    {
      body: 'Turkey’s Kolin Group has agreed to carry out two projects in Uzbekistan this year: laying a 40 km water main in Karshi for $35 million, and making glass containers in Jizzakh for $20 million.',
      expected: [{ value: 3.5e7, currency: 'USD' }, { value: 2e7, currency: 'USD' }],
      countries: ['TR', 'UZ'],
    },
    // A project's whole funding is its cost (real-zi 24kg-nodate-kg-adb-issyk-kul-ring-road, ghroona-nodate-tj-de-kfw-hpp-grants).
    { body: 'Kyrgyzstan’s Cabinet of Ministers says the road project’s total funding is $84.5 million, of which the Asian Development Bank lends $60 million.', expected: [{ value: 8.45e7, currency: 'USD' }], countries: ['KG'] },
    { body: 'This project, with a total funding volume of 40 million euros, including 12 million euros from the EU, will give Tajikistan a new power line next year.', expected: [{ value: 4e7, currency: 'EUR' }], countries: ['TJ'] },
    // "The company" is a company named before, not the ministry that reported it (real-a medttj-nodate-tj-cn-kulob-textile-park;
    // real-zf nsenergy-nodate-tj-ebrd-casa1000, "The company will use the funding to build ..." after a lender's loan to Barki Tojik).
    {
      body: 'Huaxin Building Materials of China will expand its cement plant in Kulob, Tajikistan.\nThe Ministry of Economic Development and Trade of Tajikistan reported this on Monday.\nThe company is expected to invest $40 million in the plant.',
      expected: [{ value: 4e7, currency: 'USD' }],
      organization: 'Huaxin',
    },
    // Under a title that names one company, a project with no party of its own is the company's (real-g dailysabah-20180222-ge-tr-calik-wind,
    // real-a trend-20080314-az-ge-socar-energy-georgia).
    { title: 'Çalık Holding to build a wind farm in Georgia', body: 'Earlier, the Turkish group began work on building the Tedzani Hydroelectric Power Plant in Georgia.\nOn Monday the minister met the head of Çalık Holding in Tbilisi.', expected: [null], organization: 'Çalık Holding' },
    { title: 'SOCAR Energy Georgia expands its business in Georgia', body: 'SOCAR Energy Georgia sells fuel at 90 filling stations.\nSome of the investments from Azerbaijan will go towards building a dry cargo LPG terminal in Kulevi, on Georgia’s Black Sea coast.', expected: [null], organization: 'SOCAR' },
    // The host state's share of a lender's project is its own money, no project of its own; the total is the project (real-u
    // uzdaily-20090716-kg-adb-bishkek-torugart-road, real-w gulftimes-20170115-kg-idb-rural-water-loan).
    { body: 'The ADB is lending Armenia $30 million for new water mains. The Government of Armenia will contribute counterpart funds of $6 million, bringing the total project cost to $36 million.', expected: [{ value: 3.6e7, currency: 'USD' }], countries: ['AM'] },
    { body: 'The ADB will lend Mongolia $30 million. The works will cost a total of $40 million, with a contribution of $10 million from the Government of Mongolia.', expected: [{ value: 4e7, currency: 'USD' }], countries: ['MN'] },
    // Works joined by "and", no item of a comma list, stay a project (real-d globaltimes-20230520-kg-cn-central-asia-summit).
    { body: 'Sinohydro has projects under way in mining and road construction in Tajikistan and Kyrgyzstan.', expected: [null], organization: 'Sinohydro' },
    // Under a title that names a lender, a priced or listed object with no party of its own is the lender's (real-c
    // tengrinews-nodate-kz-ebrd-road-projects; real-d isdb-nodate-kz-bf-mz-325m-projects, geoeconomics-20091110-ge-wb-east-west-highway).
    {
      title: 'ADB weighs support for Tajik roads',
      body: 'Officials discussed the road programme in Dushanbe.\nThe reconstruction of the 120-km-long Kulob-Kalaikhum road is estimated at $310 million.',
      expected: [{ value: 3.1e8, currency: 'USD' }],
      organization: 'ADB',
    },
    // What a lender's loan or grant is spent on, with no sum: one project for its works (project-loan-purpose: real-c
    // arka-20160609-am-ebrd-tourism-loan, real-f 24kg-nodate-kg-isdb-water-supply-loan, real-a vom-nodate-mn-de-development-cooperation).
    {
      title: 'Armenia endorses $40 million loan agreement with EBRD',
      body: 'The Armenian government approved a loan agreement worth $40 million signed with the EBRD.\nThe money will be spent on reconstruction projects in the villages of Goris and Sisian.',
      expected: [null],
      organization: 'EBRD',
    },
    {
      title: 'IsDB to lend Kyrgyzstan $30 million for water',
      body: 'The Islamic Development Bank will lend Kyrgyzstan $30 million, the government said.\n"The funds will go to developing drinking water supply in 40 villages of Naryn region," the ministry said.',
      expected: [null],
      organization: 'Islamic Development Bank',
    },
    // Named projects referred to by name, acronyms included (real text: real-a todayaz-20200826-az-it-oil-exports-1h20, trend-20090821-az-ge-socar-georgia-cis-exit;
    // real-c reportaz-20161119-az-ro-socar-agri-investment).
    { body: 'KazMunayGas is taking part in the CPC and TCP projects together with its foreign partners.', expected: [null, null], organization: 'KazMunayGas' },
    { body: 'Georgia and Azerbaijan noted that the implementation of the Southern Gas Corridor project was on schedule.', expected: [null], countries: ['GE', 'AZ'] },
    // A list of objects after one verb of making or investing: one project each (real text: real-a kunuz-20181020-uz-cn-jizzakh-seven-projects,
    // uza-nodate-uz-cn-nurafshan-chinese-projects); "a cement and brick plant" is one object.
    {
      body: 'Sinoma Cement Company intends to invest in building a cement and brick plant, in glass production, in the construction of a 200-room hotel and in modern greenhouses.',
      expected: [null, null, null, null],
      organization: 'Sinoma Cement Company',
    },
    {
      body: 'Talks were held with the Turkish company Kalyon Holding.\nIt was noted that the company intends to set up a logistics hub and a textile factory, as well as a residential complex in Nukus.',
      expected: [null, null, null],
      organization: 'Kalyon Holding',
    },
    // Projects listed by their proper names after "projects ... include" or "namely": each name is a project, more than five
    // when the list names more (real-j pagef30-20091110-kz-tr-turkish-contractors, real-e mtdkg-nodate-kg-isdb-startup-workshop,
    // real-i presidentmn-nodate-mn-jp-abe-battulga).
    {
      body: 'Other projects in Georgia that Turkish builders worked on include Tbilisi International Airport, the Batumi Sheraton, the Public Service Hall, Rustavi Cement Works, the Kutaisi Business Centre and the Georgian part of the Kars-Tbilisi Railway.',
      expected: [null, null, null, null, null, null],
      countries: ['GE', 'TR'],
    },
    {
      body: 'Two new projects were recently approved for Tajikistan by the Islamic Development Bank, namely: Kulob Rural Roads Improvement Project, Vakhsh Water Supply and Sanitation Project.',
      expected: [null, null],
      countries: ['TJ'],
    },
    // Projects listed by their names alone after "projects such as" or "such ... projects as" (real-b azernews-20211229-az-tr-ru-trade-11m,
    // real-f azernews-20220328-az-tr-trade-jan-feb); one name is no list.
    {
      body: 'Georgia and Turkey have jointly built large transport and energy projects such as Kars-Akhalkalaki, Batumi-Hopa and SCPX.',
      expected: [null, null, null],
      countries: ['GE', 'TR'],
    },
    { body: 'Kazakhstan and China have completed such major transit projects as Khorgos-Altynkol and Zhezkazgan-Beineu.', expected: [null, null], countries: ['KZ', 'CN'] },
    // A share of a cost priced just before is no second price (real text: real-a newstj-20171207-tj-sfd-ofid-isdb-kulob-road,
    // tashkenttimes-nodate-uz-adb-railway-electrification).
    {
      body: 'The total cost of the Bukhara bypass project is estimated at $240 million, of which $40 million comes from the Uzbek government.',
      expected: [{ value: 2.4e8, currency: 'USD' }],
    },
    { body: "The project's total cost is 90 million U.S. dollars, a US$8 million contribution from the Kyrgyz government included.", expected: [{ value: 9e7, currency: 'USD' }] },
    { body: 'In Navoi, Harbin Boiler Works is constructing a 600 MW thermal power station.', expected: [null], organization: 'Harbin Boiler Works' },
    // A sum that names one project prices it (project-priced: real-d adb-20150115-tj-country-allocation,
    // azernews-20240826-uz-az-seven-projects-list, chinadaily-20140822-mn-cn-xi-visit-deals).
    { body: 'The EBRD is also preparing a $45 million project to upgrade irrigation canals in Khatlon region.', expected: [{ value: 4.5e7, currency: 'USD' }], organization: 'EBRD' },
    { body: 'Kazakhstan and Korea discussed cooperation.\nOfficials of both sides voiced support for a long-planned coal chemistry project worth $12 billion in Ekibastuz.', expected: [{ value: 1.2e10, currency: 'USD' }], countries: ['KZ'] },
    { body: 'Uzbek and Azerbaijani firms will carry out seven joint projects.\nThe Turkish company Anka Tekstil will take part in this $64 million project.', expected: [{ value: 6.4e7, currency: 'USD' }] },
    // A joint venture set up for a stated output (real-a kunuz-20210612-uz-tj-uzauto-plant-tajikistan, real-c
    // uzdaily-nodate-uz-ae-kr-it-uzbekneftegaz-agreements, ubpost-20090319-mn-ru-nuclear-loan-railway).
    {
      body: 'An agreement on setting up a joint venture to produce water meters was signed by Uztransgaz and Hanil Meters Co (Korea).',
      expected: [null],
      organization: 'Uztransgaz',
    },
    {
      body: 'On 3 May, an agreement on founding a joint venture, Tajik Bus Works, to assemble Isuzu buses was signed by the Uzbek and Tajik sides.',
      expected: [null],
      countries: ['UZ', 'TJ'],
    },
    { body: 'Zhetysu Agro Holding plans to invest $90 million in building a sugar plant in Almaty region.', expected: [{ value: 9e7, currency: 'USD' }], organization: 'Zhetysu Agro Holding' },
    { body: 'Delta Pharma Group intends to open a vaccine factory in Tashkent region.', expected: [null], organization: 'Delta Pharma Group' },
    // A sum invested, in the passive, in building one object is its cost (real-e kazinform-20191127-kz-almaty-invest-forum,
    // real-f 24kg-20250318-kg-cn-xuar-visit-deals).
    {
      body: 'Officials met Aral Cargo Group in Urumqi. As reported earlier, $45 million is being invested in building the wholesale logistics park; the memorandum on it was signed last year.',
      expected: [{ value: 4.5e7, currency: 'USD' }],
    },
    { body: 'Talks were held with Tashkent Airport Partners LLC. Up to €120mn will be invested in building the new cargo terminal.', expected: [{ value: 1.2e8, currency: 'EUR' }] },
    {
      body: 'Sun Bridge Energy plans to build a solar power plant and to build a battery storage facility in Samarkand.',
      expected: [null, null],
      organization: 'Sun Bridge Energy',
    },
    {
      body: 'The project, financed by the European Investment Bank, is estimated at 90 million euros and will link Georgia and Armenia.',
      expected: [{ value: 9e7, currency: 'EUR' }],
      organization: 'European Investment Bank',
    },
    { body: 'Turkey’s Yildiz Agro Group plans to invest $120 million in poultry farms and a feed mill in the Sughd region.', expected: [{ value: 1.2e8, currency: 'USD' }], organization: 'Yildiz Agro Group' },
    {
      body: 'The parties discussed the implementation of the Mary-Herat railway project, the construction of a logistics center in Termez and the development of the Kabul-Peshawar highway.',
      expected: [null, null, null],
    },
    { body: 'Kazakhstan and China discussed the progress of the Ayagoz-Tacheng railway.', expected: [null], countries: ['KZ', 'CN'] },
    { body: 'The ministers of Turkmenistan and Pakistan discussed the progress of the TAPI gas pipeline and the Mary-Herat railway.', expected: [null, null], countries: ['TM', 'PK'] },
    {
      body: 'Kyrgyzstan and Tajikistan signed an agreement on the joint construction of the Naryn HPP. The cost of the project is estimated at $2 billion.',
      expected: [{ value: 2e9, currency: 'USD' }],
      countries: ['KG', 'TJ'],
    },
    // The passive: the object first, the making verb after it, the builder after "by".
    { body: 'The pumping stations will be rebuilt by the Turkish contractor Kalyon Insaat.', expected: [null], organization: 'Kalyon Insaat' },
    // "Under the project" points back to the lender of the sentence before, across a paragraph break.
    {
      body: 'The Kuwait Fund will finance the Osh water supply project.\nUnder the project, 60 kilometres of pipelines will be laid and two reservoirs will be built.',
      expected: [null],
      organization: 'Kuwait Fund',
    },
    { body: 'Tajikistan and Iran agreed to build a joint cement plant near Dushanbe by 2028.', expected: [null], countries: ['TJ', 'IR'] },
    // Objects listed after a count of projects are projects of their own; the count with its total is investment.
    {
      body: 'The Kyrgyz-Turkish fund has financed 9 projects worth $150 million, including a dairy farm in Osh and a brick factory in Jalal-Abad.',
      expected: [null, null],
      countries: ['KG', 'TR'],
    },
    // A participle after the object names its builder: "the depot, built by X, opened".
    { body: 'The new rail depot, built by Chinese contractor CRCC, was opened in Termez in May.', expected: [null], organization: 'CRCC' },
    // Named power lines are objects like named pipelines: one project each.
    { body: 'Tajikistan and Pakistan discussed the construction of the Sangtuda-2 HPP and the CASA-1000 power line.', expected: [null, null], countries: ['TJ', 'PK'] },
    // One object a loan pays for is a project of its own when the article describes it nowhere else.
    { body: 'The Eurasian Development Bank approved $90 million in financing for the construction of a bypass road around Khujand.', expected: [null], organization: 'Eurasian Development Bank' },
    { body: 'Georgia and the EIB signed a €60 million loan agreement to modernise the Tbilisi metro depot.', expected: [null], organization: 'European Investment Bank' },
    // A joint venture with its cost is one project; the sentence after that opens on "The plant" describes it.
    {
      body: 'Kyrgyzstan and Belarus have set up a joint venture to assemble tractors in Kant, with an investment of $30 million.\nThe plant, built by Kyrgyzmash and MTZ Group, will turn out 2,000 tractors a year.',
      expected: [{ value: 3e7, currency: 'USD' }],
      countries: ['KG', 'BY'],
    },
    // The object of a part is not priced by the total before it.
    {
      body: 'Kyrgyzstan signed contracts worth $900 million at the forum, including a deal with Turkey’s Kalyon Energy to build a 200 MW solar park.',
      expected: [null],
      organization: 'Kalyon Energy',
    },
    // The simple past passive: "which was commissioned".
    { body: 'The Emirati company also runs the 100 MW Nur Navoi solar park, which was commissioned in 2023.', expected: [null], countries: ['AE'] },
    // A company coordinated with a ministry is a party even though the ministry alone would not be.
    { body: 'The Ministry of Energy and Voltaris will build a 50 MW solar plant in Osh region.', expected: [null], organization: 'Voltaris' },
    { body: 'Kia will localise the production of electric cars in Kazakhstan.', expected: [null], organization: 'Kia' },
    { body: 'A plant producing cables with the participation of Chinese investors was launched in Tashkent region.', expected: [null], countries: ['CN'] },
    { body: 'Turkish company Efes Beverage Group will open a brewery in Almaty region.', expected: [null], organization: 'Efes Beverage Group' },
    // A package listing its objects: one project each; one of them priced later is still one project.
    {
      body: 'Uzbekistan and Qatar agreed on a package of projects. The package includes the construction of a 500 MW solar park by Nebras Power, a hotel complex in Samarkand to be built by Qatari Diar, and the modernisation of Bukhara airport.\nNebras Power’s project alone is estimated at $400 million.',
      expected: [null, null, { value: 4e8, currency: 'USD' }],
    },
    // A joint venture priced by the sum right before it is a project.
    { body: 'Kazakh and Turkish firms will set up a $20 million joint venture for float glass production in Kyzylorda.', expected: [{ value: 2e7, currency: 'USD' }], countries: ['KZ', 'TR'] },
    // A company that allocates money for an object names its cost (a lender that does so finances it: see financing).
    { body: 'Turkey’s Kibar Holding will allocate $75 million for a new aluminium rolling mill in Navoi.', expected: [{ value: 7.5e7, currency: 'USD' }], organization: 'Kibar Holding' },
    // A cascade of hydropower plants is one object.
    { body: 'Chinese contractor Sinohydro Bureau 3 is ready to build the 900 MW Suusamyr hydropower cascade, the Kyrgyz energy minister said.', expected: [null], organization: 'Sinohydro Bureau 3' },
    // A number with thousands separators is one word between the making verb and its object.
    { body: 'Minsk Motor Works and Uzagromash will jointly assemble 1,500 combines a year at a plant in Jizzakh.', expected: [null], organization: 'Minsk Motor Works' },
    // "is also developing" names a second object of the same builder; a detail of the first ("will also fit") is absorbed.
    {
      body: 'Gulf Wind Energy will build a 300 MW wind farm near Navoi at a cost of $350 million.\nThe company is also developing a 200 MW package of solar plants in Bukhara region.',
      expected: [{ value: 3.5e8, currency: 'USD' }, null],
      organization: 'Gulf Wind Energy',
    },
    {
      body: 'Gulf Wind Energy will build a 300 MW wind farm near Navoi at a cost of $350 million.\nThe company will also install a substation at the farm.',
      expected: [{ value: 3.5e8, currency: 'USD' }],
      organization: 'Gulf Wind Energy',
    },
    // The rest of the money coming from the budget does not make the project's total the budget's.
    {
      body: 'The Islamic Development Bank will finance a ring road around Sheki.\nThe total cost of the project is estimated at 150 million manat, and the remaining part will be allocated from the state budget.',
      expected: [{ value: 1.5e8, currency: 'AZN' }],
    },
    // ", of which $20 million will come from the state budget": the part is the budget's, the total is the project's.
    {
      body: 'The OPEC Fund will co-finance the Kairakkum bypass road.\nThe total cost of the project is estimated at $80 million, of which $20 million will be financed from the state budget.',
      expected: [{ value: 8e7, currency: 'USD' }],
      organization: 'OPEC Fund',
    },
    // A name joined by an en dash is one word between the verb and its object.
    { body: 'The ADB approved a loan for the rehabilitation of the Osh–Batken section of the Bishkek–Osh road.', expected: [null], organization: 'Asian Development Bank' },
    // "the railway" after the one priced railway of the article is that railway, not another project.
    {
      body: 'Transport ministers of Kazakhstan, Uzbekistan and Turkmenistan met in Turkestan on the implementation of the Turkestan–Ashgabat railway project.\nThe 800-kilometre railway will cost an estimated $3 billion, the ministers said.\nOnce the railway is launched, transit time from Almaty to the Caspian will fall by half.',
      expected: [{ value: 3e9, currency: 'USD' }],
    },
    // A project's builder named in the sentence after its cost is its party.
    {
      body: 'Tajikistan and Germany will rebuild the water network of Khujand.\nThe Khujand project, with a total cost of 60 million somoni, covers 90 kilometres of pipes. It will be implemented by Sughd Water Networks JSC.',
      expected: [{ value: 6e7, currency: 'TJS' }],
      organization: 'Sughd Water Networks JSC',
    },
    // "the cost of" an object prices it; the consultancy that estimated it is a source.
    {
      body: 'Kazakhstan and Azerbaijan agreed to build a fibre-optic line across the Caspian. According to a study prepared by Nordic Cable Consultants, the cost of the Trans-Caspian cable is estimated at $50 million.',
      expected: [{ value: 5e7, currency: 'USD' }],
      countries: ['KZ', 'AZ'],
    },
    // ", with the remaining part ... from the state budget" leaves the total to the project.
    {
      body: 'The Saudi Fund will co-finance a water network in Nukus.\nThe total cost of the project is estimated at $70 million, with the remaining part to be financed from the state budget.',
      expected: [{ value: 7e7, currency: 'USD' }],
      organization: 'Saudi Fund',
    },
    // The one object a contract builds costs what the contract is worth, stated in the next sentence.
    {
      body: 'Türkmengaz signed a contract with China’s Sinopec Engineering for the construction of a gas processing plant. The value of the contract is 4 billion yuan.',
      expected: [{ value: 4e9, currency: 'CNY' }],
      organization: 'Sinopec Engineering',
    },
    // Names with diacritics and a spaced dash are words between the verb and its object.
    {
      body: 'Turkmenistan’s Garaşsyz Ýollar and Türkiye’s Kuzey Yapı signed a contract for the construction of a 40-kilometre section of the Mary – Sakarçäge highway, worth 900 million manat.',
      expected: [{ value: 9e8, currency: 'TMT' }],
      countries: ['TM', 'TR'],
    },
    // "Its total cost", "will cost": the cost of the object named before; "the first phase" points back to its builders.
    { body: 'The ADB will co-finance the Rikoti tunnel in Georgia.\nThe tunnel will be 9 km long. Its total cost is estimated at 1.2 billion lari.', expected: [{ value: 1.2e9, currency: 'GEL' }], countries: ['GE'] },
    {
      body: 'A consortium of China’s Bohai Port Engineering and Singapore’s Meridian Harbour will build the first phase of the Anaklia port. The first phase will cost $600 million, the minister said.',
      expected: [{ value: 6e8, currency: 'USD' }],
      organization: 'Bohai Port Engineering',
    },
    // "the same company" is the company named before.
    {
      body: 'China’s Hunan Glassworks Group signed an agreement with the Jizzakh region.\nLast year, the same company launched a glass factory worth $60 million in Namangan.',
      expected: [{ value: 6e7, currency: 'USD' }],
      organization: 'Hunan Glassworks Group',
    },
    // The investment in one object being built is its cost, in its own sentence or the next.
    { body: 'South Korea’s Hanil Metals is developing the Aktas tungsten deposit in Kazakhstan, with total investment of $500 million.', expected: [{ value: 5e8, currency: 'USD' }], organization: 'Hanil Metals' },
    {
      body: 'A 400 MW solar plant in Bilasuvar is being built by the UAE’s Masdar Sun Power. The investment is estimated at 600 million manat.',
      expected: [{ value: 6e8, currency: 'AZN' }],
      organization: 'Masdar Sun Power',
    },
    // "The value of the contract" a sentence after the signing ceremony prices the one object the contract builds.
    {
      body: 'Türkmenhimiýa signed a contract with Japan’s Sato Engineering for the construction of a fertiliser plant in Mary. The signing ceremony took place in Ashgabat. The value of the contract amounts to $800 million.',
      expected: [{ value: 8e8, currency: 'USD' }],
      organization: 'Sato Engineering',
    },
    // "The investment volume amounted to" the plant just built (and "built by" with no comma names its builder).
    {
      body: 'A glass plant built by the Chinese company Fujian Glassworks Group opened in Chui region. The investment volume amounted to 3 billion soms.',
      expected: [{ value: 3e9, currency: 'KGS' }],
      organization: 'Fujian Glassworks Group',
    },
    // "the Japanese company" is the company named before; an object built "in 2017" is not a detail of another.
    {
      body: 'Kanemura Engineering is a long-standing partner of Turkmenistan. Under a contract signed in 2017, the Japanese company built a gas-to-gasoline plant in Akhal.',
      expected: [null],
      organization: 'Kanemura Engineering',
    },
    // A comma after a bracketed sum closes its item: the company after it is the next item's, not this one's.
    {
      body: 'Hanul Medical will set up syringe production in Jizzakh ($45 million), and Kumsan Textile will build a spinning factory in Fergana ($60 million).',
      expected: [{ value: 4.5e7, currency: 'USD' }, { value: 6e7, currency: 'USD' }],
      organization: 'Hanul Medical',
    },
    // "The cost of the project" reaches back past the plant's description to its builder.
    {
      body: 'A plant for wind turbine blades built by China’s Jiangsu Fengyuan Wind Equipment opened in Zhambyl region.\nThe plant employs 600 people.\nThe cost of the project amounted to 900 million yuan.',
      expected: [{ value: 9e8, currency: 'CNY' }],
      organization: 'Jiangsu Fengyuan Wind Equipment',
    },
    // "Besides, the parties discussed building a storage facility": another object, not a detail of the priced one.
    {
      body: 'Kyrgyzstan’s Investment Promotion Agency and Germany’s Gruenwald Agrartechnik GmbH signed an agreement on a greenhouse complex in Chui region. The complex will cost $20 million.\nBesides, the parties discussed the possibility of building a vegetable storage facility in Talas region.',
      expected: [{ value: 2e7, currency: 'USD' }, null],
      organization: 'Gruenwald Agrartechnik GmbH',
    },
    // "the design and construction of a plant" is one object.
    { body: 'Türkmenhimiýa and Japan’s Hoshida Engineering signed a contract for the design and construction of a carbamide plant in Garabogaz.', expected: [null], organization: 'Hoshida Engineering' },
    // Water supply networks are built objects.
    { body: 'The Tashkent city khokimiyat and Germany’s Elbe Wasser GmbH signed a memorandum on the reconstruction of water supply networks in Yunusabad.', expected: [null], organization: 'Elbe Wasser GmbH' },
    // A sum invested "in a dry port" is the port's cost.
    {
      body: 'Emirati company Falcon Gulf Power will build a wind farm in Zhambyl region worth $1 billion, while Al Noor Logistics will invest $200 million in a dry port near Khorgos.',
      expected: [{ value: 1e9, currency: 'USD' }, { value: 2e8, currency: 'USD' }],
      organization: 'Al Noor Logistics',
    },
    // "The Iranian side" points back to the sides of the memorandum just listed.
    {
      body: '- a memorandum between Turkmenistan’s Demiryol Agency and Iran’s Khorasan Rail Company on a second track on the Serakhs–Mashhad railway;\nThe Iranian side informed that the cost of building the 165-kilometre second track is estimated at $380 million.',
      expected: [{ value: 3.8e8, currency: 'USD' }],
      organization: 'Khorasan Rail Company',
    },
    // A loan's sum is no price of the road it rehabilitates: the road stays a project without an amount.
    {
      body: 'On the same day, an agreement was signed with the Kuwait Fund for Arab Economic Development on a loan of 9 million Kuwaiti dinars to rehabilitate the 64-kilometer Vose–Khovaling road.',
      expected: [null],
      organization: 'Kuwait Fund',
    },
    // "The total project cost" points back to the lender; ", of which the Government of Mongolia will contribute" is its share.
    {
      body: 'The ADB will finance a district heating project in Darkhan.\nThe total project cost is $190 million, of which the Government of Mongolia will contribute $25 million.',
      expected: [{ value: 1.9e8, currency: 'USD' }],
      organization: 'Asian Development Bank',
    },
    // A float glass line is a built object.
    { body: 'Aral Silicate Group and China’s Hebei Jingtai Machinery are preparing a second phase, a float glass line worth $90 million.', expected: [{ value: 9e7, currency: 'USD' }], organization: 'Hebei Jingtai Machinery' },
    // A sum invested, after its conversion, "in the construction of a hotel and conference complex" is the complex's cost.
    {
      body: 'Turkish company Karadeniz Otel A.Ş. will invest GEL 200 million (about $74 million) in the construction of a 300-room hotel and conference complex in Batumi.',
      expected: [{ value: 2e8, currency: 'GEL' }],
      organization: 'Karadeniz Otel A.Ş.',
    },
    // ", with the Government of Tajikistan contributing $11 million" is the host's share.
    {
      body: 'The ADB will finance an irrigation project in the Vakhsh valley.\nThe total cost of the project is estimated at $97 million, with the Government of Tajikistan contributing $11 million.',
      expected: [{ value: 9.7e7, currency: 'USD' }],
      organization: 'Asian Development Bank',
    },
    // "being built by Russia's Agrosfera-Volga" names the builder.
    {
      body: 'In addition, construction began on a meat processing plant in Chui region being built by Russia’s Agrosfera-Volga with an investment of 2.6 billion som.',
      expected: [{ value: 2.6e9, currency: 'KGS' }],
      organization: 'Agrosfera-Volga',
    },
    // "The investment is estimated at" a few sentences after the one object named.
    {
      body: 'Turkish company Anatolya Ruzgar A.Ş. and the Georgian Energy Development Fund signed a memorandum on the construction of a 120 MW wind power plant in Tetritskaro.\nThe plant will have 20 turbines. The investment is estimated at about EUR 96 million.',
      expected: [{ value: 9.6e7, currency: 'EUR' }],
      organization: 'Anatolya Ruzgar A.Ş.',
    },
    // "will cost" is a value word after a capacity "per year"; "The seed processing plant" takes the parties that named it.
    {
      body: '- Agreement between Qarabag Seeds MMC and Hungary’s Boly Agro Zrt. on the construction of a seed processing plant in Aghdam district;\nThe seed processing plant in Aghdam, with a capacity of 30,000 tons per year, will cost 34 million manat, the minister noted.',
      expected: [{ value: 3.4e7, currency: 'AZN' }],
      organization: 'Boly Agro Zrt.',
    },
    // A kind of infrastructure is a work of its own (round en8; real-a kabar-20251030-kg-ebrd-infrastructure-memo, real-d arka-20230118-am-ebrd-vp-interview).
    { body: 'The EBRD loan will help Osh upgrade the city’s water supply infrastructure for 60,000 residents.', expected: [null], organization: 'EBRD' },
    { body: 'In Yerevan the water supply and waste water removal infrastructure has been rehabilitated with the support of the EBRD and the EIB.', expected: [null], countries: ['AM'] },
    // One project the sentence is about: its "investment" is the project's cost (round en8, pooled real-a..h; real-c
    // kazinform-nodate-kz-tr-turkestan-airport-yda, real-h dailysabah-20140610-tr-az-promising-developments, real-d azernews-20240826-uz-az-seven-projects-list).
    {
      body: 'The project is to be carried out together with the Turkish company Kalyon Holding in Turkestan, and the investment attracted amounts to more than $70 million.',
      expected: [{ value: 7e7, currency: 'USD' }],
      organization: 'Kalyon Holding',
    },
    { body: 'This is a major project that Chinese companies will build in Kazakhstan with a sizeable investment of 2 billion euros.', expected: [{ value: 2e9, currency: 'EUR' }] },
  ],
  negative: [
    // A tally of firms with foreign capital is a statistic (real-zh trend-20180905-uz-cn-hengshui-factories, real-zt kazinform-20090513-kz-cn-
    // xinjiang-trade).
    'At present more than 300 enterprises with Turkish investments operate in Turkmenistan, among them 40 joint ventures.',
    'So far 12 projects involving Korean capital have been registered in Kazakhstan, and 9 enterprises have been set up with Korean capital taking part.',
    // Countries named after "projects ... include" are the parties, not projects of their own.
    'Countries taking part in the regional transit projects include Kazakhstan, Kyrgyzstan and Tajikistan.',
    // The Silk Road and the Belt and Road are a route of history and a policy's name: their "construction" builds nothing (real-f
    // kazinform-20150917-kz-cn-nur-otan-protocol, real-m railwaypro-nodate-kz-cn-33-deals, real-s xebersaati-20170719-az-ge-tr-customs-silk-road).
    'Uzbekistan and China agreed to deepen cooperation through the joint construction of the Silk Road Economic Belt.',
    'Kyrgyzstan, Turkey and Azerbaijan are working hard on developing the Silk Road, the Kyrgyz minister told the meeting.',
    'The Kazakh senator recalled the initiative of China\'s president to create the economic belt of the Silk Road.',
    'Tajikistan and China will jointly build the Belt and Road, the two leaders said.',
    // A kind of works with no article, one item of a list of fields, is a sector (real-c apa-20190329-az-hu-ambassador-interview, real-d
    // irandaily-20191005-ir-tm-joint-commission-mous).
    'Korean firms are ready to work with Uzbek partners in agriculture, the ICT sector, road and bridge construction, and water management.',
    'Energy, transit, railway construction, and trade have been the main areas of cooperation between Kazakhstan and Iran.',
    // Joint ventures counted or wished for, with no output named (real-a idsa-nodate-kg-ru-tm-kz-uz-weekly-review, real-d
    // investforesight-nodate-ru-kz-trade); a project loan is a loan (project-priced).
    'Belarus said it is keen to set up more joint ventures in Turkmenistan.',
    'More than 4,000 joint ventures now operate in the border regions of the two countries.',
    'The World Bank approved a $40 million project loan for Kyrgyzstan.',
    // A loan spent on buying goods, on lending on, or on a whole country's sector builds no one work (real-c
    // ubpost-20090319-mn-ru-nuclear-loan-railway, real-f jica-20101119-mn-jp-sme-two-step-loan, real-a uzreport-nodate-uz-cn-cdb-city-transport).
    'The Asian Development Bank lent Mongolia $50 million.\nThe loan will go to buying agricultural machinery, grain and fertilizers.',
    'JICA signed a $40 million loan with Mongolia.\nThe funds will go to long-term financing for small businesses.',
    'The China Development Bank will lend Uzbekistan $180 million.\nThe money will be spent on upgrading the country’s urban transport system.',
    // No lender in the article: money spent by whom is not said.
    'Kazakhstan adopted its budget for 2027.\nThe money will be spent on reconstruction projects in the villages of Turkestan region.',
    // A lender's sum set aside for a project's preparation is its financing, not the project's price (real-d adb-20150115-tj-country-allocation).
    'The Asian Development Bank will raise its assistance to Tajikistan next year.\nA further $12 million is being set aside for the preparation of a road project.',
    // "built on" founds, it does not make (real-c fiez-nodate-uz-kr-priorities-of-cooperation, real-d 24kg-20260123-kg-cn-bishkek-bypass,
    // real-f zawya-nodate-tj-opec-fund-18m-loans).
    'The Kuwait Fund backs a school system built on modern infrastructure and new technologies, with better equipment, school buildings and sports facilities.',
    'Korea and Kyrgyzstan praised a partnership built on modern technology and trust.',
    // "build up cooperation", "build the capacity of", "the road construction industry": strengthening and a trade, not works
    // (real-d 24kg-20260123-kg-cn-bishkek-bypass, geoeconomics-20091110-ge-wb-east-west-highway).
    'The memorandum with the Chinese contractor is meant to build up cooperation in carrying out an infrastructure project near Osh.',
    'The EU grant will also build the capacity of the ministry and the local road construction industry to manage the road network of Georgia.',
    // A denied object is no project (real-b timesca-nodate-kg-atambayev-press-conference; agreements: real-a eurasianet, ubpost).
    '"In these years not a single cement plant has been built in Kyrgyzstan by foreign investors," the minister said.',
    // Two objects after one verb are not yet a list of projects of their own (the sentence's own count rules decide).
    'The ministry discussed cooperation in energy, transport and agriculture.',
    // A running cost ("the cost of sending patients") prices no object; a budget's allocation with no party is its own.
    'The Kuwait Fund will co-finance a hospital in Osh. Currently, the annual cost of sending patients to Bishkek for treatment is estimated at 1.2 billion soms.',
    'Kazakhstan’s budget for 2027 was approved. A total of 540 billion tenge is allocated for the construction of 110 schools, and 310 billion tenge for the repair of local roads.',
    // A joint statement is no joint work on the railway; a joint investment platform is no built object.
    'The ministers of Azerbaijan, Georgia and Türkiye signed a protocol on freight tariffs on the Baku-Tbilisi-Kars railway and a joint statement.',
    'Kazakhstan’s QazGreen Holding and Emirati investor Al Dhafra Capital signed an agreement to establish a joint investment platform with a capital of $500 million.',
    // A company's name builds nothing: "Building Materials" is no verb, "cooperation in glass production" no object.
    'The ministry signed a memorandum with Wuhan Building Materials on cooperation in glass production.',
    // Opening a credit line builds no line.
    'The Export-Import Bank of Korea opened a credit line of $50 million for Kazakh banks to finance purchases of Korean equipment.',
    'The joint venture’s revenue rose to $20 million last year.',
    'A cascade of failures in the grid left Bishkek without power for six hours, the ministry said.',
    'The city will build three new schools with budget funds this year.',
    'The Kazakh railway company reported record cargo volumes this year.',
    'The Ministry of Health of Kyrgyzstan will build 40 rural clinics and open 12 new hospitals by 2027.',
    'The IsDB approved a $70 million loan to Tajikistan for the reconstruction of irrigation canals.',
    'The forecast of the weather for the weekend has been released.',
    'Artists from neighbouring countries will perform on the stage of the drama theatre.',
    'Azerenerji is in talks with the Black Sea Trade and Development Bank on a loan of up to €90 million for the substation.',
    'The Kuwait Fund is expected to co-finance the new hospital with up to $30 million.',
    'The old bridge over the river was built in 1936 and is now a listed monument.',
    'Turkish investors have put money into 40 projects in Kyrgyzstan, including agriculture, tourism and retail.',
    'The Nurek HPP, built in Soviet times, still supplies most of the country’s electricity.',
    // A number is one word, but the window still ends: a plant far after the verb is not its object.
    'UzAuto Motors produced 350,000 cars in 2025, up 12 percent on the year before, while sales abroad grew faster than at any plant.',
    // A credit facility is a loan, not a building.
    'Halyk Bank and the Korea Development Bank reached an agreement to open a $70 million credit facility for Kazakh exporters.',
    'The central bank will open a liquidity facility for small lenders.',
    // The objects of priced documents are the documents' subjects; each "with X" is a counterparty, not a partner.
    'Orion Steel signed a $150 million agreement with Baltic Ore on a rolling mill, and Kaspi Cement signed a $90 million contract with the Mangystau administration on the Aktau–Beineu highway upgrade.',
    // Plural works paid for by a loan are a programme, not one project.
    'The World Bank approved a $40 million grant for the reconstruction of rural schools and clinics in Kyrgyzstan.',
    'The new hotel, built by a local developer, hosted the delegations from Uzbekistan and Kyrgyzstan.',
    // Infrastructure in general ("new", "modern", "critical" infrastructure, "infrastructure cooperation") is a field, not a work (round en8,
    // pooled real-a..h; real-d adb-20150115-tj-country-allocation, real-f zawya-nodate-tj-opec-fund-18m-loans, real-h koreaherald-20240614-kr-uz-bullet-train-export).
    'The partnership between the Asian Development Bank and Tajikistan has advanced social development, modernized and built new infrastructure, and increased farm output.',
    'The OPEC Fund is ready for a further expansion of its partnership with Tajikistan in developing critical infrastructure.',
    'Korea asked Uzbekistan to create more opportunities for infrastructure cooperation between the two countries.',
    // An investor's total "investment in" a country, beside a project named, is no project's cost (real-a kabar-20251030-kg-ebrd-infrastructure-memo).
    'This is the seventh infrastructure project the EBRD has signed in Kyrgyzstan in 2025, which brings the bank’s total investment in the country’s infrastructure this year to €100 million.',
  ],
};
