import { AGREE_SOURCE, AGREED_TO_TRADE_SOURCE, AGREEMENT_NOUN_SOURCE, ECONOMIC_TOPIC_SOURCE, NON_ECONOMIC_TOPIC_SOURCE, ANAPHORIC_DOCUMENT_SOURCE, PLAN_AGREEMENT_SOURCE, POLITICAL_AGREEMENT_SOURCE, SIGN_SOURCE, cueRegex } from './cues.js';
import type { Candidate, SentenceInfo } from './types.js';
import { statesNothing } from './not-stated.js';
import { namesMadeObject } from './project.js';
import { DOCUMENT_NOUNS, DOCUMENT_WORD } from '../vocabulary/en.js';
import { capitalised, either, plural, singular } from '../vocabulary/words.js';

const NOUN_RE = cueRegex(AGREEMENT_NOUN_SOURCE, 'gi');
const HAS_NOUN_RE = cueRegex(AGREEMENT_NOUN_SOURCE, 'i');
const SIGN_RE = cueRegex(SIGN_SOURCE, 'i');
const AGREE_RE = cueRegex(AGREE_SOURCE, 'i');
const PLAN_RE = cueRegex(PLAN_AGREEMENT_SOURCE, 'i');
const ANAPHORIC_RE = new RegExp(ANAPHORIC_DOCUMENT_SOURCE, 'i');
const AGREED_TO_TRADE_RE = cueRegex(AGREED_TO_TRADE_SOURCE, 'i');
// Agreeing to make something: a deal only between companies ("Hanil Energy and Regional Electric Networks agreed
// to build a plant"); two governments that agree to build a terminal state the project, agreed, and no document.
// Agreeing to carry out a joint study or project is the same kind of deal: "agreed to carry out a joint feasibility study".
const AGREED_TO_MAKE_RE =
  /\bagreed (?:to (?:jointly )?(?:build|construct|set up|establish|launch|open|create|develop|produce)|(?:on|upon) (?:the )?(?:joint |further )?(?:construction|building|creation|establishment|launch|implementation|production)|to (?:jointly )?(?:carry out|conduct|undertake|prepare|implement) (?:an? |the )?(?:joint |pilot )?(?:feasibility study|study|project|pilot))\b/i;
// Not "agreed to invest $700 million": agreeing to put money in is the investment or the loan itself.
const AGREED_ON_RE = /\bagreed (?:on |upon )?(?:\w+ )?(?:to|on|upon)\b(?! (?:invest|finance|co-finance|lend|provide|allocate|spend|buy|purchase|supply|sell|cooperate|continue|consider|study|explore|discuss)\b)/i;
// Who agrees: named organisations, two countries, or parties pointed to ("the parties", "the counterparts", "They").
const PARTIES_WORD_RE = /\b(?:the (?:two )?(?:parties|sides|counterparts|ministers|leaders|presidents|governments|delegations)|Ministers|They|they|both (?:countries|sides))\b/;
const agreeingParties = (s: SentenceInfo): boolean => s.orgs.length > 0 || s.countries.length > 1 || PARTIES_WORD_RE.test(s.text);

