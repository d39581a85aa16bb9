import type { FactType } from '../../../schemas/fact.js';
import {
  RU_DOCUMENT_NOUNS, RU_FINANCING_INSTRUMENTS, RU_ONE_PARTY_MONEY, RU_WORLD_TRADE, RU_INVESTMENT_WORDS, RU_MAKING_WORDS, RU_NOT_A_DEAL, RU_OBJECT_NOUNS, RU_PROVIDING_VERBS, RU_TRADE_WORDS,
} from '../../vocabulary/ru.js';
import { stems } from '../../vocabulary/words.js';

/** A cue family of the Russian sum rule: the type it gives a sum, and whether it loses to any stronger cue nearby. */
export interface RuCue {
  name: string;
  type: FactType;
  re: RegExp;
  weak: boolean;
}

const cue = (name: string, type: FactType, sources: readonly string[], weak = false): RuCue => ({ name, type, re: new RegExp(stems(sources), 'giu'), weak });

/** "проект" and its compounds: инвестпроект, энергопроект, агропроект. */
const PROJECT_NOUN = '(?:инвест|энерго|агро)?проект';

// "Проект оценивается более чем в $3,8 млрд" (ru-i vestikavkaza-nodate-tm-kr-gtl-plant), "Всего проект оценивается в 82 миллиона
// долларов" (ru-j mir24-nodate-kz-ae-mamin-uae-contracts), "Проект стоит $3 млн" (ru-i ls-nodate-kz-tr-almaty-three-plants): the
// project as the subject of a verb of cost is priced by the sum. So is a programme of works, and "в целом" (as a whole) may come
// between: "Проект в целом оценивается в 69,25 миллионов долларов" (ru-y ecopartner-nodate-kg-sa-bishkek-torugart-loan), "Проект в
// целом стоит 300 млн евро" (ru-s georgiatimes-nodate-ge-ebrd-eib-black-sea-line), "программа в целом стоит €73 млн" (ru-h
// regnum-20140514-am-eu-kfw-eib-water).
const PROJECT_COSTS = '(?<!\\p{L})(?:проект|программа)(?:\\s+\\p{L}+){0,2}?\\s+(?:оценива\\p{L}*|стоит|стоил)(?!\\p{L})';

// "запустят производство кондитерских изделий за $5 млн" (ru-i ls-nodate-kz-tr-almaty-three-plants), "возведет под Бухарой ветропарк за
// $1 млрд" (ru-e sputnikuz-20200922-uz-sa-acwa-bukhara-wind, its title), "возведет в Туркмении 28 мостов за $100 млн" (ru-b tendernews-
// 20080130-tm-gb-bridges, its title): an object made "за" a sum costs that sum. Objects counted in words ("три производства") are
// several projects, left to the sentence's other cues.
const COUNT_WORDS = '(?:два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|несколько|ряд)';
const MADE_FOR = `${stems(RU_MAKING_WORDS)}(?:[\\s,]+(?!${COUNT_WORDS}\\s)[\\p{L}\\d-]+){0,7}?[\\s,]+${stems(RU_OBJECT_NOUNS)}(?:\\s+[\\p{L}«»"-]+){0,4}?\\s+за(?=\\s*[$€]?\\s*\\d)`;

