import type { ExtractedFact } from '../../schemas/fact.js';
import { countriesInNames, type ArticleContext } from '../article-context.js';
import { ownersByItem, ownersOfAmounts, partiesOfAmount } from '../amount-owners.js';
import { localCurrency } from '../money/local-currency.js';
import { bareAmountsRu } from '../money/bare-amounts-ru.js';
import { findAmountsRu } from '../money/parse-amount-ru.js';
import { findCountriesRu, partyCountriesRu } from '../parties/countries-ru.js';
import { findOrganizationsRu } from '../parties/organizations-ru.js';
import { buildAliasMapRu, canonicalOrganization } from '../parties/org-aliases.js';
import type { OrganizationMention } from '../parties/organizations.js';
import { NEWS_AGENCIES } from '../../parties/known-organizations.js';
import { sameOrganization } from '../parties/same-organization.js';
import { RU_ARTICLE_PASSES } from '../passes/ru/index.js';
import type { Draft } from '../passes/types.js';
import { RU_SENTENCE_RULES } from '../rules/ru/index.js';
import { ruStatusOf } from '../rules/ru/status.js';
import { PART_OF_TOTAL_RE } from '../rules/ru/amount.js';
import { RU_CLAUSE_END_RE } from '../rules/ru/cues.js';
import type { SentenceEnv } from '../rules/registry.js';
import type { Candidate, SentenceInfo } from '../rules/types.js';
import { RU_OBJECT_NOUNS, RU_POINTER_NOUNS, RU_SECTORS } from '../vocabulary/ru.js';
import { stems } from '../vocabulary/words.js';
import type { LanguageKit } from './kit.js';
import { multilateralFactCountries, rankedItemCountries } from '../parties/fact-countries.js';

/**
 * "ТАШКЕНТ, 14 мар — Sputnik.", "Бишкек. 12 мая. Kabar -", "ЕРЕВАН, 6 дек — Sputnik.": a wire's city and date;
 * "БАКУ /Trend/ -": Trend's Russian service gives the city and its own name, with no date.
 */
const DATELINE_RE =
  /^\s*([А-ЯЁ][А-ЯЁ-]{2,30}(?: [А-ЯЁ][А-ЯЁ-]+)*|[А-ЯЁ][а-яё]+(?:[ -][А-ЯЁ][а-яё]+)?)(?:[,.]\s+\d{1,2}\s+[а-яё]{3,9}\.?(?:\s+\d{4})?[.,]?\s*(?:[-–—]\s*)?(?:[\p{L}.«»\s-]{2,30}?[.,]?\s*[-–—]?\s)?|\s*\/[^/\n]{2,30}\/\s*[-–—]\s)/u;
/** Sentences after the title that may state what the article is about. */
const LEAD_SENTENCES = 3;
const MAX_MAIN_COUNTRIES = 3;

