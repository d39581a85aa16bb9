import { ONE_PARTY_MONEY_SOURCE, PARTNERSHIP_SOURCE, cueRegex } from './cues.js';
import { MADE_PARTICIPLES as MADE_PARTICIPLE_WORDS, MAKE_VERBS as MAKE_VERB_WORDS, NOT_OBJECT_NAMES, OBJECT_NOUNS } from '../vocabulary/en.js';
import type { Candidate, SentenceInfo } from './types.js';
import { statesNothing } from './not-stated.js';
import { countryOf } from '../parties/countries.js';

/** Verbs of making something (vocabulary/en.ts MAKE_VERBS). */
const MAKE_VERBS = MAKE_VERB_WORDS.join('|');

/** Things a project builds or produces (vocabulary/en.ts OBJECT_NOUNS). */
const OBJECTS = OBJECT_NOUNS.join('|');

const OBJECT_RE = new RegExp(`\\b(?:${OBJECTS})\\b`, 'i');
// The object follows the verb within a few words: "build a hybrid solar power plant"; a number with separators
// or a currency sign is one word, and so is a name joined by a dash ("the Kochkor–Epkin section", "the Mary – Sakarçäge
// highway", Latin letters with diacritics included); eight words reach "construction of the third Iran-Armenia 400 kV power transmission line". ("assemble 2,000 tractors a year at a facility", "set up a $35 million joint
// venture for yarn production"). "the local road construction industry" is a trade, not a work.
const MAKE_OBJECT_RE = new RegExp(`\\b(?:${MAKE_VERBS})\\b(?:\\s+(?:[–-]\\s+)?[$€£¥₸₽₼]?(?:\\d[\\d,.]*\\d|[\\wÀ-ɏ'’"–-]+)){0,8}?\\s+(?:${OBJECTS})\\b|\\b(?:${OBJECTS})\\s+(?:construction|rehabilitation|reconstruction|production)\\b(?!\\s+(?:industry|sector|companies|firms))`, 'gi');
// "the 445 MW Bilasuvar solar power plant (SPP), the 315 MW Neftchala SPP": one project per named capacity.
const CAPACITY_OBJECT_RE = new RegExp(`\\b\\d[\\d,.]*\\s?(?:MW|GW|kW|MWt|Wt)\\b(?:\\s+[\\w-]+){0,4}?\\s+(?:${OBJECTS})\\b`, 'g');
// Distinct partners each make a project of their own: "with China ..., with Pakistani investors ..., jointly with an Austrian company".
const PARTNER_PHRASE_RE = /\b(?:together with|jointly with|in partnership with|with)\s+(?:an?\s+|the\s+)?[A-Z][\w-]+(?:\s+(?:investors|company|companies|partners|firm))?/g;
/** Participles of making, for the passive: "the stations will be renovated" (vocabulary/en.ts). */
const MADE_PARTICIPLES = MADE_PARTICIPLE_WORDS.join('|');
// The object comes first and the verb after it: "six bridges will be rebuilt", "the plant is being constructed by X",
// "the terminal, built by CCCC, was commissioned", "a cement plant built by the Chinese company X".
const MADE_OBJECT_RE = new RegExp(
  `\\b(?:${OBJECTS})\\b(?:,?\\s+[\\wÀ-ɏ'’–-]+){0,8}?(?:\\s+(?:(?:will|would|shall|is|are|was|were|to|has|have|must)\\s+(?:also\\s+|soon\\s+|then\\s+)?(?:be|been|being)|is|are|was|were)\\s+(?:(?:fully|jointly|completely|gradually|officially)\\s+)?(?:${MADE_PARTICIPLES})\\b|,?\\s+(?:${MADE_PARTICIPLES})\\s+(?:jointly\\s+)?by\\b)`,
  'gi',
);
// A joint venture set up for a stated output is a project whatever it makes: "an agreement on establishing a joint venture,
// Auto Motors Tajikistan, to produce UzAuto Motors cars", "a joint venture to produce electronic gas meters", "set up a joint
// venture to develop uranium deposits" (real-a kunuz-20210612-uz-tj-uzauto-plant-tajikistan, real-c
// uzdaily-nodate-uz-ae-kr-it-uzbekneftegaz-agreements, ubpost-20090319-mn-ru-nuclear-loan-railway). Joint ventures counted
// or wished for with no output ("set up more joint ventures in Turkmenistan") stay unmatched.
const JOINT_VENTURE_OUTPUT_RE =
  /\bjoint ventures?\b(?:,[^,.;]{2,60},)?(?:\s+with\s+[^,.;]{2,60}?)?\s+(?:to|that|which|that will|which will|would)\s+(?:[a-z]+\s+and\s+)?(?:produc(?:e|es|ing)|manufactur(?:e|es|ing)|assembl(?:e|es|ing)|develop(?:s|ing)?|process(?:es|ing)?|make|makes|making|build(?:s|ing)?|extract(?:s|ing)?|mine)\b/gi;
