import type { CueCorpus } from './types.js';

/** Financing cues (FACTS.md `financing`), written for this project. */
export const FINANCING_CUES: CueCorpus = {
  type: 'financing',
  positive: [
    // A lender's money given for making something is financing, not the object's price (real-r financialtribune-nodate-tj-aiib-first-loans,
    // real-u uzdaily-20090716-kg-adb-bishkek-torugart-road, real-d kunuz-20171024-uz-ebrd-two-projects, real-n zawya-nodate-tj-sa-sfd-schools-loan).
    {
      body: 'The Asian Infrastructure Investment Bank approved two new loans on Friday. A sum of $80 million is to rebuild roads in Tajikistan, and $30 million will build a power line in Kyrgyzstan.',
      expected: [{ value: 8e7, currency: 'USD' }, { value: 3e7, currency: 'USD' }],
      countries: ['TJ', 'KG'],
    },
    // In an article whose title names the lender, its money with no party of its own is the lender's (real-d 24kg-20250429-kg-adb-naryn-water,
    // real-t finchannel-nodate-kg-adb-vice-president-visit).
    { title: 'ADB backs water supply in Naryn region', body: 'Funding for the program in Kyrgyzstan amounts to $38.8 million over four years.', expected: [{ value: 3.88e7, currency: 'USD' }], organization: 'ADB' },
    // "extended" gives as "provided" does (real-p publicnow-20211117-uz-kr-edcf-pharmacy-university, real-b devfinance-20170518-kz-kg-ebrd-seven-projects).
    { body: 'Korea Eximbank has so far extended a total of $400 million to Kyrgyzstan through its development fund.', expected: [{ value: 4e8, currency: 'USD' }], countries: ['KR', 'KG'] },
    // A sum that is the direct object of a lender's or a state's giving verb is financing, though what it builds follows (real-b
    // turan-nodate-az-adb-masalli-astara-tranche "is extending $ 200 million to build"; real-d todayaz-nodate-az-ge-marabda-kartsakhi-loan
    // "will issue Georgia another $130,000,000 to build").
    { body: 'The Asian Development Bank (ADB) is extending $150 million to build a 45-kilometer section of the Bishkek-Osh highway.', expected: [{ value: 1.5e8, currency: 'USD' }], organization: 'Asian Development Bank' },
    { body: 'In 2010 Kazakhstan will issue Kyrgyzstan another $40,000,000 to build the Balykchy railway section.', expected: [{ value: 4e7, currency: 'USD' }], countries: ['KZ', 'KG'] },
    // Assistance named by its sum (real-n urdupoint-20191001-mn-adb-390m-financing "assistance worth a total of", real-s
    // messenger-20081217-am-ru-crisis-assistance "USD 200 million in assistance", real-i uzdaily-20240828-uz-jp-jica-interview
    // "extended support amounting to").
    { body: 'Kyrgyzstan asked Kazakhstan for $150 million in assistance to cover its budget gap.', expected: [{ value: 1.5e8, currency: 'USD' }], countries: ['KG', 'KZ'] },
    { body: 'Since 1995 the Islamic Development Bank has given Tajikistan assistance worth a total of $1.1 billion.', expected: [{ value: 1.1e9, currency: 'USD' }], organization: 'Islamic Development Bank' },
    { body: 'Since cooperation began, KOICA has extended support amounting to 95 billion won to Mongolia.', expected: [{ value: 9.5e10, currency: 'KRW' }], countries: ['MN'] },
    // A lender's fact sheet: the instrument after the lender's acronym is the sum's cue, not part of a name (real-o
    // worldbank-20110628-kg-ida-on-farm-irrigation "IDA Credit:", real-zl marketscreener-20190321-tj-wb-casa1000-community "Terms: IDA Grant:").
    { title: 'Tajikistan: Rural Water Supply Project', body: 'IBRD Loan: US$12.5 Million Equivalent', expected: [{ value: 1.25e7, currency: 'USD' }], organization: 'IBRD' },
    { title: 'Kyrgyz Republic: Second Rural Roads Project', body: 'Terms: ADB Grant: US$ 31 million (no repayment)', expected: [{ value: 3.1e7, currency: 'USD' }], organization: 'ADB' },
    // The passive of giving (real-k ferganaplus-nodate-uz-jp-jica-3-5bn, real-e agendage-nodate-ge-eu-30m-association).
    { body: 'Funds of $1.2 billion will be made available to Kazakhstan by the Asian Development Bank for roads.', expected: [{ value: 1.2e9, currency: 'USD' }], organization: 'Asian Development Bank' },
    { body: 'Armenia will be granted €25 million by the European Investment Bank for schools.', expected: [{ value: 2.5e7, currency: 'EUR' }], countries: ['AM'] },
    // A development bank that finances, supports or gives financial assistance, with no sum (real-a eib-nodate-ge-gwp-water-loan;
    // real-b asiaplus-20191209-tj-adb-400m-plan, arabnews-nodate-uz-sa-falih-delegation-deals).
    { body: 'The EBRD finances projects in Armenia under its country strategy.', expected: [null], countries: ['AM'] },
    { body: 'At present, Kyrgyzstan gets financial assistance from the Asian Development Bank on concessional terms.', expected: [null], organization: 'Asian Development Bank' },
    // A lender or a state that will finance, or co-finance, with no sum (real-j jica-20120312-mn-jp-social-sectors-loan, real-k euroalert-
    // nodate-am-eib-border-water-loans, real-g madeinchina-nodate-tm-cn-galkynysh-deals, real-c apa-20190329-az-hu-ambassador-interview).
    { body: 'The Islamic Development Bank (IsDB) will co-finance the loan to Kyrgyzstan.', expected: [null], organization: 'Islamic Development Bank' },
    { body: 'Japan will finance the second stage of the Navoi airport upgrade in Uzbekistan.', expected: [null], countries: ['JP', 'UZ'] },
    { body: 'A cold store is being built in Shymkent; this project is financially backed by the Eurasian Development Bank.', expected: [null], organization: 'Eurasian Development Bank' },
    // A project "co-financed with" a lender, a lender "co-financing with" another (real-d aiib-20200721-ge-covid-loan;
    // real-f kunuz-20190813-uz-aiib-joint-projects, zawya-nodate-tj-opec-fund-18m-loans).
    { body: 'Some 9,000 pupils in Kyrgyzstan will use the new schools of the programme, which is co-financed with the Islamic Development Bank.', expected: [null], organization: 'Islamic Development Bank' },
    { body: 'The minister said the AIIB, co-financing with the World Bank, may also join the Bukhara water project in Uzbekistan.', expected: [null], organization: 'World Bank' },
    { body: 'Cofinanced with the Asian Development Bank, the programme will support Georgia’s budget.', expected: [null], organization: 'Asian Development Bank' },
    // A lender's grant moved to a state budget is budget support, not the budget's own money (real-b newsam-20220727-am-eu-budget-support-grants).
    { body: 'Under the EU budget support programme, 12 million euros have been transferred to the state budget of Moldova as a grant.', expected: [{ value: 1.2e7, currency: 'EUR' }], countries: ['MD'] },
    {
      body: "The European Union is Armenia's largest donor of grants.\nOverall, a grant of 20 million euros has been moved to the state budget under the programme over two years.",
      expected: [{ value: 2e7, currency: 'EUR' }],
      organization: 'European Union',
    },
    // A loan with no party of its own is the lender's the article is about (real text: real-a adb-20171027-tj-nakao-carec-speech
    // "So far we have approved ...", worldbank-20200612-kg-disaster-resilience "is given as a grant", vom-nodate-mn-de-development-cooperation).
    {
      body: 'The Asian Development Bank opened its resident mission in Dushanbe in 1996.\n"So far we have approved a total of $2 billion in loans and grants for Tajikistan," the mission head said.',
      expected: [{ value: 2e9, currency: 'USD' }],
      organization: 'Asian Development Bank',
    },
    // What a development bank does with a sum, with no instrument named, is lending (real text: real-a newstj-20171207-tj-sfd-ofid-isdb-kulob-road
    // "are expected to come from the Abu Dhabi Fund", vom-nodate-mn-de-development-cooperation "earmarked", adb-20171027-tj-nakao-carec-speech "approved a total of").
    { body: 'The remaining 25 million dollars are expected to come from the Kuwait Fund for Arab Economic Development.', expected: [{ value: 2.5e7, currency: 'USD' }], organization: 'Kuwait Fund' },
    { body: 'The EBRD has earmarked $40 million for small businesses in Armenia.', expected: [{ value: 4e7, currency: 'USD' }], countries: ['AM'] },
    { body: "The Asian Development Bank's cumulative approvals for Mongolia reached $3.5 billion.", expected: [{ value: 3.5e9, currency: 'USD' }], countries: ['MN'] },
    { body: 'The Asian Development Bank approved a $150 million loan to Kyrgyzstan for rural water supply.', expected: [{ value: 1.5e8, currency: 'USD' }], organization: 'Asian Development Bank', countries: ['KG'] },
    { body: 'The European Union will provide 20 million euros to Armenia for border management.', expected: [{ value: 2e7, currency: 'EUR' }], organization: 'European Union' },
    { body: 'Japan allocated a grant of $9 million to Tajikistan to equip hospitals.', expected: [{ value: 9e6, currency: 'USD' }], countries: ['JP', 'TJ'] },
    { body: 'The new school in Osh is financed by the Saudi Fund for Development.', expected: [null], organization: 'Saudi Fund for Development' },
    {
      body: 'The package comprises a $60 million EBRD loan and a $15 million GCF grant for the Nurek dam.',
      expected: [{ value: 6e7, currency: 'USD' }, { value: 1.5e7, currency: 'USD' }],
    },
    // A loan under negotiation is financing (discussed), whatever it is for.
    {
      body: 'Azerenerji is in talks with the Black Sea Trade and Development Bank on a loan of up to €90 million for the substation.',
      expected: [{ value: 9e7, currency: 'EUR' }],
      organization: 'Black Sea Trade and Development Bank',
    },
    // "co-finance the hospital with $X": the object financed is the purpose, the lender's money is financing.
    { body: 'The Kuwait Fund is expected to co-finance the new hospital with up to $30 million.', expected: [{ value: 3e7, currency: 'USD' }], organization: 'Kuwait Fund' },
    // The parts of a package take the package's lender when they name none of their own.
    {
      body: 'The European Investment Bank has approved a €110 million financing package for Georgia. The package consists of a €90 million loan and a €20 million grant for water utilities.',
      expected: [{ value: 1.1e8, currency: 'EUR' }, { value: 9e7, currency: 'EUR' }, { value: 2e7, currency: 'EUR' }],
      organization: 'European Investment Bank',
    },
    // A development bank's projects with no verb of investing are its lending.
    { body: 'Over two decades the EBRD has carried out 150 projects in Armenia worth €1.8 billion.', expected: [{ value: 1.8e9, currency: 'EUR' }] },
    { body: 'The remaining funding is expected from the Abu Dhabi Fund for Development and the city budget.', expected: [null], organization: 'Abu Dhabi Fund for Development' },
    // Money received from a development bank, with no instrument named, is its financing.
    { body: 'Armenia will receive €45 million from the Asian Development Bank under the new programme.', expected: [{ value: 4.5e7, currency: 'EUR' }], organization: 'Asian Development Bank' },
    // "The fund" pointing back to a development fund: its projects are its lending.
    {
      body: 'The Saudi Fund for Development opened an office in Bishkek. The fund has financed 12 projects in Kyrgyzstan worth over $300 million since 2001.',
      expected: [{ value: 3e8, currency: 'USD' }],
      organization: 'Saudi Fund for Development',
    },
    { body: 'The European Union announced a €25 million support package for farmers in Moldova and Armenia.', expected: [{ value: 2.5e7, currency: 'EUR' }], organization: 'European Union' },
    { body: 'Turkish Eximbank opened a $200 million credit line for Azerbaijani importers.', expected: [{ value: 2e8, currency: 'USD' }], organization: 'Eximbank' },
    // A signed credit line agreement is a loan agreement: financing as well as agreement (FACTS.md "Loans and grants").
    { body: 'Halyk Bank and the Export-Import Bank of Korea signed a credit line agreement of 150 million US dollars to support Kazakh exporters.', expected: [{ value: 1.5e8, currency: 'USD' }], organization: 'Export-Import Bank of Korea' },
    { body: 'The Asian Development Bank has committed over $1.5 billion to Mongolia since 1991.', expected: [{ value: 1.5e9, currency: 'USD' }], organization: 'Asian Development Bank' },
    // A lender's money for a state budget is financing; money from a budget is not (see the negatives).
    { body: 'The ADB approved a $120 million policy-based loan to support Mongolia’s state budget.', expected: [{ value: 1.2e8, currency: 'USD' }], organization: 'Asian Development Bank' },
    // A development bank that approves or disburses a sum lends it, whatever the instrument's name.
    { body: 'The Islamic Development Bank’s board approved a $120 million operation for rural roads in Kyrgyzstan.', expected: [{ value: 1.2e8, currency: 'USD' }], organization: 'Islamic Development Bank' },
    // A lender that allocates money for an object finances it (a company that does so prices its own project).
    { body: 'The OPEC Fund will allocate $40 million for a water treatment plant in Khujand.', expected: [{ value: 4e7, currency: 'USD' }], organization: 'OPEC Fund' },
    // A signed agreement to finance something is a financing agreement.
    { body: 'The Kuwait Fund and the Ministry of Finance of Tajikistan signed a $30 million agreement to finance a bridge over the Vakhsh.', expected: [{ value: 3e7, currency: 'USD' }], organization: 'Kuwait Fund' },
    // Agreeing to open a credit facility is the loan itself.
    { body: 'Halyk Bank and the Korea Development Bank reached an agreement to open a $70 million credit facility for Kazakh exporters.', expected: [{ value: 7e7, currency: 'USD' }], organization: 'Korea Development Bank' },
    // Budget money is one party's only in its own clause: the lender's loan beside it stays a fact.
    { body: 'The Kuwait Fund will lend $35 million for the scheme, while the city will add $5 million from the local budget.', expected: [{ value: 3.5e7, currency: 'USD' }], organization: 'Kuwait Fund' },
    { body: 'The EBRD is financing the Tbilisi bypass alongside the Asian Development Bank.', expected: [null], organization: 'European Bank for Reconstruction and Development' },
    // The loan named after the document ("an agreement on a loan of"), and a loan named in the sentence after the agreement.
    { body: 'The Saudi Fund for Development and the Ministry of Finance of Kyrgyzstan signed an agreement on a loan of 40 million Saudi riyals to build schools in Osh.', expected: [{ value: 4e7, currency: 'SAR' }], organization: 'Saudi Fund for Development' },
    {
      body: 'Tajikistan and the OPEC Fund signed an agreement in Dushanbe on Monday. Under the agreement, the fund will provide a loan of thirty million US dollars for the rehabilitation of irrigation canals.',
      expected: [{ value: 3e7, currency: 'USD' }],
      organization: 'OPEC Fund',
    },
    // A loan named without its sum and the same lender's sum in the next sentence are one loan.
    {
      body: 'The new bridge over the Naryn will be financed by a soft loan of the Asian Development Bank. The board of the bank approved the loan of $75 million in March.',
      expected: [{ value: 7.5e7, currency: 'USD' }],
      organization: 'Asian Development Bank',
    },
    // An agreement on financial cooperation is one government's money for another.
    {
      body: 'Georgia and Japan signed an agreement on financial cooperation, under which the Japanese side will provide Georgia with 9 billion yen.',
      expected: [{ value: 9e9, currency: 'JPY' }],
      countries: ['GE', 'JP'],
    },
    // A sum given as the equivalent of the loan just named is the same loan, not a second one.
    {
      body: 'The Saudi Fund for Development signed a loan agreement worth 150 million riyals with Tajikistan. The loan, equivalent to about $40 million, is provided for 20 years.',
      expected: [{ value: 1.5e8, currency: 'SAR' }],
      organization: 'Saudi Fund for Development',
    },
    // Two sums of the same scale joined by "and" are two loans, one per lender in order.
    {
      body: 'The Asian Development Bank and the European Investment Bank are co-financing the bypass, providing $150 million and 120 million euros respectively.',
      expected: [{ value: 1.5e8, currency: 'USD' }, { value: 1.2e8, currency: 'EUR' }],
      organization: 'Bank',
    },
    // One financing agreement with a loan and a grant: each part is financing (the agreement is counted once, below).
    {
      body: 'Uzbekistan and Germany’s KfW signed a financing agreement under which KfW will provide a 30 million euro loan and a 4 million euro grant for schools.',
      expected: [{ value: 3e7, currency: 'EUR' }, { value: 4e6, currency: 'EUR' }],
      organization: 'KfW',
    },
    // Beside the lenders, the host government's own share is no financing.
    {
      body: 'The project will be co-financed by the OPEC Fund ($20 mln) and the Saudi Fund for Development ($30 mln), while the Kyrgyz government will contribute 500 mln som.',
      expected: [{ value: 2e7, currency: 'USD' }, { value: 3e7, currency: 'USD' }],
      organization: 'Fund',
    },
    // "while the Government of Tajikistan will contribute" is the host's own share, however the government is named.
    { body: 'The OPEC Fund will provide Tajikistan with a loan of $12 million, while the Government of Tajikistan will contribute $3 million.', expected: [{ value: 1.2e7, currency: 'USD' }], organization: 'OPEC Fund' },
    // "a credit line of €80 mln" heads its sum, even after "credit" alone could be read as the cue.
    {
      body: '- Agreement between the Caspian Agro Fund and Danube Export Bank on opening a credit line of €80 mln for Hungarian machinery.',
      expected: [{ value: 8e7, currency: 'EUR' }],
      organization: 'Danube Export Bank',
    },
    // The document of one clause does not price the credit line of a contrasted clause; "Banque X" is a bank.
    {
      body: 'Astana Rail Service and Ligne Europe SAS signed a roadmap on rail logistics, while Qazyna Capital and Banque Lumière agreed on a 90 billion tenge credit line for small businesses.',
      expected: [{ value: 9e10, currency: 'KZT' }],
      organization: 'Banque Lumière',
    },
    // "The financing will be provided by" names the lender.
    { body: 'Turkmenistan will build a gas-to-gasoline plant in Balkan. The financing will be provided by the Japan Bank for International Cooperation together with commercial banks.', expected: [null], countries: ['JP'] },
    // "Under the agreement, India will provide $145 million for projects": the money provided under the document; the sum's
    // digits are no count of projects.
    {
      body: 'Uzbekistan and the Export-Import Bank of India signed a line of credit agreement. Under the agreement, India will provide $145 million for projects in housing and irrigation.',
      expected: [{ value: 1.45e8, currency: 'USD' }],
      organization: 'Export-Import Bank of India',
    },
    // A lender "considering providing a loan" or "participation in the financing of" an object finances it, amount unknown.
    { body: 'Sakura Electric will build a solar plant with storage in Mongolia. The Japan Green Infrastructure Fund is considering providing a loan for up to 60 percent of the cost.', expected: [null], organization: 'Japan Green Infrastructure Fund' },
    { body: 'The EDB approved a loan to Armenia in May. The EDB is also considering participation in the financing of the Aragats-2 solar power plant in Armenia.', expected: [null], organization: 'Eurasian Development Bank' },
    // A lender's trade finance is financing, not trade between parties (real-a trend-20240130-az-isdb-country-framework-mou;
    // real-d trend-20230710-az-isdb-liberated-territories, kunuz-20171024-uz-ebrd-two-projects).
    {
      body: 'Financing approved by the Asian Development Bank for projects in Mongolia totals $900 million. The sum includes $700 million in sovereign loans, $150 million in trade operations from its Trade and Supply Chain Finance Program and $50 million in other funds.',
      expected: [{ value: 9e8, currency: 'USD' }, { value: 7e8, currency: 'USD' }, { value: 1.5e8, currency: 'USD' }],
      organization: 'Asian Development Bank',
    },
    {
      body: 'The EBRD opened a credit line of $60 million for Hamkorbank. Of this sum, $45 million will go to small firms, while $15 million will be spent on supporting trade financing.',
      expected: [{ value: 6e7, currency: 'USD' }, { value: 4.5e7, currency: 'USD' }, { value: 1.5e7, currency: 'USD' }],
    },
    // "allot" gives money as "allocate" does (real-a kunuz-20210308-uz-jp-jica-loans-plan; real-d 168am-nodate-am-ru-stabilization-loan).
    { body: 'Kazakhstan allotted $150 million to Kyrgyzstan for 30 years to support its budget.', expected: [{ value: 1.5e8, currency: 'USD' }], countries: ['KZ', 'KG'] },
    { body: 'The Asian Development Bank and KfW will allot €40 million to Armenia as emergency aid.', expected: [{ value: 4e7, currency: 'EUR' }], organization: 'Asian Development Bank' },
    // A loan's terms name it (real-a kunuz-20210308-uz-jp-jica-loans-plan; real-d 168am-nodate-am-ru-stabilization-loan).
    { body: 'Under the plan agreed with KfW, €60 million will be provided for a 20-year period with a grace period of 5 years to rebuild water networks in Georgia.', expected: [{ value: 6e7, currency: 'EUR' }], organization: 'KfW' },
    { body: 'China gave Tajikistan 200 million yuan for 20 years at an interest rate of 1.5%.', expected: [{ value: 2e8, currency: 'CNY' }], countries: ['CN', 'TJ'] },
    // What one state owes another is money lent (real-za theasian-nodate-tj-cn-istiklol-industrial-zone, redorbit-20080917-kg-ru-pm-interview).
    { body: 'Kyrgyzstan now owes Turkey more than $200 million, a third of its foreign debt.', expected: [{ value: 2e8, currency: 'USD' }], countries: ['KG', 'TR'] },
    { body: 'The ministers discussed the schedule for paying off Tajikistan\'s 240m-dollar debt to Uzbekistan.', expected: [{ value: 2.4e8, currency: 'USD' }], countries: ['TJ', 'UZ'] },
    // A yearly flow of lending is no unit price (real-b devfinance-20170518-kz-kg-ebrd-seven-projects; real-c dunyo-20241118-uz-ebrd-patrone-interview).
    { body: '"We now lend around €300 million a year to Georgia," the EBRD president said.', expected: [{ value: 3e8, currency: 'EUR' }], countries: ['GE'] },
    // A lender's allocation is its money (real-b newsam-20220727-am-eu-budget-support-grants; real-d adb-20150115-tj-country-allocation).
    { body: 'The Islamic Development Bank will raise its annual allocation to Kyrgyzstan by about $35 million.', expected: [{ value: 3.5e7, currency: 'USD' }], organization: 'Islamic Development Bank' },
    {
      body: 'Georgia receives budget support grants from the European Union.\nUnder the public finance reform program, a further allocation—worth 4.5 million euros—was moved to the state budget.',
      expected: [{ value: 4.5e6, currency: 'EUR' }],
    },
    // A donor's pledge or promise is its money (real-d 168am-nodate-am-ru-stabilization-loan, ria-20081023-ge-ebrd-975m).
    { body: 'China pledged $2 billion to a recovery fund for Kyrgyzstan.', expected: [{ value: 2e9, currency: 'USD' }], countries: ['CN', 'KG'] },
    {
      body: 'At the donors’ conference for Armenia, the largest sum, about $400 million, was promised by Germany, while Japan and Korea plan to donate $150 million and $90 million.',
      expected: [{ value: 4e8, currency: 'USD' }, { value: 1.5e8, currency: 'USD' }, { value: 9e7, currency: 'USD' }],
    },
    // A receiver "granted" or "given" a sum by a development lender is given its money (real-d ria-20081023-ge-ebrd-975m;
    // real-e trend-20240305-kg-ebrd-water-resilience).
    {
      body: 'This year Armenia has been given $80 million by the EBRD for roads, and a further $40 million is to be granted next spring.',
      expected: [{ value: 8e7, currency: 'USD' }, { value: 4e7, currency: 'USD' }],
      organization: 'EBRD',
    },
    { body: 'Under the programme, Mongolia has been granted $12 million by the Asian Development Bank to repair rural schools.', expected: [{ value: 1.2e7, currency: 'USD' }], organization: 'Asian Development Bank' },
    // A priced document signed with a development lender is its loan or grant agreement, whatever the document is called
    // (real-e a1plus-nodate-am-ru-loans-790m, kazinform-20260205-tj-ae-adfd-rogun, trend-20110727-tm-isdb-balkan-water;
    // real-a 24kg-nodate-kg-adb-300m-interview).
    {
      body: 'A 45 million dollar financial agreement to back the upgrade of the Nurek substation was signed by Tajikistan and the Kuwait Fund for Arab Economic Development.',
      expected: [{ value: 4.5e7, currency: 'USD' }],
      organization: 'Kuwait Fund',
    },
    { body: 'Mongolia and the Asian Development Bank plan to sign an agreement for up to $120 million this autumn.', expected: [{ value: 1.2e8, currency: 'USD' }], organization: 'Asian Development Bank' },
    // A development lender's money put to a purpose is its financing, whatever object it pays for, and in an article about the
    // lender a sentence that names no party is still its (amount-lender-allocation: real-h asianpower-nodate-kg-world-bank-101m-dpo
    // "has assigned $101m to the ... Operation"; real-d adb-20150115-tj-country-allocation "A further $9 million is being set aside
    // for the preparation of a railway project", "earmarked for the government's budgetary support program").
    { body: "The World Bank's Board of Directors has assigned $80 million to a development policy operation for Kyrgyzstan.", expected: [{ value: 8e7, currency: 'USD' }], organization: 'World Bank' },
    {
      body: 'The Asian Development Bank will raise its assistance to Tajikistan next year.\nA further $12 million is being set aside for the preparation of a road project.',
      expected: [{ value: 1.2e7, currency: 'USD' }],
      organization: 'Asian Development Bank',
    },
    {
      body: 'The Asian Development Bank will raise its assistance to Tajikistan next year.\nA further $15 million has been earmarked for the government’s budgetary support programme.',
      expected: [{ value: 1.5e7, currency: 'USD' }],
      organization: 'Asian Development Bank',
    },
    // Where the money for a project comes from names its lender, with "for the project" and "also" or "partly" between
    // (real-g anca-nodate-am-edb-north-south-loan; real-f azernews-nodate-tm-jp-tr-lebap-power-plant).
    { body: 'Funding for the highway also comes from the Asian Development Bank.', expected: [null], organization: 'Asian Development Bank' },
    { body: 'Financing for the new power plant comes partly from the Japan Bank for International Cooperation.', expected: [null], organization: 'Japan Bank' },
    // "the bank" points to the lender named before, not to the fund or company named just before it (real-g
    // apdnews-nodate-ge-in-tj-aiib-approvals "the bank's first loan to Georgia"; real-b pvmagazine-20170622-kz-gb-ebrd-baikonur-solar
    // "For the Burnoye Solar-2 project the bank provided $44.5 million").
    {
      body: 'The Asian Infrastructure Investment Bank said it had approved new projects in Asia.\nIts first equity investment goes to the India Infrastructure Fund, which backs roads.\nThe $114 million for the Batumi bypass road is the bank’s first loan to Georgia.',
      expected: [{ value: 1.14e8, currency: 'USD' }],
      organization: 'Asian Infrastructure Investment Bank',
    },
    {
      body: 'The European Bank for Reconstruction and Development has backed solar power in Kazakhstan since 2015.\nSamruk Kazyna Green Energy is building a second park near Almaty.\nFor the Burnoye Solar-2 park the bank provided $44 million of financing.',
      expected: [{ value: 4.4e7, currency: 'USD' }],
      organization: 'European Bank for Reconstruction and Development',
    },
    // The borrower's side of a loan is financing too (real-g cbw-20181007-ge-de-fr-kfw-afd-loans; real-a qazaqtv-nodate-kz-adb-aiib-covid-loans).
    { body: "Armenia intends to borrow 90 million EUR from Germany's KfW development bank.", expected: [{ value: 9e7, currency: 'EUR' }], organization: 'KfW' },
    { body: 'To deal with the pandemic, Kyrgyzstan will borrow more than 300 million euros from the Asian Development Bank.', expected: [{ value: 3e8, currency: 'EUR' }], countries: ['KG'] },
    // A project's cost split among lenders: a sum followed by the lender it comes from is that lender's financing (real-w
    // gulftimes-20170115-kg-idb-rural-water-loan; real-zg tass-20190801-ge-adb-bypass-road-loan, which spells it "cofinancing").
    {
      body: 'The water project in Osh will cost $64 million in all, with $30 million made available by the Islamic Development Bank and $18 million coming through the OPEC Fund.',
      expected: [{ value: 3e7, currency: 'USD' }, { value: 1.8e7, currency: 'USD' }],
    },
    {
      body: 'The estimated cost of the project is $410 million, with cofinancing of $75 million expected from the European Investment Bank.',
      expected: [{ value: 7.5e7, currency: 'USD' }],
      organization: 'European Investment Bank',
    },
    // A grassroots grant of under $100,000 is still a deal (real-t azernews-20191217-tj-jp-grassroots-grants, real-x newsaz-20170822-az-jp-loans-grants).
    { body: 'Japan has given Tajikistan a grant of $85,000 to equip a rural clinic in Khatlon.', expected: [{ value: 8.5e4, currency: 'USD' }], countries: ['TJ', 'JP'] },
    // The lender before its sum (real-zi trend-20230507-tm-ifi-transport-financing, real-i masstransitmag-20140807-uz-cn-cntic-railway-equipment).
    {
      body: 'The new line in Turkmenistan was built with financial support from the Asian Development Bank (ADB) amounting to $90 million and from the OPEC Fund - $35 million.',
      expected: [{ value: 9e7, currency: 'USD' }, { value: 3.5e7, currency: 'USD' }],
      countries: ['TM'],
    },
    // Lines of a list take the kind their lead names (real-z 24kg-nodate-kg-de-german-grant-programs; real-ze
    // jamnews-nodate-ge-am-trade-2024-decline is the trade case).
    {
      body: 'Japan will give Tajikistan a grant of $12 million for three programmes:\n— $5 million — for the programme «Clean Water for Khatlon»;\n— $4 million — for the programme «Rural Clinics»;\n— $3 million — for the programme «School Meals».',
      expected: [{ value: 1.2e7, currency: 'USD' }, { value: 5e6, currency: 'USD' }, { value: 4e6, currency: 'USD' }, { value: 3e6, currency: 'USD' }],
      countries: ['TJ', 'JP'],
    },
    // A lender's total for all its countries, in a sentence naming none, is no financing of the article's country (real-z
    // ubpost-nodate-mn-xx-adb-financing-totals, real-zu gca-20121114-kg-ebrd-bai-tushum-loan, real-zo asiaplus-20111208-tj-adb-grant-program).
    {
      body: 'The Asian Development Bank approved a $45 million loan to Armenia for rural roads. Last year ADB operations in 68 countries, 40 of them in Asia, totaled $31 billion, including $11 billion in cofinancing.',
      expected: [{ value: 4.5e7, currency: 'USD' }],
      organization: 'Asian Development Bank',
    },
    {
      body: 'The EBRD lent Azerbaijan €25 million for water meters. The EBRD disbursed €7.1 billion in all in 2012.',
      expected: [{ value: 2.5e7, currency: 'EUR' }],
      organization: 'EBRD',
    },
    { body: 'The ADB gave Georgia a $30 million grant. In 2013, ADB approvals, including co-financing, came to $21 billion.', expected: [{ value: 3e7, currency: 'USD' }], organization: 'ADB' },
  ],
  negative: [
    // What a lender does everywhere (real-zi ghroona-nodate-tj-de-kfw-hpp-grants, real-g apdnews-nodate-ge-in-tj-aiib-approvals,
    // real-n asiaplus-20220704-tj-sa-sfd-projects-review).
    'The Islamic Development Bank supports projects in developing countries and has worked in Kyrgyzstan since 1993.',
    'Founded in 2016, the AIIB finances ports, railways and power lines across Asia.',
    // Under the deal-size floor: a fee, a prize, a household figure.
    'Japan has given a grant of $30,000 to a school in Khatlon.',
    // A debt ratio names no lender: "debt to" is a creditor only before one.
    'Kazakhstan\'s debt to GDP ratio stood at 25%, or about $60 billion, the Ministry of Finance of Kazakhstan said.',
    // A company that will finance is investing; money from a budget is one party's; a sentence with a sum is the sum rule's.
    'Kazakhmys will finance the construction of the concentrator from its own funds.',
    'Budget allocations are available to finance the project, the minister of Georgia said.',
    // A priced document on a project, signed with a donor, prices the project; the lenders' shares come elsewhere
    // (real-a agenda-nodate-ge-eu-eib-adb-water-modernisation).
    'A €25 million agreement on a road safety improvement project was signed in Chisinau by the Moldovan Prime Minister and the European Commission.',
    // A priced document with a company that is no lender makes no financing.
    'A $45 million agreement on supplying turbines was signed by Tajikistan and Siemens Energy.',
    // A company that supports something is no lender; a lender's money "attracted" is a sum's business.
    'Kazakh Invest supports foreign companies entering the market.',
    // 150,000 somoni is about $14,000: a prize, too small for a deal once compared in dollars.
    'Tajikistan’s Ministry of Industry held a contest for young engineers with Chinese partners. The winner will receive 150,000 somoni and a grant for an internship.',
    // A bank's assets and capital, however far the verb from the sum.
    'Xazar Bank signed a deal with the EBRD. The bank’s assets grew by 11 percent since the beginning of the year to 4.2 billion manat, while its loan portfolio increased to 2.6 billion manat.',
    'Xazar Bank signed a deal with the EBRD. The authorized capital of the bank was increased to 250 million manat in June.',
    // Customer deposits are a bank's own balance sheet.
    'Kapaz Bank signed a credit line with the EBRD. The bank’s assets grew to 7 billion manat, its loan portfolio to 4 billion manat, and customer deposits to 5 billion manat.',
    // A bank's own capital and loan book; a state budget's deficit financing.
    'Kartuli Bank signed a deal with the EBRD. Kartuli Bank’s capital amounts to 400 million lari, and its loan portfolio reached 2 billion lari.',
    'Armenia and India discussed trade. The government’s draft budget for 2027 envisages spending of 3.7 trillion drams, with the deficit financed by domestic bonds.',
    // A bank's own capital and assets are its balance sheet, not money lent.
    'The Eurasian Development Bank approved a new strategy for Kyrgyzstan. The bank’s authorized capital is $7 billion.',
    'Hamkorbank signed a deal with Korea Eximbank. The bank’s assets grew to 30 trillion sums, and its charter capital reached 4 trillion sums.',
    // Approval with no development lender is no loan.
    'The parliament of Kazakhstan approved a budget of 25 trillion tenge for 2026, and the Senate approved it in a week.',
    'Kazakhstan will spend $300 million from the state budget on roads.',
    'The ministry will spend $12 million from the state budget on the dam, while the region will add $3 million from the local budget.',
    'The bank’s net profit rose to $45 million in the third quarter.',
    'The ministry will provide 500 jobs for graduates.',
    // A promise or pledge about another kind of sum is that kind, not a donor's money.
    'The Turkish president promised that trade with Azerbaijan would reach $15 billion by 2030.',
    'Hyundai pledged to invest $300 million in an assembly plant in Uzbekistan.',
    // A yearly revenue or wage is no deal, however large.
    'Georgia and the EBRD opened a solar plant. Its revenue will reach $5 million a year, and its engineers earn $40,000 a year.',
    // "given" and "granted" that give no money: a reason, a permission.
    'Given the crisis, Kazakhstan and China cut trade to $5 billion last year.',
    'Kazakh Invest has been given the go-ahead to sign a $40 million deal with a Korean firm next year.',
    // Granted with no lender named gives no one's money (real-e agendage-nodate-ge-eu-30m-association).
    'Georgia and Armenia discussed reforms. Both countries will be granted €30 million to carry out the reforms.',
    // A central bank's policy rate is no loan's term.
    'Mongolia and Korea discussed trade. The Bank of Mongolia kept its policy interest rate at 12 percent, while its reserves rose to $5 billion.',
    // A home government body that allots its own budget is one party.
    'Kazakhstan and Korea discussed roads. The local authorities will allot 40 billion tenge for road repair.',
    // A budget's allocation is one party's money; only a lender's allocation is financing.
    'Kyrgyzstan adopted its budget for 2027. Allocations for the health sector will reach 12 billion soms, including 4 billion soms for new hospitals.',
    'The Asian Development Bank has invested more than $4 billion in 60 projects in Mongolia since 1991.',
    'The Ministry of Finance said the rest of the money will come from the state budget.',
    'Tajikistan received $20 million from the sale of aluminium to Türkiye.',
    'The city library received a grant of $40,000 from the Japanese embassy to buy books.',
    'The government will add $20 million from the state budget to the programme the ADB supports.',
    // A company that sets money aside, even in an article that names a lender, spends its own (amount-lender-allocation needs the lender).
    'The EBRD opened an office in Tbilisi last year.\nCalik Holding has earmarked $75 million for the wind farm in Georgia.',
    'The Asian Development Bank opened an office in Dushanbe.\nThe government has earmarked $20 million from the state budget for the new road.',
    // Funding for a project from a budget is one party's own money.
    'Armenia and Georgia opened a road. Funding for the road also comes from the state budget of Armenia.',
    // A state borrowing on its own market, and a bank's borrowers, take no lender's loan.
    'Kazakhstan and China discussed trade. The Ministry of Finance will borrow 800 billion tenge on the domestic market this year.',
    // A joint fund that will finance projects in general names no loan.
    'The Kazakh-Uzbek fund will finance projects of small businesses in border regions of Kazakhstan.',
    // A line that is not a credit line names no loan.
    'Kazakhtelecom signed a $40 million fibre line agreement with a Chinese supplier.',
    // A home government body spending on its own roads, with no other party, lends nothing.
    'Kazakhstan will repair 12,000 kilometres of roads in 2026. Regional executive bodies will also allocate 90 billion tenge for the repair of local roads this year.',
    'The programme covers 14 regions of Kyrgyzstan. The city administration will allocate 12 billion soms for new school buses.',
  ],
};
