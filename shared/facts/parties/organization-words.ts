/**
 * Word lists for finding organisations by shape (organizations.ts), as data. Each list says what a
 * word does to a capitalised name next to it.
 */

/** Last words that make a capitalised name an organisation ("Fufeng Group", "Samsung Electronics"). */
export const ORG_HEADS: ReadonlySet<string> = new Set([
  'Group', 'Corporation', 'Corp', 'Corp.', 'Company', 'Co', 'Co.', 'Ltd', 'Ltd.', 'Limited', 'LLC', 'LLP', 'JSC', 'OJSC',
  'CJSC', 'PJSC', 'PLC', 'Inc', 'Inc.', 'AG', 'GmbH', 'A.Ş.', 'A.S.', 'S.p.A.', 'N.V.', 'B.V.', 'S.A.', 'SAS', 'S.A.S.', 'SpA', 'Kft', 'Kft.', 'Zrt', 'Zrt.', 'Nyrt', 'Nyrt.', 'Sp. z o.o.', 'a.s.', 's.r.o.', 'Pte', 'Pvt', 'K.K.', 'Holding', 'Holdings', 'Bank', 'Fund', 'Funds', 'Agency', 'Authority',
  'Association', 'Chamber', 'Exchange', 'Enterprise', 'Enterprises', 'Industries', 'Technologies', 'Technology',
  'Electronics', 'Motors', 'Airlines', 'Airways', 'Railways', 'Railway', 'Energy', 'Power', 'Petroleum',
  // "Dragon Oil ... renewed its partnership contract in Turkmenistan with the state-owned company, Turkmen Oil" (real-q gulftoday-20220704-
  // tm-ae-dragon-oil-extension, real-y wam-20230428-tm-ae-dragon-oil-investment); not before "and Gas" (organizations.ts).
  'Oil',
  'Mining', 'Metals', 'Steel', 'Chemicals', 'Pharma', 'Pharmaceuticals', 'Telecom', 'Logistics', 'Express',
  'Construction', 'Engineering', 'Invest', 'Investments', 'Capital', 'Partners', 'Service', 'Services', 'Systems', 'Solutions',
  'Foods', 'Trading', 'Solar', 'Renewables', 'Materials', 'Cement', 'Textile', 'Textiles', 'Ventures', 'Resources', 'Minerals', 'Works',
  'Combine', 'Mines', 'International', 'Foundation', 'Institute', 'University', 'Delegation', 'Grids', 'Networks', 'Prom', 'Farm', 'Agro',
  // Drug and chemical makers name themselves by their trade as often as by a legal form ("Hanbit Bio", "Lotte Chemical").
  'Pharm', 'Pharmaceutical', 'Bio', 'Biotech', 'Laboratories', 'Labs', 'Chemical', 'Medical',
  // Makers and carriers named by their trade: "Caspian Shipping", "Kyushu Electric". Not the words of ministries' portfolios
  // ("Transportation", "Telecommunications"): a head closes a name before "and", and "Ministry of Transportation and
  // Communications" is one name.
  'Shipping', 'Automotive', 'Machinery', 'Equipment', 'Freight', 'Hospitality', 'Petrochemical', 'Petrochemicals', 'Fertilizers', 'Electric', 'Semiconductor', 'Semiconductors',
]);

/** Legal forms written before the name: 'TNK "Dastan"', 'JSC "Uzbekneftegaz"'. */
// French and Italian banks put their head first: "Banque Meridienne", "Banca Adriatica".
export const ORG_PREFIXES: ReadonlySet<string> = new Set(['JSC', 'OJSC', 'CJSC', 'PJSC', 'LLC', 'LLP', 'TNK', 'JV', 'OOO', 'TOO', 'AO', 'SE', 'FE', 'IE', 'Ltd', 'Banque', 'Banca', 'Banco']);

/** Common nouns after which a capitalised or quoted name is an organisation: "the Kyrgyz company Vision Group". */
export const COMMON_NOUNS_BEFORE_NAME: ReadonlySet<string> = new Set([
  'company', 'companies', 'firm', 'plant', 'enterprise', 'factory', 'corporation', 'holding', 'bank', 'group',
  // 'the state concern "Türkmengaz"', 'the Turkish association "Export Platform"'
  'concern', 'association', 'union',
  'manufacturer', 'producer', 'operator', 'developer', 'investor', 'contractor', 'startup', 'giant', 'carrier',
  'maker', 'automaker', 'carmaker', 'supplier', 'lender', 'miner', 'retailer', 'insurer', 'conglomerate',
]);

