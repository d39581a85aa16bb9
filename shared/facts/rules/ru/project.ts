import type { Candidate, SentenceInfo } from '../types.js';
import { RU_COUNT_WORDS, RU_MAKING_WORDS, RU_OBJECT_NOUNS, RU_SMALL_COUNTS } from '../../vocabulary/ru.js';
import { stems } from '../../vocabulary/words.js';
import { RU_CLAUSE_END_RE, RU_MADE_OBJECT_ALL_RE } from './cues.js';

const OBJECT_RE = new RegExp(stems(RU_OBJECT_NOUNS), 'iu');
// "завод построило совместное предприятие", "запущен в эксплуатацию завод": the object before or after a past verb.
// "системы водоснабжения будут реабилитированы" (ru-g ng-20121218-tj-ebrd-seco-water-supply), "будут реконструированы" (ru-g
// civilge-nodate-ge-eib-east-west-highway): works done to an object named before the verb.
const OBJECT_THEN_MADE_RE = new RegExp(`${stems(RU_OBJECT_NOUNS)}(?:\\s+[\\p{L}-]+){0,2}?\\s+(?:постро|возвед|запущ|запуст|открыл|открыт|введ[её]н|сдан|реконструир|реабилитир)\\p{L}*`, 'iu');
const MADE_RE = new RegExp(stems(RU_MAKING_WORDS), 'iu');
// "Средства на технико-экономическое обоснование (ТЭО) строительства ГЭС": a study of building is no object built.
// "проектирование и строительство комплекса" (ru-e vestiabad-20250920-tm-jp-tr-carbamide-complex; ru-b tendernews-20080130-tm-gb-bridges
// "на проектирование и возведение 28 мостов", ru-d turkmenistanlive-…): design and building is building.
const STUDY_OF_RE = /(?<!\p{L})(?:ТЭО|обосновани\p{L}*|исследовани\p{L}*|изучени\p{L}*|проектировани\p{L}*)(?:\s+\([^)]{1,20}\))?\s+(?:(?!и\s)\p{L}+\s+){0,1}(?:строительств|возведени|сооружени|создани)/iu;
// "По документу, строительство стартует в июле 2026 года, а запуск предприятия запланирован на ..." (ru-d turkmenistanlive-20250921-tm-
// jp-tr-carbamide-complex), "строительство планируется начать в июле 2026 года, а полностью ввести комплекс в эксплуатацию — в ..." (ru-e
// vestiabad-20250920-tm-jp-tr-carbamide-complex): building with no object of its own, then its dates, is the schedule of the project named before.
const SCHEDULE_RE = /(?<!\p{L})строительство\s+(?:стартует|начн[её]тся|начнут|планируется\s+(?:начать|завершить)|завершится)(?!\p{L})/iu;
/** Objects joined in a list: "строительство онкологического центра и завода по переработке нефтепродуктов". */
const LIST_JOIN_RE = /\s+и\s+|,\s+(?!котор)/u;

