import { CURRENCY_SYMBOLS, ISO_CODES } from '../money/currencies.js';
import { countryOf } from './countries.js';
import { tradeBlocPartners } from './trade-blocs.js';
import { KNOWN_ORGANIZATIONS, NEWS_AGENCIES } from '../../parties/known-organizations.js';
import {
  ACRONYM_STOPLIST,
  COMMON_NOUNS_BEFORE_NAME,
  INSTRUMENT_WORDS_AFTER_NAME,
  LEADING_STOPWORDS,
  NOT_PARTY_HEADS,
  OBJECT_KIND_WORDS,
  OBJECT_NOUNS,
  ORG_HEADS,
  ORG_PREFIXES,
  ORG_TITLES,
  PORTFOLIO_FIRST_WORDS,
  REPORTER_NAME_RE,
  TITLE_WORDS,
} from './organization-words.js';

/** Currency signs written in capitals ("SR45 billion"): glued to a sum, no organisation. */
const LETTER_SIGNS: ReadonlySet<string> = new Set(CURRENCY_SYMBOLS.map(([sign]) => sign).filter((sign) => /^\p{Lu}+$/u.test(sign)));

/** An organisation named in a text, found by its shape, and the rule that found it. */
export interface OrganizationMention {
  name: string;
  start: number;
  end: number;
  rule: string;
  /** True for development banks and funds (KNOWN_ORGANIZATIONS). */
  ifi: boolean;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alt = (words: Iterable<string>): string => [...words].sort((a, b) => b.length - a.length).map(escape).join('|');

// A capitalised name token ("UNICON-SOFT", "T.D.S", "Hesheng"), a number inside a name, or a quoted name.
const TOKEN = `(?:\\p{Lu}[\\p{L}\\p{N}&.'’-]*\\p{L}|\\p{Lu}|\\d+[\\p{L}]*)`;
const QUOTED = `(?:"[^"\\n]{2,40}"|“[^”\\n]{2,40}”|«[^»\\n]{2,40}»)`;
// Spaces and tabs only: a name never runs across a line break (a title line and the body's first word).
// No hyphen here: TOKEN already spans "Uzbek-Kyrgyz", and a second way to split it makes the match exponential.
// Turkish names join their words with "ve": "Dal Teknik Makina Ticaret ve Sanayi A.Ş." (real-m azernews-20180903-…; real-b trend-20210222-… writes "Ozgun Yapi Senaye ve Ticaret A.S.").
const LINK = `(?:[ \\t]+(?:of|and|for|de|ve|&|the)[ \\t]+|[ \\t]+)`;
const NAME = `(?:${TOKEN}|${QUOTED})(?:${LINK}(?:${TOKEN}|${QUOTED}))*`;
const SUFFIX_TAIL = `(?:,?\\s+(?:Co\\.,?\\s*Ltd\\.?|Co\\.|Ltd\\.?|LLC|LLP|JSC|OJSC|CJSC|PJSC|PLC|Inc\\.?|AG|GmbH|S\\.A\\.|Limited))*`;

// The head ends the name: "Tashkent International Airport" is a place, not "Tashkent International".
// A head followed by a sector noun is an industry, not a company: "Kazakh Chemical exports", "Uzbek Textile industry".
// "the International Caspian Oil & Gas Exhibition", "Georgian Oil and Gas Corporation": a head joined to "Gas" ends no name there.
const SECTOR_NOUN_AFTER = `(?![ \\t]+(?:industry|industries|sector|exports|imports|products|market|output)\\b)(?![ \\t]+(?:and|&)[ \\t]+Gas\\b)`;
const HEADED_RE = new RegExp(`(?<![\\p{L}\\p{N}])(${NAME})\\s+(?:${alt(ORG_HEADS)})(?![\\p{L}\\p{N}])(?![ \\t]+(?!(?:President|Chairman|Chairwoman|CEO|Director|Head|Vice|General)\\b)\\p{Lu}\\p{Ll})${SECTOR_NOUN_AFTER}${SUFFIX_TAIL}`, 'gu');
const PREFIXED_RE = new RegExp(`(?<![\\p{L}])(?:${alt(ORG_PREFIXES)})\\s+(${QUOTED}|${TOKEN}(?:\\s+${TOKEN}){0,3})`, 'gu');
const PAIR_RE = new RegExp(`(${NAME})\\s+\\((\\p{Lu}[\\p{Lu}\\p{Ll}]{1,7})\\)`, 'gu');
// "of the People's Republic of China" belongs to the name (real-b azertac-20250423-az-cn-ministry-memoranda).
const MINISTRY_RE = /\b(?:Ministry|Department|Committee|Agency|Office|Service|Inspectorate) (?:of|for) (?:the )?\p{Lu}[\p{L}-]*(?:(?: and| of| for| the)* \p{Lu}[\p{L}-]*(?:['’]s(?= Republic\b))?)*/gu;
const MINISTRY_HEAD_RE = /^(?:Ministry|Department|Committee|Agency|Office|Service|Inspectorate)\b/;
const TITLE_OF_RE = new RegExp(`\\b(?:${alt(ORG_TITLES)})(?: of the Board)? of (?:the )?(${NAME})`, 'gu');
// "Bank of China", "Development Bank of Kazakhstan": the head first, the name after "of".
const HEADS_BEFORE_OF = 'Bank|Fund|Chamber|Corporation|Authority';
const HEAD_OF_RE = new RegExp(`(?<![\\p{L}])(?:(?:${TOKEN})[ \\t]+){0,2}(?:${HEADS_BEFORE_OF}) of (?:the )?${TOKEN}(?:(?:[ \\t]+and[ \\t]+|[ \\t]+)${TOKEN}){0,2}`, 'gu');
const NOUN_THEN_NAME_RE = new RegExp(`\\b(?:${alt(COMMON_NOUNS_BEFORE_NAME)})\\s+(${QUOTED}|${TOKEN}(?:\\s+${TOKEN}){0,3})`, 'gu');
const NOUNS_AFTER_NAME = 'company|corporation|holding|group';
const NAME_THEN_NOUN_RE = new RegExp(`(${TOKEN}(?:\\s+${TOKEN}){0,2})\\s+(?:${NOUNS_AFTER_NAME})\\b`, 'gu');
// A name defined by the apposition after it: "Khareba, one of the wine companies, signed", "Tbilvino, a Georgian winemaker,"
// (real-a agenda-20151015-ge-cn-silk-road-forum-wine-deals).
const APPOSITION_NOUNS = 'compan(?:y|ies)|firms?|producers?|makers?|winemakers?|manufacturers?|exporters?|importers?|operators?|developers?|contractors?|conglomerates?|retailers?|miners?';
const NAME_THEN_APPOSITION_RE = new RegExp(`(?<![\\p{L}\\p{N}]|&[ \\t]?)(${TOKEN}(?:[ \\t]+${TOKEN}){0,3}),[ \\t]+(?:one of (?:the |its |their )?(?:[\\w-]+[ \\t]+){0,3}|an?[ \\t]+(?:[\\w-]+[ \\t]+){0,3}|the[ \\t]+(?:[\\w-]+[ \\t]+){0,3})(?:${APPOSITION_NOUNS})\\b(?:[^,.;]{0,40})?,`, 'gu');
// "China's Zijin Building Materials will build": a country's possessive before a name that acts.
const POSSESSIVE_ACTOR_RE = new RegExp(`\\p{Lu}[\\p{L}-]+['’]s (${TOKEN}(?:[ \\t]+${TOKEN}){0,3}) (?:will|is|has|have|plans|intends|signed|agreed|to)\\b`, 'gu');
// Cheap tests of what a costly shape needs, each implied by its pattern: most sentences hold none, and the five shapes
// they guard took half the time of findOrganizations, a third of all extraction (npm run bench extract).
const HEAD_WORD_RE = new RegExp(`(?:${alt(ORG_HEADS)})(?![\\p{L}\\p{N}])`, 'u');
const HEAD_OF_WORDS_RE = new RegExp(`(?:${HEADS_BEFORE_OF}) of `);
const NOUN_AFTER_NAME_RE = new RegExp(`\\s(?:${NOUNS_AFTER_NAME})\\b`);
const APPOSITION_NOUN_RE = new RegExp(`,[ \\t][^,]*(?:${APPOSITION_NOUNS})`);
const POSSESSIVE_RE = /['’]s /;
// "being built by Russia's Agrosfera-Volga with an investment of ...": the builder after "by".
const BY_POSSESSIVE_RE = new RegExp(`\\bby (\\p{Lu}[\\p{L}-]+(?: \\p{Lu}[\\p{L}-]+)?)['’]s (${TOKEN}(?:[ \\t]+${TOKEN}){0,3})`, 'gu');
// "an MoU ... between Tau-Ken Samruk and Korea Zinc": the two sides of a document are parties, whatever their shape.
const SIDES = `(${TOKEN}(?:[ \\t]+${TOKEN}){0,4})`;
// Capitalised too: a list item opens on its document ("- Contract between Kyrgyzaltyn and Anka Mining").
const DOCUMENT_NOUNS = '[Aa]greements?|[Cc]ontracts?|[Mm]emorand(?:ums?|a)|MoUs?|[Dd]eals?|[Pp]rotocols?|[Dd]ocuments?';
const DOCUMENT_SIDES_RE = new RegExp(`\\b(?:${DOCUMENT_NOUNS})\\b[^.;]{0,80}?\\bbetween (?:the )?${SIDES} and (?:the )?${SIDES}`, 'gu');
// "signed between the regional akimat and China's Huaxin Metallurgy": a side in lower case is a body at home
// (a country code, not an organisation); the named side after it is still a party.
// "X has also signed a cooperation agreement with Kolkhi Rail Freight on ...": the counterparty after "with".
const DOCUMENT_WITH_SIDE_RE = new RegExp(`\\b(?:signed|inked|concluded|sealed) (?:an? |the )?(?:[\\w-]+ ){0,3}?(?:${DOCUMENT_NOUNS}) with (?:the )?${SIDES}`, 'gu');
const DOCUMENT_NAMED_SIDE_RE = new RegExp(`\\b(?:${DOCUMENT_NOUNS})\\b[^.;]{0,80}?\\bbetween (?:the )?\\p{Ll}[\\p{Ll} -]{0,40}? and (?:the )?${SIDES}`, 'gu');
/** Where the last name of a list gives way to the sentence's verb: "..., LEMKEN are already ...". */
const LIST_ITEM_END_RE = /\s+(?=(?:are|is|was|were|have|has|had|will|would|also|already|likewise|which|that|who)\b)/;
const LIST_RE = /\b(?:companies|corporations|firms|banks|enterprises|investors|partners|manufacturers)(?:,)? (?:such as|including|like|among them|namely)(?::)? ([^.;]{3,300})/giu;
/** A document's name right before an acronym in brackets: "Association Agreement (". */
// A lender's window or mandate too ("Project-Specific Window (PSW)"), but not a programme's: "the Central Asia Regional Economic
// Cooperation Program (CAREC)" names the body that runs it elsewhere in the article, and annotators name it as a party.
const DOCUMENT_BEFORE_ACRONYM_RE = /\b(?:Agreements?|Memorand(?:um|a|ums)(?: of Understanding)?|Treaty|Protocol|Accord|Declaration|Convention|Charter|Road ?map|Window|Mandate|Area|Plan)\s*\($/;
const DOCUMENT_ACRONYM_RE = new RegExp(`${DOCUMENT_BEFORE_ACRONYM_RE.source.slice(0, -1)}(\\p{Lu}{2,6})\\)`, 'gu');
/**
 * The acronyms an article gives its documents: "the Association Agreement (AA)" makes "AA" the agreement's in every
 * later sentence ("to help each country implement the AA"; real-e agendage-nodate-ge-eu-30m-association), not a party's.
 */
export function documentAcronyms(texts: readonly string[]): Set<string> {
  return new Set(texts.flatMap((t) => [...t.matchAll(DOCUMENT_ACRONYM_RE)].map((m) => m[1] ?? '')));
}
// An acronym is a whole word: "AKIpress" holds no "AKI".
const ACRONYM_RE = new RegExp(`(?<![\\p{L}\\p{N}.])(\\p{Lu}[\\p{Lu}\\d]+(?:-\\p{Lu}+)?)(?![\\p{L}\\p{N}])((?:[ \\t]+${TOKEN}){0,3})`, 'gu');
const KNOWN_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(${alt(KNOWN_ORGANIZATIONS.flatMap((o) => o.names))})((?:[ \\t]+${TOKEN}){0,2})(?![\\p{L}\\p{N}])`,
  'gu',
);
const KNOWN_NAMES = new Set(KNOWN_ORGANIZATIONS.flatMap((o) => o.names));
const IFI_NAMES = new Set(KNOWN_ORGANIZATIONS.filter((o) => o.ifi).flatMap((o) => o.names.map((n) => n.toLowerCase())));

const CONNECTOR = /^(?:of|and|for|the|&)$/;
const DATE_NAME_RE = /^(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)(?: \d{1,2})?$/i;
/** Agencies in any case: datelines write them in capitals ("ASTANA. KAZINFORM -"). */
const AGENCIES_LOWER: ReadonlySet<string> = new Set([...NEWS_AGENCIES].map((n) => n.toLowerCase()));
/** Place words of NOT_PARTY_HEADS that an organisation's name may hold ("Caspian Sea Shipping Company"). */
const PLACE_WORDS: ReadonlySet<string> = new Set(['Sea', 'River', 'Lake', 'Region', 'Province', 'City', 'District', 'Peninsula', 'Street', 'Square']);
/** Words of NOT_PARTY_HEADS that a ministry's portfolio may hold. */
const PORTFOLIO_WORDS: ReadonlySet<string> = new Set(['Administration', 'Government']);
const SINGLE_WORDS_NOT_ORGS = new Set(['State', 'Board', 'Government', 'Cabinet', 'Directors', 'Management']);
// An honorific marks a person too: "signed a loan agreement with H.E. Kahhorzoda Fayziddin Sattor" (real-n zawya-nodate-…; real-f wam-20260204-… writes the same "H.E.").
const PERSON_TITLE = /^(?:(?:Vice-|Deputy-)?(?:Minister|President|Chairman|Chairwoman|Ambassador|Mayor|Governor|Deputy|CEO|Vice|Premier|Speaker|Officer|Director)|H\.E\.?|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)$/;

/** Heads of state bodies that are no party (NOT_PARTY_HEADS): the side of a signing a company's name may follow with "and". */
const STATE_BODY_WORDS_RE = /\b(?:Government|Cabinet|Parliament|Administration|Akimat|Hokimiyat|Embassy)$/;

/** Drops leading function words, numbers and "Country's" from a candidate name; null when it is no organisation. */
function clean(raw: string): string | null {
  let tokens = raw.trim().replace(/[,;:]+$/, '').split(/\s+/);
  if (tokens.some((t) => PERSON_TITLE.test(t))) {
    // "Vice Minister of Industry Yerlan Sadvakassov and Hanseong Advanced Materials": the name after the person.
    const parts = raw.trim().split(/\s+and\s+/);
    const last = parts[parts.length - 1] ?? '';
    return parts.length > 1 && !last.split(/\s+/).some((t) => PERSON_TITLE.test(t)) ? clean(last) : null;
  }
  // "Abu Dhabi-based Al Noor Renewables LLC": the place before "-based" is not part of the name; nor is who backs or owns it:
  // "The China-backed Asian Infrastructure Investment Bank (AIIB)", "The Beijing-backed Asian Infrastructure Investment Bank"
  // (real-d reuters-20161221-az-tr-aiib-tanap-loan, where a wire dateline came with it; real-m devdiscourse-20200818-uz-aiib-covid-loan).
  const based = tokens.findLastIndex((t) => /-(?:based|backed|owned|led|funded|controlled|headquartered)$/.test(t));
  if (based >= 0) tokens = tokens.slice(based + 1);
  // "Saudi Arabia's Al Rajhi Group": a country of several words in the possessive.
  const owner = tokens.findIndex((t, i) => i > 0 && /['’]s$/.test(t) && countryOf([...tokens.slice(0, i), t.replace(/['’]s$/, '')].join(' ')) !== null);
  if (owner >= 0) tokens = tokens.slice(owner + 1);
  while (tokens.length > 0) {
    const first = tokens[0] ?? '';
    const bare = first.replace(/['’]s$/, '');
    const drop = LEADING_STOPWORDS.has(first) || TITLE_WORDS.has(first) || CONNECTOR.test(first) || /^\d/.test(first) || (first !== bare && countryOf(bare) !== null);
    if (!drop) break;
    tokens = tokens.slice(1);
  }
  while (tokens.length > 0 && CONNECTOR.test(tokens[tokens.length - 1] ?? '')) tokens = tokens.slice(0, -1);
  const name = tokens.join(' ').replace(/['’]s$/, '');
  // "the Kyrgyz Republic and Angren Metallurg Invest LLC": a country is a party of its own, not part of the name after it.
  const afterCountry = /^(.+?) and (.+)$/.exec(name);
  if (afterCountry && countryOf(afterCountry[1] ?? '')) return clean(afterCountry[2] ?? '');
  // "the Aktobe Regional Administration and Nitrohim Group of Companies LLP": a state body that is no party (an administration, a
  // government, an embassy) is a side of its own, and the headed name after it is still a party. Only where the name after "and" ends
  // in a head, so "Ministry of Territorial Administration" stays whole.
  const afterBody = /^(.+?) and (.+)$/.exec(name);
  if (afterBody && STATE_BODY_WORDS_RE.test(afterBody[1] ?? '') && ORG_HEADS.has(tokens[tokens.length - 1] ?? '')) return clean(afterBody[2] ?? '');
  // "Kazinform News Agency" is a source; "Anadolu Sayaç A.Ş." is a company that shares a word with one.
  // "YEREVAN, FEBRUARY 24, ARMENPRESS:": a date in capitals is no organisation.
  if (DATE_NAME_RE.test(name)) return null;
  if (name.length < 2 || countryOf(name) || NEWS_AGENCIES.has(name) || AGENCIES_LOWER.has(name.toLowerCase()) || (NEWS_AGENCIES.has(tokens[0] ?? '') && /^(?:\S+ )?(?:News )?Agency$/.test(name))) return null;
  // "KAZINFORM Eleven memorandums were signed": a dateline's agency run into the lead's first word.
  if (tokens.length > 1 && AGENCIES_LOWER.has((tokens[0] ?? '').toLowerCase()) && !ORG_HEADS.has(tokens[tokens.length - 1] ?? '')) return null;
  // "Qazinform News Agency", "the Uzbek Telegraph Agency", "the Turkmen State News Agency": whoever reports is a source, not a party.
  if (REPORTER_NAME_RE.test(name)) return null;
  // "USD 300 mln will go to ...": a stoplisted acronym is no organisation whichever rule found it.
  if (tokens.length === 1 && ACRONYM_STOPLIST.has(name)) return null;
  if (tokens.length === 1 && ORG_HEADS.has(name)) return null;
  if (tokens.every((t) => countryOf(t.replace(/['’]s$/, '')) || CONNECTOR.test(t))) return null;
  // "Black Sea Trade and Development Bank": a place word inside a name that ends in an organisation's head is part of it.
  const headed = tokens.length > 1 && ORG_HEADS.has(tokens[tokens.length - 1] ?? '');
  // "Ministry of Territorial Administration", "Ministry of Local Government": a portfolio, not a government or a venue.
  const ministry = MINISTRY_HEAD_RE.test(name) && tokens[1] === 'of';
  if (tokens.some((t) => NOT_PARTY_HEADS.has(t) && !(headed && PLACE_WORDS.has(t)) && !(ministry && PORTFOLIO_WORDS.has(t))) || (tokens.length === 1 && SINGLE_WORDS_NOT_ORGS.has(name))) return null;
  return name;
}

/**
 * Splits "Ministry of Energy of Azerbaijan and Azerenerji OJSC" at an "and" that closes a complete name
 * (one ending in a country, a head or a legal form), but keeps "China Road and Bridge Corporation".
 */
function splitCoordinated(raw: string): string[] {
  const groups: string[] = [];
  for (const part of raw.split(/[ \t]+and[ \t]+/)) {
    const last = groups[groups.length - 1];
    const lastWord = last?.split(/\s+/).pop()?.replace(/[.,]+$/, '') ?? '';
    const firstWord = part.split(/\s+/)[0] ?? '';
    const closed =
      countryOf(lastWord) || ORG_HEADS.has(lastWord) || KNOWN_NAMES.has(last ?? '') || /^\p{Lu}[\p{Lu}\d-]+$/u.test(lastWord) || /^\S+['’]s\s/.test(part) || countryOf(firstWord) !== null ||
      // "... Transport Department and South Korea's Hanbit Mobility Co.": a country of several words in the possessive.
      countryOf(/^(.{3,30}?)['’]s\s/.exec(part)?.[1] ?? '') !== null ||
      // "the Ministry of Economy and Finance and the Export-Import Bank of China": "and the" before a headed name starts a new party.
      (/^the\s/i.test(part) && part.split(/\s+/).some((w) => ORG_HEADS.has(w)));
    // "Ministry of Energy and Industry of Kyrgyzstan": a ministry not yet closed by its country goes on with a second portfolio.
    const portfolio = last !== undefined && MINISTRY_HEAD_RE.test(last) && countryOf(lastWord) === null && PORTFOLIO_FIRST_WORDS.has(firstWord);
    if (last !== undefined && (!closed || portfolio)) groups[groups.length - 1] = `${last} and ${part}`;
    else groups.push(part);
  }
  return groups;
}

/** Extends a known name or acronym by the capitalised words that follow it, stopping at a title. */
function extend(head: string, tail: string): string {
  const words: string[] = [];
  const tailWords = tail.trim().split(/\s+/).filter(Boolean);
  for (const [i, w] of tailWords.entries()) {
    if (TITLE_WORDS.has(w) || LEADING_STOPWORDS.has(w) || countryOf(w) || /['’]s$/.test(w) || /-(?:President|Chairman|Minister|Director|Head)$/i.test(w)) break;
    // "ADB Country Director Hiroshi Tanabe": a word that qualifies the title after it belongs to the title.
    // "EBRD First Vice President", "RA Finance Minister": any word but an organisation's head, right before a title, is the title's.
    if ((ROLE_QUALIFIERS.has(w) || !ORG_HEADS.has(w)) && TITLE_WORDS.has(tailWords[i + 1] ?? '')) break;
    // "IDA Credit: US$8.3 Million", "Terms: IDA Grant: US$ 24 million" (real-o worldbank-20110628-kg-ida-on-farm-irrigation,
    // real-zl marketscreener-20190321-tj-wb-casa1000-community): the lender's instrument is no part of its name, and its word is
    // the sum's cue. A head after it keeps a name that holds one ("... Credit Bank").
    if (INSTRUMENT_WORDS_AFTER_NAME.has(w.replace(/[,;:.]+$/, '')) && !ORG_HEADS.has(tailWords[i + 1] ?? '')) break;
    words.push(w);
  }
  // "the EBRD Annual Meeting": the event is the organisation's, and the organisation stays the party (real-g donorskg-20140516-kg-
  // ebrd-bishkek-water). An acronym that names only an event ("the 11th ASEM Summit") is skipped where acronyms are read.
  if (words.some((w) => EVENT_WORDS.has(w))) return head;
  return [head, ...words].join(' ');
}
const EVENT_WORDS: ReadonlySet<string> = new Set(['Meeting', 'Meetings', 'Forum', 'Summit', 'Conference', 'Congress', 'Session']);
/** The words after an acronym that make it an event's name: "ASEM Summit", "CICA Forum". */
const EVENT_AFTER_RE = new RegExp(`^\\s*(?:\\S+\\s+){0,2}?(?:${[...EVENT_WORDS].join('|')})\\b`);
const ROLE_QUALIFIERS: ReadonlySet<string> = new Set(['Country', 'Regional', 'Resident', 'Executive', 'Managing', 'General', 'Deputy', 'Vice']);

function isIfi(name: string): boolean {
  const lower = name.toLowerCase();
  for (const n of IFI_NAMES) if (lower === n || lower.startsWith(`${n} `) || lower.endsWith(`(${n})`)) return true;
  return false;
}

/**
 * Every organisation named in `text`, found by shape: corporate and institutional heads and suffixes,
 * legal-form prefixes, "Full Name (ABBR)" pairs, ministries, titles that name an organisation
 * ("Chairman of X"), "the company X", lists after "companies such as", acronyms, and a table of
 * well-known organisations. Overlapping finds keep the longest.
 * @example findOrganizations('Xinjiang Lihua Group Co Ltd is building').map((o) => o.name) // ['Xinjiang Lihua Group Co Ltd']
 */
export function findOrganizations(text: string): OrganizationMention[] {
  const found: OrganizationMention[] = [];
  const add = (raw: string, start: number, rule: string): void => {
    // "Minister of Digital Technologies" names a portfolio, not a party.
    if (/\bMinist(?:er|ry) (?:of|for) (?:the )?$/.test(text.slice(Math.max(0, start - 20), start))) return;
    for (const part of splitCoordinated(raw)) {
      const name = clean(part);
      if (!name) continue;
      const at = text.indexOf(name, start);
      const s = at >= 0 ? at : start;
      // "the Ministry of Energy and Masdar": only the ministry itself keeps the ministry's rule (it is no party at home).
      const own = rule === 'org-ministry' && !MINISTRY_HEAD_RE.test(name) ? 'org-coordinated' : rule;
      found.push({ name, start: s, end: s + name.length, rule: own, ifi: isIfi(name) });
    }
  };
  if (HEAD_WORD_RE.test(text)) for (const m of text.matchAll(HEADED_RE)) add(m[0], m.index, 'org-head');
  for (const m of text.matchAll(PREFIXED_RE)) add(m[0], m.index, 'org-legal-prefix');
  for (const m of text.matchAll(MINISTRY_RE)) add(m[0], m.index, 'org-ministry');
  if (HEAD_OF_WORDS_RE.test(text)) for (const m of text.matchAll(HEAD_OF_RE)) add(m[0], m.index, 'org-head-of');
  for (const m of text.matchAll(TITLE_OF_RE)) add(m[1] ?? '', m.index + m[0].length - (m[1] ?? '').length, 'org-title-of');
  for (const m of text.matchAll(NOUN_THEN_NAME_RE)) add(m[1] ?? '', m.index + m[0].length - (m[1] ?? '').length, 'org-noun-name');
  if (NOUN_AFTER_NAME_RE.test(text)) for (const m of text.matchAll(NAME_THEN_NOUN_RE)) {
    // "the United Arab Emirates Masdar company": the name is the last words that are not a country's.
    const words = (m[1] ?? '').split(/\s+/);
    const cut = words.findLastIndex((w) => countryOf(w.replace(/['’]s$/, '')) !== null);
    add(words.slice(cut + 1).join(' '), m.index, 'org-name-noun');
  }
  if (APPOSITION_NOUN_RE.test(text)) for (const m of text.matchAll(NAME_THEN_APPOSITION_RE)) {
    const name = m[1] ?? '';
    if (!countryOf(name) && !/^(?:The|This|That|It|In|On|At|For|Meanwhile|However|Moreover|Besides|Also|Today|Earlier|Later)$/.test(name)) add(name, m.index, 'org-apposition');
  }
  if (POSSESSIVE_RE.test(text)) for (const m of text.matchAll(BY_POSSESSIVE_RE)) if (countryOf(m[1] ?? '')) add(m[2] ?? '', m.index + m[0].length - (m[2] ?? '').length, 'org-country-possessive');
  if (POSSESSIVE_RE.test(text)) for (const m of text.matchAll(POSSESSIVE_ACTOR_RE)) {
    const owner = /^(\p{Lu}[\p{L}-]+)['’]s/u.exec(m[0])?.[1] ?? '';
    if (countryOf(owner)) add(m[1] ?? '', m.index + m[0].indexOf(m[1] ?? ''), 'org-country-possessive');
  }
  if (text.includes('(')) for (const m of text.matchAll(PAIR_RE)) {
    // "KazMunayGas and China National Petroleum Corporation (CNPC)": the abbreviation names the last of coordinated names.
    const groups = splitCoordinated(m[1] ?? '');
    const full = groups[groups.length - 1] ?? '';
    if (groups.length > 1) add(groups.slice(0, -1).join(' and '), m.index, 'org-head');
    const abbr = m[2] ?? '';
    // "Russian-Kyrgyz Development Fund (RKDF)": each part of a hyphenated word gives an initial.
    const initials = full.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
    // "Green Climate Fund (GCF)": the abbreviation's letters appear in order among the name's initials.
    const re = new RegExp(abbr.replace(/[^A-Z]/g, '').split('').join('.*'));
    if (abbr.length >= 2 && re.test(initials)) {
      const cleaned = clean(full);
      if (cleaned) found.push({ name: `${cleaned} (${abbr})`, start: text.indexOf(cleaned, m.index), end: m.index + m[0].length, rule: 'org-name-abbreviation', ifi: isIfi(cleaned) || isIfi(abbr) });
    }
  }
  for (const m of text.matchAll(DOCUMENT_SIDES_RE)) {
    const second = m[2] ?? '';
    add(m[1] ?? '', m.index + m[0].length - second.length - (m[1] ?? '').length - 5, 'org-document-side');
    add(second, m.index + m[0].length - second.length, 'org-document-side');
  }
  for (const m of text.matchAll(DOCUMENT_NAMED_SIDE_RE)) add(m[1] ?? '', m.index + m[0].length - (m[1] ?? '').length, 'org-document-side');
  for (const m of text.matchAll(DOCUMENT_WITH_SIDE_RE)) add(m[1] ?? '', m.index + m[0].length - (m[1] ?? '').length, 'org-document-side');
  for (const m of text.matchAll(LIST_RE)) {
    let offset = m.index + m[0].length - (m[1] ?? '').length;
    for (const part of (m[1] ?? '').split(/,\s*(?:and\s+)?|\s+and\s+/)) {
      // "companies such as Knauf, Viessmann, LEMKEN are already doing business": the last name ends where the verb begins
      // (real-a investinuzbekistan-20230503-uz-de-berlin-business-forum, real-f asiasociety-20120612-kz-kr-ambassador-partnership).
      if (/^\p{Lu}/u.test(part.trim())) add(part.split(LIST_ITEM_END_RE)[0] ?? part, offset, 'org-list');
      offset += part.length + 1;
    }
  }
  for (const m of text.matchAll(KNOWN_RE)) {
    const head = m[1] ?? '';
    // A well-known name is whole as the list writes it: "New Development Bank", "Navoi Mining and Metallurgical Combine" and
    // "Anadolu Efes" keep the words the shape rules would cut (a leading "New", an "and", a first word an agency shares).
    const cut = / and |^New /.test(head) || NEWS_AGENCIES.has(head.split(' ')[0] ?? '');
    if (cut) found.push({ name: head, start: m.index, end: m.index + head.length, rule: 'org-known', ifi: isIfi(head) });
    else add(extend(head, m[2] ?? ''), m.index, 'org-known');
  }
  if (!/^[^a-z]*$/.test(text)) {
    // Skipped in all-capitals text, where every word looks like an acronym.
    for (const m of text.matchAll(ACRONYM_RE)) {
      // "the TAPI gas pipeline", "the CASA-1000 line": an acronym naming a built object is no organisation.
      const after = text.slice(m.index + (m[1] ?? '').length, m.index + (m[1] ?? '').length + 24);
      // "the TAP and TANAP projects" too.
      // "the M39 road" too: a road's number is the road's (deals-1 urdupoint-20230429-uz-isdb-financing-agreements, zawya-20230429-uz-isdb-three-financing-agreements).
      // "The STAR oil refinery", "the ACG agreement", "the Galkynysh gas field": a refinery, a field and a document are no party either.
      if (/^(?:-\d+)?(?: and \p{Lu}{2,6})?\s+(?:gas |oil |power |transmission |gas condensate )?(?:pipelines?|railways?|corridors?|[Pp]rojects?|lines?|HPP|highways?|routes?|roads?|motorways?|refiner(?:y|ies)|fields?|deposits?|agreements?|contracts?|deals?)\b/u.test(after)) continue;
      // "the Association Agreement (AA)", "the Enhanced Partnership and Cooperation Agreement (EPCA)": an acronym a document's
      // name spells out is the document's (real-e agendage-nodate-ge-eu-30m-association; PCA, EPCA and NAFTA in real-a..h).
      if (DOCUMENT_BEFORE_ACRONYM_RE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
      // "USD1.1 billion", "AED642.7mn", "EURO365 million", "SR45 billion": a currency code or sign written onto its sum is no
      // organisation (real-b, real-c, real-d, real-e, real-f; real-zo menafn-20250406-kg-tj-uz-eib-mous; real-zzi arabnews-20220818-…).
      const glued = /^(\p{Lu}{2,4})\d/u.exec(m[1] ?? '')?.[1];
      if (glued && (ISO_CODES[glued] || LETTER_SIGNS.has(glued))) continue;
      // "FY2016", "COP27": a fiscal year or a conference numbered by its year or session is no organisation.
      if (/^(?:FY|COP)\d{2,4}$/.test(m[1] ?? '')) continue;
      // "$US6.2 billion": the letters of a sign glued to its sum.
      if (text.charAt(m.index - 1) === '$' && /^\p{Lu}{1,2}\d/u.test(m[1] ?? '')) continue;
      // "the 11th ASEM Summit": an acronym that names an event (real-a ubpost-nodate-mn-kr-14-projects).
      if (EVENT_AFTER_RE.test(m[2] ?? '')) continue;
      // "KWD 10 million": a currency code before a sum is no organisation, whether or not the stoplist has it.
      if (!ACRONYM_STOPLIST.has(m[1] ?? '') && !ISO_CODES[m[1] ?? ''] && !countryOf(m[1] ?? '')) add(extend(m[1] ?? '', m[2] ?? ''), m.index, 'org-acronym');
    }
  }
  const credit = creditOf(text);
  const inCredit = (f: OrganizationMention): boolean => credit !== null && f.start < credit.end && f.end > credit.start;
  // A known organisation before "project" is the project's owner: "the second EBRD project" (real-g donorskg-20140516).
  const namesObject = (f: OrganizationMention): boolean => f.rule !== 'org-known' && !f.ifi && OBJECT_AFTER_RE.test(text.slice(f.end, f.end + 60));
  found.push(...tradeBlocPartners(text));
  const kept = keepLongest(found.filter((f) => !inCredit(f) && !namesObject(f)));
  return kept.length > 0 ? keepLongest([...kept, ...coordinatedBrands(text, kept)]) : kept;
}

// A name followed by what is built or worked is the object's name, not an organisation's: "the South Yoloten gas field"
// (real-a eurasianet-20090608), "the Burnoye Solar-2 project" (real-b pvmagazine-20170622), "the North-South and TITR transport
// corridors" (real-a kt-nodate-…), "the Baku-Tbilisi-Kars (BTK) railway construction project" (real-j xebersaati-20170906), "the
// 'Uzbekistan-Afghanistan-Pakistan (UAP) Railway project'" (real-h dawn-20230719), "the TANAP pipeline" (real-a turan-nodate-…).
const OBJECT_AFTER_RE = new RegExp(`^(?:-\\d+)?['’"”)]*[ \\t]+(?:(?:${alt(OBJECT_KIND_WORDS)})[ \\t]+){0,2}(?:${alt(OBJECT_NOUNS)})\\b`);

// The outlet's credit in brackets: opening the text ("(MENAFN) On Saturday ..."), or after a dateline whose place is in
// capitals ("YEREVAN (ARKA)—", "TBILISI, Georgia (AA) -", "DUSHANBE, February 26 (NIAT Khovar) —").
const CREDIT_AT_START_RE = /^\s*\(([^()\n]{2,40})\)/u;
const CREDIT_AFTER_DATELINE_RE = /^\s*\p{Lu}{3,}(?:[ -]\p{Lu}{3,})*(?:,[^()\n]{1,40}?)?\s*\(([^()\n]{2,40})\)\s*(?:[-–—]{1,2}|:)/u;

/** Where the text's credit to its outlet stands, if it opens with one: nothing in it is a party. */
function creditOf(text: string): { start: number; end: number } | null {
  const m = CREDIT_AT_START_RE.exec(text) ?? CREDIT_AFTER_DATELINE_RE.exec(text);
  if (!m) return null;
  const start = m.index + m[0].lastIndexOf(`(${m[1]})`);
  return { start, end: start + (m[1] ?? '').length + 2 };
}

// "set up by Azermash and Uzavtosanoat": a lone capitalised word coordinated with an organisation is one too.
const BRAND_BEFORE_RE = /(?<![\p{L}\p{N}])(\p{Lu}[\p{L}\p{N}-]{2,}) and $/u;
const BRAND_AFTER_RE = /^ and (\p{Lu}[\p{L}\p{N}-]{2,})(?![\p{L}\p{N}])(?![ \t]+\p{Lu})/u;

/** Single-word brands joined by "and" to a found organisation; a word led by another capitalised word (a person's name) is not one. */
function coordinatedBrands(text: string, orgs: readonly OrganizationMention[]): OrganizationMention[] {
  const out: OrganizationMention[] = [];
  for (const o of orgs) {
    const before = BRAND_BEFORE_RE.exec(text.slice(Math.max(0, o.start - 40), o.start));
    const after = BRAND_AFTER_RE.exec(text.slice(o.end, o.end + 40));
    for (const [word, start] of [
      [before?.[1], o.start - (before?.[0].length ?? 0)],
      [after?.[1], o.end + 5],
    ] as const) {
      if (!word || LEADING_STOPWORDS.has(word) || TITLE_WORDS.has(word) || countryOf(word) || NEWS_AGENCIES.has(word) || NOT_PARTY_HEADS.has(word) || ACRONYM_STOPLIST.has(word)) continue;
      if (/\p{Lu}\p{Ll}+ $/u.test(text.slice(Math.max(0, start - 20), start))) continue;
      out.push({ name: word, start, end: start + word.length, rule: 'org-coordinated', ifi: false });
    }
  }
  return out;
}

function keepLongest(found: OrganizationMention[]): OrganizationMention[] {
  const sorted = [...found].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: OrganizationMention[] = [];
  for (const f of sorted) if (!kept.some((k) => f.start < k.end && k.start < f.end)) kept.push(f);
  return kept.sort((a, b) => a.start - b.start);
}

/** The distinct organisation names in `text`, in order of first mention. */
export function organizationNames(text: string): string[] {
  return [...new Set(findOrganizations(text).map((o) => o.name))];
}
