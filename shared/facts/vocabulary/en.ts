/**
 * The English vocabulary of the fact rules: every word list the rules and passes are built from, in
 * one place. Entries are regex sources matched case-insensitively on word boundaries unless a list
 * says otherwise. Adding a document noun ("pact") or a lending verb is one edit here; the rules that
 * read the list pick it up.
 */
import type { Noun } from './words.js';

/** Documents of an agreement (FACTS.md `agreement`). "document" itself is weaker: see DOCUMENT_WORD. */
export const DOCUMENT_NOUNS: readonly Noun[] = [
  { one: 'agreement', many: 'agreements' },
  { one: 'memorandum', many: 'memorandums|memoranda' },
  { one: 'MoU', many: 'MoUs' },
  { one: 'contract', many: 'contracts' },
  { one: 'deal', many: 'deals' },
  { one: 'protocol', many: 'protocols', pointsBack: false },
  { one: 'accord', many: 'accords' },
  { one: 'roadmap|road map', many: 'roadmaps|road maps', pointsBack: false },
  { one: 'pact', many: 'pacts' },
  // A plan signed by the parties: "The parties signed an action plan for 2020-2022 on enhancing cooperation between the three
  // countries", "We also signed an action plan for 2017-2019" (real-x caucasuswatch-nodate-ge-az-tr-trilateral, real-j
  // xebersaati-20170906-az-tr-ge-trilateral-action-plan).
  { one: 'action plan', many: 'action plans', pointsBack: false },
  // A programme of cooperation is a document: "A three-year cooperation program was adopted", "A mid-term program for developing
  // the economic partnership between the two countries ... was signed" (real-c kunuz-20250122-uz-jp-mirziyoyev-jica-president,
  // real-e ubpost-20170331-mn-jp-850m-soft-loan). A programme of cooperation "in the field of tourism" is one sector's plan, not a partnership document.
  {
    one: '(?<=(?:[Cc]ooperation|[Pp]artnership) )program(?:me)?|program(?:me)?(?= (?:of|for|on) (?:[\\w-]+ ){0,4}(?:[Cc]ooperation|[Pp]artnership)\\b(?! in the (?:field|sphere|area)))',
    many: '(?<=(?:[Cc]ooperation|[Pp]artnership) )program(?:me)?s|program(?:me)?s(?= (?:of|for|on) (?:[\\w-]+ ){0,4}(?:[Cc]ooperation|[Pp]artnership)\\b(?! in the (?:field|sphere|area)))',
    pointsBack: false,
  },
];

/** "document(s)": an agreement only with a signing verb ("the document was signed"). */
export const DOCUMENT_WORD: Noun = { one: 'document', many: 'documents' };

/** Treaties are state acts; in rules they only mark political documents. */
export const TREATY: Noun = { one: 'treaty', many: 'treaties' };

/** Verbs that mark a document as signed, in the past or ongoing (plans to sign are in PLAN_AGREEMENT). */
export const SIGNED_VERBS: readonly string[] = [
  'signed', 'signing', 'inked', 'sealed', 'concluded', 'struck', 'clinched', 'penned', 'ratified', 'adopted',
  // "put their names to 19 agreements", "has put its signature to a loan agreement" (real-p japantimes-20150211-mn-jp-economic-…,
  // real-zv trt-20241105-kg-tr-erdogan-19-agreements, real-h gtreview-nodate-kz-jp-jbic-uranium-…).
  'put (?:his|her|their|its) (?:signatures?|names)', 'exchanged',
];

/** Headline present tense of signing ("Kazakhstan, EBRD sign loan agreement"), unless a plan comes before it. */
export const SIGN_PRESENT: readonly string[] = ['signs?', 'inks?', 'seals?'];

/** Words before a present-tense signing verb that make it a plan: "to sign", "plans to sign". */
export const PLAN_BEFORE_SIGNING: readonly string[] = ['to', 'will', 'would', 'could', 'may', 'plans? to', 'expected to', 'intend to', 'ready to'];

/** Past-tense signing verbs that open a new signing ("concluded 12 contracts worth ..."). */
export const NEW_SIGNING_VERBS: readonly string[] = ['signed', 'inked', 'sealed', 'concluded', 'struck', 'clinched'];

