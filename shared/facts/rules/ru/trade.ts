import { RU_DOCUMENT_NOUNS, RU_TRADE_WORDS } from '../../vocabulary/ru.js';
import { stems } from '../../vocabulary/words.js';
import type { Candidate, SentenceInfo } from '../types.js';

// A quantity of goods: "2,9 млрд куб. м", "450 миллиардов кубометров", "200 тыс. тонн", "1,5 млн баррелей".
const VOLUME_RE = /(?<![\p{L}\d])\d[\d\s.,]*\s*(?:(?:тыс|млн|млрд)\.?\s*|(?:тысяч|миллион|миллиард)\p{L}*\s+)?(?:куб(?:ометр|ическ)\p{L}*|куб\.\s*м|тонн\p{L}*|т\.?(?=\s)|баррел\p{L}*)/iu;
// Goods moved: the trade words of the sum rule, and the verbs of supplying ("поставил в КНР", "поставляется").
const FLOW_RE = new RegExp(stems([...RU_TRADE_WORDS, 'поставл', 'поставил', 'поставя', 'экспортир', 'импортир', 'отправил', 'отправля', 'ввез', 'ввоз', 'вывез', 'закупил', 'приобрел']), 'iu');
// A supply deal is the agreement rules' business; a pipeline's capacity and a country's reserves move no goods.
const NOT_A_FLOW_RE = new RegExp(`${stems(RU_DOCUMENT_NOUNS)}|${stems(['мощност', 'пропускн\\p{L}* способност', 'запас'])}`, 'iu');
const DENIED_OR_ASKED_RE = /(?<!\p{L})не\s+(?:\p{L}+\s+)?(?:постав|экспорт|импорт)|\?["»”]?\s*$/iu;

/**
 * The Russian `trade-volume` rule (rules/trade.ts for English): goods moved between two named countries counted in
 * tonnes or cubic metres, with no money. "В марте Туркменистан поставил в КНР около 2,9 млрд куб. м газа"
 * (turkmenportal.com 2023, "Туркменистан нарастил экспорт природного газа в КНР"), "Грузия отправила в Россию порядка 60 тыс. т" (ru-n
 * vestiaz-nodate-ge-ru-trade-decline), "поставки газа в Китай ... превысят 40
 * млрд кубометров" (interfax.ru/amp/143154), "объем торговли природным газом между Китаем и Туркменией" (ru-b
 * prime-20251022-tm-cn-gas-trade).
 */
export function ruTradeVolumeCandidates(s: SentenceInfo): Candidate[] {
  if (s.countries.length < 2 || !VOLUME_RE.test(s.text) || !FLOW_RE.test(s.text) || NOT_A_FLOW_RE.test(s.text) || DENIED_OR_ASKED_RE.test(s.text)) return [];
  return [{ type: 'trade', rule: 'trade-volume', amount: null, sentence: s, confidence: 0.6 }];
}
