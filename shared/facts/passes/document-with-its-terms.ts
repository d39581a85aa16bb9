import type { ArticlePass, Draft } from './types.js';
import { joinParties } from './types.js';

/** "Under the investment agreement, the company will invest ...": the terms of a document named before. */
const UNDER_DOCUMENT_RE = /^(?:Under|In accordance with|Within the framework of) (?:the|this) ((?:[\w-]+ ){0,2})(agreement|contract|deal)\b/i;
/** How many sentences back the document whose terms a sentence gives may be named. */
const TERMS_WITHIN = 8;

/**
 * "5. Investment agreement between the Cabinet of Ministers and Angren Metallurg Invest on a plant. ... Under
 * the investment agreement, the Uzbek company will invest 6.5 billion soms": the priced terms are those of the
 * document named earlier with the same words, so the two are one agreement.
 */
export const documentWithItsTerms: ArticlePass = {
  name: 'document-with-its-terms',
  does: 'joins a document named earlier with the priced sentence that opens "Under the <words> agreement"',
  run(drafts, ctx) {
    const dropped = new Set<Draft>();
    for (const p of drafts) {
      const m = p.fact.type === 'agreement' && p.fact.amount ? UNDER_DOCUMENT_RE.exec(p.sentence.text) : null;
      // A bare "Under the agreement" names no document: the one just before it is agreement-with-next-amount's.
      if (!m || !m[1]) continue;
      const words = `${m[1]}${m[2] ?? ''}`.toLowerCase();
      const named = drafts
        .filter((d) => d.fact.type === 'agreement' && !d.fact.amount && !dropped.has(d) && d.sentence.index < p.sentence.index && d.sentence.index >= p.sentence.index - TERMS_WITHIN)
        .filter((d) => d.sentence.text.toLowerCase().includes(words))
        .at(-1);
      if (!named) continue;
      dropped.add(named);
      ctx.merge(named, p, `sentence ${p.sentence.index} gives the terms of the "${words}"`);
      joinParties(p, named, p);
    }
    return drafts.filter((d) => !dropped.has(d));
  },
};