/** Companies, not ministries or governments: the parties whose agreement to build something is a deal. */
const isCompany = (o: { rule: string; name: string }): boolean => o.rule !== 'org-ministry' && !/\b(?:Ministry|Government|Committee|Agency)\b/.test(o.name);
const LISTED_RE = /^(?:among them|among the (?:documents|agreements)|these include|they include|the documents include|including)\b/i;
// "Among the four MoUs were ...", "They comprise the Memorandum ... between A and B, the MoU between C and D" after a signing:
// the documents just signed, itemised (real-g neweurope-nodate-kz-ae-memorandums; real-h mehrnews-nodate-ir-tj-four-mous).
const ITEMISING_RE = new RegExp(`^(?:among (?:the|these|those) (?:\\w+ )?${plural([...DOCUMENT_NOUNS, DOCUMENT_WORD])} (?:were|are|was|is)|they comprise|they include|these comprise|the documents comprise)\\b`, 'i');
// One item of such a list: a document in the singular after the list's verb, a comma or "and" ("were a memorandum ..., an MoU on ...").
const LIST_ITEM_RE = new RegExp(`(?:^|,|\\band|\\b(?:were|was|are|is|comprise|include))(?:\\s+and)?\\s+(?:an?|the)\\s+(?:[\\w-]+\\s+){0,3}?${singular(DOCUMENT_NOUNS)}\\b`, 'gi');
/** How many documents a sentence that itemises the documents just signed lists, when it does. */
const itemisedDocuments = (s: SentenceInfo): number => (ITEMISING_RE.test(s.text) ? [...s.text.matchAll(LIST_ITEM_RE)].length : 0);
const POLITICAL_RE = cueRegex(POLITICAL_AGREEMENT_SOURCE, 'i');
const NON_ECONOMIC_RE = cueRegex(NON_ECONOMIC_TOPIC_SOURCE, 'i');
const ECONOMIC_RE = cueRegex(ECONOMIC_TOPIC_SOURCE, 'i');
/** How far after its noun a document's topic is read: "a memorandum on cooperation in the field of culture and sports". */
const TOPIC_REACH = 100;

/** "the documents", "these agreements" with nothing said of them (no topic, value or party): a document named before. */
function definiteBareDocument(text: string, at: number, length: number): boolean {
  // Only the bare noun: "the association agreement" names a document of its own.
  // "ratified the agreement on 18 and 19 March": "on" before a date names no topic (real-b anewz-nodate-kg-tj-trade-rebound-2025).
  return /\b(?:the|these|those|both|all)\s+$/i.test(text.slice(Math.max(0, at - 12), at)) && !/^\s+(?:on(?! behalf| \d| (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)|for|worth|of|to|between|with|in the field)\b/i.test(text.slice(at + length));
}

/** A document whose topic, read after its noun, is only culture, media, security or the like. */
function nonEconomicDocument(text: string, nounAt: number): boolean {
  const topic = text.slice(nounAt, nounAt + TOPIC_REACH);
  // "an agreement on building and equipping the Scientific Medical Center": building something is economic (real-c kunuz-20250122).
  // The made object must be the document's own topic: "signed an agreement on the state border and opened two crossing points" is border politics.
  return NON_ECONOMIC_RE.test(topic) && !ECONOMIC_RE.test(text) && !namesMadeObject(topic.split(/,|;| and (?=\w+ed\b|will\b|also\b)/)[0] ?? topic);
}
// "signed the corresponding agreements", "these memorandums": documents the article has already counted, not a document of
// their own; "the following documents" leads to the list that names them. A vague count ("a number of documents were signed", "several memorandums") is a signing of its own: when the
// article lists the documents one by one afterwards, the restated-agreements pass drops the lead (passes/restated-agreements.ts).
// Blocking every vague count here lost the only agreement of articles that never name theirs (pooled real-a..j: 4 right
// agreements more, none wrong: real-a kt-nodate-kz-ru-presidents-areas-of-cooperation, uzbekistantoday-nodate-uz-cn-kr-jp-
// tashkent-region-memorandums; real-c reuters-20130904-tm-cn-galkynysh-gas; real-d irandaily-20191005-ir-tm-joint-commission-mous).
const ANAPHORIC_DOCUMENTS_RE = new RegExp(`\\b(?:corresponding|relevant|these|those|the following)\\s+(?:\\w+\\s+)?${plural([...DOCUMENT_NOUNS, DOCUMENT_WORD])}\\b`, 'i');
// "the agreements signed between Azerbaijan and China", "the investment and trade agreements signed with foreign partners",
// "the agreements adopted at the level of the Presidents": documents signed before, referred to as the ground of what the
// sentence says (work under way, a roadmap), not a signing it reports: a sentence whose only signing verb is that participle
// reports none. A count ("the 26 agreements signed") itemises a signing.
// Pooled real-a..h: 3 wrong agreements in 3 articles, none right (real-b astanatimes-20230622-kz-az-trade-1-billion,
// yuz-20240510-uz-ru-investment-cooperation-review; real-g trend-20250425-az-cn-azpromo-agreements).
const REFERRED_DOCUMENTS_RE = new RegExp(`\\bthe (?:(?!\\d)[\\w-]+ ){0,3}?${plural([...DOCUMENT_NOUNS, DOCUMENT_WORD])} (?:signed|adopted|concluded|inked)\\b(?! (?:on|in) (?:the )?(?:first|second|today|this|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b)`, 'gi');
/** The sentence without its "the agreements signed ..." phrases: a signing verb left in it is a signing it reports. */
const withoutReferredDocuments = (text: string): string => text.replace(REFERRED_DOCUMENTS_RE, ' ');
// "document" is an agreement only when signed.
const WEAK_NOUN_RE = /^documents?$/i;
/** A signing still to come: "is expected to be signed", "will be signed", "are to be signed". */
const PLANNED_SIGNING_RE = /\b(?:(?:is|are) (?:(?:expected|due|set|scheduled|planned|going) )?to|will|would|shall) (?:also )?be (?:signed|inked|concluded)\b/i;
/** Documents counted by a number: "23 documents", "twenty-three documents", "14 cooperation documents". */
const NUMBERED_DOCUMENTS_RE = /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-\w+)?) (?:[\w-]+ )?documents\b/i;

