import type { FactType } from '../../../schemas/fact.js';
import type { AmountMatch } from '../../money/parse-amount.js';
import { ownersByItem, ownersOfAmounts } from '../../amount-owners.js';
import { belowDealSize } from '../amount-facts.js';
import { RU_COUNT_WORDS, RU_DOCUMENT_NOUNS, RU_FINANCING_INSTRUMENTS, RU_OBJECT_NOUNS, RU_REPAYMENT_WORDS } from '../../vocabulary/ru.js';
import { stems } from '../../vocabulary/words.js';
import type { Candidate, SentenceInfo } from '../types.js';
import { signedOrListedAfterSigning } from './agreement.js';
import { IFI_ONLY_CUES, RU_AMOUNT_CUES, RU_CLAUSE_END_RE, RU_MADE_OBJECT_ALL_RE, RU_ONE_PARTY_RE, RU_WORLD_TRADE_RE, RU_LINKING_GAP_RE, RU_MADE_OBJECT_RE, RU_NOT_A_DEAL_RE, type RuCue } from './cues.js';

/** Told why a sum of the sentence makes no fact (extract --explain). */
export type RuAmountNote = (a: AmountMatch, reason: string) => void;

interface Hit {
  cue: RuCue;
  start: number;
  end: number;
}

/** How far either side of a sum price, prize and budget words are looked for. */
const NEAR_WINDOW = 30;
/** Cues after the sum count less than cues before it ("кредит на $5 млн" over "$5 млн на торговлю"). */
const AFTER_PENALTY = 1.5;
/** Verbs that name no instrument ("выделит", "направил") lose to any instrument nearby. */
const WEAK_PENALTY = 3;
/** Farther than this from every cue, a sum is not typed by the sentence's cues. */
const MAX_CUE_DISTANCE = 160;

// "кредитное соглашение", "соглашение о предоставлении кредита", "соглашение о займе", "грантовое соглашение":
// a loan agreement is an agreement and a financing fact (FACTS.md "Loans and grants").
// "Меморандум о взаимопонимании по сотрудничеству, призванный обеспечить финансирование в объеме €1 млрд" (centralasia.media).
// Letters exchanged on aid: «подписали обменное письмо о предоставлении финансовой помощи Китая в размере» (ru-ze azda-nodate-tj-cn-
// conference-hall-grant), «В обменных письмах между правительствами ..., ратифицированных накануне, 16 июня, речь идет о безвозмездной
// финансовой помощи Китая в размере» (ru-ze nmtj-20210617-tj-cn-dushanbe-kulma-road-grant).
const LOAN_AGREEMENT_RE =
  /(?<![\p{L}])(?:кредитн|грантов|заемн|заёмн)\p{L}* (?:соглашени|договор)|(?<![\p{L}])(?:соглашени|договор|меморандум)\p{L}*,? (?:[\p{L}-]+,? ){0,8}?(?:кредит|займ|за[её]м|грант|финансир|софинансир|безвозмездн)|(?<![\p{L}])обменн\p{L}* (?:письм|нот)\p{L}*[^.]{0,120}?(?:кредит|займ|за[её]м|грант|безвозмездн|финансов\p{L}* помощ)/iu;