/** Documents being prepared or negotiated. */
export const PLAN_AGREEMENT: readonly string[] = [
  'negotiat(?:e|es|ed|ing|ions?)', '(?:is|are|was|were) in talks (?:with|on|over|about)', 'holding talks (?:with|on)', 'working (?:out|on)',
  'drafting', 'preparing', 'to sign', 'will sign', 'expected to (?:sign|be signed)', 'plans? to sign',
  '(?:possibility|prospects?|issue|question) (?:of|for) (?:signing|concluding)', 'discuss(?:ed|es|ing)? (?:the )?(?:signing|conclusion)',
];

/** Agreements reached without a signature. */
export const AGREE_PHRASES: readonly string[] = [
  'reached (?:an? |a number of |several )?(?:agreements?|deal|accord|understanding)', 'agreements? (?:were|was|have been|has been) reached',
  'came to (?:an? )?agreements?', 'a deal was struck', 'struck a deal', 'agreed (?:on|upon)', 'approval was (?:also )?given',
  'agreed to (?:build|construct|set up|establish|launch|open|create|develop|produce|supply|invest|finance|jointly)',
];

/** Instruments of lending and giving (FACTS.md `financing`). */
export const FINANCING_INSTRUMENTS: readonly string[] = [
  'loans?', 'grants?', 'credit lines?', 'credits?', 'financing(?: package)?', 'funding', 'financed', 'funded', 'co-?financ(?:e|es|ed|ing)',
  '(?:to|will|would|shall|can|could) finance', 'tranches?', '(?:financial|humanitarian|technical|development) (?:aid|assistance)',
  '(?:support|aid|assistance|rescue) package', 'lend(?:s|ing)?', 'lent',
  // Assistance by its sum: "assistance worth a total of 3 billion dollars", "to ask Russia for USD 200 million in assistance",
  // "extended support amounting to 551.8 billion yen" (real-n urdupoint-20191001-mn-adb-390m-financing, real-s
  // messenger-20081217-am-ru-crisis-assistance, real-i uzdaily-20240828-uz-jp-jica-interview).
  'in (?:financial |economic |budget |budgetary )?(?:aid|assistance)', '(?:aid|assistance) (?:worth|of|amounting to|totall?ing)',
  '(?:extended|provided|given) support (?:worth|of|amounting to|totall?ing)',
  // A borrower's side of a loan: "Georgia intends to borrow 120 million EUR from Germany's KfW", "Kazakhstan will borrow more than
  // 1.5 billion euros" (real-g cbw-20181007-ge-de-fr-kfw-afd-loans; real-a qazaqtv-nodate-kz-adb-aiib-covid-loans). Not "borrowers",
  // nor a state borrowing on its own market (one party).
  'borrow(?:s|ed|ing)?(?![^.;]{0,40}\\b(?:domestic|local|internal) (?:market|banks)\\b)',
  // A loan's terms name it: "$195.0 million will be provided for a 25-year period with a grace period of 7 years", "for
  // 40 years at an interest rate of only 0.75%" (real-a kunuz-20210308-uz-jp-jica-loans-plan; real-d
  // 168am-nodate-am-ru-stabilization-loan). Not a central bank's "policy interest rate would stay at 13 percent".
  'grace period', '(?:at|with) an? (?:(?:annual|fixed|variable|low|concessional) )?interest rate',
  // What one state owes another is money lent: "Tajikistan now owes China more than $1 billion", "Kyrgyzstan's 193m-dollar
  // debt to Russia" (real-za theasian-nodate-tj-cn-istiklol-industrial-zone, redorbit-20080917-kg-ru-pm-interview). Not a ratio
  // ("debt to GDP"); a state's own foreign debt names no lender.
  'owes?', 'owed to', 'debts? (?:owed )?to(?! (?:gdp|equity|income|revenue|exports|the budget)\\b)',
];