// Where a sentence passes to a clause with a subject of its own: "X and Y inked a deal on drugs, and A and B agreed on ...".
const CLAUSE_RE = /;|,\s+(?:and|while|whereas)\s+/;

/**
 * How many clauses of a sentence each state a signing or an agreement by organisations of their own: each is
 * a document with its own counterparty (FACTS.md "Documents"). One clause, or clauses with no organisation
 * ("X and Y signed a memorandum, and the sides agreed to meet again"), count once.
 */
function actingClauses(s: SentenceInfo): number {
  let at = 0;
  let count = 0;
  for (const clause of s.text.split(CLAUSE_RE)) {
    const start = s.text.indexOf(clause, at);
    at = start + clause.length;
    const acts = AGREE_RE.test(clause) || (SIGN_RE.test(clause) && HAS_NOUN_RE.test(clause));
    if (acts && s.orgs.some((o) => o.start >= start && o.end <= at)) count++;
  }
  return count;
}

/** A list item ("- ", "• ", "1) ") that opens on a document noun: "- Agreement between X and Y on ...". */
// Unmarked too when it opens on the document and "between": "Memorandum of understanding between X and Y;", and with its subject
// before "between": "Memorandum on strategic partnership between Erdenes Mongol LLC of Mongolia and UZTM – KARTEX LLC of Russia,"
// (real-ze montsame-20191204-mn-ru-cooperation-documents), "An Agreement on industrial cooperation between the Cabinet of Ministers of
// Kyrgyzstan and the Government of Turkmenistan;" (real-s 24kg-20210629-kg-tm-japarov-visit-documents).
export const LIST_ITEM_DOCUMENT_RE = new RegExp(
  `^\\s*(?:(?:[-–—•*·]|\\d{1,2}[.)])\\s*(?:(?:an?|the)\\s+)?(?:[\\w-]+\\s+){0,2}?${either(DOCUMENT_NOUNS)}\\b|(?:[\\w-]+\\s+){0,2}?${capitalised(DOCUMENT_NOUNS)}(?: of (?:understanding|cooperation|intent))?(?:\\s+(?:on|in|for)\\s+[^,;:.]{1,90}?)?\\s+between\\b)`,
  'i',
);
/** The rule of a document read from a list item. */
const LIST_ITEM_RULE = 'agreement-list-item';

// "signed memorandums with Beijing Huaxin on cement and with Urumqi Lanfeng on cotton": plural documents, one per
// counterparty (FACTS.md "Documents").
const PLURAL_DOCUMENT_RE = new RegExp(`\\b${plural(DOCUMENT_NOUNS)}\\b`, 'i');
const WITH_NAME_RE = /\bwith (?:the )?(?=\p{Lu})/gu;
/** How far after "with" the counterparty's name may start: "with China's Huaxin Metallurgy". */
const COUNTERPARTY_REACH = 12;

