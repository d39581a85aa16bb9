import { DOCUMENT_NOUNS, DOCUMENT_WORD, NEW_SIGNING_VERBS } from '../vocabulary/en.js';
import { alt, either } from '../vocabulary/words.js';
import type { ArticlePass, Draft } from './types.js';
import { union } from './types.js';

// "Companies concluded 12 contracts worth $640 million": a signing of its own after the document, not its value.
// "The documents signed are worth ..." points back and is no new signing.
const NEW_SIGNING_RE = new RegExp(
  `\\b${alt(NEW_SIGNING_VERBS)}\\s+(?:(?:a|an|\\d+|two|three|four|five|six|seven|eight|nine|ten|several|new|further|more)\\s+)(?:[\\w-]+\\s+){0,2}(?:${either(DOCUMENT_NOUNS)}|${DOCUMENT_WORD.many})\\b`,
  'i',
);

// "The value of the contract amounts to $1.37 billion" may come a sentence later ("The signing ceremony took place ...").
const VALUE_OF_DOCUMENT_RE = /\b(?:the|its) (?:total )?(?:value|cost|amount|price) of the (?:contract|agreement|deal|document)\b|\bthe (?:contract|agreement|deal) (?:is|was|will be) (?:worth|valued)\b/i;
const LOAN_WORDS_RE = /\b(?:loans?|grants?|credits?|financ\w*)\b/i;

function valueOf(d: Draft, drafts: readonly Draft[]): Draft | undefined {
  return drafts.find(
    (n) =>
      n.fact.type === 'agreement' &&
      n.fact.amount &&
      (n.sentence.index === d.sentence.index + 1 || (n.sentence.index === d.sentence.index + 2 && VALUE_OF_DOCUMENT_RE.test(n.sentence.text))) &&
      n.sentence.orgs.length === 0 &&
      !NEW_SIGNING_RE.test(n.sentence.text),
  );
}

/**
 * "ACWA Power signed deals with the Ministry of Energy. Taken together, the agreements could be worth up
 * to $2.5 billion.": a document with no amount followed by its amount in the next sentence is one fact,
 * and the one object the document builds takes that amount too.
 */
export const agreementWithNextAmount: ArticlePass = {
  name: 'agreement-with-next-amount',
  does: 'joins an unpriced document with its value stated in the next sentence (or the one after, "the value of the contract")',
  run(drafts, ctx) {
    const dropped = new Set<Draft>();
    for (const d of drafts) {
      if (d.fact.type !== 'agreement' || d.fact.amount) continue;
      const next = valueOf(d, drafts);
      if (!next?.fact.amount) continue;
      dropped.add(d);
      ctx.merge(d, next, `its value is stated in sentence ${next.sentence.index}`);
      next.fact.organizations = union(d.fact.organizations, next.fact.organizations);
      next.fact.status = d.fact.status ?? next.fact.status;
      // "... signed a contract for the construction of a gas processing plant. The value of the contract is 6.2 billion
      // yuan.": the one object the document builds costs what the document is worth (FACTS.md "Project or investment").
      // A loan pays for part of an object, so its sum is no price.
      const objects = drafts.filter((p) => p.fact.type === 'project' && p.sentence.index === d.sentence.index);
      const loan = LOAN_WORDS_RE.test(d.sentence.text) || LOAN_WORDS_RE.test(next.sentence.text);
      const only = objects.length === 1 ? objects[0] : undefined;
      if (!loan && only && !only.fact.amount) only.fact.amount = { ...next.fact.amount };
      const para = ctx.body[d.sentence.paragraph];
      if (para && d.sentence.basis === 'body' && next.sentence.paragraph === d.sentence.paragraph) {
        next.fact.evidence = para.slice(d.sentence.start, next.sentence.start + next.sentence.text.length);
      }
    }
    return drafts.filter((d) => !dropped.has(d));
  },
};