/** Verbs that give money but name no instrument: weaker than any instrument nearby. */
export const PROVIDING_VERBS: readonly string[] = [
  '(?:will |to )?(?:(?:provide|allocate|disburse)[sd]?|extend(?:s|ed)?)(?! for)', 'commit(?:s|ted)', 'commitments?',
  // "to allot ¥15 billion for a 15-year period", "Russia allotted 300 million USD to this country" (real-a
  // kunuz-20210308-uz-jp-jica-loans-plan; real-d 168am-nodate-am-ru-stabilization-loan).
  'allot(?:s|ted|ting)?',
  // A donor's money: "Russia pledged $7.5 billion to a rescue fund", "was promised by the United States", "plan to donate
  // $640 million" (real-d 168am-nodate-am-ru-stabilization-loan, ria-20081023-ge-ebrd-975m).
  'pledge[sd]', 'pledging', 'promised', 'donat(?:e|es|ed|ing)',
  // The passive of giving, with its giver after "by": "Funds of $3.5 billion will be made available to Uzbekistan by JICA" (real-k
  // ferganaplus-nodate-uz-jp-jica-3-5bn). With no giver named it is no one's money: "Georgia and Moldova will be granted €30 million"
  // (real-e agendage-nodate-ge-eu-30m-association, a negative case).
  '(?:be|been|was|were|is|are) (?:made available|granted)(?=[^.;]{0,80}\\bby\\b)',
];

/**
 * What a development bank does with a sum when no instrument is named: it lends it (FACTS.md: development-bank
 * money is financing). "approved a total of $1.5 billion", "disbursed", "signed off on", "gave the go-ahead to",
 * "earmarked", "set aside", "cumulative approvals", "$45.5 million are expected to come from the Abu Dhabi Fund".
 */
export const LENDER_MONEY_VERBS: readonly string[] = [
  'receive[sd]?', 'receiving', 'get', 'gets', 'got', 'obtain(?:s|ed)?', 'approved', 'approves', 'approvals?', 'disburse[sd]?', 'disbursements?',
  'sign(?:s|ed)? off on', '(?:gave|give[sn]?) the go-ahead', 'earmark(?:s|ed)?', 'set aside', 'mobili[sz]ed', 'come from', 'comes from', 'came from', 'coming from',
  // A lender's allocation, not a budget's ("Allocations for the energy sector will reach ..."): "will raise its annual allocation
  // to Tajikistan by around $20 million", "a further allocation—worth 8.2 million euros—was moved to the state budget" under a
  // lender's budget support (real-d adb-20150115-tj-country-allocation; real-b newsam-20220727-am-eu-budget-support-grants).
  'allocations?',
  // A receiver "granted" or "given" a sum in the passive, with a development lender named: "Tbilisi has already been given $100
  // million by the EBRD ..., and a further $225 million is to be granted", "Kyrgyzstan is to be given an 8 million euro loan
  // from the EBRD" (real-d ria-20081023-ge-ebrd-975m; real-e trend-20240305-kg-ebrd-water-resilience). Not "given the crisis",
  // nor a go-ahead or approval given. With no lender in the sentence it types nothing: "Georgia and Moldova will be granted
  // €30 million" names no giver (real-e agendage-nodate-ge-eu-30m-association).
  '(?:be|been|being) (?:granted|given)(?! (?:the go-ahead|approval|priority|attention|the right)\\b)',
];

/** Kinds of a company's or a fund's capital, equity whoever puts it up: "charter capital", "initial capital". */
export const CAPITAL_KINDS = '(?:charter|authori[sz]ed|registered|share|statutory|initial)';