/** The cues that type a sum, as in rules/cues.ts for English (AMOUNT_CUES). */
export const RU_AMOUNT_CUES: readonly RuCue[] = [
  cue('agreement-document', 'agreement', RU_DOCUMENT_NOUNS),
  // "подписали девять инвестиционных документов на сумму 590 млн долларов", "17 документов на $629,1 млн": counted documents priced.
  cue('agreement-document', 'agreement', ['документ\\p{L}*(?= (?:на|общей|стоимостью))']),
  cue('trade-turnover', 'trade', RU_TRADE_WORDS),
  cue('financing-instrument', 'financing', RU_FINANCING_INSTRUMENTS),
  cue('financing-provide', 'financing', RU_PROVIDING_VERBS, true),
  // A development lender's "поддержка" is its lending: "общая поддержка проектов устойчивого транспорта составит 3 миллиарда евро" (ru-e
  // tmdomain-20240201-kz-kg-uz-eib-transport-memorandums), "АБР оказал поддержку ... на общую сумму $2,9 млрд" (ru-a reportaz-20260304-tj-
  // adb-partnership-strategy). Only where a lender is named (IFI_ONLY_CUES): a state's or a company's support is no loan.
  cue('ifi-support', 'financing', ['поддержк'], true),
  cue('investment', 'investment', RU_INVESTMENT_WORDS),
  // A portfolio of projects is money put into them, as "portfolio" is in English: "портфель проектов банка в республике составляет более
  // 4,4 млрд евро" (ru-zv gazetauz-20240501-uz-ebrd-delegation), "активный портфель банка в Азербайджане составляет $1,2 млрд" (ru-l
  // 1news-20140331-az-adb-four-bridges), "совокупный портфель совместных проектов превысил $6,2 млрд" (ru-zt tass-20251022-uz-ru-regions-
  // council); a lender's is its lending (SentenceEnv.ifi).
  cue('investment', 'investment', ['портфел']),
  // "семь проектов общей стоимостью $1,14 млрд": projects counted with their total are investment (FACTS.md).
  // Plural only: one «проекта стоимостью» is a project (project-priced-object), «проектов стоимостью» investment.
  // The dative too: "АБР оказал поддержку более чем 200 проектам на общую сумму $2,9 млрд" (ru-a reportaz-20260304-tj-adb-partnership-strategy);
  // compounds name projects as well: "еще пяти крупных энергопроектов общей стоимостью почти $3 млрд" (ru-i repost-20220713-uz-ae-energy-projects).
  cue('investment-projects', 'investment', [`${PROJECT_NOUN}(?:ы|ов|ам|ами|ах) (?:общей |совокупной )?(?:стоимост|на сумму|на общую сумму|на(?= ))`]),
  // After a numeral the count may take the singular or the genitive singular: "21 совместный проект на сумму 4,4 млрд" (ru-f tmcars-20240126-
  // tm-tr-trade-target), "сданы 43 проекта на сумму 158 млрд тенге" (ru-f kgnews-nodate-kz-180-projects).
  // The numeral is checked behind the word once the word has matched, so the look-behind runs only there (speed).
  cue('investment-projects', 'investment', [`${PROJECT_NOUN}(?<=\\d\\s+(?:\\p{L}+\\s+)?${PROJECT_NOUN})а? (?:общей |совокупной )?(?:стоимост|на сумму|на общую сумму|на(?= ))`]),
  // "стоимость проекта оценивалась", "проект стоимостью": the cost of one undertaking.
  // "предприятия по выпуску цемента ... стоимостью более 250 млн", "проект реконструкции дороги ... стоимостью $17 млн".
  // A clause between the object and its cost: "железную дорогу, соединяющую упомянутые порты, возводят стоимостью $235 млн" (ru-n
  // centralasiamedia-20250901-mn-cn-gashuunsukhait-railway).
  cue('project-priced-object', 'project', [`(?:(?:${RU_OBJECT_NOUNS.join('|')})\\p{L}*|проект(?:а|ом|е)?(?!\\p{L}))(?:,?\\s+[\\p{L}.«»-]+){0,8}?,?\\s+(?:общей\\s+)?стоимост`]),
  cue('project-cost', 'project', [
    // "а его общая стоимость составляет", "На его запуск направят 17,75 млрд тенге": the cost of the object just named (sputnik.uz, ls.kz).
    '(?:его|е[её]|их)\\s+(?:общая\\s+)?стоимост', 'на\\s+(?:его|е[её]|их)\\s+(?:запуск|строительств|возведени|реализаци)','стоимост\\p{L}* (?:\\p{L}+ ){0,2}(?:проект|строительств|объект|завод|станци|ГЭС|комплекс)',
    // "Проектная стоимость СП — 50 млн долларов" (ru-l rambler-nodate-uz-cn-popcement-plant): the design cost of what is built.
    'проектн\\p{L}* стоимост', 'обойд[её]тся', 'обош[её]л', PROJECT_COSTS]),
  cue('project-made-for', 'project', [MADE_FOR]),
];

/** Cues that type a sum only in a sentence about a development lender (SentenceEnv.ifi). */
export const IFI_ONLY_CUES: ReadonlySet<string> = new Set(['ifi-support']);

/** A word that makes, built before its object: "строительство завода", "выпуск энергетических установок". */
// Up to seven words between: "создания на приграничных территориях Казахстана и Узбекистана международного центра".
export const RU_MADE_OBJECT_RE = new RegExp(`${stems(RU_MAKING_WORDS)}(?:[\\s,]+[\\p{L}\\d-]+){0,7}?[\\s,]+${stems(RU_OBJECT_NOUNS)}`, 'iu');
export const RU_MADE_OBJECT_ALL_RE = new RegExp(RU_MADE_OBJECT_RE.source, 'giu');
export const RU_OBJECT_RE = new RegExp(stems(RU_OBJECT_NOUNS), 'giu');

/** Sums beside these words are prizes, budgets, prices or one party's figures (FACTS.md "Scope"). */
export const RU_NOT_A_DEAL_RE = new RegExp(stems(RU_NOT_A_DEAL), 'iu');

/** Words between a cue and its sum that keep the sum the cue's object: "кредит на", "в размере", "общей стоимостью". */
export const RU_LINKING_GAP_RE = /^(?:\s*(?:на|в|во|размере|сумму|общую|общей|сумма|стоимостью|объемом|объёмом|около|примерно|порядка|более|свыше|почти|до|еще|ещё|ориентировочно)(?!\p{L}))*\s*$/iu;

/** Where one clause ends and the next begins in Russian: a sum's own verbs stay in its clause. */
export const RU_CLAUSE_END_RE = /,\s+(?:из (?:них|которых)|в том числе|а также|а|но|тогда как|при этом|котор\p{L}+|чтобы)\s|;\s|\s[—–-]\s/giu;

/** One party's own money in the sentence: its sums are no cooperation. */
export const RU_ONE_PARTY_RE = new RegExp(stems(RU_ONE_PARTY_MONEY), 'iu');

/** A country's trade with the world: its sums make no trade fact. */
export const RU_WORLD_TRADE_RE = new RegExp(stems(RU_WORLD_TRADE), 'iu');