// "В рамках новой стратегии партнерства ... Таджикистан получит от АБР $1,1 млрд" (report.az), "Согласно этому документу
// ... организация намерена предоставить $641 млн" (economist.kg): a lender's sum under a document is the document's value.
// "По первому документу МАР выделяет 63 млн", "Второй документ предусматривает, что МБРР предоставит 112 млн" (minfin.com.ua).
// A programme is a document only as a programme of partnership: "В рамках той же программы ... ЕС перечислил Армении" (ru-l ria24-…) is a donor's scheme.
const UNDER_DOCUMENT_RE = /^(?:\p{L}+\s+){0,3}?(?:(?:в рамках|согласно|по условиям|в соответствии с|по)\s+(?:\p{L}+\s+){0,2}?(?:документ|соглашени|договор|меморандум|стратеги|программ\p{L}*\s+(?:партн[её]рства|сотрудничества))|(?:первый|второй|третий|этот|данный|новый)\s+(?:документ|договор|соглашени\p{L}*)\s+предусматрива)/iu;
// "Китай выделит Таджикистану грант в 1,5 млрд юаней ... в рамках соглашения о ..." (stanradar): the document named after the
// sum, in its sentence, is the one the sum is given under.
const UNDER_DOCUMENT_AFTER_RE = /^[^.;]{0,120}?(?<!\p{L})в рамках\s+(?:[\p{L}-]+\s+){0,2}?(?:соглашени|договор|меморандум|стратеги(?:я|и|ю|ей)\s+партн)/iu;
// "договорились о предоставлении дополнительного кредита на 250 млн евро" (xinhua): agreeing to lend is the loan and its agreement.
const AGREED_LOAN_RE = /(?<![\p{L}])договорил\p{L}* о (?:предоставлении )?(?:[\p{L}-]+ ){0,2}(?:кредит|займ|за[её]м|грант)/iu;
// "180 млн евро из этой суммы", "40 миллионов долларов из этой суммы пойдут на ...", "из общего объема помощи": a part of the
// total just stated is of the total's kind (civil.ge, rufox, economist.kg).
// "Еще 130 млн евро потратят на ...", "а также еще 150 миллионов долларов на ...", "оставшиеся $17 млн": the next part of it.
// "Первоначальное финансирование в размере 100 млн.долларов ..., а вторая сумма на 30 млн.долларов" (ru-i montsame-nodate-mn-adb-air-
// quality-loans), "Вторую часть средств намечено получить от ..." (ru-i azatutyun-nodate-am-eib-vanadzor-road), "второй транш" (dev-ru
// sputnikam-20161206-am-efsd-loan-tranche): the second part of the money.
export const PART_OF_TOTAL_RE = /(?<!\p{L})(?:из (?:этой|данной|общей|указанной) (?:суммы|средств)|из этих средств|из общего объ[её]ма|из них|в том числе|ещ[её]|оставш\p{L}+|остальн\p{L}+|втор(?:ая|ую|ой) (?:сумм|част)\p{L}*)(?!\p{L})/iu;
// "на поддержку бюджета страны": a lender's money for a state's budget is a loan or a grant, not the state's own spending.
// "Евросоюз перевел в бюджет Грузии 26,2 млн евро" (ru-j b24-20111220-ge-eu-budget-support): a donor's transfer into a state's budget is the
// same support, where a lender is named (a company paying into the budget is a taxpayer).
const BUDGET_SUPPORT_RE = /поддержк\p{L}* (?:государственного |республиканского )?бюджет\p{L}*|бюджетн\p{L}* поддержк\p{L}*/giu;
const TRANSFER_TO_BUDGET_RE = /(?<!\p{L})(?:перечисл|перев[её]л|переведен)\p{L}*\s+(?:\p{L}+\s+){0,2}?в\s+(?:государственный\s+)?бюджет\p{L}*/giu;
// "китайская компания ..., которая выделила на модернизацию предприятия 360 млн долларов" (sngtoday): a company's money is investment.
const COMPANY_RE = /(?<![\p{L}])(?:компани|корпораци|концерн|холдинг|инвестор|предприниматели|бизнес)/iu;
// "подписали меморандум ... на 205 млн", "подписано 19 меморандумов на 1,7 млрд": a document priced by its signing.
// "Закон ратифицирует льготное кредитное соглашение на $87 млн" (ru-f economistkg-20250408-kg-adb-issyk-kul-road), "соглашение будет
// ратифицировано, Армения получит ... кредит на 13 млн. 400 тысяч евро" (ru-e armedia-nodate-am-ibrd-roads-loan): ratifying is signing's last step.
const SIGNING_RE = /(?<![\p{L}])(?:подпис|подпиш|заключ|скрепил|ратифицир)/iu;
/** A finite verb of signing or agreeing (not a participle: «в рамках подписанных соглашений реализуются проекты на ...»). */
const PROJECTS_SIGNED_RE = /(?<![\p{L}])(?:подписали|подписал|подписала|заключили|заключил|заключила|скрепили|условились|договорились)(?![\p{L}])/iu;
// "в строительство завода вложено", "вложить 648 млн долларов в выпуск установок": money put into one object made is its cost.
const INTO_MADE_OBJECT_AFTER_RE = /^\s*(?:\([^)]*\)\s*)?(?:\p{L}+\s+){0,2}?(?:в|на)\s+(?:строительств|выпуск|производств|возведени|сооружени|создани)/iu;
// "Еще 50 млн. долларов китайская сторона готова инвестировать в возведение цементного завода", "инвесторы из Китая намерены направить
// 20 миллионов долларов на запуск завода по выпуску подсолнечного масла" (ru-j chinatoday-20130205-kg-cn-investment-plans, twice), "Китай
// вложит 200 миллионов долларов в возведение промышленного городка" (ru-f newsasia-20150226-tj-cn-zarnisor-town): money an investor puts
// into making one object is that object's cost. Not "инвестировать в производство в России" (ru-i rbc-20180622-ru-kr-hyundai-spic): no object.
const INVESTED_INTO_MADE_OBJECT_RE = new RegExp(`(?<!\\p{L})(?:инвестир|инвестов|влож|вкладыва|направ)\\p{L}*\\s+(?:[^\\s,.;]+\\s+){0,5}?(?:в|на)\\s+(?:${RU_MADE_OBJECT_RE.source})`, 'iu');
// "В предприятие вложено 52 млн. долларов", "В предприятие будет вложено 14 млн манатов" (ru-v glassnews-20081226-az-glass-plant,
// ru-x checheninfo-nodate-az-ru-gaz-azermash-plant): money put into one object named by its noun, in the singular, is its cost,
// as "invested in a dry port" is in English. Not works at large («в производство», «в инфраструктуру»), nor several objects.
const ONE_OBJECT_NOUNS = RU_OBJECT_NOUNS.filter((n) => !/^(?:производств|инфраструктур|объект|систем|ирригационн)/u.test(n));
const INTO_ONE_OBJECT_RE = new RegExp(
  `(?<!\\p{L})[Вв]\\s+(?:\\p{L}+\\s+)?(?:${ONE_OBJECT_NOUNS.join('|')})\\p{L}*(?<![ыи]|ов|ей|ия|ам|ах)(?!\\p{L})\\s+(?:\\p{L}+\\s+){0,2}?(?:вложен|вложат|вложит|инвестирован|инвестиру)`,
  'u',
);
// An investor, not a state or a lender, as the one who puts money in.
const INVESTOR_RE = /(?<![\p{L}])(?:компани|корпораци|концерн|холдинг|инвестор|предприниматели|бизнес|(?:китайск|турецк|российск|корейск|японск|арабск|иностранн)\p{L}* сторон)/iu;
// "N проектов общей стоимостью": a count of projects is investment, or a development bank's lending.
const COUNTED_PROJECTS_RE = /(?<![\p{L}])(?:\d+|дв[аеу]|тр[иеё]|четыр\p{L}*|пят\p{L}*|шест\p{L}*|сем\p{L}*|восем\p{L}*|девят\p{L}*|десят\p{L}*|несколько|ряд)\s+(?:\p{L}+\s+)?(?:проект|инвестпроект)/iu;