/** Words of investing (FACTS.md `investment`). */
export const INVESTMENT_WORDS: readonly string[] = [
  '(?:will|plans? to|intends? to|is to) spend', 'invest(?:s|ed|ing|ment|ments|ors?)?', 'FDI', 'poured', 'pumped',
  // "we have put $380mln into Georgia's economy", "will have put US $4.5 billion into the project": "put" right before a sum.
  // "plans to put a total of $1 billion into our economy" (real-c tengrinews-nodate-kz-ebrd-road-projects).
  // "the parties will put in AED58.7mn between them", "Its initial capital of $16m will be put up jointly by ADFD and Turkmenistan's
  // government" (real-f intellinews-nodate-tm-ae-adfd-three-mous, real-k thenational-nodate-tm-ae-adfd-investment-company).
  'put(?:\\s+(?:in|up))?(?=\\s+(?:(?:a total of|in total|about|around|over|more than|some|nearly|almost)\\s+)?(?:[$€£¥₸₽]|US\\s?\\$|[A-Z]{3}\\s?\\d|\\d))',
  '(?:will|would|is to|are to|was|were|has been|have been) (?:be )?put (?:in|into|up)\\b',
  `${CAPITAL_KINDS} capital`, 'portfolio', '(?:equity |controlling |minority |majority )?stakes? in',
  // The volume of contract work a country's builders take on abroad: "Projects undertaken by Turkish construction companies in
  // Turkmenistan since 1991 total more than $26 billion", "the total volume of work taken on by Turkish construction companies",
  // "Turkish companies received work in Turkmenistan totalling 4.5 billion dollars" (real-a hurriyet-nodate-tm-tr-turkish-contractors,
  // real-za raillynews-nodate-tm-tr-turkish-contractors). Not "projects carried out by" SMEs a bank lends to.
  'projects (?:undertaken|taken on) by', '(?:contracting |construction )?work (?:undertaken|taken on)', 'received work', 'volume of (?:contracting |construction )?work',
];

/** Words of trade between parties (FACTS.md `trade`). */
export const TRADE_TURNOVER_WORDS: readonly string[] = [
  // "trade financing", "$83.4 million in trade operations from the ITFC": a lender's trade finance is financing, not
  // trade between parties (real-a trend-20240130-az-isdb-country-framework-mou; real-d trend-20230710-az-isdb-liberated-territories,
  // kunuz-20171024-uz-ebrd-two-projects).
  'trade(?: turnover| volume)?(?! financ\\w*| operations)', 'turnover', 'trading partners?', 'trade partners?', 'commodity circulation',
  // "the goods exchanged were worth $379 million to Britain" (real-b kazinform-nodate-kz-gb-ambassador-moran-interview).
  'goods exchanged', 'exchange of goods',
  // "a target of $1 billion in commercial exchange" (real-j irandaily-20191110-ir-am-mazandaran-lori-trade).
  'commercial exchanges?',
];
export const TRADE_FLOW_WORDS: readonly string[] = [
  'exports?', 'exported', 'imports?', 'imported', 'deliveries', 'shipments', 'shipped', 'suppliers of goods', 'supplies of goods', 'goods worth',
  // Goods one country buys from another: "Goods and services bought by Turkmenistan from Uzbekistan are estimated at", "Türkiye
  // bought Azerbaijani goods worth $5.3 billion" (real-d nca-20240723-tm-uz-h1-trade, anews-20251003-tr-az-kz-kg-uz-ots-trade).
  // Not a company that "bought a stake".
  'goods (?:and services )?(?:bought|purchased)', '(?:bought|purchased) (?:[\\w-]+ ){0,2}goods',
  // The sum between the verb and its goods: "Uzbekistan bought $1.28bn worth of goods from South Korea" (real-j daryo-20240723-uz-kr-trade);
  // "earned 169.2 million U.S. dollars from exporting coal to China" (real-j mqworld-20200211-mn-cn-coal-exports).
  // With a qualifier or a currency code before the sum, and "products" for goods: "Georgia bought around $294.1 million worth of
  // products from Azerbaijan" (real-s menafocus-nodate-ge-az-import-share), "Turkey follows, having bought USD 74 mln worth of
  // products" (real-u messenger-20110601-ge-az-tr-am-georgian-exports).
  '(?:bought|purchased|sold) (?:(?:around|about|some|nearly|almost|over|more than) )?(?:[$€]|USD |US\\$|EUR )?[\\d.,]+\\s?(?:bn|mn|mln|bln|billion|million)? ?worth of (?:goods|products)', 'exporting', 'importing',
  '(?:main|largest|biggest|top|key|large|major|leading) (?:buyers|importers|export markets|export destinations)',
];