const KINDS_OPENER_RE = /^\s*(?:среди (?:которых|них)|так(?:ие|их),? как|в том числе)(?!\p{L})/iu;
/** A proper name in a list item: a capitalised word or a quoted one. */
const NAMED_RE = /[«"“]|\s\p{Lu}/u;

// "организовать выпуск базальта, построить гостиницу ...": a line of production named by its product is an object too.
const PRODUCTION_RE = /^(?:выпуск|производств)/iu;

/**
 * How many objects a list after a making word names: each part of "X, Y и Z" that holds an object noun, plus the
 * product of a production line the list opens on ("выпуск базальта").
 */
function objectsAfter(text: string, from: number, madeWord: string): number {
  let to = text.length;
  for (const m of text.matchAll(RU_CLAUSE_END_RE)) if (m.index > from) {
    to = m.index;
    break;
  }
  const parts = text.slice(from, to).split(LIST_JOIN_RE);
  // "построены крупные объекты инфраструктуры, среди которых электростанции, ... автомагистрали" (ru-g atavatan-nodate-tm-tr-
  // turkish-contractors), "обсудили ..., в том числе создание совместных предприятий" (ru-d asiaplus-20240201-tj-cn-conference-hall-
  // grant): after such an opener, bare kinds of object are examples, not projects; an item with its own making word or a name is one
  // ("в таких проектах, как строительство автомагистрали Север-Юг, модернизация ... и работа ... завода": ru-b bmge).
  const kindsFrom = parts.findIndex((p) => KINDS_OPENER_RE.test(p));
  const objects = parts.filter((p, i) => OBJECT_RE.test(p) && (kindsFrom < 0 || i < kindsFrom || MADE_RE.test(p.replace(KINDS_OPENER_RE, '')) || NAMED_RE.test(p.replace(KINDS_OPENER_RE, '')))).length;
  const production = PRODUCTION_RE.test(madeWord) && parts[0] !== undefined && !OBJECT_RE.test(parts[0]) ? 1 : 0;
  return Math.max(1, objects + production);
}

// "В их числе - комплекс по выпуску аммиака, карбамидный завод и полимерный комплекс ..." (kabar.kg), "Среди них ...": a list
// of objects after an opener that points to the projects just named.
const LIST_OPENER_RE = /^(?:\p{L}+\s+){0,2}?(?:в их числе|среди них|в том числе|к ним относятся|это)(?!\p{L})\s*[-–—:]?\s*/iu;

// "Прежде всего в индустриальной зоне построят газовую электростанцию мощностью 34 мегаватта", "стартует сооружение завода по переработке
// нефтяных катализаторов" (ru-f inform-20251010-kz-cn-wko-chinese-plants), "открыли завод по производству фруктово-ягодных наполнителей"
// (ru-c riamo-20251022-uz-ru-moscow-region-companies): an object named by its capacity or product is one concrete object, and the
// parties of the sentences just before are its own without a word pointing back. A bare "станцию построят" still needs one.
const SPECIFIED_OBJECT_RE = new RegExp(`${stems(RU_OBJECT_NOUNS)}(?:\\s+[\\p{L}-]+){0,2}?\\s+(?:мощностью|по\\s+(?:производству|выпуску|переработке))(?!\\p{L})`, 'iu');
/** How many sentences back a specified object looks for its parties. */
const SPECIFIED_PARTY_SENTENCES = 3;

/** A specified object (SPECIFIED_OBJECT_RE) in a sentence after one that names an organisation or two countries. */
export function specifiedObjectAfterParty(s: SentenceInfo, all: readonly SentenceInfo[]): boolean {
  if (!SPECIFIED_OBJECT_RE.test(s.text)) return false;
  return all.slice(Math.max(0, s.index - SPECIFIED_PARTY_SENTENCES), s.index).some((p) => p.basis === s.basis && (p.orgs.length > 0 || p.countries.length >= 2));
}

// "Теперь за счет средств EIB намечено отремонтировать 38-километровый участок Ванадзор-Алаверди" (ru-i azatutyun-nodate-am-eib-vanadzor-
// road), "Предполагается обновить примерно 106 км дороги от Дербента до Денау ..." two sentences after "Кредит ... АБР предоставит
// Узбекистану" (ru-i nova24-nodate-uz-adb-road-loan), "На кредит Европейского банка будут реконструированы два участка" (ru-g civilge-
// nodate-ge-eib-east-west-highway): in an article about a lender, works on an object right after the lender is named are its project.
const WORKS_RE = /(?<!\p{L})(?:реконструк|реконструир|ремонт|отремонтир|обнов|модерниз|реабилит)\p{L}*/iu;
/** How many sentences back the lender may be named. */
const LENDER_SENTENCES = 3;

/** Works on an object in a sentence with no party of its own, just after the article's lender is named (`lender`: it has one). */
export function lenderWorksAfter(s: SentenceInfo, all: readonly SentenceInfo[], lender: boolean): boolean {
  if (!lender || !WORKS_RE.test(s.text) || !OBJECT_RE.test(s.text)) return false;
  return all.slice(Math.max(0, s.index - LENDER_SENTENCES), s.index + 1).some((p) => p.basis === s.basis && p.orgs.some((o) => o.ifi));
}

// "Эти деньги пойдут на реконструкцию участка дороги ..., на ремонт объездной дороги ... и на реконструкцию пограничного участка" (ru-h
// asiaplus-nodate-tj-adb-road-grant), "Средства будут направлены на проект, нацеленный на модернизацию ирригационных систем, рост
// сельскохозяйственного производства и ..." (ru-a economistkg-20181129-kg-adb-irrigation-39m): the works one sum pays for are one project.
const MONEY_PURPOSE_RE = /(?<!\p{L})(?:деньги|средства)\s+(?:\p{L}+\s+){0,2}?(?:пойдут|будут\s+направлены|направят|направлены|предназначены|будут\s+использованы)\s+на(?!\p{L})/iu;

// "Кыргызстан предлагает компаниям из Китая открывать в стране предприятия" (ru-q 24kg-20260313-kg-minecon-chinese-firms), "заинтересован в
// том, чтобы ... создавать совместные промышленные предприятия" (ru-m eanews-nodate-kg-tr-trade-target-1bn), "обсудили возможные проекты
// строительства заводов" (ru-m vestiabad-nodate-tm-jp-balkan-kawasaki-plants), "собираются внести заметный вклад в строительство
// гидроэлектростанций и производственных линий" (ru-r aifturkey-20110219-ge-tr-paravani-hpp): a wish about kinds of object, in the plural,
// neither counted nor named, is sector talk, not a project (FACTS.md "Discussed items"). "собираются открыть в Казахстане 10 новых
// предприятий" and "направят на строительство двух новых заводов" are counted, and stay.
const WISH_RE = /(?<!\p{L})(?:надеет|надежд|заинтересован|предлага|возможн|могли бы|вклад)\p{L}*/iu;
const OBJECT_WORD_RE = new RegExp(`${stems(RU_OBJECT_NOUNS)}`, 'giu');
const ADJECTIVE_ENDING_RE = /(?:ых|ого|ому|ой|ые|ая|ое|ый|ую|ым|ыми)$/u;
const PLURAL_ENDING_RE = /(?:ы|и|ов|ей|ий|ия|ях|ам|ами)$/u;
const COUNT_BEFORE_RE = new RegExp(`${stems(RU_COUNT_WORDS)}(?:\\s+[\\p{L}-]+){0,2}\\s*$`, 'iu');

/** True when the sentence wishes for kinds of object only: every object noun plural, none counted, no name in the sentence. */
function wishedKindsOnly(text: string): boolean {
  // A name in quotes past the sentence's opening quote of speech.
  if (!WISH_RE.test(text) || /[«"“]/u.test(text.slice(1))) return false;
  // "производственных линий", "инфраструктурных проектов": an object stem as an adjective names no object.
  const objects = [...text.matchAll(OBJECT_WORD_RE)].filter((m) => !ADJECTIVE_ENDING_RE.test(m[0]));
  return objects.length > 0 && objects.every((m) => PLURAL_ENDING_RE.test(m[0]) && !COUNT_BEFORE_RE.test(text.slice(Math.max(0, m.index - 40), m.index)));
}

// "«Лукойл» ведет в Узбекистане три проекта: Кандым-Хаузак-Шады, разработку месторождений ..., а также геологоразведку ...", "уже успешно
// завершены два проекта – в Ташкентской и Сырдарьинской областях запущены ... электростанции" (ru-zf podrobno-nodate-uz-ru-lukoil-joint-
// projects, ru-s nuz-20230809-uz-tr-cengiz-holding): a small count of projects that a colon or dash goes on to list is that many projects,
// whatever the items are called. "для 9 проектов, среди которых ..." names only some of them, and stays with its items.
const COUNTED_PROJECTS_RE = new RegExp(`(?<!\\p{L})(${Object.keys(RU_SMALL_COUNTS).join('|')})\\s+(?:\\p{L}+\\s+){0,2}?проекта?(?:ов)?\\s*[:–—]`, 'iu');

/**
 * The Russian `project-made-object` rule: an object built, produced or launched with a party ("Документ
 * предусматривает строительство онкологического центра и завода", "открылась прядильная фабрика «...»"),
 * one candidate per object of a list.
 */
export function ruProjectCandidates(s: SentenceInfo, hasParty: boolean): Candidate[] {
  if (!hasParty || STUDY_OF_RE.test(s.text) || SCHEDULE_RE.test(s.text) || wishedKindsOnly(s.text)) return [];
  const counted = COUNTED_PROJECTS_RE.exec(s.text)?.[1]?.toLowerCase();
  if (counted) return Array.from({ length: RU_SMALL_COUNTS[counted] ?? 1 }, () => ({ type: 'project' as const, rule: 'project-make-object', amount: null, sentence: s, confidence: 0.6 }));
  const made = RU_MADE_OBJECT_ALL_RE.exec(s.text) ?? null;
  RU_MADE_OBJECT_ALL_RE.lastIndex = 0;
  const opener = made ? null : LIST_OPENER_RE.exec(s.text);
  const madeWord = made ? (MADE_RE.exec(made[0])?.[0] ?? '') : '';
  const count = made && MONEY_PURPOSE_RE.test(s.text.slice(0, made.index))
    ? 1
    : made
    ? objectsAfter(s.text, made.index + madeWord.length, madeWord)
    : opener && OBJECT_RE.test(s.text.slice(opener[0].length))
      ? objectsAfter(s.text, opener[0].length, '')
      : OBJECT_THEN_MADE_RE.test(s.text) ? 1 : 0;
  return Array.from({ length: count }, () => ({ type: 'project' as const, rule: 'project-make-object', amount: null, sentence: s, confidence: 0.6 }));
}

/**
 * The Russian `project-financed-object` rule: the object a loan or grant of the sentence pays for ("кредит
 * на $100 млн ... для проекта строительства электростанции", "$108 млн на электрификацию железной дороги"),
 * one per sum that names one.
 */
export function ruFinancedObjectCandidates(s: SentenceInfo, loans: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const sums = [...s.amounts].sort((a, b) => a.start - b.start);
  for (const loan of loans) {
    if (!loan.amount) continue;
    const next = sums.find((a) => a.start > loan.amount!.end);
    const after = s.text.slice(loan.amount.end, next ? next.start : s.text.length);
    RU_MADE_OBJECT_ALL_RE.lastIndex = 0;
    // "для проектов реконструкции дорог": projects in the plural are a purpose, not one object.
    if (/(?<!\p{L})(?:на|для)(?!\p{L})/u.test(after) && !/(?<!\p{L})проектов(?!\p{L})/iu.test(after) && RU_MADE_OBJECT_ALL_RE.test(after)) out.push({ type: 'project', rule: 'project-financed-object', amount: null, sentence: s, confidence: 0.6 });
    RU_MADE_OBJECT_ALL_RE.lastIndex = 0;
  }
  return out;
}