// With no cue of its own, a sum after several projects or objects counted or made is their total (FACTS.md: "N projects totalling X" is
// investment): "турецкий бизнес осуществил более 300 строительных проектов за $3,5 млрд" (ru-r vestikavkaza-20260225-tr-az-ge-turkish-
// construction), "страны возведут предприятия на $3,3 млрд" (ru-b kursivuz-20230520-uz-cn-joint-projects), "В перечне проектов у нас около
// 80 позиций на сумму более 4 млрд евро" (ru-c expertkz-nodate-kz-de-kr-rau-interview).
const SEVERAL_MADE_RE = /(?<!\p{L})(?:возвед|постро|созда|откро|запуст)\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:предприятия|заводы|фабрики|объекты|производства|комплексы)\s+(?:на|за)\s*(?:сумму\s+)?(?:около|более|свыше|почти)?\s*$/iu;
const COUNTED_POSITIONS_RE = new RegExp(`${stems(RU_COUNT_WORDS)}\\s+(?:\\p{L}+\\s+)?(?:проект\\p{L}*|позици\\p{L}*)\\s+(?:\\p{L}+\\s+){0,2}?(?:на|за|общей стоимостью|стоимостью)\\s*(?:сумму\\s+)?(?:около|более|свыше|почти|порядка)?\\s*$`, 'iu');
function severalProjectsPriced(before: string, ifi: boolean): Array<{ type: FactType; rule: string }> | null {
  if (!SEVERAL_MADE_RE.test(before) && !COUNTED_POSITIONS_RE.test(before)) return null;
  return ifi ? [{ type: 'financing', rule: 'amount-ifi-projects' }] : [{ type: 'investment', rule: 'amount-investment-projects' }];
}

function hitsOf(s: SentenceInfo): Hit[] {
  // "Азиатский банк инфраструктурных инвестиций" is no investment cue: names are blanked first.
  let text = s.text;
  for (const o of s.orgs) text = text.slice(0, o.start) + ' '.repeat(Math.max(0, o.end - o.start)) + text.slice(o.end);
  const hits: Hit[] = [];
  for (const cue of RU_AMOUNT_CUES) for (const m of text.matchAll(cue.re)) hits.push({ cue, start: m.index, end: m.index + m[0].length });
  return hits;
}

// "кредитное и грантовое соглашение по проекту «Программа ... Кыргызской Республики – подпроекты городов ...» на общую сумму 18,6 млн евро"
// (ru-i eltr-nodate-kg-ebrd-water-loan-grant, ru-k bulak-20230516-kg-ebrd-water-loan-grant): a dash inside a quoted name ends no clause.
const QUOTED_NAME_RE = /«[^«»]*(?:«[^«»]*»[^«»]*)*»/gu;

/** The clause of `text` around [start, end): from the clause break before it to the one after, breaks inside «quoted names» aside. */
function clauseOf(text: string, start: number, end: number): { from: number; to: number } {
  let from = 0;
  let to = text.length;
  const quoted = [...text.matchAll(QUOTED_NAME_RE)].map((q) => [q.index, q.index + q[0].length] as const);
  for (const m of text.matchAll(RU_CLAUSE_END_RE)) {
    if (quoted.some(([qs, qe]) => m.index > qs && m.index < qe)) continue;
    if (m.index + m[0].length <= start) from = m.index + m[0].length;
    else if (m.index >= end) {
      to = m.index;
      break;
    }
  }
  return { from, to };
}

const firstType = (t: ReturnType<typeof typesOf>): FactType | null => (typeof t === 'string' ? null : (t.find((x) => x.type !== 'agreement') ?? t[0])?.type ?? null);

const clauseStart = (text: string, at: number): number => clauseOf(text, at, at).from;

/** How many letters of [from, to) the sentence's organisations take, less one word each. */
function orgLetters(s: SentenceInfo, from: number, to: number): number {
  return s.orgs.reduce((n, o) => n + Math.max(0, Math.min(o.end, to) - Math.max(o.start, from) - 1), 0);
}

// "«Кыргыз темир жолу» получит от Европейского банка реконструкции и развития (ЕБРР) 11 миллионов евро" (ru-q akchabar-20230424-kg-ebrd-
// ktzh-railway-loan), "Таджикистан получит от Евразийского банка развития (ЕАБР) кредит ..." : a lender's name between a cue and its sum
// counts as one word, as short as "от АБР" (ru-b kaspiy-20200525-az-adb-partnership-loans).
function distance(h: Hit, a: AmountMatch, s: SentenceInfo): number {
  const d = reach(h, a, s);
  return h.cue.weak ? d * WEAK_PENALTY + 1 : d;
}

/** How far a cue stands from a sum, with no penalty for a weak cue: what MAX_CUE_DISTANCE limits. */
function reach(h: Hit, a: AmountMatch, s: SentenceInfo): number {
  const text = s.text;
  return h.end <= a.start
    ? (RU_LINKING_GAP_RE.test(text.slice(h.end, a.start)) ? 0 : a.start - h.end - orgLetters(s, h.end, a.start))
    : h.start >= a.end ? (h.start - a.end - orgLetters(s, a.end, h.start)) * AFTER_PENALTY : 0;
}

