/**
 * Cue words for each fact type, as data (FACTS.md "Types"). Each cue is a regex source matched
 * case-insensitively on word boundaries; the name says what it stands for in rule names.
 */
import type { FactType } from '../../schemas/fact.js';
import {
  AGREE_PHRASES, DOCUMENT_NOUNS, DOCUMENT_WORD, ECONOMIC_TOPICS, FINANCING_INSTRUMENTS, INVESTMENT_WORDS, NON_ECONOMIC_TOPICS, NOT_A_DEAL_NEAR,
  ONE_PARTY_MONEY, PARTNERSHIP_WORDS, PLAN_AGREEMENT, PLAN_BEFORE_SIGNING, POLITICAL_KINDS, POLITICAL_TOPICS, PROVIDING_VERBS, SIGN_PRESENT,
  SIGNED_VERBS, SPORT_CONTRACT_WORDS, EXCHANGE_TRADING_WORDS, TRADE_FLOW_WORDS, TRADE_TURNOVER_WORDS, TREATY,
} from '../vocabulary/en.js';
import { alt, either, singular } from '../vocabulary/words.js';

export interface Cue {
  name: string;
  type: FactType;
  source: string;
}

export const AMOUNT_CUES: readonly Cue[] = [
  { name: 'trade-turnover', type: 'trade', source: TRADE_TURNOVER_WORDS.join('|') },
  // "The main buyers were Russia ($512 million), Kazakhstan ($231 million)": a list of partners and their purchases.
  { name: 'trade-flow', type: 'trade', source: TRADE_FLOW_WORDS.join('|') },
  { name: 'financing-instrument', type: 'financing', source: FINANCING_INSTRUMENTS.join('|') },
  { name: 'financing-provide', type: 'financing', source: PROVIDING_VERBS.join('|') },
  // "Koolbarra will spend $15-18 million on exploration": a company's planned outlay is its investment.
  { name: 'investment', type: 'investment', source: INVESTMENT_WORDS.join('|') },
  { name: 'investment-projects', type: 'investment', source: '(?:\\d+|several|many|two|three|four|five|six|seven|eight|nine|ten|dozens of) (?:[\\w-]+ ){0,2}projects|(?:volume|value|total cost|portfolio) of (?:[\\w-]+ ){0,2}projects|projects (?=worth|totall?ing|valued at|with a (?:total )?value)' },
  { name: 'agreement-document', type: 'agreement', source: `${either(DOCUMENT_NOUNS)}|${DOCUMENT_WORD.many}|${DOCUMENT_WORD.one}(?= (?:was|has been|had been) signed)` },
  // "the cost of the Caspian Green Bridge is estimated at": a cost is an object's, unless of living, credit or goods.
  // "Its total cost is estimated at", "The first phase will cost $640 million": the cost of the object named before.
  // "the cost of sending patients" is a running cost; "the cost of building the track" is the track's.
  { name: 'project-cost', type: 'project', source: '(?:total |estimated |overall |construction )?cost of(?! (?:the )?(?:living|credit|borrowing|loans?|imports|exports|goods|services|electricity|gas|fuel|one|each|a ton|(?!build|construct|creat|establish|develop|moderni|rehabilit|reconstruct|upgrad|expand|install|lay)\\w+ing)\\b)|(?:its|their) (?:total |estimated |overall )?cost|(?:total |estimated |overall )?project cost|(?:will|would|is to|is expected to|are expected to) cost' },
  // "a $30 million project to improve water management", "a coal gas project worth $30 billion": a sum that names one project prices it.
  { name: 'project-priced', type: 'project', source: '(?<=(?:million|billion|trillion|mln|bn) )(?:[\\w-]+ ){0,2}(?:project|initiative)(?! (?:loans?|grants?|financ\\w*|credits?|bonds?)\\b)|(?:project|initiative) (?=worth|valued at|costing|estimated at)' },
  { name: 'project-object', type: 'project', source: 'the project|this project|(?:its|their) project|(?<=[’\'])s project|(?:a|new) joint venture(?![’\']s)|(?<=(?:million|billion|mln|bn) )joint venture|plant|factory|facility|cluster|station|complex|hub|terminal|pipeline|railway|highway|warehouses?|mills?|(?:wind |solar |poultry |fish )farms?|refiner(?:y|ies)|smelters?|(?:power|processing|production) (?:plant|facility)|(?:production|assembly|processing|bottling|float glass|glass) lines?' },
];

/** A sentence about one party's own money is not a cooperation fact (FACTS.md "Scope"): no rule reads it. */
export const ONE_PARTY_MONEY_SOURCE = ONE_PARTY_MONEY.join('|');

/** Words right beside an amount that make it a price, a wage or an aggregate rather than a deal's sum. */
export const NOT_A_DEAL_NEAR_SOURCE = NOT_A_DEAL_NEAR.join('|');

/** Verbs that mark a document as signed. */
// Past or ongoing acts only: "to sign" and "needed to ratify" are plans, not signatures.
// Headlines sign in the present tense ("Kazakhstan, EBRD sign loan agreement"), unless it is a plan.
export const SIGN_SOURCE = `${SIGNED_VERBS.join('|')}|(?<!${alt(PLAN_BEFORE_SIGNING)} )${alt(SIGN_PRESENT)}`;

