import type { FactStatus, FactType } from '../schemas/fact.js';
import { AGREE_SOURCE, PLAN_AGREEMENT_SOURCE, SIGN_SOURCE, cueRegex } from './rules/cues.js';

/** Status cues in the order they are tried: the first that matches the sentence wins. */
const STATUS_CUES: ReadonlyArray<readonly [FactStatus, RegExp]> = [
  ['discussed', /\b(?:discuss(?:ed|es|ing)?|talk(?:s|ed) (?:about|over)|negotiat\w+|explor(?:ed|ing)|focus was|interest was expressed|kicked around|considered)\b/i],
  ['target', /\b(?:target(?:s|ed|ing)?|aim(?:s|ed|ing)? (?:at|to)|goal|benchmark|will (?:reach|climb|hit|grow|rise|increase|exceed)|(?:raise|bring|increase|boost) (?:\w+ ){0,4}to)\b/i],
  ['in_progress', /\b(?:(?:is|are) (?:being )?(?:building|constructing|carrying out|implementing|delivering|extended|carried out|implemented|developed)|under (?:way|construction)|underway|in progress|progress of|ongoing|is funding)\b/i],
  ['planned', /\b(?:will|plans?|planned|intends?|(?:is|are) to|to be|going to|expected|due to|would|could|envisage[sd]?|seeks?)\b/i],
  ['completed', /\b(?:amounted|totall?ed|reached|surpassed|topped|exceeded|stood at|came to|received|grew|rose|fell|increased|decreased|completed|commissioned|launched|opened|built|carried out|results of|taken root|got started|reopened|funded by)\b/i],
];

const SIGN_RE = cueRegex(SIGN_SOURCE, 'i');
const AGREE_RE = cueRegex(AGREE_SOURCE, 'i');
const PLAN_RE = cueRegex(PLAN_AGREEMENT_SOURCE, 'i');
const APPROVED_RE = /\b(?:approved|approves)\b/i;

/**
 * The status of a fact of `type` stated in `text` (FACTS.md: discussed, planned, agreed, signed,
 * in_progress, completed, target), or null when the sentence gives no cue.
 */
export function statusOf(type: FactType, text: string): FactStatus | null {
  if (type === 'agreement' || type === 'financing') {
    if (PLAN_RE.test(text)) return /negotiat|discuss/i.test(text) ? 'discussed' : 'planned';
    if (SIGN_RE.test(text)) return 'signed';
    if (AGREE_RE.test(text) || APPROVED_RE.test(text)) return 'agreed';
  }
  if (type === 'project' && AGREE_RE.test(text)) return 'agreed';
  for (const [status, re] of STATUS_CUES) {
    if (status === 'target' && type !== 'trade') continue;
    if (re.test(text)) return status;
  }
  return type === 'trade' ? 'completed' : null;
}