/** A document named with a counterparty of its own, after one of `determiners`: "an agreement between X and Y". */
const documentWithPartyRe = (determiners: string): RegExp =>
  new RegExp(`\\b(?:${determiners}) (?:[\\w-]+ ){0,3}?${singular(DOCUMENT_NOUNS)}\\b[^,;.]{0,60}?\\b(?:between|with) (?:the )?\\p{Lu}`, 'gu');
// "The power purchase agreement ... was signed with X, and the implementation agreement with Y": "the" as well.
const DOCUMENTS_WITH_PARTY_RE = documentWithPartyRe('[Aa]n?|[Oo]ne|[Aa]nother|[Tt]he');

/**
 * "signed a power purchase agreement with X, an investment agreement with Y and a grid connection agreement with Z":
 * documents each named with a counterparty of their own, when there are two or more.
 */
function documentsWithOwnParties(s: SentenceInfo): number {
  const own = [...s.text.matchAll(DOCUMENTS_WITH_PARTY_RE)].length;
  return own >= 2 ? own : 0;
}

// "MoUs were signed between X and Y; between X and Z; and between A and B", "Partnership agreements were signed between
// Hungary's Eximbank and Uzbekistan's HamkorBank, between the Pest County Chamber ... and the Tashkent region's chamber, and
// between ...": plural documents, one per pair of parties (real-o azernews-20191015-az-tr-hu-kz-kg-uz-turkic-council-mous,
// real-p bbj-nodate-uz-hu-tied-aid-credit).
const BETWEEN_PAIR_RE = /(?<![\p{L}\d])between (?:the )?(?=\p{Lu})/gu;

/**
 * How many organisations the plural documents of a sentence are signed with, one after each match of `linker` ("with X",
 * "between X and Y"), when there are two or more.
 */
function pluralDocumentParties(s: SentenceInfo, linker: RegExp): number {
  const plural = PLURAL_DOCUMENT_RE.exec(s.text);
  if (!plural) return 0;
  const parties = [...s.text.slice(plural.index).matchAll(linker)]
    .map((m) => plural.index + m.index + m[0].length)
    .filter((at) => s.orgs.some((o) => o.start >= at && o.start <= at + COUNTERPARTY_REACH));
  return parties.length >= 2 ? parties.length : 0;
}

/**
 * An agreement stated with no amount: a document noun with a signing verb ("a cooperation memorandum
 * ... has been signed"), an agreement reached ("a deal was struck", "came to agreements"), or a
 * document being negotiated with a named party ("working out a medium-term contract with Turkmengaz").
 * A sentence that only refers back to a document already counted ("The document was signed by the
 * minister") gives none.
 */
