import { stems } from '../../vocabulary/words.js';
import { RU_DOCUMENT_NOUNS, RU_FINANCING_INSTRUMENTS } from '../../vocabulary/ru.js';
import type { Candidate, SentenceInfo } from '../types.js';

const LENDING_RE = new RegExp(stems([...RU_FINANCING_INSTRUMENTS, 'выдел', 'предостав', 'профинансир', 'одобр', 'финансир']), 'iu');
const PLAN_OR_DONE_RE = /(?<!\p{L})(?:выделит|выделил|выделен|выделяет|предоставит|предоставил|предоставлен|профинансир|одобрил|одобрен|финансирует|финансировал)/iu;

/**
 * The Russian `financing-named-lender` rule: a development bank or fund named as the one that lends or gives,
 * with no sum in the sentence ("Средства на ТЭО ... выделит Всемирный банк").
 */
// "стратегия партнерства ... была одобрена Азиатским банком развития" (economist.kg): a bank approving a document is the document's.
const DOCUMENT_RE = new RegExp(stems(RU_DOCUMENT_NOUNS), 'iu');

export function ruFinancingCandidates(s: SentenceInfo): Candidate[] {
  if (s.amounts.length > 0 || !s.orgs.some((o) => o.ifi) || DOCUMENT_RE.test(s.text)) return [];
  return LENDING_RE.test(s.text) && PLAN_OR_DONE_RE.test(s.text) ? [{ type: 'financing', rule: 'financing-named-lender', amount: null, sentence: s, confidence: 0.6 }] : [];
}
