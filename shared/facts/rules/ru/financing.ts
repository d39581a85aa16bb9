import { stems } from '../../vocabulary/words.js';
import { RU_FINANCING_INSTRUMENTS } from '../../vocabulary/ru.js';
import type { Candidate, SentenceInfo } from '../types.js';

const LENDING_RE = new RegExp(stems([...RU_FINANCING_INSTRUMENTS, 'выдел', 'предостав', 'профинансир', 'одобр', 'финансир']), 'iu');
const PLAN_OR_DONE_RE = /(?<!\p{L})(?:выделит|выделил|выделен|выделяет|предоставит|предоставил|предоставлен|профинансир|одобрил|одобрен|финансирует|финансировал)/iu;

/**
 * The Russian `financing-named-lender` rule: a development bank or fund named as the one that lends or gives,
 * with no sum in the sentence ("Средства на ТЭО ... выделит Всемирный банк").
 */
export function ruFinancingCandidates(s: SentenceInfo): Candidate[] {
  if (s.amounts.length > 0 || !s.orgs.some((o) => o.ifi)) return [];
  return LENDING_RE.test(s.text) && PLAN_OR_DONE_RE.test(s.text) ? [{ type: 'financing', rule: 'financing-named-lender', amount: null, sentence: s, confidence: 0.6 }] : [];
}