export function agreementCandidates(s: SentenceInfo, prev: SentenceInfo | null = null, before: readonly SentenceInfo[] = []): Candidate[] {
  if (statesNothing(s.text)) return [];
  // "Among the documents signed:", "The following agreements were inked:": a header announces the documents listed after it.
  if (/:\s*$/.test(s.text) && s.orgs.length === 0) return [];
  // "a great deal of attention" is no deal, and "to deal with flooding" is a verb.
  const nounMatches = [...s.text.matchAll(NOUN_RE)].filter(
    (m) => !/^deals?$/i.test(m[0]) || !/\b(?:great|good|to|will|would|must) $/i.test(s.text.slice(Math.max(0, m.index - 6), m.index)),
  );
  const nouns = nounMatches.map((m) => m[0]);
  // "signed a memorandum on cooperation in culture and sports": no economic cooperation, no fact.
  if (nounMatches.length > 0 && nounMatches.every((m) => nonEconomicDocument(s.text, m.index))) return [];
  // "X and Y agreed to build a plant": an agreement with no document noun, between named parties.
  const tradeDeal = AGREED_TO_TRADE_RE.test(s.text) && (s.orgs.length > 0 || s.countries.length > 1 || /\b(?:the|both) (?:two )?(?:countries|sides|parties)\b/i.test(s.text));
  const makeDeal = AGREED_TO_MAKE_RE.test(s.text) && s.orgs.some(isCompany);
  if (nouns.length === 0 && (tradeDeal || makeDeal)) {
    return [{ type: 'agreement', rule: 'agreement-agreed-to-act', amount: null, sentence: s, confidence: 0.7 }];
  }
  // "the CAREC Ministers agreed to draw up a new strategy", "the parties agreed to sign documents on trade", "They also
  // agreed to upgrade the Trans-Caspian route": parties agreeing on an economic course of action have reached an
  // agreement, document or not (real text: adb CAREC, astanatimes C5, menafn Japan-Central Asia).
  if (nouns.length === 0 && AGREED_ON_RE.test(s.text) && agreeingParties(s) && ECONOMIC_RE.test(s.text.slice(AGREED_ON_RE.exec(s.text)?.index ?? 0))) {
    return [{ type: 'agreement', rule: 'agreement-agreed-on-course', amount: null, sentence: s, confidence: 0.65 }];
  }
  // "The contract concerned was signed with Turkmenenergo in 2015", "The document says a contract ... was signed": a
  // document pointed to with no document named before it is the article's first (real-a charlak-nodate-tm-jp-gyyanly-plants,
  // real-f azernews-nodate-tm-jp-tr-lebap-power-plant). Opening the body, it points to the title's.
  const pointsBack = ANAPHORIC_RE.test(s.text) && (before.length === 0 || before.some((p) => HAS_NOUN_RE.test(p.text)));
  if (nouns.length === 0 || pointsBack || ANAPHORIC_DOCUMENTS_RE.test(s.text) || POLITICAL_RE.test(s.text)) return [];
  // "The minister signed the documents on behalf of the government" after a signing: the same documents again.
  if (prev && HAS_NOUN_RE.test(prev.text) && nounMatches.every((m) => definiteBareDocument(s.text, m.index, m[0].length))) return [];
  const strongNoun = nouns.some((n) => !WEAK_NOUN_RE.test(n)) || /\bdeal was struck|struck a deal\b/i.test(s.text);
  const count = Math.max(1, actingClauses(s), pluralDocumentParties(s, WITH_NAME_RE), pluralDocumentParties(s, BETWEEN_PAIR_RE), documentsWithOwnParties(s));
  const make = (rule: string, confidence: number, status?: 'signed'): Candidate[] =>
    Array.from({ length: count }, () => ({ type: 'agreement' as const, rule, amount: null, sentence: s, confidence, ...(status ? { status } : {}) }));
  if (AGREE_RE.test(s.text)) return make('agreement-reached', 0.75);
  // "discussed the possibility of signing a free trade agreement" is a discussed agreement, not a signed one.
  if (PLAN_RE.test(s.text) && strongNoun && (s.orgs.length > 0 || s.countries.length > 1)) return make('agreement-in-preparation', 0.6);
  // "a bilateral document is expected to be signed": an unnamed document only planned is no fact (real-d anadolu-nodate-tm-az-
  // parliament-talks; in Russian ru-f placeinvest-20090117-ru-uz-trade-ten-months, ru-m uzinform-20120919-uz-kr-karimov-seoul-visit).
  // A count planned is a fact: "a total of 23 documents ... will be signed" (real-d afp-20110824-uz-kr-ustyurt-gas-chemical).
  if (!strongNoun && PLANNED_SIGNING_RE.test(s.text) && !NUMBERED_DOCUMENTS_RE.test(s.text)) return [];
  if (SIGN_RE.test(s.text) && (strongNoun || /\bdocuments?\b/i.test(s.text)) && SIGN_RE.test(withoutReferredDocuments(s.text))) return make('agreement-signed', 0.85);
  // "Uzbekistan and Turkey signed 12 documents. Among them is an agreement between Uzbekneftegaz and TPAO":
  // a document named right after a signing, between named parties, is one of those signed.
  if ((LISTED_RE.test(s.text) || ITEMISING_RE.test(s.text)) && strongNoun && prev && SIGN_RE.test(prev.text) && s.orgs.length > 0) {
    const items = itemisedDocuments(s);
    return items > count ? Array.from({ length: items }, () => ({ type: 'agreement' as const, rule: 'agreement-listed-after-signing', amount: null, sentence: s, confidence: 0.7, status: 'signed' as const })) : make('agreement-listed-after-signing', 0.7, 'signed');
  }
  // "- Memorandum of understanding between X and Y on ...;": one item of a list of documents, named with its parties.
  // Between governments an item may name no organisation ("• Agreement on the mutual protection of investments;"): it
  // is still a document when it follows the list's header or another item.
  const inList = prev !== null && (/:\s*$/.test(prev.text) || LIST_ITEM_DOCUMENT_RE.test(prev.text) || /^\s*[-–—•*·]/.test(prev.text));
  if (LIST_ITEM_DOCUMENT_RE.test(s.text) && (s.orgs.length > 0 || inList)) return make(LIST_ITEM_RULE, 0.7);
  // A document a sentence works under is a background agreement (FACTS.md "Scope": background agreements are facts, with
  // their status): "under the Georgia-European Union Association Agreement", "under the agreements reached during the
  // visit", "under a roadmap that covers" (real text: real-a eib-nodate-ge-gwp-water-loan, kunuz-20210612-uz-tj-uzauto-plant-tajikistan;
  // real-b reportaz-20260204-az-uz-10b-investment-package).
  if (BACKGROUND_DOCUMENT_RE.test(s.text) && (s.orgs.length > 0 || s.countries.length > 1 || /\b(?:the two|both) (?:countries|sides)\b/i.test(s.text))) return make('agreement-background', 0.6);
  return [];
}

