import { countryCodes } from './parties/countries.js';
import { findOrganizations, type OrganizationMention } from './parties/organizations.js';
import { countryInName } from './parties/name-places.js';
import { sameOrganization } from './parties/same-organization.js';
import { partyCountries } from './parties/party-mentions.js';
import { TRADE_WORD_RE } from './rules/amount-context.js';
import type { SentenceInfo } from './rules/types.js';

/** What the whole article says about its parties, used where a sentence names none ("the sides"). */
export interface ArticleContext {
  /** The country the article is written from: its dateline, else the first country of its title. */
  home: string | null;
  /** Countries of the title and dateline, then the body's most named one; at most MAX_MAIN_COUNTRIES. */
  main: string[];
  /**
   * The two countries whose trade the article is about, when its title or lead says so ("Russian-Armenian trade
   * ... is developing", "trade between Kazakhstan and China"), else empty.
   */
  tradePair: string[];
  /** Where the dateline is and whether its country takes part in the story ("WASHINGTON, June 12" over a Kyrgyz loan does not). */
  dateline: { sentence: number; end: number; code: string; party: boolean } | null;
  /**
   * The development bank or fund the article is about: the one its title names, else the only one its body names.
   * "So far we have approved $1.5 billion" in an ADB address, "more than 80 agreements have been signed" in an
   * interview about ADB money: a loan or a signing with no party of its own is that lender's.
   */
  lender: { name: string; inTitle: boolean } | null;
  /**
   * The company the article is about: the one organisation its title names, when that is a company ("Çalık Holding to build wind
   * farm in Georgia"). A project with no party of its own is that company's, as a lender's project is the lender's.
   */
  company: string | null;
}

/** The one country the organisations of an article carry in their names (parties/name-places.ts), if they agree on one. */
export function countriesInNames(titleOrgs: readonly Pick<OrganizationMention, 'name'>[], sentences: readonly SentenceInfo[]): string[] {
  const codes = new Set([...titleOrgs, ...sentences.flatMap((s) => s.orgs)].map((o) => countryInName(o.name)).filter((c): c is string => c !== null));
  return codes.size === 1 ? [...codes] : [];
}

const LENDER_WORD_RE = /\b(?:Bank|Fund|ADB|EBRD|AIIB|EIB|IsDB|IDB|EDB|EFSD|NDB|BSTDB|JICA|KfW|USAID|EU|European|Exim\w*|OPEC|IMF|IFC|WB|IBRD|IDA|UNDP|SFD|ADFD|GCF)\b/;

/** The lender of an article (see ArticleContext.lender). */
function lenderOf(title: string, titleOrgs: readonly OrganizationMention[], sentences: readonly SentenceInfo[]): ArticleContext['lender'] {
  // Cheap test first: most titles name no lender. A digest's title, its stories apart by semicolons ("Central Asia this week: Putin
  // ends Kyrgyzstan visit; ...; ADB to put US$1.6B into Kazakhstan's economy": real-a idsa-nodate-kg-ru-tm-kz-uz-weekly-review),
  // names the lender of one story, not of the article.
  const inTitle = LENDER_WORD_RE.test(title) && !title.includes(';') ? titleOrgs.find((o) => o.ifi) : undefined;
  if (inTitle) return { name: inTitle.name, inTitle: true };
  const named = sentences.flatMap((s) => s.orgs.filter((o) => o.ifi).map((o) => o.name));
  const distinct = named.filter((n, i) => !named.slice(0, i).some((m) => sameOrganization(m, n)));
  return distinct.length === 1 && distinct[0] ? { name: distinct[0], inTitle: false } : null;
}

// Bodies that build nothing themselves: associations, councils, blocs; an acronym alone may be a title's speaker ("FM: ...").
const NOT_BUILDER_RE = /\b(?:Ministry|Government|Committee|Agency|Parliament|Cabinet|Bank|Fund|Association|Council|Chamber|Union|Commonwealth|Club|Forum|Organi[sz]ation|Invest|CIS|SCO|EAEU|OTS|EU|ASEAN)\b/;

/**
 * The company of an article (see ArticleContext.company): the one organisation its title names, when that is a company the body
 * names too. A title in title case may give a fragment a name's shape ("Kazakhstan, UAE Sign $1.5 Billion Deal for Mangystau Wind
 * Farm", the sample site's): the body never names such a fragment.
 */
function companyOf(title: string, titleOrgs: readonly OrganizationMention[], sentences: readonly SentenceInfo[]): string | null {
  if (title.includes(';')) return null;
  const names = [...new Set(titleOrgs.filter((o) => !o.ifi && o.rule !== 'org-ministry' && o.rule !== 'org-acronym' && !NOT_BUILDER_RE.test(o.name)).map((o) => o.name))];
  const [name] = names;
  if (names.length !== 1 || !name) return null;
  return sentences.some((s) => s.basis === 'body' && s.orgs.some((o) => sameOrganization(o.name, name))) ? name : null;
}

/** Words of one country's trade with the world or with a bloc (no pair). */
const WORLD_OR_BLOC_RE = /\b(?:foreign|external|overall|total|global|world)\s+trade\b|\b(?:countries|states|nations|region|regions|CIS|EU|EAEU)\b/i;
/** How many body sentences, after the title, may state the article's subject. */
const LEAD_SENTENCES = 3;

function tradePairOf(title: string, sentences: readonly SentenceInfo[]): string[] {
  const lead = [{ text: title, countries: partyCountries(title).map((c) => c.code) }, ...sentences.filter((s) => s.basis === 'body').slice(0, LEAD_SENTENCES)];
  const pair = lead.find((s) => TRADE_WORD_RE.test(s.text) && !WORLD_OR_BLOC_RE.test(s.text) && new Set(s.countries).size === 2);
  return pair ? [...new Set(pair.countries)] : [];
}

