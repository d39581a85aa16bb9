/**
 * Cue words for each fact type, as data (FACTS.md "Types"). Each cue is a regex source matched
 * case-insensitively on word boundaries; the name says what it stands for in rule names.
 */
import type { FactType } from '../../schemas/fact.js';

export interface Cue {
  name: string;
  type: FactType;
  source: string;
}

export const AMOUNT_CUES: readonly Cue[] = [
  { name: 'trade-turnover', type: 'trade', source: 'trade(?: turnover| volume)?|turnover|trading partners?|trade partners?|commodity circulation' },
  // "The main buyers were Russia ($512 million), Kazakhstan ($231 million)": a list of partners and their purchases.
  { name: 'trade-flow', type: 'trade', source: 'exports?|exported|imports?|imported|deliveries|shipments|shipped|suppliers of goods|supplies of goods|goods worth|(?:main|largest|biggest|top|key) (?:buyers|importers|export markets|export destinations)' },
  { name: 'financing-instrument', type: 'financing', source: 'loans?|grants?|credit lines?|credits?|financing(?: package)?|funding|financed|funded|co-financ(?:e|es|ed|ing)|(?:to|will|would|shall|can|could) finance|tranches?|(?:financial|humanitarian|technical|development) (?:aid|assistance)|(?:support|aid|assistance|rescue) package|lend(?:s|ing)?|lent' },
  { name: 'financing-provide', type: 'financing', source: '(?:will |to )?(?:provide|allocate|extend|disburse)[sd]?(?! for)|commit(?:s|ted)|commitments?' },
  // "Koolbarra will spend $15-18 million on exploration": a company's planned outlay is its investment.
  { name: 'investment', type: 'investment', source: '(?:will|plans? to|intends? to|is to) spend|invest(?:s|ed|ing|ment|ments|ors?)?|FDI|poured|pumped|(?:charter|authori[sz]ed|registered|share|statutory) capital|portfolio|(?:equity |controlling |minority |majority )?stakes? in' },
  { name: 'investment-projects', type: 'investment', source: '(?:\\d+|several|many|two|three|four|five|six|seven|eight|nine|ten|dozens of) (?:[\\w-]+ ){0,2}projects|(?:volume|value|total cost|portfolio) of (?:[\\w-]+ ){0,2}projects|projects (?=worth|totall?ing|valued at|with a (?:total )?value)' },
  { name: 'agreement-document', type: 'agreement', source: 'agreements?|memorand(?:ums?|a)|MoUs?|contracts?|deals?|protocols?|accords?|roadmaps?|documents|document(?= (?:was|has been|had been) signed)' },
  // "the cost of the Caspian Green Bridge is estimated at": a cost is an object's, unless of living, credit or goods.
  // "Its total cost is estimated at", "The first phase will cost $640 million": the cost of the object named before.
  // "the cost of sending patients" is a running cost; "the cost of building the track" is the track's.
  { name: 'project-cost', type: 'project', source: '(?:total |estimated |overall |construction )?cost of(?! (?:the )?(?:living|credit|borrowing|loans?|imports|exports|goods|services|electricity|gas|fuel|one|each|a ton|(?!build|construct|creat|establish|develop|moderni|rehabilit|reconstruct|upgrad|expand|install|lay)\\w+ing)\\b)|(?:its|their) (?:total |estimated |overall )?cost|(?:total |estimated |overall )?project cost|(?:will|would|is to|is expected to|are expected to) cost' },
  { name: 'project-object', type: 'project', source: 'the project|this project|(?:its|their) project|(?<=[’\'])s project|(?:a|new) joint venture(?![’\']s)|(?<=(?:million|billion|mln|bn) )joint venture|plant|factory|facility|cluster|station|complex|hub|terminal|pipeline|railway|highway|warehouses?|mills?|(?:wind |solar |poultry |fish )farms?|refiner(?:y|ies)|smelters?|(?:power|processing|production) (?:plant|facility)|(?:production|assembly|processing|bottling|float glass|glass) lines?' },
];