const BACKGROUND_DOCUMENT_RE =
  /\b(?:under|within|in line with|in accordance with|on the basis of|pursuant to) (?:the framework of )?(?:the |a |an )?(?:(?:\p{Lu}[\p{L}-]+ ){1,5}(?:Agreement|Treaty|Memorandum|Roadmap|Road Map|Protocol)\b|(?:agreements?|accords?|arrangements) reached\b|(?:[\w-]+ )?road ?map\b)/u;

// "an agreement between Uzbekneftegaz and MOL Group on exploration and a contract worth $250 million between
// Uzavtosanoat and Ikarus": each document with a counterparty of its own is one agreement (FACTS.md "Documents").
const OWN_PARTY_DOCUMENT_RE = documentWithPartyRe('an?|one|another');

/** How far after a document's counterparty its value may still follow: "an agreement with Rio Tinto worth $5 million". */
const VALUE_AFTER_DOCUMENT = 40;

/**
 * The documents of a sentence that its sums do not price: each document named with a counterparty of its
 * own ("a deal with China Energy to build ...") and no sum inside or just after it, beside the priced ones
 * (a total, or "a contract worth $250 million between ..."), never more than the document nouns the sums
 * left unpriced (`priced` is how many agreements the sums gave). Documents between the same parties with
 * no separate amounts stay one fact: they name no counterparty each.
 */
export function unpricedDocuments(s: SentenceInfo, priced: number): Candidate[] {
  const unpriced = [...s.text.matchAll(OWN_PARTY_DOCUMENT_RE)].filter((m) => {
    const end = m.index + m[0].length + VALUE_AFTER_DOCUMENT;
    return !s.amounts.some((a) => a.start >= m.index && a.start < end);
  });
  // "an agreement was reached with Yildirim Holding on a plant worth $120 million": one document noun, already priced.
  // "Among the key documents is an agreement ...": the generic "documents" names no document of its own.
  const documents = [...s.text.matchAll(NOUN_RE)].filter((m) => !/^documents$/i.test(m[0])).length;
  const count = Math.min(unpriced.length, Math.max(0, documents - priced));
  return Array.from({ length: count }, () => ({ type: 'agreement' as const, rule: 'agreement-listed-unpriced', amount: null, sentence: s, confidence: 0.6 }));
}