/** The fact types one sum states, with the rule names (FACTS.md; a priced loan agreement is both). */
function typesOf(a: AmountMatch, s: SentenceInfo, hits: readonly Hit[], ifi: boolean, total: FactType | null = null, listedAfterSigning = false): Array<{ type: FactType; rule: string }> | string {
  if (!ifi) hits = hits.filter((h) => !IFI_ONLY_CUES.has(h.cue.name));
  const { from, to } = clauseOf(s.text, a.start, a.end);
  const clause = s.text.slice(from, to);
  const inClause = hits.filter((h) => h.start >= from && h.end <= to);
  if ((LOAN_AGREEMENT_RE.test(clause.slice(0, a.start - from)) && (SIGNING_RE.test(s.text) || listedAfterSigning)) || AGREED_LOAN_RE.test(clause.slice(0, a.start - from))) {
    return [{ type: 'agreement', rule: 'amount-loan-agreement' }, { type: 'financing', rule: 'amount-loan-agreement' }];
  }
  // A share of a priced project that a development lender gives is its financing, not a part of the cost: "программа в целом стоит
  // €73 млн, из них €30 млн — кредит" (ru-h regnum-20140514-am-eu-kfw-eib-water), "Кредитный банк реконструкции Германии выделяет
  // Грузии на него еще 100 млн евро" (ru-s georgiatimes-nodate-ge-ebrd-eib-black-sea-line).
  if (inClause.every((h) => h.cue.weak) && PART_OF_TOTAL_RE.test(s.text.slice(Math.max(0, a.start - 40), Math.min(s.text.length, a.end + 40))) && total && !(total === 'project' && ifi)) return [{ type: total, rule: `amount-part-of-${total}` }];
  // A value given right after signed documents is theirs, whatever trade they are for: «подписаны шесть контрактов на поставку
  // продукции общей стоимостью $26,6 млн» (ru-zg asiatimes-nodate-uz-tj-surkhandarya-khatlon-contracts), «подписано 127 двусторонних
  // документов, коммерческих документов, общая сумма которых – 67 миллиардов долларов» (ru-zp mir24-20180608-kz-cn-127-documents),
  // as "15 trade contracts worth US$165.2 million were signed" is in English.
  if (SIGNING_RE.test(s.text) && DOCUMENT_VALUE_BEFORE_RE.test(s.text.slice(Math.max(0, a.start - 160), a.start))) return [{ type: 'agreement', rule: 'amount-agreement-document' }];
  const ranked = (inClause.length ? inClause : hits).slice().sort((x, y) => distance(x, a, s) - distance(y, a, s));
  const best = ranked[0];
  // The weak penalty ranks cues; it does not push a verb that follows the sum as its predicate out of reach: "Еще $450 млн на реализацию
  // проектов в приоритетных отраслях экономики Таджикистана выделяет Исламский банк развития (ИБР)" (ru-i bomdod-20230513-tj-isdb-450m),
  // "из $102 млн., которые Азиатский фонд развития на безвозмездной основе предоставляет Таджикистану" (ru-p asiaplus-20090331-tj-adb-
  // anticrisis-grant). A weak verb far before a sum keeps its penalty: the sum may be a figure of its own ("этот показатель превышал").
  if (!best || (best.start >= a.end ? reach(best, a, s) : distance(best, a, s)) > MAX_CUE_DISTANCE) return severalProjectsPriced(s.text.slice(from, a.start), ifi) ?? 'no cue types it';
  // Only the document's first sum: "в том числе 10,7 млн евро в виде кредитов" after it is a part, not another document.
  if ((UNDER_DOCUMENT_RE.test(s.text.slice(0, a.start)) || UNDER_DOCUMENT_AFTER_RE.test(s.text.slice(a.end))) && inClause.some((h) => h.cue.type === 'financing') && s.amounts[0] === a) {
    return [{ type: 'agreement', rule: 'amount-under-document' }, { type: 'financing', rule: 'amount-under-document' }];
  }
  if (best.cue.type === 'agreement') {
    // "Заказ на $300 млн на возведение электростанции получила Sumitomo" (gundogar.org): a priced document that builds one
    // object prices the object too, as amount-priced-object does for English.
    RU_MADE_OBJECT_ALL_RE.lastIndex = 0;
    const objects = [...clause.matchAll(RU_MADE_OBJECT_ALL_RE)].length;
    return objects === 1 && !/(?<!\p{L})(?:и|а также)\s+\p{L}+\s+(?:завод|фабрик|комплекс|станци)/iu.test(clause)
      ? [{ type: 'agreement', rule: 'amount-agreement-document' }, { type: 'project', rule: 'amount-priced-object' }]
      : [{ type: 'agreement', rule: 'amount-agreement-document' }];
  }
  // An investor's money, with no instrument, put into making one object is that object's cost (INVESTED_INTO_MADE_OBJECT_RE).
  if ((best.cue.type === 'investment' || (best.cue.name === 'financing-provide' && !ifi && INVESTOR_RE.test(clause))) && !inClause.some((h) => h.cue.name === 'financing-instrument')
    && INVESTED_INTO_MADE_OBJECT_RE.test(clause) && !COUNTED_PROJECTS_RE.test(clause)) {
    return [{ type: 'project', rule: 'amount-invested-object' }];
  }
  // A giving verb with no instrument ("выделила", "направила") from a company, not a bank or a state, is its investment.
  if (best.cue.name === 'financing-provide' && !ifi && !inClause.some((h) => h.cue.name === 'financing-instrument') && COMPANY_RE.test(s.text.slice(0, a.start)) && s.orgs.length > 0) {
    return [{ type: 'investment', rule: 'amount-company-money' }];
  }
  if (best.cue.type === 'investment' || best.cue.type === 'project') {
    const before = s.text.slice(from, a.start);
    // "были подписаны соглашения по ряду инвестиционных проектов стоимостью 18 млрд" (kabar.kg): the signed documents' value.
    if (best.cue.name === 'investment-projects' && SIGNING_RE.test(before) && hits.some((h) => h.cue.type === 'agreement' && h.end <= a.start && h.start >= from)) {
      return [{ type: 'agreement', rule: 'amount-agreement-document' }];
    }
    // "стороны условились осуществить новые проекты на сумму более $25 млрд" (ru-b kursivuz-20230520-uz-cn-joint-projects), "турецкие
    // компании заключили подрядные проекты на 216 миллионов долларов" (ru-g atavatan-nodate-tm-tr-turkish-contractors), "стороны скрепили
    // подписями свыше двух десятков документов о совместных проектах стоимостью ..." (ru-t newsasia-20140822-uz-cn-six-billion-deals),
    // "Узбекистан и АБР подписали программу реализации 23 новых проектов общей стоимостью $3,6 млрд" (ru-j buzb-nodate-uz-adb-23-projects):
    // projects signed for or agreed on are the value of what was signed or agreed, and a lender's are its lending too.
    if (best.cue.name === 'investment-projects' && PROJECTS_SIGNED_RE.test(before)) {
      return ifi ? [{ type: 'financing', rule: 'amount-ifi-projects' }, { type: 'agreement', rule: 'amount-agreement-document' }] : [{ type: 'agreement', rule: 'amount-agreement-document' }];
    }
    // "два приоритетных проекта общей стоимостью": after 2-4 the plural reads as a singular, so the count decides.
    if (best.cue.name === 'investment-projects' || ((best.cue.type === 'investment' || best.cue.name === 'project-priced-object') && COUNTED_PROJECTS_RE.test(before))) {
      return ifi ? [{ type: 'financing', rule: 'amount-ifi-projects' }] : [{ type: 'investment', rule: 'amount-investment-projects' }];
    }
    // "В строительство завода вложено 2 млн", "собирается вложить 648 млн долларов в выпуск установок".
    if (best.cue.type === 'investment' && (INTO_MADE_OBJECT_AFTER_RE.test(s.text.slice(a.end, to)) || RU_MADE_OBJECT_RE.test(before) || INTO_ONE_OBJECT_RE.test(before))) return [{ type: 'project', rule: 'amount-invested-object' }];
    // "В 2020 году ЕБРР вложил 630 млн евро в 16 проектов" (ru-b apsny-20210203-ge-ebrd-president-visit), "ИБР уже вложил более 900 миллионов
    // долларов" (ru-r theasiatoday-nodate-tj-isdb-medina-projects), "ЕБРР намерен инвестировать 300 млн евро" (ru-p bizzone-nodate-ge-ebrd-
    // annual-plan): what a development bank puts in is its lending, whatever the verb (Russian annotators, unlike English ones, read it so).
    if (best.cue.type === 'investment' && ifi) return [{ type: 'financing', rule: 'amount-ifi-investment' }];
  }
  // "подписали контракт на строительство комплекса ... стоимостью 420 млн": the signed document is worth what its object costs.
  if (best.cue.name === 'project-priced-object' && SIGNING_RE.test(clause) && inClause.some((h) => h.cue.type === 'agreement' && h.end <= best.start)) {
    return [{ type: 'agreement', rule: 'amount-agreement-document' }, { type: 'project', rule: 'amount-priced-object' }];
  }
  return [{ type: best.cue.type, rule: `amount-${best.cue.name}` }];
}