const MAKE_OBJECT_TEST_RE = new RegExp(`${MAKE_OBJECT_RE.source}|${MADE_OBJECT_RE.source}`, 'i');
// A named piece of infrastructure is a concrete object of its own: "the Igdir-Nakhchivan gas pipeline", "the Kars-Nakhchivan railway".
// "the Trans-Adriatic Gas Pipeline project", "the TAP and TANAP projects", "the TAPI project" (real text: real-a
// todayaz-20200826-az-it-oil-exports-1h20, orient-20221030-tm-tr-ambassador-cooperation; real-c reportaz-20161119-az-ro-socar-agri-investment).
export const NAMED_OBJECT_RE = /\b(?:\p{Lu}{3,6}(?= (?:and \p{Lu}{3,6} )?projects?\b)|(?:\p{Lu}\p{Ll}+|\p{Lu}{2,6})(?:-(?:\p{Lu}\p{Ll}+|\d+))*(?: (?:[Gg]as|[Oo]il|[Pp]ower|wind|solar|railway|border))? (?:[Pp]ipeline|[Rr]ailway|[Rr]ailroad|[Hh]ighway|[Cc]orridor|HPP|SPP|TPP|power plant|(?:[Hh]ydro(?:electric|power)|[Tt]hermal) (?:[Pp]ower )?(?:[Pp]lant|[Ss]tation)|(?:power|transmission) line|port|airport|bridge|tunnel|crossing))\b(?! (?:company|companies|operator|authority|sector|network|workers|administration|agency|officials))/gu;
/** "the TAP and TANAP projects": named by an acronym, with no object noun. */
const NAMED_PROJECT_RE = /\b\p{Lu}{3,6} (?:and \p{Lu}{3,6} )?projects?\b/u;
// A named object is a project only where the sentence speaks of work on it, not of a border closed there.
// A joint statement or declaration is no joint work.
// "the railway project is being carried out", "SOCAR is taking part in the TAP and TANAP projects" (real-a trend-20090821, real-c reportaz-20161119).
const NAMED_OBJECT_CONTEXT_RE = /\b(?:discuss\w*|progress|build\w*|construct\w*|implement\w*|launch\w*|joint\w*(?! (?:statement|declaration|communiqu)\w*)|financ\w*|modern\w+|upgrad\w+|expan\w+|complet\w+|carr(?:y|ied|ying) out|tak(?:e|es|ing) part|participat\w*)\b/i;
const PARTNERSHIP_RE = cueRegex(PARTNERSHIP_SOURCE, 'i');
const ONE_PARTY_RE = cueRegex(ONE_PARTY_MONEY_SOURCE, 'i');
// A second making verb joined by "and" is a second project: "build a plant and introduce scanning technologies".
const COORDINATED_RE = new RegExp(`\\band (?:to |the )?(?:${MAKE_VERBS})\\b`, 'gi');

// "11 projects worth $300 million, including a pharmaceutical plant in Jizzakh and a tractor assembly line in
// Ganja": each object listed after the projects it belongs to is a project of its own (FACTS.md "Totals and parts").
const LISTED_OBJECTS_RE =
  /\b(?:projects|facilities|plants|enterprises|factories|package|portfolio|agreements|deals|documents)\b[^.;]{0,80}?\b(?:including|includes?|included|such as|among them|among which)\b:?\s+([^.;]+)/i;