/**
 * Titles whose "of X" names an organisation: "Chairman of China State Construction". Not "President of"
 * or "Minister of", whose X is a country or a portfolio.
 */
export const ORG_TITLES: ReadonlySet<string> = new Set([
  'Chairman', 'Chairwoman', 'CEO', 'Chief Executive Officer', 'head', 'Head', 'Managing Director', 'General Director',
  'Director General', 'Deputy Chairman', 'founder', 'Founder', 'Board of Directors',
]);

/** Titles of people: a title never starts an organisation's name, and a name holding one is a person's. */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  'Chairman', 'Chairwoman', 'Chair', 'CEO', 'Chief Executive Officer', 'President', 'Vice President', 'head', 'Head',
  'Director', 'Managing Director', 'General Director', 'Director General', 'Deputy Chairman', 'founder', 'Founder',
  'Minister', 'Deputy', 'Vice', 'Ambassador', 'Governor', 'Mayor', 'Secretary', 'Adviser', 'Advisor', 'Counselor',
  'Chief', 'Executive', 'Officer', 'Prime', 'Premier', 'Speaker', 'Senator', 'Mr', 'Mr.', 'Mrs', 'Ms', 'Dr', 'Dr.',
  // A lender's staff by title: "WB Country Manager for Azerbaijan Sarah Michael" (real-zb todayaz-20211028-az-wb-regional-roads-loan),
  // "WB Transport Specialist Nargiz Riskulova" (real-zg newsam-20190703-am-wb-lifeline-roads).
  'Manager', 'Specialist',
]);

/** Words that can start a capitalised run without being part of a name ("In", "Besides", "The"). */
export const LEADING_STOPWORDS: ReadonlySet<string> = new Set([
  'The', 'A', 'An', 'In', 'On', 'At', 'As', 'By', 'For', 'With', 'From', 'To', 'Of', 'And', 'Or', 'But', 'Besides',
  'Meanwhile', 'Also', 'Then', 'This', 'That', 'These', 'Those', 'Its', 'It', 'Their', 'His', 'Her', 'Our', 'We', 'They',
  'He', 'She', 'According', 'During', 'After', 'Before', 'Since', 'While', 'When', 'Today', 'Yesterday', 'Earlier',
  'Later', 'Both', 'Each', 'Another', 'Other', 'Some', 'All', 'Many', 'Several', 'Among', 'Under', 'Over', 'Through',
  'Between', 'Within', 'Notably', 'However', 'Moreover', 'Furthermore', 'Additionally', 'Thus', 'So', 'Such', 'If',
  'Once', 'Under', 'Together', 'Local', 'New', 'Joint', 'Plans', 'Talks', 'Discussions', 'Agreements', 'Approval',
  'Investment', 'Trade', 'Imports', 'Exports', 'Special', 'Interest', 'Data', 'Within', 'Throughout', 'Across', 'Dear',
  'Apart', 'Board', 'Like', 'Unlike', 'Via', 'Per', 'Only', 'Just', 'Now', 'Here', 'There', 'What', 'Which', 'Who', 'Where',
]);

/**
 * First words of a ministry's second portfolio: "Ministry of Energy and Industry", "Ministry of Energy and Water Resources"
 * (real-g neweurope-nodate-kz-ae-memorandums, real-s 24kg-20210629-kg-tm-japarov-visit-documents, real-q
 * newsaz-20240704-tj-cn-energy-investments). "Energy" is also a company's head ("Kyushu Energy"), so without this list the
 * name was cut at "and"; a party named after the ministry ("the Ministry of Energy and Masdar") starts with none of them.
 */
