import { stems } from '../../vocabulary/words.js';
import { RU_DOCUMENT_NOUNS, RU_FINANCING_INSTRUMENTS } from '../../vocabulary/ru.js';
import type { Candidate, SentenceInfo } from '../types.js';

const LENDING_RE = new RegExp(stems([...RU_FINANCING_INSTRUMENTS, 'выдел', 'предостав', 'профинансир', 'одобр', 'финансир']), 'iu');
// "оказывает финансовую помощь", "оказал поддержку": giving help is lending when the help is money (LENDING_RE).
const PLAN_OR_DONE_RE = /(?<!\p{L})(?:выделит|выделил|выделен|выделяет|предоставит|предоставил|предоставлен|профинансир|одобрил|одобрен|финансирует|финансировал|оказыва\p{L}*|оказал\p{L}*|окажет)/iu;

/**
 * The Russian `financing-named-lender` rule: a development bank or fund named as the one that lends or gives,
 * with no sum in the sentence ("Средства на ТЭО ... выделит Всемирный банк").
 */
// "стратегия партнерства ... была одобрена Азиатским банком развития" (economist.kg): a bank approving a document is the document's.
const DOCUMENT_RE = new RegExp(stems(RU_DOCUMENT_NOUNS), 'iu');

// "Фонд профинансировал в Узбекистане ряд проектов" (ru-c trend-20260125-uz-sa-saudi-fund-portfolio), "банк, работающий в Грузии
// уже 10 лет, по-прежнему оказывает финансовую помощь" (ru-d xinhua-nodate-ge-eib-transport-loan): the bank or fund named before.
const BANK_WORD_RE = /(?<!\p{L})(?:банк|фонд)(?!\p{L})/iu;

// A lender's verb with money for its object: "это решение одобрил совет директоров АБР" (ru-d kyrtag-20190923-kg-adb-budget-grant),
// "Исполнительный совет ИБР ... одобрил бюджет Банка на 2023 год" (ru-j centralasianlight-20221214-tj-isdb-education-financing), "сообщении,
// которое пресс-служба ЕАБР предоставила PanARMENIAN.Net" (ru-l panarmenian-20100618-tj-eurasec-acf-loan) approve or give no money.
const MONEY_RE = new RegExp(stems([...RU_FINANCING_INSTRUMENTS, 'средств', 'деньг', 'денег', 'финансир', 'профинансир']), 'iu');

/** `lenderBefore`: a development bank or fund is named in the sentences just before (SentenceEnv.ifi). */
export function ruFinancingCandidates(s: SentenceInfo, lenderBefore = false): Candidate[] {
  const lender = s.orgs.some((o) => o.ifi) || (lenderBefore && s.orgs.length === 0 && BANK_WORD_RE.test(s.text));
  if (s.amounts.length > 0 || !lender || DOCUMENT_RE.test(s.text)) return [];
  return LENDING_RE.test(s.text) && PLAN_OR_DONE_RE.test(s.text) && MONEY_RE.test(s.text) ? [{ type: 'financing', rule: 'financing-named-lender', amount: null, sentence: s, confidence: 0.6 }] : [];
}