// "Товарооборот ... прибавил 30%. Сегодня его объем превышает 30 миллиардов долларов." (mir24).
// Exports and imports each with its sum, in one sentence: a country's totals (a pair's would name the partner).
const EXPORTS_AND_IMPORTS_RE = /(?<!\p{L})экспорт\p{L}*[^.]*(?<!\p{L})импорт|(?<!\p{L})импорт\p{L}*[^.]*(?<!\p{L})экспорт/iu;
/** Words that name a pair of countries without naming them (as PAIR_WORDS_RE in English). */
const TRADE_PAIR_RE = /(?<!\p{L})(?:двух стран|обеих стран|между странами|двусторонн\p{L}*|взаимн\p{L}*|стран-партн\p{L}*|сторон)(?!\p{L})/iu;
// "По итогам года показатель способен превысить 5 млрд долларов" (ru-b sputnikuz-20180904-uz-cn-jizzakh-plants), "За десять лет
// показатель поднялся ... до 16 миллиардов долларов" (ru-g gazetan1-20260111-mn-cn-trade-16bn): the figure just named, as its subject.
// A bare target after a figure: "В перспективе две страны намерены выйти на показатель в $5 млрд" (ru-y eurasiaexpert-nodate-kz-uz-
// trade-doubled), "Главы государств поставили цель выйти на рубеж в 10 млрд долларов" (ru-zf steppenews-nodate-kz-uz-business-forum-trade).
// Words may stand between "показатель" and its verb, and the level may be reached already: "за 10 месяцев показатель увеличился почти на
// 33% и составил 19,7 млрд долларов" (ru-za elkz-20221129-kz-cn-trade-growth), "она выросла на 35% и вышла на внушительную отметку — $24,2
// млрд" (ru-q incomein-nodate-kz-cn-trade-ten-months). A pronoun as the subject of a level: "в 2025 году он превысил $3,1 миллиарда"
// after the turnover (ru-zl 24kg-20260210-kg-ru-trade-5bn-target), "В 2010 году он вырос до 860 млн долларов" (ru-zk finomenov-nodate-am-
// ru-investment-2-8bn), "в будущем он достигнет пяти миллиардов долларов" (ru-zc mir24-nodate-kz-tr-nazarbayev-ankara-visit), "довести их до
// $1млрд" (ru-zk tmvesti-20220713-tm-uz-trade-forum).
const POINTS_BACK_RE = /(?<!\p{L})(?:речь ид[её]т о сумме|эта сумма|этой суммы|данная сумма|сумма составит|сумма составила|эта цифра|его объ[её]м|их объ[её]м|этот показатель|данный показатель|показатель (?:способен|может|должен|достиг|составил|составит|превысил|превысит|поднялся)|показатель(?:\s+[\p{L}\d%,.]+){1,6}?\s+(?:составил|составит|составляет|превысил|превысит|достиг|достигнет|поднялся)|(?:выйти|вышел|вышла|вышли|выйдет|выйдут) на (?:\p{L}+\s+)?(?:показатель|рубеж|уровень|отметку)|(?:увеличить|довести|нарастить|поднять) (?:его|е[её]|их) до|(?:он|она|оно|они)(?:\s+\p{L}+){0,2}?\s+(?:превысил|превысит|вырос|выросла|выросло|выросли|достиг|достигла|достигло|достигли|достигнет|составил|составила|составило|составили|составит))(?!\p{L})/iu;

/**
 * True when the sentence's sums are a list of items, each with its own country: opening on it (amount-owners.ts ownersByItem) or
 * glued to it, "Турция (842 миллиона долларов), ... и Пакистан (122 миллиона долларов США)" (ownersOfAmounts).
 */