export const PORTFOLIO_FIRST_WORDS: ReadonlySet<string> = new Set([
  'Industry', 'Industries', 'Trade', 'Commerce', 'Finance', 'Finances', 'Economy', 'Economic', 'Energy', 'Power', 'Fuel', 'Thermal',
  'Water', 'Natural', 'Mineral', 'Mining', 'Resources', 'Transport', 'Transportation', 'Communications', 'Communication',
  'Telecommunications', 'Infrastructure', 'Construction', 'Housing', 'Urban', 'Regional', 'Road', 'Roads', 'Development',
  'Investment', 'Investments', 'Foreign', 'Agriculture', 'Food', 'Land', 'Environment', 'Environmental', 'Ecology', 'Tourism',
  'Culture', 'Sports', 'Youth', 'Labour', 'Labor', 'Social', 'Health', 'Education', 'Science', 'Information', 'Digital',
  'Innovation', 'Innovations', 'Technology', 'Technologies', 'Planning', 'Strategy', 'Emergency', 'Emergencies', 'Public',
  'Municipal', 'Utilities', 'Entrepreneurship', 'Employment', 'Migration', 'Privatization', 'Property', 'Taxes', 'Budget',
]);

/** Words that make a name a government, venue, place or event rather than a party (FACTS.md "Parties"). */
export const NOT_PARTY_HEADS: ReadonlySet<string> = new Set([
  'Government', 'Cabinet', 'Parliament', 'Assembly', 'Senate', 'Majlis', 'Mazhilis', 'Embassy', 'Administration',
  'Akimat', 'Hokimiyat', 'Governments', 'Arena', 'Stadium', 'Theater', 'Theatre', 'Championship', 'Championships', 'Games',
  'Olympics', 'Street', 'Avenue', 'Square', 'Airport', 'Region', 'Province', 'City', 'District', 'Sea', 'River', 'Lake',
  'Peninsula', 'Palace', 'Summit', 'Forum', 'Exhibition', 'Expo', 'Festival', 'January', 'February', 'March', 'April',
  'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Monday', 'Tuesday', 'Wednesday',
  'Thursday', 'Friday', 'Saturday', 'Sunday', 'States', 'Agreement', 'Memorandum',
  'Head', 'Addendum', 'Village', 'Corridor', 'Highway', 'Route', 'COVID', 'COP27', 'COP28', 'COP29',
  // "Memorandums of Understanding (MoUs)", "Project-Specific Window (PSW)", "External Lending Mandate (ELM)", "the EBRD Annual Meeting":
  // documents, a lender's window or mandate, and meetings (real-d irandaily-20191005-ir-tm-joint-commission-mous, real-e avesta-nodate-
  // tj-cn-aiib-grant, real-a eib-nodate-ge-gwp-water-loan, real-g donorskg-20140516-kg-ebrd-bishkek-water). Not "Facility": a facility
  // may lend ("The Nordic Climate Facility (NCF) will lend"); nor programmes and projects, which annotators name as parties.
  'Agreements', 'Memorandums', 'Memoranda', 'Protocol', 'Declaration', 'Window', 'Mandate', 'Meeting',
  // "Deep and Comprehensive Free Trade Area (DCFTA)", "Visa Liberalisation Action Plan (VLAP)": a trade regime and a plan spelled out
  // with their abbreviations (real-q gagrule-20141104-am-eu-single-support-framework, real-zy agendage-20140718-ge-eu-ssf-enpard-signed).
  // Not "Initiative": "the Belt and Road Initiative (BRI)" is the party that makes a Chinese project joint (real-r peoplecn-20231007-kg-cn-
  // bri-interview, three right projects lost without it).
  'Area', 'Plan',
]);