/** Things a project builds or produces (FACTS.md `project`). A "credit facility" is a loan, not a building. */
export const OBJECT_NOUNS: readonly string[] = [
  'plants?', 'factor(?:y|ies)', 'cascades?', 'smelters?', 'mills?', 'refiner(?:y|ies)', 'stations?', 'canals?', 'dams?', 'reservoirs?', 'substations?',
  'grids?', 'housing', 'ports?', 'crossings?', 'railroads?', '(?<!(?:credit|loan|lending|financing|guarantee|liquidity) )facilit(?:y|ies)', 'clusters?',
  'zones?', 'parks?', 'technoparks?', 'roads?', 'highways?', 'railways?', 'corridors?', 'bridges?', 'tunnels?', 'airports?', 'terminals?', 'depots?',
  'pipelines?', 'village', 'brewer(?:y|ies)', 'winer(?:y|ies)', 'distiller(?:y|ies)', 'shipyards?', 'greenhouses?', 'hotels?', 'warehouses?',
  '(?<!investment )platforms?', 'cent(?:er|re)s?', 'complex(?:es)?', 'hubs?', 'enterprises?', 'mines?', 'hospitals?', 'schools?', 'networks?', 'farms?',
  // Infrastructure in general ("built new infrastructure", "developing critical infrastructure", "infrastructure cooperation") is a
  // sector, not a work; a kind of it ("water supply infrastructure") is (pooled real-a..h: 3 wrong projects fewer in 3 articles, none
  // right lost: real-d adb-20150115-tj-country-allocation, real-f zawya-nodate-tj-opec-fund-18m-loans, real-g usmuslims-nodate-ge-ae-emaar-memorandum).
  '(?<!\\b(?:new|modern|critical|key|vital|necessary|needed|social) )infrastructure(?! cooperation)', 'production', 'components', 'technolog(?:y|ies)', 'HPP', 'SPP', 'TPP', 'CHP', 'copper', 'fabrics?', '(?<!(?:credit|swap) )lines?',
];

/**
 * Names with an object noun in them that name no object: the Silk Road is a route of history and the name of China's policy,
 * whose "joint construction" and "development" build nothing (real-f kazinform-20150917-kz-cn-nur-otan-protocol, real-m
 * railwaypro-nodate-kz-cn-33-deals, real-s xebersaati-20170719-az-ge-tr-customs-silk-road). Lower case, matched case-insensitively.
 */
export const NOT_OBJECT_NAMES: readonly string[] = [
  '(?:economic belt of the )?(?:great |ancient )?silk road(?: economic belt)?', '(?:one )?belt,? (?:and )?(?:one )?road(?: initiative)?',
];

/** Verbs of making something: "will build", "construction of", "local production of". */
export const MAKE_VERBS: readonly string[] = [
  // "a partnership built on trust", "a system built on modern infrastructure": founded on, not making (real-c, real-d, real-f).
  // "build up cooperation", "build the capacity of the government": strengthening, not making (real-d 24kg-20260123-kg-cn-bishkek-bypass,
  // geoeconomics-20091110-ge-wb-east-west-highway, japangov-20151026-tj-kg-af-jica-locust-grant).
  'build(?:s|ing)?(?! up (?:cooperation|relations|ties|trust)\\b| (?:up )?(?:the |their |its )?(?:\\w+ ){0,3}?capacit)', 'built(?! on\\b)', 'construct(?:s|ing|ed|ion)?(?! (?:industry|sector|companies|firms)\\b)', 'set(?:ting)? up', 'establish(?:es|ing|ment)?', 'launch(?:es|ing)?', '(?:to |will |plans? to )open',
  'open(?:s|ing|ed)', 'creat(?:e|es|ing|ion)', 'moderni[sz](?:e|es|ing|ation)', 'rehabilitat(?:e|es|ing|ion)', 'renovat(?:e|es|ing|ion)',
  'reconstruct(?:s|ing|ion)?', 'rebuil(?:d|ds|ding|t)', 'upgrad(?:e|es|ing)', 'widen(?:s|ing)?', 'locali[sz](?:e|es|ing|ation)', 'produc(?:e|es|ing|tion)',
  'manufactur(?:e|es|ing)', 'assembl(?:e|es|ing|y)', 'install(?:s|ing|ation)?', 'introduc(?:e|es|ing)', 'commission(?:s|ing)?', 'fit(?:ting)? out', 'mining',
  'processing', 'develop(?:s|ing|ment)? (?:of )?(?:new|the|a)', 'expan(?:d|ds|ding|sion) of',
];