/** A sentence about one party's own money is not a cooperation fact (FACTS.md "Scope"): no rule reads it. */
export const ONE_PARTY_MONEY_SOURCE = '(?:state|republican|local|national|federal|city|the|draft|annual) budget|from the budget|budget funds|budgetary|(?:its|their) own (?:funds|resources|money)';

/** Words right beside an amount that make it a price, a wage or an aggregate rather than a deal's sum. */
export const NOT_A_DEAL_NEAR_SOURCE =
  'GDP|capital expenditures?|capex|(?:customer|client|retail) deposits|salar(?:y|ies)|wages?|pensions?|prices?|per (?:ton|tonne|barrel|cubic|kilogram|kg|unit|month|year|share|head|capita)|tariffs?|market capitali[sz]ation|net (?:profit|income)|revenues?|dividends?|fines?|tax(?:es)?';

/** Verbs that mark a document as signed. */
// Past or ongoing acts only: "to sign" and "needed to ratify" are plans, not signatures.
// Headlines sign in the present tense ("Kazakhstan, EBRD sign loan agreement"), unless it is a plan.
export const SIGN_SOURCE =
  'signed|signing|inked|sealed|concluded|struck|clinched|penned|ratified|adopted|put (?:his|her|their) signatures?|exchanged|(?<!(?:to|will|would|could|may|plans? to|expected to|intend to|ready to) )(?:signs?|inks?|seals?)';

/** Phrases that mark an agreement as reached without a signature. */
export const AGREE_SOURCE =
  'reached (?:an? |a number of |several )?(?:agreements?|deal|accord|understanding)|agreements? (?:were|was|have been|has been) reached|came to (?:an? )?agreements?|a deal was struck|struck a deal|agreed (?:on|upon)|approval was (?:also )?given|agreed to (?:build|construct|set up|establish|launch|open|create|develop|produce|supply|invest|finance|jointly)';

/** A deal of exchange agreed without a document ("agreed to supply", "agreed on the purchase"): an agreement, and the value it is worth. */
export const AGREED_TO_TRADE_SOURCE =
  // Not "agreed to lend" or "to invest": money agreed is the financing or investment fact itself (FACTS.md "Loans and grants").
  'agreed (?:to (?:jointly )?(?:supply|deliver|purchase|buy|sell)|(?:on|upon) (?:the )?(?:joint |further |mutual )?(?:supply|supplies|deliveries|purchase|sale))';

/** Phrases that mark an agreement as being prepared or negotiated. */
export const PLAN_AGREEMENT_SOURCE =
  'negotiat(?:e|es|ed|ing|ions?)|(?:is|are|was|were) in talks (?:with|on|over|about)|holding talks (?:with|on)|working (?:out|on)|drafting|preparing|to sign|will sign|expected to (?:sign|be signed)|plans? to sign|' +
  '(?:possibility|prospects?|issue|question) (?:of|for) (?:signing|concluding)|discuss(?:ed|es|ing)? (?:the )?(?:signing|conclusion)';

/** Document nouns of an agreement. "document" counts only with a signing verb. */
export const AGREEMENT_NOUN_SOURCE =
  'agreements?|memorand(?:ums?|a)|MoUs?|contracts?|deals?|protocols?|accords?|roadmaps?|road maps?|addendum|documents?';

/** Agreements that are pure politics or security (FACTS.md "not cooperation facts"). */
export const POLITICAL_AGREEMENT_SOURCE =
  '(?:peace|ceasefire|truce|military|defen[cs]e|security|extradition|nuclear arms|non-aggression) (?:agreements?|deals?|accords?|treat(?:y|ies)|protocols?|memorand(?:ums?|a))' +
  '|(?:agreements?|memorand(?:ums?|a)|treat(?:y|ies)|accords?|protocols?) on (?:the )?(?:mutual )?(?:visa\\S*|extradition|legal assistance|military|defen[cs]e|security|combating|readmission|border demarcation)' +
  // A player's contract is sport, not cooperation.
  '|(?:striker|midfielder|defender|goalkeeper|forward|player|coach|footballer|club|transfer)';