/** Home and main countries, dateline and lender of a Russian article (see ArticleContext). */
function ruArticleContext(title: string, sentences: readonly SentenceInfo[]): ArticleContext {
  const titleCountries = [...new Set(partyCountriesRu(title).filter((c) => !c.region).map((c) => c.code))];
  let dateline: ArticleContext['dateline'] = null;
  for (const s of sentences.slice(0, 3)) {
    const m = DATELINE_RE.exec(s.text);
    const city = m?.[1] ?? '';
    const code = city ? findCountriesRu(city.charAt(0) + city.slice(1).toLowerCase())[0]?.code : undefined;
    if (m && code) {
      dateline = { sentence: s.index, end: m[0].length, code, party: false };
      break;
    }
  }
  const counts = new Map<string, number>();
  for (const s of sentences) {
    if (s.basis !== 'body') continue;
    // A region's countries («страны Центральной Азии») are parties of their fact, not the article's subject.
    const codes = s.countryMentions.filter((c) => !c.region && (!dateline || s.index !== dateline.sentence || c.start >= dateline.end)).map((c) => c.code);
    for (const c of new Set(codes)) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  if (dateline) dateline.party = titleCountries.includes(dateline.code) || (counts.get(dateline.code) ?? 0) > 0;
  const lead = new Set(sentences.filter((s) => s.basis === 'body').slice(0, LEAD_SENTENCES).flatMap((s) => s.countryMentions.filter((c) => !c.region).map((c) => c.code)));
  const top = [...counts.entries()].filter(([code, n]) => n >= 2 || lead.has(code)).sort((a, b) => b[1] - a[1]).slice(0, titleCountries.length >= 2 ? 1 : 2).map(([c]) => c);
  const home = dateline?.party ? dateline.code : null;
  const named = [...new Set([...(home ? [home] : []), ...titleCountries, ...top])].slice(0, MAX_MAIN_COUNTRIES);
  const titleOrgs = findOrganizationsRu(title);
  // «Парламент дал добро на кредит в $7.2 млн для «Бишкектеплосети»»: no country named, but the party's name says whose.
  const main = named.length > 0 ? named : countriesInNames(titleOrgs, sentences);
  const ifis = sentences.flatMap((s) => s.orgs.filter((o) => o.ifi).map((o) => o.name));
  const distinct = ifis.filter((n, i) => !ifis.slice(0, i).some((m) => sameOrganization(m, n)));
  const inTitle = titleOrgs.find((o) => o.ifi);
  // With several lenders named, the one the lead opens on ("ЕФСР выделит Армении ..., говорится в пресс-релизе ЕАБР").
  const leadLender = sentences.filter((s) => s.basis === 'body').slice(0, 2).flatMap((s) => s.orgs.filter((o) => o.ifi))[0];
  return {
    // Of the title's countries, the one the body names most: «Украина заняла четвертое место ... по объему импорта грузинского
    // вина» is a Georgian export table (ru-zg open4business-nodate-ge-wine-exports-by-country); so are Tajik trade tables whose
    // title leads with a partner (ru-g etoday-nodate-tj-trade-partners, ru-l regnum-nodate-tj-cn-ru-trade-q1-2016). In English
    // the same choice moved as many facts one way as the other, so English keeps the title's order.
    home: home ?? [...titleCountries].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0))[0] ?? top[0] ?? main[0] ?? null,
    main,
    tradePair: [],
    dateline,
    lender: inTitle ? { name: inTitle.name, inTitle: true } : distinct.length === 1 && distinct[0] ? { name: distinct[0], inTitle: false } : leadLender ? { name: leadLender.name, inTitle: false } : null,
    // The title's company is read in English text only so far.
    company: null,
  };
}

/** Words that point back to a party named before: "стороны", "банк", "документ предусматривает", "его инвестором". */
const POINTER_RE = new RegExp(`${stems([...RU_POINTER_NOUNS, 'документ'])}|(?<!\\p{L})(?:он|она|оно|они|его|её|ее|их)(?!\\p{L})`, 'iu');
const BANK_WORD_RE = /(?<!\p{L})(?:банк|фонд)\p{L}*/iu;
/** How many sentences back a sentence with no party of its own looks for one. */
const CONTEXT_SENTENCES = 3;
const POINTS_BACK_SENTENCES = 6;