// "They intend to invest in building a cement and brick plant, in basalt production, in the construction of a hotel and
// in modern greenhouses", "the region intends to set up a building materials cluster and a plant making cosmetics, as well
// as a residential complex, a hotel and a restaurant": a list of objects after one verb of making or investing.
const ENUMERATION_START_RE = new RegExp(`\\b(?:invest(?:s|ed|ing)? in|${MAKE_VERBS})\\b`, 'i');
// Items are split at commas, and at "and" only before a new noun phrase ("and a plant", "and in greenhouses"): "a cement
// and brick plant", "the production and dyeing of fabric" are one object each.
const ITEM_SPLIT_RE = /,\s*(?:and\s+|as well as\s+)?|\s+(?:and|as well as)\s+(?=(?:a|an|the|in|into|to)\s)/;

// "have completed such major energy and infrastructure projects as Baku-Tbilisi-Ceyhan, Baku-Tbilisi-Kars, and TANAP".
const SUCH_PROJECTS_AS_RE = /\bsuch (?:[\w-]+ ){0,5}projects as\s+([^.;]+)/i;
// Projects listed by their names alone: a chain of places ("Baku-Tbilisi-Kars") or an acronym ("TANAP") (real-b
// azernews-20211229-az-tr-ru-trade-11m, real-f azernews-20220328-az-tr-trade-jan-feb).
const NAMES_AFTER_PROJECTS_RE = /\bprojects,? (?:such as|as|including)\b/i;
const NAMED_ITEM_RE = /^(?:the\s+)?(?:\p{Lu}\p{Ll}+(?:[-–]\p{Lu}\p{Ll}+)+|\p{Lu}{3,6})$/u;