/** Participles of making, for the passive: "the stations will be renovated". */
export const MADE_PARTICIPLES: readonly string[] = [
  'built', 'constructed', 'set up', 'established', 'launched', 'opened', 'created', 'moderni[sz]ed', 'rehabilitated', 'renovated', 'reconstructed',
  'rebuilt', 'upgraded', 'widened', 'expanded', 'installed', 'commissioned', 'laid', 'produced', 'manufactured', 'assembled', 'developed', 'equipped',
];

/** One party's own money (FACTS.md "Scope"): a budget, its own funds. */
export const ONE_PARTY_MONEY: readonly string[] = [
  '(?:state|republican|local|national|federal|city|the|draft|annual) budget', 'from the budget', 'budget funds', 'budgetary', '(?:its|their) own (?:funds|resources|money)',
  // A party that invests in its own economy spends its own money: "Kazakhstan intends to invest $20bn in developing its
  // infrastructure" (real-e intellinews-nodate-kz-infrastructure-20bn), "the Uzbek government intends to invest USD 55
  // billion in modernizing its industry" (real-e railwaypro-nodate-uz-kr-infrastructure-projects).
  'invest(?:s|ed|ing)?\\s[^.;]{0,40}?\\bin (?:[a-z]+ing )?(?:its|their) (?:own |national )?(?:infrastructure|industry|industries|economy)',
];

/** Words right beside a sum that make it a price, a wage or an aggregate rather than a deal. */
export const NOT_A_DEAL_NEAR: readonly string[] = [
  'GDP', 'capital expenditures?', 'capex', '(?:customer|client|retail) deposits', 'salar(?:y|ies)', 'wages?', 'pensions?', 'prices?',
  'per (?:ton|tonne|barrel|cubic|kilogram|kg|unit|month|year|share|head|capita)', 'tariffs?', 'market capitali[sz]ation', 'net (?:profit|income)',
  'revenues?', 'dividends?', 'fines?', 'tax(?:es)?',
];

/** Topics that make a document no economic cooperation, unless an economic topic is named too. */
export const NON_ECONOMIC_TOPICS: readonly string[] = [
  'cultur(?:e|al)', 'sports?', 'football', 'olymp\\w*', 'athlet\\w*', 'education(?:al)?', 'science', 'scientific', 'youth', 'media', 'news agenc(?:y|ies)',
  'journalis\\w+', 'archives?', 'drug trafficking', 'terrorism', 'extremism', 'crime', 'criminal', 'twinning', 'sister cit(?:y|ies)', 'twin cit(?:y|ies)',
  'demarcation', 'delimitation', 'state border', 'consular', 'visas?', 'driving licen[cs]es', 'migration', 'military', 'defen[cs]e', 'security',
  'humanitarian', 'religio\\w+', 'legal assistance', 'emergenc(?:y|ies)', 'foreign ministries',
  // "a protocol on DNA forensic equipment", "a memorandum between the Television and Radio Committee and the Information Bureau"
  // (real-c einpresswire-20230518-tj-cn-cooperation-documents).
  'forensic', 'DNA', 'television', 'radio', 'broadcast\\w*', 'information bureau',
  // Parties and parliaments cooperate in politics: "a protocol on inter-party cooperation", "the Memorandum of Cooperation
  // between the Parliamentarians of the two countries" (real-f kazinform-20150917-kz-cn-nur-otan-protocol, real-d
  // kazinform-20180313-kz-kr-speaker-meeting).
  'inter-?party', 'inter-?parliamentary', 'parliamentarians', 'parliaments',
];
export const ECONOMIC_TOPICS: readonly string[] = [
  'trade', 'invest\\w*', 'econom\\w*', 'energy', 'electric\\w*', 'power', 'transport', 'transit', 'logistic\\w*', 'industr\\w*', 'agricult\\w*', 'financ\\w*',
  'bank\\w*', 'tax\\w*', 'customs', 'supply', 'supplies', 'construction', 'oil', 'gas', 'mining', 'minerals?', 'tourism', 'pharma\\w*', 'production',
  'manufactur\\w*', 'digital', 'railways?', 'roads?', 'water', 'textiles?', 'export\\w*', 'import\\w*', 'loans?', 'grants?', 'credit',
];