/** All-capital tokens that are not organisations: units, plant types, document types, economic terms. */
export const ACRONYM_STOPLIST: ReadonlySet<string> = new Set([
  'MW', 'GW', 'KW', 'KWH', 'MWH', 'GWH', 'BCM', 'HPP', 'SPP', 'TPP', 'CHP', 'CCGT', 'PPA', 'FDI', 'GDP', 'IT', 'AI',
  'CEO', 'CFO', 'COO', 'CTO', 'VAT', 'LNG', 'LPG', 'CNG', 'ICT', 'SME', 'SMEs', 'PPP', 'ESG', 'COVID', 'TV', 'PM', 'MP',
  'AWP', 'TCF', 'Q1', 'Q2', 'Q3', 'Q4', 'H1', 'H2', 'USD', 'EUR', 'CNY', 'RMB', 'UZS', 'KZT', 'AZN', 'RUB', 'KGS',
  'TJS', 'TMT', 'GEL', 'AMD', 'TRY', 'SAR', 'AED', 'GBP', 'JPY', 'KRW', 'INR', 'SDR', 'XDR', 'EURO', 'UTC', 'GMT', 'WARNING', 'UPDATE',
  'BREAKING', 'VIDEO', 'PHOTO', 'ID', 'NO', 'OK', 'II', 'III', 'IV', 'VI', 'VII', 'VIII', 'IX', 'XI', 'XX', 'XXI',
  // Blocs and summits; a bloc named as the partner of a country's trade is found apart, by parties/trade-blocs.ts.
  'COP', 'COP28', 'COP29', 'CIS', 'SCO', 'OTS', 'EAEU', 'ASEAN', 'UN', 'NATO', 'OSCE', 'BRICS', 'CSTO', 'ASBC',
  'R', 'L', 'EV', 'EVs', 'km', 'KM', 'MMC', 'JV', 'JSC', 'LLC', 'OJSC', 'PJSC', 'CJSC', 'TNK', 'HQ', 'PR', 'R&D',
  'ESCO', 'EPC', 'BOT', 'BOO', 'BOOT', 'PSA', 'SEZ', 'FEZ', 'IPO', 'M&A', 'B2B', 'CO2', 'AM', 'PM', 'US', 'USA',
  // Documents and loans by their kind: "MOU agreements", "the PCA signed with the EU", "(PBL)", "Economic Partnership Agreement (EPA)".
  'MOU', 'MoU', 'MOUs', 'MoUs', 'PCA', 'EPA', 'PBL',
  // A lender's instruments and a plant's parts: "multitranche financing facility (MFF)", "$45.5 million in TA", "battery energy
  // storage system (BESS)" (real-q tryxyz-nodate-uz-adb-water-supply-loan, real-r evertiq-20260123-uz-ae-masdar-guzar-solar).
  'MFF', 'TA', 'BESS',
  // Aid and procurement terms: "a Japanese ODA loan", "QCBS", "WASH"; technologies: "photovoltaic (PV)", "VVER units"; "FY 2005".
  'ODA', 'QCBS', 'WASH', 'PV', 'VVER', 'FY', 'DNA',
  // "the RA government", "RA Finance Minister": the Republic of Armenia, a country, not a body (real-e a1plus-nodate-am-ru-loans-790m,
  // deals-1 radaram-nodate-am-ebrd-sisian-qajaran-loan).
  'RA',
]);

/**
 * Names of bodies that report rather than take part: news agencies ("Qazinform News Agency", "the Uzbek Telegraph Agency",
 * "the Turkmen State News Agency", "German Press Agency", in real-d, real-e and real-h), a press service, and statistics
 * offices. No gold fact of any set names one as a party (FACTS.md: the parties are those that take part).
 */
export const REPORTER_NAME_RE = /(?:News|Press|Telegraph|Information) Agency$|^Press Service$|\bStatistic(?:s|al) (?:Committee|Office|Agency|Service|Department)\b|^\S+ Press$/;

/** A lender's instruments, which end its name where they follow it: "IDA Credit", "ADB Loan", "EIB Loan for SMEs". */
export const INSTRUMENT_WORDS_AFTER_NAME: ReadonlySet<string> = new Set(['Loan', 'Loans', 'Grant', 'Grants', 'Credit', 'Credits']);

/** What is built or worked: a name right before one of these ("the TANAP pipeline", "the Burnoye Solar-2 project") is the object's. */
// "the 'Uzbekistan-Afghanistan-Pakistan (UAP) Railway project'": a title may capitalise them.
export const OBJECT_NOUNS: readonly string[] = ['pipeline', 'pipelines', 'railway', 'railways', 'corridor', 'corridors', 'project', 'projects', 'Project', 'highway', 'highways', 'route', 'routes', 'field', 'fields', 'deposit', 'deposits'];
/** Words that may stand between the name and its object noun: "the North-South and TITR transport corridors", "the BTK railway construction project". */
export const OBJECT_KIND_WORDS: readonly string[] = ['gas', 'oil', 'power', 'transmission', 'transport', 'rail', 'railway', 'Railway', 'road', 'motor', 'economic', 'construction', 'solar', 'wind', 'hydropower', 'copper', 'gold', 'coal', 'uranium'];
