import type { CueCorpus } from './types.js';

/** Agreement cues (FACTS.md `agreement`): precision matters most here, since agreements drive alerts. */
export const AGREEMENT_CUES: CueCorpus = {
  type: 'agreement',
  positive: [
    // A loan signed is a loan agreement, in the passive too (real-j kavkazplus-20191008-ge-kfw-afd-loans; the active "has signed a €60
    // million loan" of the same deal in real-zw georgianews-nodate-ge-kfw-afd-loans).
    { body: 'A €40 million loan from the European Investment Bank for roads in Armenia has been signed by the Armenian finance minister.', expected: [{ value: 4e7, currency: 'EUR' }], countries: ['AM'] },
    // Documents listed one per line, each with its subject before "between" (real-ze montsame-20191204-mn-ru-cooperation-documents,
    // real-s 24kg-20210629-kg-tm-japarov-visit-documents).
    {
      body: 'The following documents were signed during the visit:\nMemorandum on strategic partnership between Tavan Tolgoi JSC of Mongolia and Uralmash LLC of Russia,\nAgreement on cooperation in veterinary research between the Mongolian Academy of Agriculture and Rosselkhoznadzor of Russia.',
      expected: [null, null],
      countries: ['MN', 'RU'],
    },
    // "the consortium" points back to its members (real-k koreaherald-20150409-tm-kr-hyundai-lg-plants).
    { body: 'Doosan Enerbility and Samsung C&T have formed a consortium for work in Uzbekistan.\nOn Monday the consortium will sign a $500 million contract with Uzbekneftegaz.', expected: [{ value: 5e8, currency: 'USD' }], organization: 'Doosan' },
    // A document a sentence works under is a background agreement (real-a kunuz-20210612-uz-tj-uzauto-plant-tajikistan, eib-nodate-ge-gwp-water-loan;
    // real-b reportaz-20260204-az-uz-10b-investment-package).
    { body: 'The ambassador said cooperation between Georgia and Latvia is developing under a roadmap that covers transport and trade.', expected: [null], countries: ['GE', 'LV'] },
    { body: 'The plant will be built under the agreements reached during the visit of the Kyrgyz minister to Tashkent.', expected: [null], countries: ['KG', 'UZ'] },
    // Football words only with a document make it sport: "moving projects forward" is business; building a scientific
    // centre is economic (real-c kunuz-20250122-uz-jp-mirziyoyev-jica-president).
    { body: 'Uzbekistan and Korea reached agreement on moving current and new projects forward under a roadmap.', expected: [null], countries: ['UZ', 'KR'] },
    { body: 'An agreement on building and equipping the Republican Scientific Centre for Cardiology in Bishkek was signed by Kyrgyzstan and Japan.', expected: [null], countries: ['KG', 'JP'] },
    // Parties agreeing on an economic course of action, with no document named (real text: real-a adb-nodate-pk-carec-expanded-agenda,
    // astanatimes-20230420-kz-cn-c5-trade-2022, menafn-nodate-jp-central-asia-19bn-target).
    { body: 'At the end of the talks, the ministers of Kazakhstan and Azerbaijan agreed to draw up a joint programme on transit cargo.', expected: [null], countries: ['KZ', 'AZ'] },
    { body: 'Georgia and Armenia held talks in Tbilisi.\nThey also agreed to modernise the railway border crossing at Sadakhlo.', expected: [null], countries: ['GE', 'AM'] },
    // "pact" is a document noun like "agreement" (real-a ubpost-nodate-mn-kr-14-projects).
    { body: 'Mongolia and Japan signed an investment pact in Ulaanbaatar on Monday.', expected: [null], countries: ['MN', 'JP'] },
    // An action plan the parties sign is a document (real-x caucasuswatch-nodate-ge-az-tr-trilateral, real-j xebersaati-20170906-az-tr-ge-trilateral-action-plan).
    { body: 'Kazakhstan and Azerbaijan signed an action plan for 2025-2027 on cooperation in transport and energy.', expected: [null], countries: ['KZ', 'AZ'] },
    { body: 'Georgia and Armenia held talks in Yerevan. "We also inked an action plan covering trade for the next two years."', expected: [null], countries: ['GE', 'AM'] },
    // A document pointed to with no document named before it is the article's first (real-a charlak-nodate-tm-jp-gyyanly-plants,
    // real-f azernews-nodate-tm-jp-tr-lebap-power-plant); opening the body, it is the title's (negative "The document was signed by ...").
    {
      body: 'Work began on a cement plant in Sughd built by Huaxin Cement.\nThe contract concerned was signed with the Ministry of Industry of Tajikistan in 2019.',
      expected: [null],
      countries: ['TJ'],
    },
    { body: 'Japan and Turkmenistan will build a fertiliser plant.\nThe document says a contract for building the plant was signed on June 3.', expected: [null], countries: ['JP', 'TM'] },
    // A programme of cooperation or partnership is a document (real-a todayaz-20221231-az-kg-kz-central-asia-2022; real-c
    // kunuz-20250122-uz-jp-mirziyoyev-jica-president, montsame-20170329-mn-jp-soft-loan; real-e ubpost-20170331-mn-jp-850m-soft-loan).
    { body: 'Georgia and Japan held talks in Tokyo. A five-year cooperation programme was adopted in 2023.', expected: [null], countries: ['GE', 'JP'] },
    { body: 'A medium-term program for deepening the trade partnership between Mongolia and Korea was signed on May 4.', expected: [null], countries: ['MN', 'KR'] },
    { body: 'Navoiyazot and Sinochem International signed a memorandum on fertiliser supplies.', expected: [null], organization: 'Sinochem International' },
    // Two clauses, each with a signing by parties of its own, are two documents; "the sides" in a second clause are the same parties.
    {
      body: 'At the forum, Navoi Mining and Hanwa Metals inked a deal on gold refining, and Uzbektelecom and Nordic Cable Systems agreed on a fibre link to Termez.',
      expected: [null, null],
      organization: 'Hanwa Metals',
    },
    {
      body: 'Navoi Mining and Hanwa Metals inked a memorandum on gold refining, and the sides agreed to meet again in spring.',
      expected: [null],
      organization: 'Hanwa Metals',
    },
    // A document and then a signing of its own: two facts, the second sentence is not the first's value.
    {
      body: 'Georgia and Lithuania adopted a roadmap for economic cooperation for 2026-2028.\nGeorgian and Lithuanian companies also concluded 9 contracts worth $85 million at the business forum.',
      expected: [null, { value: 8.5e7, currency: 'USD' }],
      countries: ['GE', 'LT'],
    },
    // A value that points back to the documents just signed is theirs.
    {
      body: 'Kazakh and Omani firms signed several agreements at the forum in Muscat.\nTaken together, the agreements are worth $300 million.',
      expected: [{ value: 3e8, currency: 'USD' }],
      countries: ['KZ', 'OM'],
    },
    // A vague count of documents the article never names is one signing (real-d irandaily-20191005-ir-tm-joint-commission-mous,
    // real-a kt-nodate-kz-ru-presidents-areas-of-cooperation).
    { body: 'A number of memorandums of understanding were signed by Oman and Turkmenistan to expand their trade.', expected: [null], countries: ['OM', 'TM'] },
    { body: 'Several documents have been signed by Georgia and Armenia within the intergovernmental commission.', expected: [null], countries: ['GE', 'AM'] },
    // A count of documents planned is a fact (real-d afp-20110824-uz-kr-ustyurt-gas-chemical).
    { body: 'Officials said a total of 14 documents will be signed by Uzbekistan and Malaysia during the visit.', expected: [null], countries: ['UZ', 'MY'] },
    { body: 'Kazakhstan and Hungary signed an agreement worth €200 million on a joint grain terminal.', expected: [{ value: 2e8, currency: 'EUR' }], countries: ['KZ', 'HU'] },
    { body: 'A deal was struck between Aral Textile Group and a Turkish partner to open a spinning mill.', expected: [null], organization: 'Aral Textile Group' },
    { body: 'The sides reached an agreement on supplies of Turkmen electricity to Afghanistan.', expected: [null], countries: ['TM', 'AF'] },
    { body: 'Armenia and the EBRD sign €40 million loan agreement for Gyumri roads.', expected: [{ value: 4e7, currency: 'EUR' }] },
    { body: 'Georgia and Azerbaijan have signed 9 documents worth $1.1 billion in Tbilisi.', expected: [{ value: 1.1e9, currency: 'USD' }], countries: ['GE', 'AZ'] },
    {
      body: 'Uzbekistan and Turkey signed several documents in Ankara. Among them is an agreement between Navoiyuran and Anka Madencilik Holding on uranium exploration.',
      expected: [null],
      organization: 'Anka Madencilik Holding',
    },
    { body: 'The Islamic Development Bank and Kyrgyzstan signed a $60 million loan for the Bishkek ring road.', expected: [{ value: 6e7, currency: 'USD' }], organization: 'Islamic Development Bank' },
    { body: 'The ministers of Kazakhstan and Serbia discussed the possibility of signing a free trade agreement.', expected: [null], countries: ['KZ', 'RS'] },
    {
      body: 'The Government of Korea has provided a grant of $12 million to Mongolia for new clinics. The grant agreement was signed in Ulaanbaatar by the two ministers.',
      expected: [{ value: 1.2e7, currency: 'USD' }],
      countries: ['KR', 'MN'],
    },
    { body: 'Azersu and Veolia signed a contract on water network upgrades; the cost of the contract is $45 million.', expected: [{ value: 4.5e7, currency: 'USD' }], organization: 'Veolia' },
    { body: 'Talks are under way: the ministry is negotiating a contract with Orion Grid Systems for new substations.', expected: [null], organization: 'Orion Grid Systems' },
    // A capacity with its own rate ("per year") before the value does not make the value a price.
    {
      body: 'KazMunayGas and a Chinese partner signed a ten-year contract for the supply of up to 3 million tonnes of oil per year, worth up to $4 billion.',
      expected: [{ value: 4e9, currency: 'USD' }],
      organization: 'KazMunayGas',
    },
    // A total and a part with its own (hyphenated) amount are two facts.
    {
      body: 'Uzbek and Turkish firms signed 15 agreements worth 900 million dollars, including a 120-million-dollar contract between Artel Electronics and Vestel Group.',
      expected: [{ value: 9e8, currency: 'USD' }, { value: 1.2e8, currency: 'USD' }],
      countries: ['UZ', 'TR'],
    },
    // A deal of exchange agreed with no document named is still an agreement.
    { body: 'Kyrgyzstan and Uzbekistan agreed to supply each other with electricity in the winter months.', expected: [null], countries: ['KG', 'UZ'] },
    // Two companies that agree to build something together have struck a deal.
    { body: 'Orda Cement Group and a Turkish partner, Kayseri Yapi Holding, agreed to build a clinker plant in Turkestan region.', expected: [null], organization: 'Orda Cement Group' },
    // A deal of exchange agreed with no document noun carries the value it is worth.
    { body: 'Kazakhstan and Kyrgyzstan agreed on the supply of 1.5 billion kWh of electricity per year worth $90 million.', expected: [{ value: 9e7, currency: 'USD' }], countries: ['KZ', 'KG'] },
    // Documents listed with their own counterparties are one agreement each, priced or not.
    {
      body: 'Among the documents are a memorandum between Navoi Mining and Rio Tinto on gold exploration and a contract worth $80 million between Uzbekistan Airways and Airbus for two aircraft.',
      expected: [{ value: 8e7, currency: 'USD' }, null],
    },
    // Several documents between the same parties, with no amounts, are one agreement.
    { body: 'Kazakh Invest and Siemens Energy signed an agreement on a gas turbine plant and a memorandum on training engineers.', expected: [null], organization: 'Siemens Energy' },
    // A total, and a part named as a document of its own with no sum of its own.
    {
      body: 'Kyrgyzstan signed contracts worth $900 million at the forum, including a deal with Turkey’s Kalyon Energy to build a 200 MW solar park.',
      expected: [{ value: 9e8, currency: 'USD' }, null],
      countries: ['KG', 'TR'],
    },
    { body: 'A roadmap for trade cooperation until 2030 was adopted by Armenia and Iran.', expected: [null], countries: ['AM', 'IR'] },
    // A document with an economic topic beside a non-economic one stays an agreement.
    { body: 'Georgia and Lithuania signed a memorandum on cooperation in education and on investment in logistics.', expected: [null], countries: ['GE', 'LT'] },
    { body: 'Armenia and Iran signed an agreement on the avoidance of double taxation.', expected: [null], countries: ['AM', 'IR'] },
    // One document noun, priced by the sum after its counterparty and topic, is one agreement.
    {
      body: 'An agreement was reached with the Turkish company Yildiz Metal Group on the construction of a ferroalloy plant worth $120 million.',
      expected: [{ value: 1.2e8, currency: 'USD' }],
      organization: 'Yildiz Metal Group',
    },
    // The documents named again after their signing are counted once.
    {
      body: 'Mongolia and the Asian Development Bank signed a $90 million loan agreement for rural roads. The Mongolian finance minister signed the documents on behalf of the government.',
      expected: [{ value: 9e7, currency: 'USD' }],
    },
    // A definite document named by its kind ("the association agreement") is a document of its own.
    {
      body: 'Moldova and Romania signed a protocol on customs cooperation. Since Moldova signed the association agreement with the EU, its exports have grown.',
      expected: [null, null],
    },
    // Parts of documents just named, each with its own sum, are documents of their own; the total is one more.
    {
      body: 'Georgia and the World Bank signed two loan agreements totaling $150 million. The first, worth $100 million, will finance rural roads, and the second, worth $50 million, will support schools.',
      expected: [{ value: 1.5e8, currency: 'USD' }, { value: 1e8, currency: 'USD' }, { value: 5e7, currency: 'USD' }],
      organization: 'World Bank',
    },
    // A value in the next sentence, with no cue of its own, is the signed document's.
    {
      body: 'A contract for 400 buses was signed between Uzavtosanoat and Yutong. The buses, worth 90 million dollars, will arrive in 2027.',
      expected: [{ value: 9e7, currency: 'USD' }],
      organization: 'Yutong',
    },
    // "The largest document" is a signed document; a side named in lower case is a body at home, the other side a party.
    {
      body: 'The largest document was signed between the regional akimat and Japan’s Mitsuro Chemicals on a fertiliser plant worth $200 million.',
      expected: [{ value: 2e8, currency: 'USD' }],
      organization: 'Mitsuro Chemicals',
    },
    // Plural documents signed "with" two named counterparties are one document each.
    {
      body: 'The Uzbek Investment Agency signed memorandums with Lanzhou Steel Group on a rolling mill and with Harbin Textile Group on yarn spinning.',
      expected: [null, null],
      organization: 'Harbin Textile Group',
    },
    // An exchange that signs a memorandum signs a document: only contracts and deals traded on it are trades.
    { body: 'The Tashkent Stock Exchange signed a memorandum of understanding on cooperation with the Korea Exchange in Seoul.', expected: [null], organization: 'Tashkent Stock Exchange' },
    // Plural documents signed "between" pairs of named parties are one document per pair (real-o azernews-20191015-az-tr-hu-kz-kg-uz-turkic-council-mous,
    // real-p bbj-nodate-uz-hu-tied-aid-credit).
    {
      body: 'Cooperation memorandums were signed between Georgia\'s Enterprise Agency and Lithuania\'s Investment Agency; between the Georgian Chamber of Commerce and the Vilnius Chamber of Commerce; and between TBC Bank and Siauliu Bankas.',
      expected: [null, null, null],
      organization: 'TBC Bank',
    },
    {
      body: 'Partnership agreements were signed between Mongolia\'s Golomt Bank and Korea\'s Shinhan Bank, and between the Ulaanbaatar Chamber of Commerce and the Busan Chamber of Commerce.',
      expected: [null, null],
      organization: 'Golomt Bank',
    },
    // Items of a list of documents are documents; the lead that announces them is not one more.
    {
      body: 'Kyrgyzstan and Türkiye signed three documents:\n- Memorandum between the Ministry of Economy of Kyrgyzstan and the Turkish Exporters Assembly on trade promotion;\n- Contract between Kyrgyzaltyn and Anka Mining on gold refining.',
      expected: [null, null],
      countries: ['KG'],
    },
    // A flow of goods a document is worth is the deal's value, not a trade figure.
    { body: 'Contract between Samarkand Agro and Dubai-based Al Saqr Trading on exports of dried apricots worth $12 million.', expected: [{ value: 1.2e7, currency: 'USD' }], organization: 'Al Saqr Trading' },
    // Companies that agree to carry out a joint study strike a deal.
    { body: 'Georgia’s Rustavi Steel and Austria’s Donau Metallbau agreed to carry out a joint feasibility study on a scrap recycling line.', expected: [null], organization: 'Donau Metallbau' },
    // "manat" in a Turkmen article is the Turkmen manat.
    { body: 'ASHGABAT, November 3. Turkmenistan and Türkiye signed a contract worth 200 million manat for a new road.', expected: [{ value: 2e8, currency: 'TMT' }], countries: ['TM'] },
    // "Under the investment agreement" gives the terms of the investment agreement listed before: one document.
    {
      body: '• Investment agreement between the Cabinet of Ministers of Kyrgyzstan and Batken Ferro LLC on a ferroalloy plant.\nThe plant will employ 500 people.\nUnder the investment agreement, the company will invest 3 billion soms in the plant.',
      expected: [{ value: 3e9, currency: 'KGS' }],
      organization: 'Batken Ferro LLC',
    },
    // Items between governments name no organisation; after the list's header they are still documents.
    {
      body: 'Uzbekistan and Qatar exchanged the following documents:\n• Agreement on the mutual protection of investments;\n• Memorandum on cooperation in agriculture.',
      expected: [null, null],
      countries: ['UZ', 'QA'],
    },
    // One document with a loan and a grant is one agreement.
    {
      body: 'Uzbekistan and Germany’s KfW signed a financing agreement under which KfW will provide a 30 million euro loan and a 4 million euro grant for schools.',
      expected: [{ value: 3e7, currency: 'EUR' }],
      organization: 'KfW',
    },
    // Documents each named with a counterparty of their own are one agreement each.
    {
      body: 'Azerenerji signed a power purchase agreement with Masdar Power, an investment agreement with China Energy Corporation and a grid agreement with Azerishiq Grid Company.',
      expected: [null, null, null],
      organization: 'Masdar Power',
    },
    // A document priced in its own noun phrase needs no verb.
    {
      body: 'The largest of them is a $900 million agreement between Korea’s Daehan Chemical and the Uzbek company Navoi Polymer on a gas chemical complex.',
      expected: [{ value: 9e8, currency: 'USD' }],
      organization: 'Daehan Chemical',
    },
    // The counterparty after "signed a cooperation agreement with" is a party, whatever its shape.
    { body: 'Poland’s Wislo Logistyka has also signed a cooperation agreement with Kolkhi Rail Freight on container transport from Poti.', expected: [null], organization: 'Kolkhi Rail Freight' },
    // A listed document's sum is its value, even with no verb or value word.
    {
      body: '- Agreement between the Ministry of Economy of Azerbaijan and the Hungarian Export-Import Bank on a credit line of 150 million euros;',
      expected: [{ value: 1.5e8, currency: 'EUR' }],
      organization: 'Hungarian Export-Import Bank',
    },
    // "the key documents" is no document of its own beside the agreement it introduces.
    {
      body: 'Among the key documents is an agreement between Ertis Ferroalloys JSC and Hallenwerk Anlagenbau GmbH on the construction of a ferroalloy smelter in Pavlodar region worth €640 million.',
      expected: [{ value: 6.4e8, currency: 'EUR' }],
      organization: 'Hallenwerk Anlagenbau GmbH',
    },
    // "a $300 million line of credit agreement": three words between the sum and its document.
    {
      body: 'Uzbekistan and India signed several documents:\n- a $300 million line of credit agreement between India Exim Finance and Sanoat Savdo Bank of Uzbekistan;',
      expected: [{ value: 3e8, currency: 'USD' }],
      countries: ['IN'],
    },
    // A sentence that itemises the documents just signed gives one agreement per item, each introduced by its article after the
    // list's verb, a comma or "and" (real-g neweurope-nodate-kz-ae-memorandums "They comprise the Memorandum ... between A and B,
    // the MoU between C and D, and the MoU between E and F"; real-h mehrnews-nodate-ir-tj-four-mous "Among the four MoUs were a
    // memorandum ..., an MoU on ..., an MoU between ..., and an MoU on ...").
    {
      body: 'Kazakhstan and Qatar signed a number of documents in Doha.\nThey comprise the Memorandum of Understanding in the field of energy between the Ministry of Energy of Kazakhstan and QatarEnergy, the MoU between Kazakh Invest and the Qatar Investment Authority, and the MoU between the Astana International Financial Centre and the Qatar Central Bank.',
      expected: [null, null, null],
    },
    {
      body: 'Two memoranda of understanding were signed in Dushanbe by Iran and Tajikistan. Among the two MoUs were a memorandum of understanding between the Iranian company Farab and Barqi Tojik, and an MoU on setting up a joint technology centre.',
      expected: [null, null],
      countries: ['IR', 'TJ'],
    },
    // "the agreements signed ..." referred to beside a signing of the sentence's own, and a count of documents signed, still report a
    // signing (round en8; real-d chinadaily-20140822-mn-cn-xi-visit-deals, real-a eib-nodate-ge-gwp-water-loan).
    { body: 'On the basis of the agreements signed last year, Uzbekistan and Turkey signed a new investment agreement on Monday.', expected: [null], countries: ['UZ', 'TR'] },
    { body: 'Of the 26 cooperation agreements signed on the first day of the visit of the Chinese President to Mongolia, ten concern mining.', expected: [null], countries: ['CN', 'MN'] },
    { body: 'The loan agreement signed with the EIB confirms the bank’s trust in Georgian Water and Power.', expected: [null], organization: 'European Investment Bank' },
    // A sum priced in the document's own noun phrase is its value, whatever trade the document is for (real-a
    // intellinews-20230925-uz-cn-ferghana-agreements, real-za trend-20210629-uz-tr-business-forum-documents).
    { body: 'The dairy firm Ak Sut signed a $7mn contract with a Chinese buyer to export milk powder to China.', expected: [{ value: 7e6, currency: 'USD' }], organization: 'Ak Sut' },
    { body: 'At the Uzbek-Georgian forum, 12 trade contracts worth $48 million were signed.', expected: [{ value: 4.8e7, currency: 'USD' }], countries: ['UZ', 'GE'] },
    // "put their names to" signs as "put their signatures to" does (real-p japantimes-20150211-mn-jp-economic-…, real-zv trt-20241105-…).
    { body: 'The presidents of Kazakhstan and Hungary put their names to six agreements on energy and farming.', expected: [null], countries: ['KZ', 'HU'] },
  ],
  negative: [
    // Contracts concluded at an exchange's trading sessions are trades, not cooperation (real-d businesstm-nodate-tm-trade-houses; in
    // Russian ru-l caravan-nodate-kz-tenge-kase-wednesday, ru-v armbanks-20110302-am-dram-rate-q4).
    'In March the Kazakhstan Stock Exchange held 21 trading sessions at which 3,400 contracts were concluded with Chinese and Russian buyers.',
    'On the interbank market of Armenia, 240 deals with Georgian and Iranian banks were concluded in a week at an average exchange rate of 385 drams per dollar.',
    // A treaty of friendship or alliance is politics, as in Russian (RU_POLITICAL_TOPICS).
    'In 1996 Kyrgyzstan and Kazakhstan signed an agreement on friendship and good-neighbourliness.',
    // An unnamed document only planned (real-d anadolu-nodate-tm-az-parliament-talks).
    '"After the talks, a bilateral document is expected to be signed by Kyrgyzstan and Georgia," the statement said.',
    // Documents the article has counted already: "these memorandums", "the corresponding agreements".
    'To carry out the plan, Kazakhstan and Qatar are signing these memorandums today.',
    // An itemising sentence with no signing before it, or items that are no documents, lists no signed documents.
    'Kazakhstan and Qatar discussed energy. Among the approved projects are a solar plant built by Qatar Solar and a new terminal in Aktau.',
    // Parties and parliaments cooperate in politics (real-d kazinform-20180313-kz-kr-speaker-meeting, real-f kazinform-20150917-kz-cn-nur-otan-protocol).
    'A protocol on inter-party cooperation for 2026-2028 was signed by the sides after talks in Bishkek between Kyrgyz and Chinese party officials.',
    'The speakers of Mongolia and Korea signed a Memorandum of Cooperation between the Parliamentarians of the two countries.',
    // A lender's own programme or strategy for a country is no document signed between parties.
    'The last EBRD country programme for Tajikistan was adopted in 2019, and the last project ended in 2021.',
    // One sector's programme is a plan, not a partnership document (invented holdout-e).
    'Georgia and Qatar adopted a programme of cooperation in the field of tourism for 2027-2029.',
    // Documents on border politics, forensic equipment or broadcasting are no economic cooperation (real-b anewz-nodate-kg-tj-trade-rebound-2025,
    // real-c einpresswire-20230518-tj-cn-cooperation-documents), whatever else the sentence says.
    'In March, Kyrgyzstan and Tajikistan signed an agreement on the state border and opened two border crossing points.',
    '- Protocol between the Government of Kyrgyzstan and the Government of China on DNA forensic examination equipment;',
    '- Memorandum of understanding between the Television and Radio Committee of Tajikistan and the Information Bureau of the State Council of China;',
    // A player's contract is sport.
    'FC Ordabasy signed a two-year contract with the Georgian striker Levan Kutalia.',
    // A signing denied or supposed (real text: real-a eurasianet-nodate-kz-jp-abe-investment-nuclear, ubpost-nodate-mn-kr-14-projects).
    'Even so, no investment deals were actually signed between Kazakhstan and Korea during the visit.',
    'Should Armenia conclude a free trade agreement with the UAE, it would be its first in the Gulf.',
    'The contract between Kyrgyzaltyn and Stans Gold has not been signed yet.',
    // Agreeing to cooperate, to hold events or to invest is not a document of its own.
    'The region and the Community Centre agreed to hold such forums every year.',
    'Both sides agreed to cooperate in education and tourism.',
    // Twin cities are no economic document.
    'Azerbaijan and Hungary signed the following documents:\n- Agreement on twinning between the cities of Ganja and Szeged.',
    // A header announces the documents listed after it.
    'Among the agreements signed:',
    // "According to the document" cites a decree; a singular "document" is an agreement only when signed.
    'According to the document, Korea Eximbank will lend $60 million for a new hospital in Namangan.',
    'The two ministers discussed regional security and agreed to stay in contact.',
    'The parties agreed to step up contacts between their foreign ministries.',
    'The document was signed by the finance minister and the bank’s director.',
    'Farmers expect a great deal of rain this spring.',
    'The president plans to sign the decree next week.',
    'The sides signed an agreement on visa-free travel for holders of ordinary passports.',
    'Neftchi Baku has signed a three-year contract with the Brazilian striker, the club said.',
    'The two countries signed a peace treaty and a defence agreement.',
    'The governor signed a decree to deal with flooding in the Atyrau region.',
    // Two governments agreeing to build something name no document or deal: it is a project, agreed (see the project corpus).
    'Tajikistan and Iran agreed to build a joint cement plant near Dushanbe by 2028.',
    'The EBRD agreed to lend up to $50 million to Khan Bank for small businesses.',
    // Documents on culture, media, borders or crime are no economic cooperation.
    'Tajikistan and Qatar signed a memorandum on cooperation in the field of culture and sports.',
    'A memorandum of cooperation between the two countries’ state news agencies was signed in Baku.',
    'Kyrgyzstan and Tajikistan signed a protocol on the delimitation of the state border.',
    'The interior ministers signed an agreement on cooperation in combating drug trafficking.',
    'A memorandum between the Kazakh and Turkish football federations was signed in Antalya.',
    // Documents signed before, referred to as the ground of work under way or of a roadmap, are no signing the sentence reports
    // (round en8, pooled real-a..h; real-b astanatimes-20230622-kz-az-trade-1-billion, yuz-20240510-uz-ru-investment-cooperation-review,
    // real-g trend-20250425-az-cn-azpromo-agreements).
    'Practical work has already begun on the basis of the agreements signed between Georgia and China, the director of the Georgian agency told reporters.',
    'After the forum, a roadmap was drawn up for carrying out the trade and investment agreements signed with Turkish partners.',
    'Kazakhstan and Azerbaijan said the agreements adopted at the level of the two presidents are being put into practice.',
  ],
};
