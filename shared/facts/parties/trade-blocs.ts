import type { OrganizationMention } from './organizations.js';
import { TRADE_WORD_RE as ENGLISH_TRADE_WORD_RE } from '../rules/amount-context.js';

/**
 * Trade blocs named as the partner of a country's trade. A bloc is no party elsewhere (a summit's host, a membership,
 * "integration within the EAEU"), but trade "with CIS countries" or «со странами-членами ОТГ» is trade with the bloc,
 * and annotators name it (real-t centralasianlight-20231221-tm-cis-trade, real-t messenger-20090203-ge-tr-az-ua-trade-
 * partners, ru-x trend-20251010-az-ots-trade-eight-months, ru-u sputnikam-20220827-am-ir-export-target).
 * `en` and `ru` are the nominative full names; `forms` match any case of the full name in either language.
 */
interface TradeBloc {
  en: string;
  abbr: readonly string[];
  ru: string;
  ruAbbr: readonly string[];
  forms: readonly string[];
}

const BLOCS: readonly TradeBloc[] = [
  {
    en: 'Commonwealth of Independent States',
    abbr: ['CIS'],
    ru: 'Содружество Независимых Государств',
    ruAbbr: ['СНГ'],
    forms: ['Commonwealth of Independent States', 'Содружеств\\p{L}* [Нн]езависимых [Гг]осударств'],
  },
  {
    en: 'Eurasian Economic Union',
    abbr: ['EAEU', 'EEU'],
    ru: 'Евразийский экономический союз',
    ruAbbr: ['ЕАЭС'],
    forms: ['Eurasian Economic Union', 'Евразийск\\p{L}* экономическ\\p{L}* союз\\p{L}*'],
  },
  {
    en: 'Organization of Turkic States',
    abbr: ['OTS'],
    ru: 'Организация тюркских государств',
    ruAbbr: ['ОТГ'],
    forms: ['Organi[sz]ation of Turkic States', 'Организаци\\p{L}* [Тт]юркских [Гг]осударств'],
  },
  {
    en: 'Shanghai Cooperation Organisation',
    abbr: ['SCO'],
    ru: 'Шанхайская организация сотрудничества',
    ruAbbr: ['ШОС'],
    forms: ['Shanghai Cooperation Organi[sz]ation', 'Шанхайск\\p{L}* [Оо]рганизаци\\p{L}* сотрудничества'],
  },
  { en: 'Gulf Cooperation Council', abbr: ['GCC'], ru: 'Совет сотрудничества арабских государств Персидского залива', ruAbbr: ['ССАГПЗ'], forms: ['Gulf Cooperation Council'] },
];

const abbrs = BLOCS.flatMap((b) => [...b.abbr, ...b.ruAbbr]);
// A cheap first test: an abbreviation or the first word of a full name ("Commonwealth", «Евразийск»). Most sentences name
// no bloc, and BLOC_RE's inflected forms are slow to try at every word.
const BLOC_HINT_RE = new RegExp([...abbrs, ...BLOCS.flatMap((b) => b.forms.map((f) => /^\p{L}+/u.exec(f)?.[0] ?? f))].join('|'), 'u');
const BLOC_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:(${BLOCS.flatMap((b) => b.forms).join('|')})(?:\\s+\\((${abbrs.join('|')})\\))?|(${abbrs.join('|')}))(?![\\p{L}\\p{N}])`, 'gu');

// The bloc is the partner: "trade with CIS countries", "exports to the OTS member states", "with member countries of the
// Organization of Turkic States", «со странами-членами ОТГ», «со странами - членами Организации тюркских государств».
const PARTNER_BEFORE_RE =
  /(?:\b(?:with|to|from|between)\s+(?:the\s+)?(?:(?:member\s+)?(?:countries|states|nations)\s+of\s+(?:the\s+)?)?|(?<!\p{L})(?:со?|между|из|в)\s+(?:стран\p{L}*(?:\s*[-–—]\s*|\s+)?(?:член\p{L}*\s+)?)?)$/iu;
// The bloc's own trade: «оборот ЕАЭС с Ираном», "the EAEU's trade with Iran".
const TRADE_BEFORE_RE = /(?<!\p{L})(?:товарооборот|оборот|торговл\p{L}*|экспорт\p{L}*|импорт\p{L}*)\s+$/iu;
const TRADE_AFTER_RE = /^['’]s\s+(?:[\w-]+\s+){0,2}(?:trade|turnover|exports|imports)\b/i;
// The English trade words, and the Russian stems (bare «оборот» too: «оборот ЕАЭС с Ираном»).
const TRADE_WORD_RE = new RegExp(`${ENGLISH_TRADE_WORD_RE.source}|(?<!\\p{L})(?:товарооборот|оборот|торгов|экспорт|импорт)\\p{L}*`, 'iu');

/** Each bloc with its full names' forms compiled once, to tell which bloc a match of BLOC_RE names. */
const WHOLE_FORMS = BLOCS.map((b) => ({ bloc: b, re: new RegExp(`^(?:${b.forms.join('|')})$`, 'u') }));
function blocOf(written: string): TradeBloc | undefined {
  return BLOCS.find((b) => b.abbr.includes(written) || b.ruAbbr.includes(written)) ?? WHOLE_FORMS.find((f) => f.re.test(written))?.bloc;
}

/**
 * The trade blocs a sentence about trade names as a partner, as organisations: the nominative full name with the
 * abbreviation the text gives ("Commonwealth of Independent States (CIS)", «Организация тюркских государств (ОТГ)»),
 * or the abbreviation alone as written ("CIS", «ЕАЭС»).
 */
export function tradeBlocPartners(text: string): OrganizationMention[] {
  if (!BLOC_HINT_RE.test(text) || !TRADE_WORD_RE.test(text)) return [];
  const out: OrganizationMention[] = [];
  for (const m of text.matchAll(BLOC_RE)) {
    const before = text.slice(Math.max(0, m.index - 45), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
    if (!PARTNER_BEFORE_RE.test(before) && !TRADE_BEFORE_RE.test(before) && !TRADE_AFTER_RE.test(after)) continue;
    const bloc = blocOf(m[1] ?? m[3] ?? '');
    if (!bloc) continue;
    const cyrillic = /\p{Script=Cyrillic}/u.test(m[0]);
    const full = cyrillic ? bloc.ru : bloc.en;
    const name = m[1] ? (m[2] ? `${full} (${m[2]})` : full) : (m[3] ?? '');
    out.push({ name, start: m.index, end: m.index + m[0].length, rule: 'org-trade-bloc', ifi: false });
  }
  return out;
}
