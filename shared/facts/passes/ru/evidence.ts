import type { Draft, PassContext } from '../types.js';

/** The text from `first`'s sentence to `last`'s, verbatim from the body, when both are body sentences of one paragraph. */
export function spanEvidence(first: Draft, last: Draft, ctx: PassContext): string | null {
  const para = ctx.body[first.sentence.paragraph];
  if (!para || first.sentence.basis !== 'body' || last.sentence.basis !== 'body' || last.sentence.paragraph !== first.sentence.paragraph) return null;
  return para.slice(first.sentence.start, last.sentence.start + last.sentence.text.length);
}
