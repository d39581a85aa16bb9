import { KNOWN_ORGANIZATIONS, NEWS_AGENCIES } from '../../parties/known-organizations.js';
import { NEWS_AGENCIES_RU } from '../../parties/known-organizations-ru.js';
import { findKnownRu } from '../../parties/known-names-ru.js';
import type { OrganizationMention } from './organizations.js';
import { tradeBlocPartners } from './trade-blocs.js';
import { ACRONYM_STOPLIST } from './organization-words.js';
import { COMPANY_NOUN_FORMS, HEAD_FORMS, institutionAt, withAbbreviation, type Word } from './institution-names-ru.js';
import { RU_ACRONYM_STOPLIST, RU_DATA_SOURCE_BEFORE_RE, RU_LATIN_NOT_NAMES, RU_LEGAL_FORMS, RU_NOT_ORGANIZATIONS, RU_REPORTER_NAME_RE, RU_SOURCE_CUE_RE } from './organization-words-ru.js';

const NOT_ORGANIZATIONS = new Set(RU_NOT_ORGANIZATIONS.map((n) => n.toLowerCase()));
const AGENCIES = new Set([...NEWS_AGENCIES, ...NEWS_AGENCIES_RU].map((n) => n.toLowerCase()));
const IFI_LATIN = new Set(KNOWN_ORGANIZATIONS.filter((o) => o.ifi).flatMap((o) => o.names.map((n) => n.toLowerCase())));

// A name with a quoted name inside: «Дорожное строительство «Альтком»», often with the outer close dropped (ru-h
// ostro-nodate-tm-ua-altkom-airport), «Завод «Уралмаш»».
const QUOTED = '«([^«»\\n]{2,60}«[^«»\\n]{2,60}»)»?|«([^«»\\n]{2,80})»|"([^"\\n]{2,80})"|„([^“”\\n]{2,80})[“”]|“([^”\\n]{2,80})”';
/** How many capture groups QUOTED has: a match in one of them is a quoted name. */
const QUOTED_GROUPS = 5;
// A Latin-script name: capitalised Latin words ("CG Foods Central Asia", "Elektrogas") and a legal tail.
// Abbreviated legal words keep their dot inside a name ("Power Equipment Co. Ltd").
const LATIN_WORD = "(?:Co\\.|Ltd\\.|Inc\\.|Corp\\.|(?=\\p{Script=Latin})\\p{Lu}[\\p{Script=Latin}\\p{N}&'’-]*(?:\\.(?=\\p{Script=Latin}))?[\\p{Script=Latin}\\p{N}&'’-]*)";
const LATIN_TAIL = '(?:,?[ \\t]+(?:Co\\.,?[ \\t]*Ltd\\.?|Co\\.?|Ltd\\.?|LLC|LLP|JSC|OJSC|CJSC|PJSC|PLC|Inc\\.?|AG|GmbH|S\\.A\\.|A\\.Ş\\.|Limited))*';
const LATIN_NAME = `${LATIN_WORD}(?:(?:[ \\t]+(?:of|and|for|de|&|the)[ \\t]+|[ \\t]+)${LATIN_WORD})*${LATIN_TAIL}`;

// Matched at a word already found (a legal form, a company noun): sticky, so the text is walked once.
// «банк ВТБ»: Cyrillic capitals name a company too, unless they name a country or a plant (RU_ACRONYM_STOPLIST).
const CYRILLIC_ACRONYM = '[А-ЯЁ]{2}[А-ЯЁ\\d-]*(?![\\p{L}\\d])';
const NAME_AFTER_RE = new RegExp(`(?:[ \\t]+с ограниченной ответственностью)?[ \\t]+(?:${QUOTED}|(${LATIN_NAME})|(${CYRILLIC_ACRONYM}))`, 'uy');
// «компании «Узбекнефтегаз» и «Узтрансгаз»»: a quoted name coordinated with the one before.
const NEXT_QUOTED_RE = new RegExp(`(?:[ \\t]*,[ \\t]*|[ \\t]+и[ \\t]+)(?:${QUOTED})`, 'uy');
// Not glued to a word by a hyphen: «IT-парк», «COVID-19» are no names.
const LATIN_RE = new RegExp(`(?<![\\p{L}\\p{N}.@/-])${LATIN_NAME}(?![\\p{L}\\p{N}-])`, 'gu');
const WORD_RE = /[\p{L}\d][\p{L}\d-]*/gu;
const LEGAL_FORMS = new Set(RU_LEGAL_FORMS);

// «Российско-Кыргызский фонд развития», «Банк реконструкции и развития»: a development bank or fund by its name,
// whose money is financing (FACTS.md) even when the table does not know it.
const DEVELOPMENT_BODY_RE = /(?:^|\s)(?:[Бб]анк|[Фф]онд)\s+(?:развития|реконструкции и развития)(?:\s|$)/u;

type Add = (name: string, start: number, end: number, rule: string, ifi?: boolean) => void;