function partnerItems(s: SentenceInfo): boolean {
  const mentions = s.countryMentions.map((m) => ({ key: m.code, start: m.start, end: m.end }));
  return (ownersByItem(s.amounts, mentions, s.text) ?? ownersOfAmounts(s.amounts, mentions, false, s.text)) !== null;
}

const FOR_ITS_PART_RE = /(?<!\p{L})со своей стороны(?!\p{L})/giu;

// «показатель» is a statistic (a turnover, a stock of investment), never one project's cost: it points past a project cue.
const STATISTIC_POINTER_RE = /(?<!\p{L})показател\p{L}*/iu;

/** The type of the last cue of the sentence before, for a sum that points back to it (`pointer`: the pointing sentence's text). */
function previousSentenceTypes(prev: SentenceInfo, ifi: boolean, pointer = ''): Array<{ type: FactType; rule: string }> | null {
  const statistic = STATISTIC_POINTER_RE.test(pointer);
  const last = hitsOf(prev).filter((h) => h.cue.type !== 'agreement' && !(statistic && h.cue.type === 'project')).sort((x, y) => y.end - x.end)[0];
  if (!last) return null;
  const type: FactType = last.cue.type === 'investment' && ifi ? 'financing' : last.cue.type;
  return [{ type, rule: `amount-previous-sentence-${type}` }];
}

const DOCUMENT_NOUN_RE = new RegExp(stems(RU_DOCUMENT_NOUNS), 'iu');
/** Documents, up to six words, then their value: «контрактов на поставку продукции общей стоимостью», «документов, общая сумма которых –». */
const DOCUMENT_VALUE_BEFORE_RE = new RegExp(
  `(?:${stems(RU_DOCUMENT_NOUNS)}|(?<!\\p{L})документ)\\p{L}*(?:,?\\s+[^\\s.;,]+){0,6}?,?\\s+(?:общей\\s+)?(?:стоимостью|суммой|на\\s+(?:общую\\s+)?сумму|общая\\s+(?:сумма|стоимость)\\s+котор\\p{L}+(?:\\s+составляет)?\\s*[–—-]?)\\s*(?:(?:около|почти|более|свыше|порядка|примерно)\\s+)?$`,
  'iu',
);
const INSTRUMENT_RE = new RegExp(stems(RU_FINANCING_INSTRUMENTS), 'iu');

/**
 * "подписали соглашение о предоставлении гранта в 28,5 млн евро и льготного кредита в 170 млн евро" (ru-d civilge-nodate-ge-de-kfw-310m),
 * "договор о займе, по которому банк выделит кредит в 5,5 млн долларов и грант в 130 тысяч евро" (ru-h kavkazuzel-nodate-am-ebrd-metro-drainage):
 * one document with two instruments is one agreement, priced by its first sum; a document noun between the sums makes a second one. A part
 * "из которых" of the first sum is no second document either.
 */
function sameLoanDocument(text: string, a: AmountMatch, out: readonly Candidate[]): boolean {
  const first = out.find((c) => c.type === 'agreement' && c.rule === 'amount-loan-agreement' && c.amount);
  if (!first?.amount) return false;
  // "на общую сумму 18,6 млн евро, 10.6 млн из которых приходится на грант" (ru-i eltr-nodate-kg-ebrd-water-loan-grant): a part of the document's sum.
  if (/^\s*(?:\p{L}+\.?\s+){0,2}?из (?:которых|них)(?!\p{L})/iu.test(text.slice(a.end, a.end + 30))) return true;
  const between = text.slice(first.amount.end, a.start);
  // The document lists its instruments, each before its sum; "соглашение на $87 млн и $22.5 млн в форме гранта" (ru-f
  // economistkg-20250408-kg-adb-issyk-kul-road, after "ратифицированы соглашения") joins two documents' sums.
  return !DOCUMENT_NOUN_RE.test(between) && INSTRUMENT_RE.test(between);
}

// "подписали пятилетнее соглашение о партнерстве, по которому Фонд выделяет $500 млн" (ru-r oabroad-nodate-uz-opec-fund-partnership),
// "подписали дополнительный протокол, по которому сумма инвестиций ... повышается ... до 410 млн долларов США" (ru-p
// vb-nodate-kg-cn-fertilizer-plant-protocol), "был подписан документ, в котором закреплено намерение ... вложить 10 миллиардов
// долларов" (ru-q bukharanews-nodate-uz-sa-energy-deals): a signed document whose terms a relative clause gives is worth the
// clause's sum (the first that makes a fact), beside the money fact the sum makes (FACTS.md: an agreement carries its value).
const DOCUMENT_TERMS_RULE = 'amount-document-terms';
const DOCUMENT_TERMS_RE = new RegExp(
  `(?:${stems(RU_DOCUMENT_NOUNS)}|(?<!\\p{L})документ)\\p{L}*(?:\\s+[^\\s.;]+){0,8}?,?\\s+(?:по|в|согласно|по условиям|в соответствии с)\\s+котор\\p{L}+(?![^.;]*(?:${stems(RU_DOCUMENT_NOUNS)}))[^.;]*$`,
  'iu',
);

/** True when the sentence signs a document and the sum stands in the terms its relative clause gives (DOCUMENT_TERMS_RE). */
function inSignedTerms(s: SentenceInfo, a: AmountMatch): boolean {
  return SIGNING_RE.test(s.text) && DOCUMENT_TERMS_RE.test(s.text.slice(0, a.start));
}