/** Enough for a bilateral article and its dateline; more would dilute every fact's parties. */
const MAX_MAIN_COUNTRIES = 3;
// "TASHKENT, Uzbekistan, June 11.", "YEREVAN. May 15 (Interfax) -", "ULAN BATOR, July 4 (Xinhua) --".
// Wires and releases also write "ASTANA – ", "Vienna – ", "BISHKEK (TCA) — " and "BEIJING Dec 21 " (real-d reuters-20161221, real-f
// indiaeducationdiary-nodate-…, and some thirty studied articles more).
const DATELINE_RE = /^\s*(?:\[[^\]]{2,30}\],?\s*)?([A-Z][A-Z .'-]{2,30}|[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?:[,.]\s|(?:\s*\([^()]{2,30}\))?\s*[-–—]{1,2}\s|\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\s)/;

// The dateline's city and the country after it: "BAKU, Azerbaijan, " or "TASHKENT, Uzbekistan, ".
// The country may be in capitals too, and a dash may follow it: "MANILA, PHILIPPINES (2 December 2024) — ", "MANILA, PHILIPPINES - " (ADB releases: real-l einpresswire-20241202-…, real-o adb-nodate-…).
// "Tashkent, Uzbekistan (UzDaily.com) -- ", "BISHKEK (TCA) — ", "Vienna – ", "BEIJING Dec 21 ": the place, its country, its credit and the dash.
const DATELINE_HEAD_RE = /^\s*(?:[^,.(–—-]+?(?:\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\s|(?:\s*\([^()]{2,30}\))?\s*[-–—]{1,2}\s)|[^,.]+[,.]\s*(?:(?:[A-Z][a-z]+(?: [A-Z][a-z]+)?|[A-Z]{3,}(?: [A-Z]{3,})?)(?:[,.]|(?=\s*[(–—-])))?(?:\s*\([^()]{2,30}\))?(?:\s*[-–—]{1,2}\s)?)/;

/** Reads the home and main countries from the title and the article's first sentences. */
export function articleContext(title: string, sentences: readonly SentenceInfo[]): ArticleContext {
  // The title's organisations, read once for its lender and its company.
  const titleOrgs = findOrganizations(title);
  // "ADB gives go-ahead to US$ 80 million for ...": a title's currency names no country.
  const titleCountries = [...new Set(partyCountries(title).filter((c) => !c.region).map((c) => c.code))];
  let dateline: string | null = null;
  let datelineSentence = -1;
  let datelineEnd = 0;
  for (const s of sentences.slice(0, 3)) {
    const m = DATELINE_RE.exec(s.text);
    const code = m ? countryCodes(m[1] ?? '')[0] : undefined;
    if (code) {
      dateline = code;
      datelineSentence = s.index;
      datelineEnd = DATELINE_HEAD_RE.exec(s.text)?.[0].length ?? 0;
      break;
    }
  }
  const counts = new Map<string, number>();
  for (const s of sentences) {
    if (s.basis !== 'body') continue;
    // The dateline's own country counts once, from the dateline itself, below.
    // Read as a party is read: "WASHINGTON, November 10 – A US$ 28 million loan" names no United States (real-d geoeconomics-20091110).
    // A region's countries ("the Central Asian states") are parties of their fact, not the article's subject.
    const codes = new Set((s.index === datelineSentence ? partyCountries(s.text.replace(DATELINE_HEAD_RE, '')) : s.countryMentions).filter((c) => !c.region).map((c) => c.code));
    for (const c of codes) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  // A wire writes from its base ("BAKU, Azerbaijan" over a Kyrgyz story): the dateline's country is a
  // party only when the title or the body names it too.
  const datelineParty = dateline !== null && (titleCountries.includes(dateline) || (counts.get(dateline) ?? 0) > 0) ? dateline : null;
  // "the two countries" needs two: with fewer than two in the title, the body's two most named fill in.
  // A country the body names once, past the lead, is a detail ("near the border with Uzbekistan", "drawn up under the United
  // States' Millennium Challenge programme": real-b pvmagazine-20170622, arka-20111130), not a main party.
  const lead = new Set(sentences.filter((s) => s.basis === 'body').slice(0, LEAD_SENTENCES).flatMap((s) => s.countryMentions.filter((c) => !c.region).map((c) => c.code)));
  const top = [...counts.entries()]
    .filter(([code, n]) => n >= 2 || lead.has(code))
    .sort((a, b) => b[1] - a[1])
    .slice(0, titleCountries.length >= 2 ? 1 : 2)
    .map(([code]) => code);
  const named = [...new Set([...(datelineParty ? [datelineParty] : []), ...titleCountries, ...top])].slice(0, MAX_MAIN_COUNTRIES);
  // An article that names no country may still say whose it is in a party's name: "Erdenes Mongol borrows 35 million USD from ADB".
  const main = named.length > 0 ? named : countriesInNames(titleOrgs, sentences);
  return {
    home: datelineParty ?? titleCountries[0] ?? top[0] ?? main[0] ?? null,
    main,
    tradePair: tradePairOf(title, sentences),
    dateline: dateline === null ? null : { sentence: datelineSentence, end: datelineEnd, code: dateline, party: datelineParty !== null },
    lender: lenderOf(title, titleOrgs, sentences),
    company: companyOf(title, titleOrgs, sentences),
  };
}