/**
 * Topics of a document that make it no economic cooperation (FACTS.md "Pure politics ... not economic"):
 * culture, education, media, security, borders, visas. A document that also names an economic topic
 * (ECONOMIC_TOPIC_SOURCE) stays an agreement: "a memorandum on education and investment".
 */
export const NON_ECONOMIC_TOPIC_SOURCE =
  'cultur(?:e|al)|sports?|football|olymp\\w*|athlet\\w*|education(?:al)?|science|scientific|youth|media|news agenc(?:y|ies)|journalis\\w+|archives?|drug trafficking|terrorism|extremism|crime|criminal|' +
  'twinning|sister cit(?:y|ies)|twin cit(?:y|ies)|demarcation|delimitation|state border|consular|visas?|driving licen[cs]es|migration|military|defen[cs]e|security|humanitarian|religio\\w+|legal assistance|emergenc(?:y|ies)|foreign ministries';
export const ECONOMIC_TOPIC_SOURCE =
  'trade|invest\\w*|econom\\w*|energy|electric\\w*|power|transport|transit|logistic\\w*|industr\\w*|agricult\\w*|financ\\w*|bank\\w*|tax\\w*|customs|supply|supplies|construction|oil|gas|mining|minerals?|tourism|pharma\\w*|production|manufactur\\w*|digital|railways?|roads?|water|textiles?|export\\w*|import\\w*|loans?|grants?|credit';

/** "the document", "the agreement" alone refer back to a document already counted. */
export const ANAPHORIC_DOCUMENT_SOURCE =
  '^(?:[^,]{0,40}, )?the (?:formal |said |above-mentioned |same |signed |relevant )?(?:documents?|agreements?|deal|contract|memorandum|accord)\\b(?! on| for| to)';

/** Money lent or given with no amount stated: "financed by the EBRD", "comes as a grant from". */
export const FINANCING_NO_AMOUNT_SOURCE =
  '(?:financed|funded|co-financed) by|is funding|are funding|(?:is|are) (?:co-)?financing (?:the|this|its)|(?:comes|came|provided) as a (?:grant|loan)|a (?:grant|loan|credit) (?:from|of|by)|loan funds|credit line from|' +
  // "The rest of the financing is expected from the OPEC Fund": where money will come from names its lender.
  '(?:financing|funding|funds|money|loans?) (?:is |are |was |were |will be )?(?:expected|to come|coming|will come|comes|came|provided) from|' +
  // "The financing will be provided by JBIC together with commercial banks".
  '(?:financing|funding|loans?) (?:is |are |was |were |will be )(?:provided|arranged|extended) by|' +
  // "The Japan Green Infrastructure Fund is considering providing a loan for up to 60 percent of the cost".
  '(?:providing|to provide|will provide|would provide) (?:an? )?(?:loan|grant|credit line)\\b|' +
  // "The EDB is also considering participation in the financing of the Aragats-2 solar plant".
  'participat(?:ion|e|es|ing) in (?:the )?(?:co-)?financing of';

/** Marks of a party beside the subject: joint work or a named partner. */
export const PARTNERSHIP_SOURCE =
  'joint(?:ly)?|the (?:two )?sides|the parties|participants|both countries|the two countries|bilateral|together with|in partnership with|in cooperation with|with (?:the )?(?:participation|support) of|partners?|investors|(?:a|an|the) [A-Z][a-z]+ (?:company|firm|investor|partner)';

export const cueRegex = (source: string, flags = 'gi'): RegExp => new RegExp(`\\b(?:${source})\\b`, flags);