/** The sentence gives a trade figure, or an investment stock with no document signed, whose earlier level a «с ... до» sum is. */
function earlierLevel(s: SentenceInfo, hits: readonly Hit[], prev: SentenceInfo | null): boolean {
  // "Товарооборот ... составил 16,5 млрд. За десять лет показатель поднялся с 1 миллиарда до 16 миллиардов" (ru-g gazetan1): the trade named before.
  const pointedTrade = prev !== null && POINTS_BACK_RE.test(s.text) && previousSentenceTypes(prev, false, s.text)?.[0]?.type === 'trade';
  return pointedTrade || hits.some((h) => h.cue.type === 'trade') || (hits.some((h) => h.cue.type === 'investment') && !SIGNING_RE.test(s.text));
}

/** A change word, a few words, then «на» right before a sum (see the change test in ruAmountCandidates). */
const RU_CHANGE_BEFORE_RE =
  /(?<!\p{L})(?:увелич|вырос|выросл|возрос|рост|прирост|сниз|снижен|сократ|сокращен|уменьш|упал|упа[вл]|подскоч|прибав)\p{L}*(?:[\s,]+(?!на(?!\p{L}))[\p{L}\d.,%-]+){0,5}?[\s,]+(?:или\s+)?на\s+(?:(?:около|почти|более|свыше|порядка|примерно|еще|ещё)\s+)?$/iu;
// "составил $1,9 миллиарда, то есть на $200 миллионов больше, чем в 2023 году", "что на 96,6 миллиона больше, чем за тот же период"
// (ru-zr interfax-20250927-tj-ru-trade-commission, ru-t trend-nodate-ge-tr-trade-jan-nov): «на» a sum «больше» or «меньше» than another period
// is the difference, not a level (as English "$200 million more than").
const BY_BEFORE_RE = /(?<!\p{L})на\s+(?:(?:около|почти|более|свыше|порядка|примерно|еще|ещё)\s+)?$/iu;
const MORE_OR_LESS_AFTER_RE = /^(?:\s+[\p{L}.]+){0,2}?\s+(?:больше|меньше)(?!\p{L})/iu;
function moreOrLessBy(text: string, a: AmountMatch): boolean {
  return BY_BEFORE_RE.test(text.slice(Math.max(0, a.start - 20), a.start)) && MORE_OR_LESS_AFTER_RE.test(text.slice(a.end, a.end + 30));
}
// "ежегодно выплачивало по этому кредиту не более 44 млн $", "обязан вернуть лишь 3% этой суммы, то есть $3,8 млн", "банки продлили сроки
// погашения кредитов на 16,4 трлн ($1.67 млрд)" (ru-f mbk-nodate-am-ru-loan-early-repayment, ru-s mir24-nodate-mn-ru-loan-request-refused, ru-zl
// kursivkz-20200415-uz-cb-inflation-forecast): money paid back on a loan, named just before the sum, is no loan given and no deal
// (vocabulary/ru.ts RU_REPAYMENT_WORDS).
const REPAYMENT_RE = new RegExp(`(?<!\\p{L})(?:${RU_REPAYMENT_WORDS.join('|')})(?!\\p{L})`, 'iu');
/** How far before a sum its repayment word may stand. */
const REPAYMENT_REACH = 50;
/** How far before a sum its change word may stand. */
const RU_CHANGE_REACH = 60;

/**
 * The Russian `amount` rule: each sum of the sentence typed by the nearest cue of its clause, as the English
 * one does (rules/amount-facts.ts). Sums too small for a deal, prizes, budgets and prices make no fact.
 */