/** Kinds of agreement that are pure politics or security (FACTS.md: not cooperation facts). */
export const POLITICAL_KINDS: readonly string[] = ['peace', 'ceasefire', 'truce', 'military', 'defen[cs]e', 'security', 'extradition', 'nuclear arms', 'non-aggression'];
/** Topics after "an agreement on" that make it political. */
export const POLITICAL_TOPICS: readonly string[] = [
  'visa\\S*', 'extradition', 'legal assistance', 'military', 'defen[cs]e', 'security', 'combating', 'readmission', 'border demarcation',
  // A treaty of friendship or alliance, as the Russian list has it (RU_POLITICAL_TOPICS).
  'friendship', 'eternal friendship', 'alliance', 'allied relations', 'good[- ]neighbo(?:u)?rl\\w*',
];
/**
 * A player's contract is sport, not cooperation. Only beside a document word: alone, "moving projects forward", "a key
 * player", "technology transfer" are business (real-c kunuz-20250122-uz-jp-mirziyoyev-jica-president).
 */
export const SPORT_CONTRACT_WORDS: readonly string[] = ['striker', 'midfielder', 'defender', 'goalkeeper', 'footballer', 'coach', 'football club', 'player'];

/**
 * Where contracts and deals are trades on a market, not cooperation: "124 trading sessions were held by the State Commodity and
 * Raw Materials Exchange ..., at which 15,227 contracts were concluded" (real-d businesstm-nodate-tm-trade-houses; in Russian,
 * RU_EXCHANGE_TRADING).
 */
export const EXCHANGE_TRADING_WORDS: readonly string[] = [
  'trading sessions?', 'commodity (?:and raw materials )?exchange', 'stock exchange', 'currency exchange', 'interbank (?:currency )?market', 'exchange rate',
];

/** Marks of a party beside the subject: joint work or a named partner. */
export const PARTNERSHIP_WORDS: readonly string[] = [
  'joint(?:ly)?', 'the (?:two )?sides', 'the parties', 'participants', 'both countries', 'the two countries', 'bilateral', 'together with',
  'in partnership with', 'in cooperation with', 'with (?:the )?(?:participation|support) of', 'partners?', 'investors', '(?:a|an|the) [A-Z][a-z]+ (?:company|firm|investor|partner)',
];

/**
 * Nouns that point back to a party or undertaking named before: "the company", "the bank", "the sides".
 * After "the", "this", "its" (and a nationality: "the Japanese side"), they take the parties of an
 * earlier sentence.
 */
export const POINTER_NOUNS: readonly string[] = [
  'side', 'phase', 'stage', 'company', 'companies', 'firms?', 'bank', 'fund', 'funds', 'money', 'financing', 'loan', 'grant', 'credit', 'group',
  'corporation', 'holding', 'ministry', 'agency', 'committee', 'government', 'project', 'plant', 'factory', 'enterprise', 'package', 'deals?',
  'agreements?', 'contract', 'memorandum', 'documents?', 'investors?', 'partners?', 'sides', 'parties', 'lenders?',
  // "the consortium led by the two will sign a $940 million contract" (real-k koreaherald-20150409-tm-kr-hyundai-lg-plants).
  'consortium',
];

/** Nationalities that may stand between a pointer's "the" and its noun: "the Japanese side". */
export const POINTER_NATIONALITIES: readonly string[] = [
  'Japanese', 'Chinese', 'Korean', 'Turkish', 'Russian', 'German', 'French', 'Italian', 'Indian', 'Emirati', 'Saudi', 'Qatari', 'Iranian', 'Pakistani',
  'Kazakh', 'Uzbek', 'Kyrgyz', 'Tajik', 'Turkmen', 'Azerbaijani', 'Georgian', 'Armenian', 'Mongolian', 'Hungarian', 'Polish', 'Austrian', 'Czech', 'British',
  'American', 'foreign', 'local',
];
