import type { FactStatus, FactType } from '../schemas/fact.js';
import { AGREE_SOURCE, PLAN_AGREEMENT_SOURCE, SIGN_SOURCE, cueRegex } from './rules/cues.js';

/** A target set: "aims to", "the next aim is to", "raise ... to" (also read by statesTarget). */
const TARGET_RE = /\b(?:target(?:s|ed|ing)?|aim(?:s|ed|ing)? (?:at|to)|aim is to|goal|benchmark|will (?:reach|climb|hit|grow|rise|increase|exceed)|(?:raise|bring|increase|boost) (?:\w+ ){0,4}to)\b/i;

/** Status cues in the order they are tried: the first that matches the sentence wins. */
const STATUS_CUES: ReadonlyArray<readonly [FactStatus, RegExp]> = [
  ['discussed', /\b(?:discuss(?:ed|es|ing|ions?)?|consider(?:s|ing)|talk(?:s|ed) (?:about|over)|negotiat\w+|explor(?:ed|ing)|focus was|interest was expressed|kicked around|considered)\b/i],
  ['target', TARGET_RE],
  ['in_progress', /\b(?:(?:is|are) (?:being )?(?:building|constructing|carrying out|implementing|delivering|extended|carried out|implemented|developed)|under (?:way|construction)|underway|in progress|progress of|ongoing|is funding)\b/i],
  ['planned', /\b(?:will|plans?|planned|intends?|(?:is|are) to|to be|going to|expected|due to|would|could|envisage[sd]?|seeks?)\b/i],
  ['completed', /\b(?:amounted|totall?ed|reached|surpassed|topped|exceeded|stood at|came to|received|grew|rose|fell|increased|decreased|completed|commissioned|launched|opened|built|carried out|(?:has|have|had) (?:already )?(?:financed|funded|implemented)|results of|taken root|got started|reopened|funded by|invested|have put|has put|provided|allocated|disbursed|exported|imported|delivered|supplied)\b/i],
];

const SIGN_RE = cueRegex(SIGN_SOURCE, 'i');
const AGREE_RE = cueRegex(AGREE_SOURCE, 'i');
const PLAN_RE = cueRegex(PLAN_AGREEMENT_SOURCE, 'i');
const APPROVED_RE = /\b(?:approved|approves)\b/i;
const COMPLETED_RE = /\b(?:completed|commissioned|opened|launched|put into operation)\b/i;
/** Where one clause ends and the next begins, so two sums of a sentence keep their own verbs. */
const CLAUSE_END_RE = /,\s+(?:and|while|with|but|whereas|which)\s|;\s/g;
/** How far around a sum its clause is looked for; a typical clause is shorter. */
const CLAUSE_REACH = 120;

/**
 * The clause of `text` around the sum at [start, end): from the previous sum or clause break to the
 * next, so "surpassed $13 billion ..., with ... the aspirational $20 billion benchmark" gives each sum
 * its own verbs.
 */
export function clauseAround(text: string, start: number, end: number, neighbours: ReadonlyArray<{ start: number; end: number }>): string {
  let from = Math.max(0, start - CLAUSE_REACH);
  let to = Math.min(text.length, end + CLAUSE_REACH);
  for (const n of neighbours) {
    // "from $6 billion to $10 billion": the second sum shares the first one's verb.
    const joined = (a: number, b: number): boolean => /^\s*(?:to|-|–|and|or)\s*$/.test(text.slice(a, b));
    if (n.end <= start && !joined(n.end, start)) from = Math.max(from, n.end);
    if (n.start >= end && !joined(end, n.start)) to = Math.min(to, n.start);
  }
  for (const m of text.matchAll(CLAUSE_END_RE)) {
    if (m.index + m[0].length <= start) from = Math.max(from, m.index + m[0].length);
    else if (m.index >= end) to = Math.min(to, m.index);
  }
  return text.slice(from, to);
}

/** True when the text states a target of its own ("We aim to raise this figure to $5 billion"). */
export function statesTarget(text: string): boolean {
  return TARGET_RE.test(text);
}

/**
 * The status of a fact of `type` stated in `text` (FACTS.md: discussed, planned, agreed, signed,
 * in_progress, completed, target), or null when the sentence gives no cue.
 */
export function statusOf(type: FactType, text: string): FactStatus | null {
  if (type === 'agreement' || type === 'financing') {
    if (PLAN_RE.test(text)) return /negotiat|discuss|talks/i.test(text) ? 'discussed' : 'planned';
    // "in discussions with Tajikistan on a $300 million credit", "is considering a loan": talked about, not yet agreed.
    if (/\b(?:in discussions?|consider(?:s|ing))\b/i.test(text)) return 'discussed';
    // "A deal was struck", "approval was given": agreed; checked first since "struck" is also a signing word.
    if (AGREE_RE.test(text) || APPROVED_RE.test(text)) return 'agreed';
    if (SIGN_RE.test(text)) return 'signed';
  }
  if (type === 'project' && AGREE_RE.test(text)) return 'agreed';
  // A project in a signed memorandum is still to be built.
  if (type === 'project' && SIGN_RE.test(text) && !COMPLETED_RE.test(text)) return 'planned';
  for (const [status, re] of STATUS_CUES) {
    if (status === 'target' && type !== 'trade') continue;
    if (re.test(text)) return status;
  }
  return type === 'trade' ? 'completed' : null;
}
