import type { FactStatus, FactType } from '../../../schemas/fact.js';
import { RU_AGREED, RU_PLANNED_DOCUMENT, RU_SIGNED, RU_STATUS_CUES } from '../../vocabulary/ru.js';
import { stems } from '../../vocabulary/words.js';

const re = (sources: readonly string[]): RegExp => new RegExp(stems(sources), 'iu');
const SIGNED_RE = re(RU_SIGNED);
const AGREED_RE = re(RU_AGREED);
const PLANNED_DOCUMENT_RE = re(RU_PLANNED_DOCUMENT);
const APPROVED_RE = re(['одобрил', 'одобрен', 'утвердил', 'утвержд']);
const DISCUSSED_RE = re(['обсужда', 'обсуд', 'переговор', 'рассматрива']);
const CUES = RU_STATUS_CUES.map(([status, words]) => [status, re(words)] as const);
// "по ранее заключенным соглашениям стороны уже реализовали": an earlier document is in force.
const EARLIER_RE = /(?<!\p{L})(?:ранее|уже|прежде)(?!\p{L})/iu;

/** The status of a fact of `type` stated in Russian `text`, as statusOf does for English (status.ts). */
export function ruStatusOf(type: FactType, text: string): FactStatus | null {
  if (type === 'agreement' || type === 'financing') {
    if (PLANNED_DOCUMENT_RE.test(text)) return DISCUSSED_RE.test(text) ? 'discussed' : 'planned';
    if (type === 'agreement' && SIGNED_RE.test(text)) return EARLIER_RE.test(text) && !/подписа/iu.test(text) ? 'completed' : 'signed';
    if (AGREED_RE.test(text) || APPROVED_RE.test(text)) return 'agreed';
    if (type === 'financing' && SIGNED_RE.test(text)) return 'signed';
  }
  if (type === 'project' && SIGNED_RE.test(text)) return 'planned';
  for (const [status, cue] of CUES) {
    if (status === 'target' && type !== 'trade') continue;
    if (cue.test(text)) return status;
  }
  return type === 'trade' ? 'completed' : null;
}