/** The quoted or Latin name right after `end` («компанией «Ardabil Petrochemical Co»», «ТОО Green Land Alatau»). */
function nameAfter(text: string, end: number): { name: string; start: number; end: number; quoted: boolean } | null {
  NAME_AFTER_RE.lastIndex = end;
  const m = NAME_AFTER_RE.exec(text);
  if (!m) return null;
  const groups = m.slice(1);
  const name = groups.find((g) => g !== undefined) ?? '';
  if (RU_ACRONYM_STOPLIST.has(name)) return null;
  const at = m.index + m[0].lastIndexOf(name);
  return { name, start: at, end: m.index + m[0].length, quoted: groups.slice(0, QUOTED_GROUPS).some((g) => g !== undefined) };
}

/**
 * One walk over the words: a legal form or a company noun with the name after it, else an
 * institution by its head noun.
 */
function findByWords(text: string, add: Add): void {
  const words: Word[] = [...text.matchAll(WORD_RE)].map((m) => ({ w: m[0], start: m.index, end: m.index + m[0].length }));
  for (const [i, word] of words.entries()) {
    const lower = word.w.toLowerCase();
    if (LEGAL_FORMS.has(word.w)) {
      const named = nameAfter(text, word.end);
      if (named) add(text.slice(word.start, named.end), word.start, named.end, 'org-ru-legal-form');
      continue;
    }
    // «компания «Elektrogas»», «концерн CNPC»: the name that follows is the organisation, not the noun.
    const named = COMPANY_NOUN_FORMS.has(lower) ? nameAfter(text, word.end) : null;
    if (named) {
      // «компания China Energy Engineering Corporation (CEEC)»: the abbreviation after a Latin name is the same party.
      const paired = named.quoted ? { name: named.name, end: named.start + named.name.length } : withAbbreviation(text, named.name, named.start + named.name.length);
      add(paired.name, named.start, paired.end, 'org-ru-noun-name');
      for (let end = named.end, m; named.quoted && (NEXT_QUOTED_RE.lastIndex = end, m = NEXT_QUOTED_RE.exec(text)); end = m.index + m[0].length) {
        const next = m.slice(1).find((g) => g !== undefined) ?? '';
        const at = m.index + m[0].lastIndexOf(next);
        add(next, at, at + next.length, 'org-ru-noun-name');
      }
      continue;
    }
    const lemma = HEAD_FORMS.get(lower);
    const institution = lemma && !/^[ \t]*[«"„“]/.test(text.slice(word.end, word.end + 3)) ? institutionAt(text, words, i, lemma) : null;
    if (institution) add(institution.name, institution.start, institution.end, 'org-ru-head');
  }
}

/** A programme or a project named in Russian just before an abbreviation in brackets, with no organisation's head between. */
const PROGRAMME_BEFORE_RE = /(?<!\p{L})(?:программ|проект|стратеги|механизм)\p{L}*(?:\s+(?!(?:банк|фонд|агентств|компани|корпораци|министерств|организаци|ассоциаци)\p{L}*)[\p{L}-]+){0,6}\s*\($/iu;
/** A Latin name whose last word makes it a programme or a project. */
const LATIN_PROGRAMME_RE = /\s(?:Program(?:me)?|Project|Initiative|Window|Mandate|Strategy)$/;

/** A Cyrillic first and last name right before an opening bracket: the Latin name in it spells the person. */
const PERSON_BEFORE_BRACKET_RE = /(?<!\p{L})\p{Lu}\p{Ll}+[\s-]+(?:(?:аль|ал|ибн|бин|ван|фон|де)[\s-]+)?\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+)?\s*\($/u;

/** A person's name in Latin letters: two to four capitalised words, no acronym («Thomas Mirow», «Muhammad Al Jasser»). */
const PERSON_NAME_RE = /^\p{Lu}\p{Ll}+(?:[\s-]+\p{Lu}\p{Ll}+){1,3}$/u;

/** The source cue of RU_SOURCE_CUE_RE that is a dash alone, with no verb of reporting before it. */
const DASH_ONLY_RE = /(?<!(?:сообща\p{L}*|переда[её]т|передают|пиш\p{L}*|со ссылкой на|по данным|по информации|источник:?)\s*)[-—–]\s*[«"]?$/iu;

/** Latin-script names in Russian text, but not outlets named as sources, units or currency codes. */
function findLatin(text: string, add: Add): void {
  for (const m of text.matchAll(LATIN_RE)) {
    const name = m[0].replace(/[.,]$/, (p) => (/(?:Co|Ltd|Inc|S\.A)\.$/.test(m[0]) ? p : ''));
    // «сообщает Trend», «— Sputnik.»: an outlet named as the source. A dash alone credits a source only where the name ends the
    // credit: «(UzDaily.uz) — Ecofarm Global, компания из Южной Кореи, собирается ...» (ru-t uzdaily-nodate-uz-kr-ecofarm-namangan)
    // and «— компания POSCO-Daewoo возведет ...» open the lead with its subject.
    const before = text.slice(Math.max(0, m.index - 50), m.index);
    if (RU_SOURCE_CUE_RE.test(before) && (!DASH_ONLY_RE.test(before) || /^\s*(?:[.)]|$)/u.test(text.slice(m.index + name.length, m.index + name.length + 2)))) continue;
    if (RU_LATIN_NOT_NAMES.has(name) || /^\p{Lu}+-?\d+$/u.test(name)) continue;
    // «президент ЕБРР Томас Мироу (Thomas Mirow)», «Юргеном Ригтеринком (Jürgen Rigterink)»: a person's name in Latin letters after
    // its Cyrillic spelling (ru-za 1newsaz-20100317-az-ebrd-portfolio, ru-zn miit-nodate-uz-ebrd-sarimay-jankeldy-line, ru-zb fergana-
    // nodate-uz-isdb-three-loans) is no organisation.
    if (PERSON_NAME_RE.test(name) && PERSON_BEFORE_BRACKET_RE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    if (!name.includes(' ') && (ACRONYM_STOPLIST.has(name) || name.length < 2 || /^[IVXLC]+$/.test(name))) continue;
    // «Программа многотраншевого финансирования (MFF)», "Road Network Development Program": a programme or a project, spelled
    // out or abbreviated, is no party (ru-l 1news-20140331-az-adb-four-bridges; the English rule is NOT_A_PARTY_HEAD_RE).
    if (PROGRAMME_BEFORE_RE.test(text.slice(Math.max(0, m.index - 80), m.index)) || LATIN_PROGRAMME_RE.test(name)) continue;
    const paired = withAbbreviation(text, name, m.index + name.length);
    add(paired.name, m.index, paired.end, 'org-ru-latin');
  }
}

/** Keeps the longest of overlapping finds; of two alike, the one found first (the table before the shapes). */
function longestFirst(found: OrganizationMention[]): OrganizationMention[] {
  const kept: OrganizationMention[] = [];
  const order = found.map((f, i) => ({ f, i })).sort((a, b) => b.f.end - b.f.start - (a.f.end - a.f.start) || a.i - b.i);
  for (const { f } of order) if (!kept.some((k) => f.start < k.end && k.start < f.end)) kept.push(f);
  // «Евразийского банка развития Армении»: a longer name around a development bank is still the bank.
  for (const k of kept) k.ifi ||= found.some((f) => f.ifi && f.start >= k.start && f.end <= k.end);
  return kept.sort((a, b) => a.start - b.start);
}

// An outlet's credit opening the copy, with its country in brackets: «CentralAsia (UZ) - За время визита ...».
const CREDIT_RE = /^\s*([\p{L}.-]+(?: [\p{L}.-]+)?)\s*\([^()\n]{2,20}\)\s*[-–—]/u;

/** Where the text's opening credit to a known outlet ends (0 when it has none): nothing in it is a party. */
function outletCredit(text: string): number {
  const m = CREDIT_RE.exec(text);
  return m && AGENCIES.has((m[1] ?? '').toLowerCase()) ? m[0].length : 0;
}

/**
 * Every organisation named in Russian `text`, each given in the nominative: the table of well-known
 * organisations in any case («Азиатского банка развития (АБР)» → «Азиатский банк развития (АБР)»), legal
 * forms with quoted names (АО «Узбекнефтегаз»), quoted and Latin names after a company noun, institutions
 * by their head noun with their complements, and Latin-script names. Outlets named as sources,
 * governments, akimats and hokimiyats are not organisations (FACTS.md).
 * @example findOrganizationsRu('АО «Узбекнефтегаз» подписало').map((o) => o.name) // ['АО «Узбекнефтегаз»']
 */
export function findOrganizationsRu(text: string): OrganizationMention[] {
  const found: OrganizationMention[] = [];
  const add: Add = (name, start, end, rule, ifi) => {
    const bare = /^[«"„“].*[»"“”]$/.test(name) ? name.slice(1, -1).trim() : name.trim();
    if (bare.length < 2 || AGENCIES.has(bare.toLowerCase()) || NOT_ORGANIZATIONS.has(bare.toLowerCase()) || RU_REPORTER_NAME_RE.test(bare)) return;
    // «Согласно данным Государственного таможенного комитета», «по данным Национального банка»: the source of a figure. Not a
    // lender of the table: «по данным Азиатского банка развития (АБР), проект стоит ...» is the bank's own project.
    if (rule !== 'org-ru-known' && RU_DATA_SOURCE_BEFORE_RE.test(text.slice(Math.max(0, start - 30), start))) return;
    found.push({ name: bare, start, end, rule, ifi: ifi ?? (IFI_LATIN.has(bare.toLowerCase()) || DEVELOPMENT_BODY_RE.test(bare)) });
  };
  for (const k of findKnownRu(text)) {
    const named = withAbbreviation(text, k.name, k.end);
    add(named.name, k.start, named.end, 'org-ru-known', k.ifi);
  }
  findByWords(text, add);
  findLatin(text, add);
  // A bloc is no party, except as the partner of a country's trade (parties/trade-blocs.ts).
  found.push(...tradeBlocPartners(text));
  const credit = outletCredit(text);
  return longestFirst(found.filter((f) => f.start >= credit));
}