export function ruAmountCandidates(s: SentenceInfo, ifi: boolean, prev: SentenceInfo | null, note?: RuAmountNote, earlier: readonly SentenceInfo[] = []): Candidate[] {
  if (s.amounts.length === 0) return [];
  const hits = hitsOf(s);
  const out: Candidate[] = [];
  // A sentence going through documents just signed names signed ones (rules/ru/agreement.ts).
  const listed = signedOrListedAfterSigning(s, prev ? [prev, ...earlier] : []);
  for (const a of s.amounts) {
    if (belowDealSize(a)) {
      note?.(a, 'below deal size');
      continue;
    }
    // Budget support blanked in the whole sentence first: a window may cut "бюджетную поддержку" to "бюджет".
    // After the sum, only up to the next "и ..." or comma: "инвестировала более 1,5 млрд долларов и заплатила налогов на 1,25 млрд" (ru-f
    // trend-nodate-ge-az-socar-georgia): the taxes are the next clause's.
    const blanked = s.text.replace(BUDGET_SUPPORT_RE, (m) => ' '.repeat(m.length)).replace(ifi ? TRANSFER_TO_BUDGET_RE : /$^/gu, (m) => `перечислил${' '.repeat(m.length - 10)}`);
    const after = blanked.slice(a.end, Math.min(s.text.length, a.end + NEAR_WINDOW));
    const near = blanked.slice(Math.max(0, a.start - NEAR_WINDOW), a.end) + after.slice(0, after.search(/,|\sи\s|$/u));
    if (RU_NOT_A_DEAL_RE.test(near)) {
      note?.(a, 'a prize, budget, price or one party\'s figure');
      continue;
    }
    // "Азербайджан, со своей стороны, инвестировал в российскую экономику ..." (ru-f musavat): "for its part" with a second country the
    // money goes to is that country's investment; "Правительство со своей стороны должно обеспечить софинансирование" (ru-a economistkg) is not.
    const ownMoney = (t: string): boolean => RU_ONE_PARTY_RE.test(s.countries.length >= 2 ? t.replace(FOR_ITS_PART_RE, ' ') : t);
    if (ownMoney(s.text.slice(clauseStart(s.text, a.start), a.start)) || ownMoney(s.text.slice(a.end, a.end + NEAR_WINDOW))) {
      note?.(a, 'one party\'s budget');
      continue;
    }
    if (REPAYMENT_RE.test(s.text.slice(Math.max(clauseStart(s.text, a.start), a.start - REPAYMENT_REACH), a.start))) {
      note?.(a, 'a repayment, not money given');
      continue;
    }
    // The kind of the total a part belongs to: an earlier sum of the sentence, else the first of the sentence before.
    // "180 млн евро из этой суммы ... . Деньги пойдут на ... . Еще 130 млн евро потратят на ..." (civil.ge): the nearest sentence
    // before with a sum, up to three back.
    const withSum = [prev, ...earlier].find((x): x is SentenceInfo => x !== null && x.amounts.length > 0);
    // "увеличил с $30 млн до $40 млн": the sum a change starts from is no longer the deal (a change, not a level; as English).
    // A trade figure or an investment stock that grew "с $1 млрд до $2 млрд" had that level in its earlier period, and it is a fact of
    // its own (ru-y eurasiaexpert-nodate-kz-uz-trade-doubled, ru-g gazetan1-20260111-mn-cn-trade-16bn, ru-n
    // 24kg-20260102-kg-cn-edb-chinese-fdi, ru-u sputnikam-20220827-am-ir-export-target), as English keeps "from $1 billion".
    if (/(?<!\p{L})с\s*$/iu.test(s.text.slice(Math.max(0, a.start - 4), a.start)) && /^\s*до\s/iu.test(s.text.slice(a.end, a.end + 5)) && !earlierLevel(s, hits, prev)) {
      note?.(a, 'a change, not a level');
      continue;
    }
    // "увеличившись на 458,2 млрд тугриков", "рост экспорта на 799,1 млрд", "товарооборот вырос на 20%, или на $150 млн": a sum
    // after a change word and «на» measures the change, not a level (as English "up by", measuresChange).
    if (RU_CHANGE_BEFORE_RE.test(s.text.slice(Math.max(0, a.start - RU_CHANGE_REACH), a.start)) || moreOrLessBy(s.text, a)) {
      note?.(a, 'a change, not a level');
      continue;
    }
    const total = out[0]?.type ?? (withSum?.amounts[0] ? firstType(typesOf(withSum.amounts[0], withSum, hitsOf(withSum), ifi)) : null);
    let types = typesOf(a, s, hits, ifi, total, listed);
    // "Экспорт за отчетный период ... составил 2,09 млрд долларов, а импорт ... 4,82 млрд" (civil.ge, rt.com): one country's
    // trade with the world, with no partner in the sentence, before it, or in words ("двух стран", "взаимн").
    // "Товарооборот с Турцией превысил $268 млн. Из этой суммы на экспорт пришлось ..., а на импорт ..." (ru-g etoday): the parts
    // of a pair's trade just stated have that pair.
    // The split into exports and imports right after a pair's turnover is that pair's: "товарооборот Киргизии и Казахстана достиг
    // $374 млн ... экспорт в общей сложности составил $178,4 млн, импорт - $196,5 млн" (ru-v regnum-20120822-kg-kz-trade-five-months),
    // as English does ("Exports amounted to ..., while imports came to ...").
    const partOfPairTrade = withSum !== undefined && total === 'trade' && (PART_OF_TOTAL_RE.test(s.text) ? withSum.countries.length >= 1 : withSum.countries.length >= 2);
    const partnerless = s.countries.length < 2 && EXPORTS_AND_IMPORTS_RE.test(s.text) && !TRADE_PAIR_RE.test(s.text) && !partOfPairTrade;
    if (typeof types !== 'string' && types.some((t) => t.type === 'trade') && partnerless) {
      note?.(a, 'trade with no partner named');
      continue;
    }
    // With one country only, the world phrase may follow the sum: «сальдо ... составило 2,73 миллиарда долларов, или 39,5%
    // внешнеторгового оборота» (ru-e civilge-nodate-ge-foreign-trade-jan-may-2022).
    const worldAround = s.text.slice(clauseStart(s.text, a.start), a.start) + (s.countries.length < 2 ? s.text.slice(a.end) : '');
    if (typeof types !== 'string' && types.some((t) => t.type === 'trade') && RU_WORLD_TRADE_RE.test(worldAround)) {
      note?.(a, 'trade with the world, not with a partner');
      continue;
    }
    // "Речь идет о сумме в 5 млн долларов", "Эта сумма ...": a sum with no cue of its own is the one the sentence before names.
    // The sentence before, else the nearest before it with a sum: "показатель" may follow a sentence about something else.
    if (typeof types === 'string' && prev && POINTS_BACK_RE.test(s.text)) types = previousSentenceTypes(prev, ifi, s.text) ?? (withSum ? previousSentenceTypes(withSum, ifi, s.text) : null) ?? types;
    // "товарооборот Азербайджана с Турцией ... до 3,4 млрд, ..., с Казахстаном увеличился в 3,8 раза до 517,1 млн" (ru-c dayaz):
    // the next item of a list of partners, each with its sum, is trade like the first, however far its cue stands.
    // "Кроме того, в Топ-10 вошли Турция (842 миллиона долларов), Казахстан (808 миллионов долларов), ..." (ru-j tafsilar-nodate-uz-top10-
    // export-partners), "За ФРГ ... следуют США (1,48 миллиарда долларов), Ирак (1,25 миллиарда долларов)" (lenta.ru/news/2022/09/30/tur):
    // partners ranked with their sums, right after the sentence of trade they continue, are trade too.
    if (typeof types === 'string' && (out.at(-1)?.type === 'trade' || (out.length === 0 && total === 'trade')) && partnerItems(s)) types = [{ type: 'trade', rule: 'amount-trade-partner-list' }];
    if (typeof types === 'string') {
      note?.(a, types);
      continue;
    }
    if (sameLoanDocument(s.text, a, out)) types = types.filter((t) => t.type !== 'agreement');
    if (!types.some((t) => t.type === 'agreement') && !out.some((c) => c.rule === DOCUMENT_TERMS_RULE) && inSignedTerms(s, a)) types = [{ type: 'agreement', rule: DOCUMENT_TERMS_RULE }, ...types];
    for (const t of types) out.push({ type: t.type, rule: t.rule, amount: a, sentence: s, confidence: 0.8 });
  }
  return out;
}
