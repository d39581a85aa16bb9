import type { Draft } from './merge-facts.js';

/** Article-level merges of documents: a document and its value or terms told in another sentence, restated documents. */

// "Companies concluded 12 contracts worth $640 million": a signing of its own after the document, not its value.
// "The documents signed are worth ..." points back and is no new signing.
const NEW_SIGNING_RE = /\b(?:signed|inked|sealed|concluded|struck|clinched)\s+(?:(?:a|an|\d+|two|three|four|five|six|seven|eight|nine|ten|several|new|further|more)\s+)(?:[\w-]+\s+){0,2}(?:agreements?|contracts?|deals?|memorand(?:ums?|a)|documents)\b/i;

// "The value of the contract amounts to $1.37 billion" may come a sentence later ("The signing ceremony took place ...").
const VALUE_OF_DOCUMENT_RE = /\b(?:the|its) (?:total )?(?:value|cost|amount|price) of the (?:contract|agreement|deal|document)\b|\bthe (?:contract|agreement|deal) (?:is|was|will be) (?:worth|valued)\b/i;
const LOAN_WORDS_RE = /\b(?:loans?|grants?|credits?|financ\w*)\b/i;

/**
 * "ACWA Power signed deals with the Ministry of Energy. Taken together, the agreements could be worth up
 * to $2.5 billion.": a document with no amount followed by its amount in the next sentence is one fact,
 * and the one object the document builds takes that amount too.
 */
export function mergeAgreementWithNextAmount(drafts: Draft[], body: readonly string[]): Draft[] {
  const dropped = new Set<Draft>();
  for (const d of drafts) {
    if (d.fact.type !== 'agreement' || d.fact.amount) continue;
    const next = drafts.find(
      (n) =>
        n.fact.type === 'agreement' &&
        n.fact.amount &&
        (n.sentence.index === d.sentence.index + 1 || (n.sentence.index === d.sentence.index + 2 && VALUE_OF_DOCUMENT_RE.test(n.sentence.text))) &&
        n.sentence.orgs.length === 0 &&
        !NEW_SIGNING_RE.test(n.sentence.text),
    );
    if (!next) continue;
    dropped.add(d);
    next.fact.organizations = [...new Set([...d.fact.organizations, ...next.fact.organizations])];
    next.fact.status = d.fact.status ?? next.fact.status;
    // "... signed a contract for the construction of a gas processing plant. The value of the contract is 6.2 billion
    // yuan.": the one object the document builds costs what the document is worth (FACTS.md "Project or investment").
    // A loan pays for part of an object, so its sum is no price.
    const objects = drafts.filter((p) => p.fact.type === 'project' && p.sentence.index === d.sentence.index);
    const loan = LOAN_WORDS_RE.test(d.sentence.text) || LOAN_WORDS_RE.test(next.sentence.text);
    if (!loan && objects.length === 1 && objects[0] && !objects[0].fact.amount && next.fact.amount) objects[0].fact.amount = { ...next.fact.amount };
    const para = body[d.sentence.paragraph];
    if (para && d.sentence.basis === 'body' && next.sentence.paragraph === d.sentence.paragraph) {
      next.fact.evidence = para.slice(d.sentence.start, next.sentence.start + next.sentence.text.length);
    }
  }
  return drafts.filter((d) => !dropped.has(d));
}

/** "Under the investment agreement, the company will invest ...": the terms of a document named before. */
const UNDER_DOCUMENT_RE = /^(?:Under|In accordance with|Within the framework of) (?:the|this) ((?:[\w-]+ ){0,2})(agreement|contract|deal)\b/i;
/** How many sentences back the document whose terms a sentence gives may be named. */
const TERMS_WITHIN = 8;

/**
 * "5. Investment agreement between the Cabinet of Ministers and Angren Metallurg Invest on a plant. ... Under
 * the investment agreement, the Uzbek company will invest 6.5 billion soms": the priced terms are those of the
 * document named earlier with the same words, so the two are one agreement.
 */
export function mergeDocumentWithItsTerms(drafts: Draft[]): Draft[] {
  const dropped = new Set<Draft>();
  for (const p of drafts) {
    const m = p.fact.type === 'agreement' && p.fact.amount ? UNDER_DOCUMENT_RE.exec(p.sentence.text) : null;
    const words = m ? `${m[1] ?? ''}${m[2] ?? ''}`.toLowerCase() : '';
    // A bare "Under the agreement" names no document: the one just before it is mergeAgreementWithNextAmount's.
    if (!m || !m[1]) continue;
    const named = drafts
      .filter((d) => d.fact.type === 'agreement' && !d.fact.amount && !dropped.has(d) && d.sentence.index < p.sentence.index && d.sentence.index >= p.sentence.index - TERMS_WITHIN)
      .filter((d) => d.sentence.text.toLowerCase().includes(words))
      .at(-1);
    if (!named) continue;
    dropped.add(named);
    p.fact.organizations = [...new Set([...named.fact.organizations, ...p.fact.organizations])];
    p.fact.countries = [...new Set([...named.fact.countries, ...p.fact.countries])];
  }
  return drafts.filter((d) => !dropped.has(d));
}

// "In particular, the Ministry and Masdar signed an Addendum...": a sentence that details the one before.
// A list item ("- Agreement between X and Y ...") details the lead's documents too.
const DETAILS_RE = /^(?:in particular|specifically|namely|among them|among the (?:documents|agreements|deals)|these include|they include|the (?:largest|biggest|main) of them)\b|^\s*[-–—•*·]\s/i;
const PLURAL_DOCUMENTS_RE = /\b(?:agreements|documents|deals|memoranda|contracts)\b/i;
const NAMED_DOCUMENT_RE = /\b((?:\p{Lu}[\p{L}-]+ ){1,4}(?:Agreement|Memorandum|Contract|Protocol|Addendum))\b/gu;

/**
 * Agreements counted twice: a lead sentence's plural "Agreements ... have been inked" that the article
 * then details one by one ("In particular, ..."), and a document named again later ("the Investment
 * Agreement has been signed with the Ministry" after "a Power Purchase Agreement and Investment Agreement").
 */
export function dropRestatedAgreements(drafts: Draft[]): Draft[] {
  const agreements = drafts.filter((d) => d.fact.type === 'agreement');
  const detailed = agreements.some((d) => DETAILS_RE.test(d.sentence.text));
  return drafts.filter((d) => {
    if (d.fact.type !== 'agreement' || d.fact.amount) return true;
    const later = agreements.filter((a) => a.sentence.index > d.sentence.index);
    if (detailed && PLURAL_DOCUMENTS_RE.test(d.sentence.text) && !DETAILS_RE.test(d.sentence.text) && later.some((a) => DETAILS_RE.test(a.sentence.text))) return false;
    const names = [...d.sentence.text.matchAll(NAMED_DOCUMENT_RE)].map((m) => (m[1] ?? '').replace(/^(?:(?:The|A|An|This|For|In) )+/, '')).filter((n) => n.includes(' '));
    const earlier = agreements.filter((a) => a.sentence.index < d.sentence.index);
    return !names.some((n) => earlier.some((a) => a.sentence.text.includes(n)));
  });
}