// Projects listed by their proper names after the word "projects": "Other projects ... include Astana International Airport, the
// Parliament Building, the Presidential Residence, Regent Ankara Hotel", "three new projects have recently been approved by the Bank,
// namely: North-South Alternative Highway Project, Sarymsak Irrigation Scheme Development Project" (real-j pagef30-20091110-kz-tr-
// turkish-contractors, real-e mtdkg-nodate-kg-isdb-startup-workshop, real-i presidentmn-nodate-mn-jp-abe-battulga). Each capitalised
// item is a project of its own; a list after "agreements" or "documents" is not.
const PROJECT_NAMES_RE = /\bprojects\b(?:[^.;]{0,80}?\b(?:including|includes?|included|namely|such as|among them|among which)|,?\s+(?:are|were))\b:?\s+([^.;]+)/i;
// Items are split at commas, and at "and" only before an article: "Rural Water Supply and Sanitation Improvement Project" is one name.
const NAME_ITEM_SPLIT_RE = /,\s*(?:and\s+)?|\s+and\s+(?=(?:the|an?)\s)/;
const PROPER_ITEM_RE = /^(?:the\s+)?["“'‘]?[\p{Lu}\d]/u;
const NOT_PROJECT_ITEM_RE = /^(?:the\s+)?(?:Agreement|Memorandum|Protocol|Treaty|Contract|Declaration|Roadmap|Republic|Government|Ministry|President|Prime Minister)\b/;
/** A list is long, but a name is short: a clause after the list ("are major developments ...") is no item. */
const MAX_ITEM_WORDS = 10;

/** The items of a list of projects named after "projects ... include" or "namely", trimmed, or none when it lists fewer than two. */
export function namedListItems(original: string): string[] {
  const list = PROJECT_NAMES_RE.exec(original)?.[1];
  if (!list) return [];
  const items = list.split(NAME_ITEM_SPLIT_RE).map((part) => part.trim()).filter((part) =>
    isListedObject(part) ||
    (PROPER_ITEM_RE.test(part) && !NOT_PROJECT_ITEM_RE.test(part) && part.split(/\s+/).length <= MAX_ITEM_WORDS && countryOf(part.replace(/^the\s+/, '')) === null));
  return items.length >= 2 ? items : [];
}

// A kind of object in the plural, with no number, article or name, is a kind of works, not a listed object: "the construction of
// gas processing plants, main gas pipelines, power plants, and facilities for ...", "building rest areas and electric vehicle
// charging stations", "a new wastewater treatment plant, pumping stations and a museum" (real-zf bnnbreaking-20240322-kz-qa-
// investment-pact, real-zn 24kg-20250409-kg-issyk-kul-road-ratification, real-s daijiworld-20240624-kg-adb-issyk-kul-wastewater);
// "the Shymkent, Pavlodar and Atyrau refineries" (real-b kazinform-20130907-…) are named, and "three plants" counted.
const COUNTED_RE = /\b(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|several|the|its|their)\b/i;
/** An item of a list that names one object or a counted or named set of them, not a kind of works. */
function isListedObject(part: string): boolean {
  return OBJECT_RE.test(part) && !genericPlural(part);
}
function genericPlural(part: string): boolean {
  const nouns = [...part.matchAll(OBJECT_NOUN_RE)].map((m) => m[0]);
  return nouns.length > 0 && nouns.every((n) => PLURAL_OBJECT_RE.test(n)) && !COUNTED_RE.test(part) && !/\p{Lu}\p{Ll}/u.test(part);
}

/**
 * How many objects are listed after "including" in a sentence about several projects, or after one verb of making.
 * `text` has its organisations blanked; names are read in `original`, where "TANAP" may have been taken for one.
 */
function listedObjects(text: string, original: string): number {
  return Math.max(namedListItems(original).length, objectsListed(text, original));
}

/** Objects (or names alone) listed after "projects including" or "such projects as", or after one verb of making or investing. */
function objectsListed(text: string, original: string): number {
  const list = LISTED_OBJECTS_RE.exec(text)?.[1] ?? SUCH_PROJECTS_AS_RE.exec(text)?.[1] ?? '';
  if (list) {
    const split = (l: string): string[] => l.split(/,\s*(?:and\s+)?|\s+and\s+/);
    const objects = split(list).filter(isListedObject).length;
    if (objects > 0) return objects;
    const named = split(LISTED_OBJECTS_RE.exec(original)?.[1] ?? SUCH_PROJECTS_AS_RE.exec(original)?.[1] ?? '').filter((part) => NAMED_ITEM_RE.test(part.trim())).length;
    return named >= 2 ? named : 0;
  }
  const start = ENUMERATION_START_RE.exec(text);
  if (!start) return 0;
  const clause = text.slice(start.index).split(/[;.]|\s[–—]\s/)[0] ?? '';
  // "invest ... in modern greenhouses" names where money goes, an object of its own (real-a kunuz-20181020-uz-cn-jizzakh-seven-projects).
  const items = clause.split(ITEM_SPLIT_RE).filter((part) => OBJECT_RE.test(part) && (/^\s*in(?:to)?\s/i.test(part) || !genericPlural(part)));
  return items.length >= 3 ? items.length : 0;
}

// "in agriculture, the ICT sector, urban planning, road and infrastructure construction, water management", "Transportation, transit,
// road construction, electricity and gas have been the main focus", "cooperation in infrastructure construction, such as ..." (real-c
// apa-20190329-az-hu-ambassador-interview, real-d irandaily-20191005-ir-tm-joint-commission, real-m railwaypro-nodate-kz-cn-33-deals): a
// kind of works with no article, an item of a list of fields, is a sector, not a project. "in mining and road construction" is no list item.
const OBJECT_WORKS_RE = new RegExp(`^(?:${OBJECTS})\\s+(?:construction|rehabilitation|reconstruction|production)$`, 'i');
function fieldInList(text: string, m: RegExpMatchArray): boolean {
  if (!OBJECT_WORKS_RE.test(m[0])) return false;
  const before = text.slice(Math.max(0, (m.index ?? 0) - 30), m.index);
  return /,\s*(?:and\s+)?(?:[\w-]+\s+and\s+)?$/.test(before) || /^,\s/.test(text.slice((m.index ?? 0) + m[0].length));
}

/** The rule name of projects listed one by one, which mergeFacts keeps apart. */
export const LISTED_OBJECT_RULE = 'project-listed-object';

/** A sentence listing more objects than this is a summary, not a list of separate projects. */
const MAX_PROJECTS_PER_SENTENCE = 5;

/** "the hotel, built by a local developer": the reduced relative counts only with a builder named by a capital ("by Chinese contractor X"). */
function namedBuilder(text: string, m: RegExpMatchArray): boolean {
  if (!/\bby$/i.test(m[0])) return true;
  return /^\s+(?:the\s+)?[A-Z]/.test(text.slice((m.index ?? 0) + m[0].length));
}

const OBJECT_NOUN_RE = new RegExp(`\\b(?:${OBJECTS})\\b`, 'gi');
/** The object nouns of a text, lower case and singular: "railway", "plant". */
export function objectNouns(text: string): string[] {
  return [...text.matchAll(OBJECT_NOUN_RE)].map((m) => m[0].toLowerCase().replace(/ies$/, 'y').replace(/(?<=[^s])s$/, ''));
}

// "will invest $210 million in a dry port", "GEL 240 million (about $89 million) in the construction of a hotel and
// conference complex": one object right after an investment sum (two are "a plant and a warehouse").
// The passive names the object after its verb: "$30 million is being invested in building the logistics park", "Up to
// €150mn will be invested in building the new terminal" (real-e kazinform-20191127-kz-almaty-invest-forum, real-f
// 24kg-20250318-kg-cn-xuar-visit-deals).
const PASSIVE_INVESTED = `(?:is|are|was|were|will|has|have)\\s+(?:been\\s+|being\\s+|be\\s+)invested\\s+`;
const ONE_OBJECT_AFTER_RE = new RegExp(
  `^\\s*(?:\\([^)]{0,40}\\)\\s*)?(${PASSIVE_INVESTED})?(?:in|into)\\s+(?:(?:building|constructing)\\s+)?(?:an?|the)\\s+(?:[\\wÀ-ɏ'’-]+\\s+){0,4}?(?:${OBJECTS})\\b(?!\\s+and\\s+(?:an?|the)\\b)`,
  'i',
);
/**
 * True when the words after a sum name the one object it is invested in: "in a dry port near Khorgos". With the
 * investing word before the sum (`cueBefore`), or in the passive right after it ("is invested in building the park").
 */
export function investedInOneObject(after: string, cueBefore = true): boolean {
  const m = ONE_OBJECT_AFTER_RE.exec(after);
  if (m !== null && !cueBefore && !m[1]) return false;
  return m !== null && !PLURAL_OBJECT_RE.test(m[0].trim().split(/\s+/).pop() ?? '');
}

/** True when the text names exactly one kind of thing built, in the singular: "is developing the Kyzyltas deposit". */
export function namesOneMadeObject(text: string): boolean {
  const objects = [...text.matchAll(MAKE_OBJECT_RE)].map((m) => (/([\wÀ-ɏ-]+)\W*$/.exec(m[0]) ?? [])[1] ?? '');
  return objects.length > 0 && objects.every((o) => !PLURAL_OBJECT_RE.test(o));
}

/** True when the sentence names something built or produced ("signed a $1.2 billion agreement on the construction of a complex"). */
export function namesMadeObject(text: string): boolean {
  return OBJECT_RE.test(text) && MAKE_OBJECT_TEST_RE.test(text);
}

// "more than 700 enterprises with Chinese investments ... operate in Uzbekistan", "15 projects involving Kazakh capital are registered in
// the Xinjiang Uygur Autonomous Region, and 29 enterprises have been set up in Kazakhstan with Chinese capital taking part" (real-zh
// trend-20180905-uz-cn-hengshui-factories, real-zt kazinform-20090513-kz-cn-xinjiang-trade): a tally of firms with foreign capital is a
// statistic, no project.
const FIRMS_TALLY_RE = /\b\d[\d,.]*\s+(?:[\w-]+\s+){0,2}(?:enterprises|companies|firms|joint ventures|projects)\s+(?:with|involving)\s+(?:[\w-]+\s+){0,3}?(?:capital|investments?)\b/i;

/**
 * Concrete joint projects stated with no amount: a making verb with its object ("is constructing a
 * combined-cycle power station", "plans to open a household appliances plant"), when a party other
 * than the home country takes part: an organisation in the sentence or just before it, a foreign
 * country, or a partnership word. Counts one project per coordinated verb, per named capacity, or per
 * distinct partner, whichever is largest.
 */
export function projectCandidates(sentence: SentenceInfo, hasParty: boolean): Candidate[] {
  // Cheap test first: most sentences name no object, and the verb-object pattern is the costly one.
  if (!(OBJECT_RE.test(sentence.text) || /\bjoint ventures?\b/i.test(sentence.text) || NAMED_PROJECT_RE.test(sentence.text) || NAMES_AFTER_PROJECTS_RE.test(sentence.text)) || statesNothing(sentence.text)) return [];
  if (FIRMS_TALLY_RE.test(sentence.text)) return [];
  const s = withoutOrganizations(sentence);
  // "since the construction of the Kokaral dam" dates something else; it states no project.
  const makes = [...s.text.matchAll(MAKE_OBJECT_RE), ...[...s.text.matchAll(MADE_OBJECT_RE)].filter((m) => namedBuilder(s.text, m))].filter(
    (m) => !/\b(?:since|after|before) (?:the )?$/i.test(s.text.slice(Math.max(0, m.index - 12), m.index)) && !fieldInList(s.text, m),
  );
  makes.push(...[...s.text.matchAll(JOINT_VENTURE_OUTPUT_RE)].filter((j) => !makes.some((k) => k.index <= j.index + j[0].length && j.index <= k.index + k[0].length)));
  const capacities = [...s.text.matchAll(CAPACITY_OBJECT_RE)].length;
  const namedMatches = NAMED_OBJECT_CONTEXT_RE.test(s.text) ? [...s.text.matchAll(NAMED_OBJECT_RE)] : [];
  const named = new Set(namedMatches.map((m) => m[0])).size;
  // Named objects no making verb covers: "the implementation of the X-Y railway project, the construction of a logistics center".
  const namedAlone = new Set(namedMatches.filter((n) => !makes.some((k) => n.index >= k.index && n.index < k.index + k[0].length + 40)).map((m) => m[0])).size;
  const listed = listedObjects(s.text, sentence.text);
  if ((makes.length === 0 && capacities === 0 && named === 0 && listed === 0) || ONE_PARTY_RE.test(s.text)) return [];
  if (!hasParty && !PARTNERSHIP_RE.test(s.text)) return [];
  // "the design and construction of a plant" is one object: a second verb counts only after a first making verb.
  const coordinated = 1 + [...s.text.matchAll(COORDINATED_RE)].filter((m) => makes.some((k) => k.index > m.index && k.index <= m.index + 8) && makes.some((k) => k.index < m.index)).length;
  const partners = new Set([...sentence.text.matchAll(PARTNER_PHRASE_RE)].map((m) => m[0].toLowerCase())).size;
  const count = Math.min(Math.max((makes.length > 0 ? coordinated : 0) + namedAlone, capacities, partners, named, listed, 1), Math.max(MAX_PROJECTS_PER_SENTENCE, listed));
  const rule = listed > 1 && listed >= count ? LISTED_OBJECT_RULE : 'project-make-object';
  return Array.from({ length: count }, () => ({ type: 'project' as const, rule, amount: null, sentence, confidence: 0.6 }));
}

const NOT_OBJECT_NAME_RE = new RegExp(`\\b(?:${NOT_OBJECT_NAMES.join('|')})\\b`, 'gi');

/**
 * The sentence with its organisations' names, and names that name no object, blanked (same length, so offsets hold):
 * "Beijing Huaxin Building Materials" builds nothing, "Caspian Pipeline Consortium" names no pipeline being laid, and
 * "the joint construction of the Silk Road Economic Belt" no road.
 */
function withoutOrganizations(s: SentenceInfo): SentenceInfo {
  let text = s.text;
  for (const o of s.orgs) text = text.slice(0, o.start) + ' '.repeat(Math.max(0, o.end - o.start)) + text.slice(o.end);
  text = text.replace(NOT_OBJECT_NAME_RE, (m) => ' '.repeat(m.length));
  return text === s.text ? s : { ...s, text };
}

// A plural ("irrigation canals", "schools") names a programme of works, not one object.
const PLURAL_OBJECT_RE = /(?:[^s]s|ies|xes)$/i;

/**
 * The object a loan or grant pays for, as a project of its own: "approved $120 million in financing for
 * the construction of a ring road around Samarkand", "a loan agreement to modernise the Shymkent heating
 * network", "to finance the Rogun Hydroelectric Plant project". One object, singular or named; a
 * programme of plural works is not one. mergeFacts drops it where the article describes the works in
 * sentences of their own, so the object is counted once.
 */
export function financedObjectCandidates(sentence: SentenceInfo, hasParty: boolean): Candidate[] {
  if (!OBJECT_RE.test(sentence.text) || ONE_PARTY_RE.test(sentence.text) || !hasParty) return [];
  const s = withoutOrganizations(sentence);
  const makes = [...s.text.matchAll(MAKE_OBJECT_RE), ...s.text.matchAll(MADE_OBJECT_RE)];
  const singular = makes.some((m) => !PLURAL_OBJECT_RE.test((/([\w-]+)\W*$/.exec(m[0]) ?? [])[1] ?? ''));
  const named = NAMED_OBJECT_CONTEXT_RE.test(s.text) && NAMED_OBJECT_RE.test(s.text);
  NAMED_OBJECT_RE.lastIndex = 0;
  if (!singular && !named) return [];
  return [{ type: 'project', rule: FINANCED_OBJECT_RULE, amount: null, sentence, confidence: 0.5 }];
}

/** The rule name of a project read from a loan's purpose, which mergeFacts may drop as a restatement. */
export const FINANCED_OBJECT_RULE = 'project-financed-object';

// What a loan or grant named before is spent on, with no sum and no object noun of its own: "the money will be spent on
// reconstruction projects in the villages of Areni", "Part of the loan will also go to upgrading cultural monuments", "The funds
// will go to developing drinking water supply in 91 villages", "The money will be used to carry on the ... project" (real-c
// arka-20160609-am-ebrd-tourism-loan, real-f 24kg-nodate-kg-isdb-water-supply-loan, real-a vom-nodate-mn-de-development-cooperation,
// real-e trend-20240305-kg-ebrd-water-resilience). The purpose must be works: a making verb or projects, not "buying machinery"
// nor "financing for SMEs".
const SPENT_ON_RE =
  /\b(?:the|this|that|these|part of the)\s+(?:[\w-]+\s+)?(?:money|funds|loan|grant|proceeds)\s+(?:will|would|shall|is to|are to)\s+(?:also\s+|mainly\s+|mostly\s+)?(?:be\s+)?(?:spent on|used to|go (?:mainly |mostly )?(?:to|toward|towards))\s+([^;]+)/i;
const PURPOSE_WORKS_RE = new RegExp(`\\b(?:${MAKE_VERBS}|developing|projects?)\\b`, 'i');

const NATIONWIDE_RE = /\b(?:the|its) (?:country|nation|republic)['’]s\b|\bnationwide\b|\bnational (?:economy|system|network)\b/i;

/** True when the sentence says what a loan or grant named before is spent on: "The funds will be used to reconstruct ...". */
export function spendsLoanNamedBefore(text: string): boolean {
  return SPENT_ON_RE.test(text);
}

/** The rule name of a project read from what a loan named before is spent on. */
export const SPENT_ON_RULE = 'project-loan-purpose';

/** One project for the works a loan or grant of the article is spent on (see SPENT_ON_RE); `lender`: the article has one. */
export function loanPurposeCandidates(sentence: SentenceInfo, lender: boolean): Candidate[] {
  if (!lender || statesNothing(sentence.text)) return [];
  const purpose = SPENT_ON_RE.exec(sentence.text)?.[1];
  // "The money will be spent on upgrading the country's urban transport system": a whole country's sector, no one work (real-a
  // uzreport-nodate-uz-cn-cdb-city-transport).
  if (purpose === undefined || !PURPOSE_WORKS_RE.test(purpose) || NATIONWIDE_RE.test(purpose)) return [];
  return [{ type: 'project', rule: SPENT_ON_RULE, amount: null, sentence, confidence: 0.5 }];
}