/** Phrases that mark an agreement as reached without a signature. */
export const AGREE_SOURCE = AGREE_PHRASES.join('|');

/** A deal of exchange agreed without a document ("agreed to supply", "agreed on the purchase"): an agreement, and the value it is worth. */
export const AGREED_TO_TRADE_SOURCE =
  // Not "agreed to lend" or "to invest": money agreed is the financing or investment fact itself (FACTS.md "Loans and grants").
  'agreed (?:to (?:jointly )?(?:supply|deliver|purchase|buy|sell)|(?:on|upon) (?:the )?(?:joint |further |mutual )?(?:supply|supplies|deliveries|purchase|sale))';

/** Phrases that mark an agreement as being prepared or negotiated. */
export const PLAN_AGREEMENT_SOURCE = PLAN_AGREEMENT.join('|');

/** Document nouns of an agreement. "document" counts only with a signing verb. */
export const AGREEMENT_NOUN_SOURCE = `${either(DOCUMENT_NOUNS)}|${either([DOCUMENT_WORD])}`;

/** Agreements that are pure politics or security (FACTS.md "not cooperation facts"), a player's contract, or trades on an exchange. */
export const POLITICAL_AGREEMENT_SOURCE =
  `${alt(POLITICAL_KINDS)} ${either([...DOCUMENT_NOUNS, TREATY])}|${either([...DOCUMENT_NOUNS, TREATY])} on (?:the )?(?:mutual )?${alt(POLITICAL_TOPICS)}` +
  `|${alt(SPORT_CONTRACT_WORDS)}\\b[^.;]{0,60}\\b(?:contracts?|deals?)|(?:contracts?|deals?)\\b[^.;]{0,60}\\b${alt(SPORT_CONTRACT_WORDS)}` +
  `|${alt(EXCHANGE_TRADING_WORDS)}\\b[^.;]{0,60}\\b(?:contracts?|deals?|transactions?)|(?:contracts?|deals?|transactions?)\\b[^.;]{0,60}\\b${alt(EXCHANGE_TRADING_WORDS)}`;

/**
 * Topics of a document that make it no economic cooperation (FACTS.md "Pure politics ... not economic"):
 * culture, education, media, security, borders, visas. A document that also names an economic topic
 * (ECONOMIC_TOPIC_SOURCE) stays an agreement: "a memorandum on education and investment".
 */
export const NON_ECONOMIC_TOPIC_SOURCE = NON_ECONOMIC_TOPICS.join('|');
export const ECONOMIC_TOPIC_SOURCE = ECONOMIC_TOPICS.join('|');

/** "the document", "the agreement" alone refer back to a document already counted. */
export const ANAPHORIC_DOCUMENT_SOURCE =
  `^(?:[^,]{0,40}, )?the (?:formal |said |above-mentioned |same |signed |relevant )?(?:documents?|agreements?|${singular(DOCUMENT_NOUNS.filter((n) => n.pointsBack !== false))})\\b(?!(?: of understanding)? (?:on|for|to)\\b)`;

/** Money lent or given with no amount stated: "financed by the EBRD", "comes as a grant from". */
export const FINANCING_NO_AMOUNT_SOURCE =
  '(?:financed|funded|co-?financed) by|co-?financ(?:ed|ing) with|is funding|are funding|(?:is|are) (?:co-)?financing (?:the|this|its)|(?:comes|came|provided) as a (?:grant|loan)|a (?:grant|loan|credit) (?:from|of|by)|loan funds|credit line from|' +
  // "The rest of the financing is expected from the OPEC Fund": where money will come from names its lender.
  // "Funding for the project also comes from the European Investment Bank", "Financing for the project comes partly from the
  // Japanese Bank for International Cooperation" (real-g anca-nodate-am-edb-north-south-loan; real-f azernews-nodate-tm-jp-tr-lebap-power-plant).
  '(?:financing|funding|funds|money|loans?) (?:for (?:the|this|its) (?:[\\w-]+ ){0,3}?)?(?:is |are |was |were |will be )?(?:also |partly |partially |mainly |largely |in part )?(?:expected|to come|coming|will come|comes|came|provided) (?:also |partly |partially |mainly |largely |in part )?from|' +
  // "The financing will be provided by JBIC together with commercial banks".
  '(?:financing|funding|loans?) (?:is |are |was |were |will be )(?:provided|arranged|extended) by|' +
  // "The Japan Green Infrastructure Fund is considering providing a loan for up to 60 percent of the cost".
  '(?:providing|to provide|will provide|would provide) (?:an? )?(?:loan|grant|credit line)\\b|' +
  // "The EDB is also considering participation in the financing of the Aragats-2 solar plant".
  'participat(?:ion|e|es|ing) in (?:the )?(?:co-)?financing of';

/** Marks of a party beside the subject: joint work or a named partner. */
export const PARTNERSHIP_SOURCE = PARTNERSHIP_WORDS.join('|');

export const cueRegex = (source: string, flags = 'gi'): RegExp => new RegExp(`\\b(?:${source})\\b`, flags);