// "«...», — рассказали в министерстве.": a quote's attribution names who speaks, not a party the quote points back to.
const ATTRIBUTION_RE = /[»"”]?,?\s+[—–]\s+[^—–«»]*$/u;
const pointsBack = (text: string): boolean => POINTER_RE.test(text.replace(ATTRIBUTION_RE, ''));

/** A party other than the home country: an organisation, two countries, or one named just before that the sentence points to. */
function hasParty(s: SentenceInfo, all: readonly SentenceInfo[]): boolean {
  if (s.orgs.length > 0 || s.countries.length >= 2) return true;
  if (!pointsBack(s.text)) return false;
  return all.slice(Math.max(0, s.index - CONTEXT_SENTENCES), s.index).some((p) => p.orgs.length > 0 || p.countries.length >= 2);
}

function ruSentenceEnv(s: SentenceInfo, all: readonly SentenceInfo[], ctx: ArticleContext, note?: SentenceEnv['note']): SentenceEnv {
  const prev = s.index > 0 ? (all[s.index - 1] ?? null) : null;
  const near = all.slice(Math.max(0, s.index - POINTS_BACK_SENTENCES), s.index + 1);
  let party: boolean | undefined;
  return {
    s, all, ctx, prev, note,
    // Development-bank money is financing: the bank named here, or "банк" / "фонд" pointing back to one.
    // "сейчас в портфеле совместных инициатив 11 проектов на общую сумму ..." in an article about a development fund: its lending.
    ifi: s.orgs.some((o) => o.ifi) || (BANK_WORD_RE.test(s.text) && near.some((n) => n.orgs.some((o) => o.ifi))) || (ctx.lender !== null && !s.orgs.some((o) => !o.ifi) && /(?<!\p{L})(?:проект|портфел)/iu.test(s.text)),
    partyNearby: near.some((n) => n.orgs.length > 0 || n.countries.length > 0),
    earlier: all.slice(Math.max(0, s.index - CONTEXT_SENTENCES), Math.max(0, s.index - 1)).reverse(),
    hasParty: () => (party ??= hasParty(s, all)),
    sums: [],
    listsParts: /(?<!\p{L})(?:в том числе|из них|включая)(?!\p{L})/iu.test(s.text),
  };
}

/** The organisations a sentence names, or those of the sentence it points back to. */
// "— отмечает KOBIA", "сообщает LS со ссылкой на ...", "по данным Минэкономики", "говорится в сообщении агентства", "Об этом LS
// рассказали в Kazakh Invest" (ru-i ls-nodate-kz-tr-almaty-three-plants):
// who reports a sentence is not the party a later sentence points back to.
const REPORTED_BY_RE = /(?:(?<!\p{L})(?:отмечает|отметили|сообщает|сообщили|сообщила|сообщил|передает|передаёт|пишет|заявили|подчеркнули|говорится в (?:сообщении|пресс-релизе)|по данным|со ссылкой на|в пресс-службе|пресс-служба|(?:рассказали|сообщили|уточнили|пояснили) в)\s+)$/iu;
const isReporter = (s: SentenceInfo, start: number): boolean => REPORTED_BY_RE.test(s.text.slice(Math.max(0, start - 40), start));
const contextNames = (p: SentenceInfo): string[] => p.orgs.filter((o) => !isReporter(p, o.start)).map((o) => o.name);

// "Как сообщило Министерство финансов Грузии, Германия предоставит ...", "Как передает пресс-служба Жогорку-Кенеша, ...": a
// leading attribution names the source, not a party (civil.ge, kyrtag.kg; a trailing "сообщила пресс-служба X" may be one).
const LEADING_SOURCE_RE = /^(?:\p{L}+\s+){0,2}?Как\s+(?:сообщил\p{L}*|сообщает|передал\p{L}*|передает|передаёт|пишет|отмечает|заявил\p{L}*)\s+[^,]{2,120},/u;

// "Общий объём инвестиций составит около 5 миллионов долларов США" two paragraphs after "руководитель компании Shouguang Honghao Feed
// Co., Ltd" (ru-c trend-20251024-uz-cn-fergana-logistics-plastics), "В перспективе объем инвестиций в завод намерены увеличить до 11 млн
// манатов" after "завод построило ... «Elektrogas»" (dev-ru massa-nodate-az-cn-elektrogas-combi-plant): the total of the investment is the
// investment of the company the article is about, as far back as a pointer reaches.
// Not a country's investment at large: "Лишь за прошлый год объем инвестиций перешагнул отметку в 10 млрд" (ru-b aktualno-…).
const TOTAL_OF_PROJECT_RE = new RegExp(`(?<!\\p{L})(?:(?:общ|совокупн)\\p{L}*\\s+объ[её]м\\p{L}*\\s+инвестиций|объ[её]м\\p{L}*\\s+инвестиций\\s+в\\s+(?:\\p{L}+\\s+)?${stems(RU_OBJECT_NOUNS)})`, 'iu');

function orgsFor(c: Candidate, all: readonly SentenceInfo[], ctx: ArticleContext): string[] {
  const s = c.sentence;
  const source = LEADING_SOURCE_RE.exec(s.text)?.[0].length ?? 0;
  const own = [...new Set(s.orgs.filter((o) => o.start >= source).map((o) => o.name))];
  if (c.type === 'trade') return own;
  if (own.length > 0 && !/^(?:\p{L}+\s+){0,2}?(?:стороны|документ)/iu.test(s.text)) return own;
  const back = pointsBack(s.text) || TOTAL_OF_PROJECT_RE.test(s.text);
  const reach = back ? POINTS_BACK_SENTENCES : CONTEXT_SENTENCES;
  for (let i = s.index - 1; i >= Math.max(0, s.index - reach); i--) {
    const p = all[i];
    const names = p && p.basis === s.basis ? contextNames(p) : [];
    if (!p || names.length === 0) continue;
    if (!back && p.paragraph !== s.paragraph && i !== s.index - 1) continue;
    return [...new Set([...own, ...names])];
  }
  if (own.length === 0 && ctx.lender && (c.type === 'financing' || c.type === 'agreement' || c.type === 'project')) return [ctx.lender.name];
  return own;
}

function countriesFor(c: Candidate, all: readonly SentenceInfo[], ctx: ArticleContext, organizations: readonly string[]): string[] {
  const s = c.sentence;
  let own = [...s.countries];
  // "Из этой суммы на экспорт пришлось ...": parts of a total stated just before have the total's parties.
  if (own.length === 0 && c.amount && PART_OF_TOTAL_RE.test(s.text)) {
    const total = all.slice(Math.max(0, s.index - CONTEXT_SENTENCES), s.index).reverse().find((p) => p.amounts.length > 0);
    if (total && total.countries.length > 0) own = [...new Set([...total.countries, ...(ctx.home ? [ctx.home] : [])])];
  }
  const index = c.amount ? s.amounts.indexOf(c.amount) : -1;
  const mentions = s.countryMentions.map((m) => ({ key: m.code, start: m.start, end: m.end }));
  const owners = index >= 0 ? (ownersOfAmounts(s.amounts, mentions, /(?<!\p{L})соответственно(?!\p{L})/iu.test(s.text), s.text) ?? ownersByItem(s.amounts, mentions, s.text)) : null;
  if (owners) own = partiesOfAmount(index, owners, own);
  if (own.length >= 2) return own;
  // "Турция (842 миллиона долларов), Казахстан (...)": each item's partner and the home country.
  return rankedItemCountries(own, owners !== null, ctx.home) ?? multilateralFactCountries(own, ctx.main, organizations) ?? [...new Set([...own, ...ctx.main])];
}

/** The clause of a sum, so "против 2 млрд в 2017-м" and "поднять до 3 млрд" keep their own verbs. */
function clauseText(s: SentenceInfo, c: Candidate): string {
  if (!c.amount) return s.text;
  let from = 0;
  let to = s.text.length;
  for (const m of s.text.matchAll(RU_CLAUSE_END_RE)) {
    if (m.index + m[0].length <= c.amount.start) from = m.index + m[0].length;
    else if (m.index >= c.amount.end) {
      to = m.index;
      break;
    }
  }
  return s.text.slice(from, to);
}

function draftOf(c: Candidate, id: number, all: readonly SentenceInfo[], ctx: ArticleContext, aliases: ReadonlyMap<string, string>): Draft {
  const s = c.sentence;
  const a = c.amount;
  const amount = a ? { value: a.value, currency: localCurrency(a, ctx.home, ctx.main, s.text), qualifier: a.qualifier, text: a.text, ...(a.min !== undefined ? { min: a.min } : {}), ...(a.converted ? { converted: a.converted } : {}) } : null;
  const orgs = orgsFor(c, all, ctx);
  const index = a ? s.amounts.indexOf(a) : -1;
  const orgOwners = index >= 0 ? ownersOfAmounts(s.amounts, s.orgs.map((o) => ({ key: o.name, start: o.start, end: o.end })), false, s.text) : null;
  const organizations = [...new Set((orgOwners ? partiesOfAmount(index, orgOwners, orgs) : orgs).map((o) => canonicalOrganization(o, aliases)))];
  const fact: ExtractedFact = {
    type: c.type,
    status: c.status ?? ruStatusOf(c.type, clauseText(s, c)) ?? ruStatusOf(c.type, s.text),
    amount,
    countries: countriesFor(c, all, ctx, organizations),
    organizations,
    people: [],
    sector: sectorOf(s.text),
    location: null,
    period: /(?<!\d)(?:19|20)\d\d(?:[-–](?:19|20)?\d\d)?(?!\d)/u.exec(s.text)?.[0] ?? null,
    evidence: s.text,
    confidence: c.confidence,
    rule: c.rule,
    basis: s.basis,
    extractor: 'rules',
  };
  return { id, fact, sentence: s };
}

const SECTORS = RU_SECTORS.map(([sector, words]) => [sector, new RegExp(stems(words), 'iu')] as const);
/** The first sector a Russian sentence names (sector.ts for English). */
const sectorOf = (text: string): string | null => SECTORS.find(([, re]) => re.test(text))?.[0] ?? null;

// "Avesta.Tj | 02.10.2013 |", "Как ранее писал Economist.kg": an outlet's name is its byline, not a party.
const OUTLET_NAME_RE = /^[\p{L}\d-]+\.(?:[a-z]{2,4})$/iu;
// "Avesta.Tj | 02.10.2013": the splitter cuts a byline's domain into a sentence of its own; a two-letter name that is no
// abbreviation is such a piece.
const isOutletPart = (text: string, o: OrganizationMention): boolean =>
  NEWS_AGENCIES.has(o.name) || (o.name.length <= 2 && o.name !== o.name.toUpperCase()) || OUTLET_NAME_RE.test(o.name) || (text[o.start - 1] === '.' && /\p{L}/u.test(text[o.start - 2] ?? '')) || /^\.\p{L}/u.test(text.slice(o.end));
// "на заседании постоянной парламентской Комиссии по финансово-кредитным и бюджетным вопросам Национального Собрания" (ru-d
// lraber-nodate-am-dram-devaluation, ru-e armedia-nodate-am-ibrd-roads-loan): a legislature's committee is where a deal is discussed
// or ratified, not a party to it.
const LEGISLATURE_RE = /(?<!\p{L})(?:парламент\p{L}*|депутат\p{L}*|Национальн\p{L}* Собрани\p{L}*|Жогорку[ -]Кенеш\p{L}*|Мажилис\p{L}*|Сенат\p{L}*|Милли Меджлис\p{L}*|Олий Мажлис\p{L}*|Госдум\p{L}*|Хурал\p{L}*)/u;
const isLegislatureCommittee = (text: string, o: OrganizationMention): boolean =>
  /^(?:Комисси|Комитет)/iu.test(o.name) && LEGISLATURE_RE.test(text.slice(Math.max(0, o.start - 60), Math.min(text.length, o.end + 120)));
const partyOrganizations = (text: string): OrganizationMention[] => findOrganizationsRu(text).filter((o) => !isOutletPart(text, o) && !isLegislatureCommittee(text, o));

/** Russian: the same runner, rule records and passes as English, with Russian normalisers, rules and context. */
export const RUSSIAN: LanguageKit = {
  language: 'ru',
  findAmounts: findAmountsRu,
  partyCountries: partyCountriesRu,
  findOrganizations: partyOrganizations,
  bareAmounts: bareAmountsRu,
  articleContext: ruArticleContext,
  sentenceEnv: ruSentenceEnv,
  rules: RU_SENTENCE_RULES,
  resolveDrafts: (candidates, all, ctx) => {
    const aliases = buildAliasMapRu(all.flatMap((s) => s.orgs));
    return candidates.map((c, i) => draftOf(c, i, all, ctx, aliases));
  },
  passes: RU_ARTICLE_PASSES,
};
