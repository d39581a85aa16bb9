import { DOCUMENT_NOUNS, DOCUMENT_WORD } from '../vocabulary/en.js';
import { capitalised, either, plural } from '../vocabulary/words.js';
import type { ArticlePass, Draft } from './types.js';

// "In particular, the Ministry and Masdar signed an Addendum...": a sentence that details the one before.
// A list item ("- Agreement between X and Y ...") details the lead's documents too.
const DETAILS_RE = /^(?:in particular|specifically|namely|among them|among the (?:documents|agreements|deals)|these include|they include|the (?:largest|biggest|main) of them)\b|^\s*[-–—•*·]\s/i;
const PLURAL_DOCUMENTS_RE = new RegExp(`\\b${plural([...DOCUMENT_NOUNS, DOCUMENT_WORD])}\\b`, 'i');
/** Counts with no number: "a number of documents", "several memorandums", "a package of documents". */
const VAGUE_COUNT = 'several|various|a (?:series|number|package|range) of';
const countedLead = (counts: string): RegExp => new RegExp(`\\b(?:${counts})\\s+(?:[\\w-]+\\s+){0,3}?${plural([...DOCUMENT_NOUNS, DOCUMENT_WORD])}\\b`, 'i');
/** A lead that counts documents: "Eight cooperation agreements were signed", "a series of agreements was signed". */
const COUNTED_LEAD_RE = countedLead(`\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|${VAGUE_COUNT}`);
/** A lead that counts documents with no number. */
const VAGUE_LEAD_RE = countedLead(VAGUE_COUNT);
/** Who reports a signing (a chamber, a press service) is not one of its parties. */
const REPORTER_ORG_RE = /\b(?:Chamber|Press|Service|Agency)\b/;
const NAMED_DOCUMENT_RE = new RegExp(`\\b((?:\\p{Lu}[\\p{L}-]+ ){1,4}(?:${capitalised(DOCUMENT_NOUNS)}|Addendum))\\b`, 'gu');

const DOCUMENT_NOUN_SOURCE = either([...DOCUMENT_NOUNS, DOCUMENT_WORD]);
const DOCUMENT_NAMED = `((?:[\\w-]+ ){0,3}?${DOCUMENT_NOUN_SOURCE})`;
// A document named with "the" where it is signed: "signed the two cooperation documents together with their Turkmen counterparts",
// "put their signatures to the agreement", "The social housing agreement was signed by ..." (real-d kayhan-20231119-ir-tm-joint-
// commission-documents, real-h prnewswire-20241113-uz-ae-masdar-mingbulak-wind, real-f wam-20260204-tj-ae-adfd-rogun-loan, real-b
// trend-20210220-az-tr-commission-documents-list); who signed it or was there, put first: "Signed by X and Y, the agreement
// highlights", "Signing the agreement were X, Y and Z", "Abe hailed the signing of the trade pact", "X and Y signed the deal, with
// the Prime Minister present" (real-p zawya-20260204-tj-ae-adfd-rogun-loan, ibtimesae-nodate-kg-ae-fr-masdar-edf-hydropower,
// japantimes-20150211-mn-jp-economic-partnership, civilge-nodate-ge-fr-afd-cooperation-program). Group 1 names the document,
// group 2 its topic where one follows: a preposition that opens one ("on energy", "for the road", "with KfW"), up to a comma;
// not where or when it was signed ("on the sidelines of the forum", "on 18 March"), nor what the signing will do ("the signing of
// the memorandum will help ...": real-p kazinform-nodate-kz-eib-memorandum; real-j ultimogroup-nodate-uz-ru-gazprom-gas-supply).
const MONTHS_AND_DAYS = 'January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
const TOPIC = `((?:\\s+(?:on|for|between|with|to|of|in the field)\\b(?! the sidelines| behalf| \\d| (?:${MONTHS_AND_DAYS})\\b)[^.;,]{0,80})?)`;
const DEFINITE_SIGNED_RES: readonly RegExp[] = [
  new RegExp(`\\b(?:signed|put (?:their|his|her) signatures? (?:to|on|under)|initial(?:l)?ed) the ${DOCUMENT_NAMED}\\b${TOPIC}`, 'i'),
  new RegExp(`^(?:The|This|That) ${DOCUMENT_NAMED} (?:was|were|has been|have been) signed\\b`, 'i'),
  new RegExp(`^Signed by\\b[^.;]{0,200}?,\\s+the ${DOCUMENT_NAMED}\\b`, 'i'),
  new RegExp(`^Signing the ${DOCUMENT_NAMED} (?:were|was)\\b`, 'i'),
  new RegExp(`\\bthe signing of the ${DOCUMENT_NAMED}\\b${TOPIC}`, 'i'),
];
/**
 * Words too common to tie two mentions of a document together; "the deal" and "the pact" are how copy points back to any
 * document, and so is "the corresponding agreement" (real-k accentnews-20221021-ge-de-kfw-energy-reform).
 */
const STOP_WORDS = new Set(['the', 'and', 'of', 'on', 'in', 'for', 'to', 'with', 'between', 'a', 'an', 'by', 'at', 'its', 'their', 'this', 'that', 'was', 'were', 'cooperation', 'agreement', 'agreements', 'memorandum', 'understanding', 'document', 'documents', 'signed', 'deal', 'deals', 'pact', 'pacts', 'corresponding', 'relevant', 'respective']);
const contentWords = (t: string): string[] => (t.toLowerCase().match(/[\p{L}\d-]{3,}/gu) ?? []).filter((w) => !STOP_WORDS.has(w));

/** The match of the first of `res` that matches `text`, trying no more once one does. */
function firstMatch(res: readonly RegExp[], text: string): RegExpExecArray | null {
  for (const re of res) {
    const m = re.exec(text);
    if (m) return m;
  }
  return null;
}

/**
 * The earlier agreement a sentence signs again, if any: "the documents" with no topic of their own are those counted before;
 * "the social housing agreement" is the one whose words an earlier sentence shares.
 */
function signedAgain(text: string, earlier: readonly Draft[]): Draft | undefined {
  if (earlier.length === 0) return undefined;
  const m = firstMatch(DEFINITE_SIGNED_RES, text);
  if (!m) return undefined;
  const words = contentWords(`${m[1] ?? ''} ${m[2] ?? ''}`);
  if (words.length === 0) return earlier.at(-1);
  return earlier.filter((a) => words.filter((w) => a.sentence.text.toLowerCase().includes(w)).length >= Math.min(2, words.length)).at(-1);
}

/**
 * Agreements counted twice: a lead sentence's plural "Agreements ... have been inked" that the article
 * then details one by one ("In particular, ..."), and a document named again later ("the Investment
 * Agreement has been signed with the Ministry" after "a Power Purchase Agreement and Investment Agreement").
 */
export const restatedAgreements: ArticlePass = {
  name: 'restated-agreements',
  does: 'drops a plural lead the article details one by one, and a named document named again later',
  run(drafts, ctx) {
    const agreements = drafts.filter((d) => d.fact.type === 'agreement');
    const detailed = agreements.some((d) => DETAILS_RE.test(d.sentence.text));
    return drafts.filter((d) => {
      if (d.fact.type !== 'agreement' || d.fact.amount) return true;
      const later = agreements.filter((a) => a.sentence.index > d.sentence.index);
      const detail = later.find((a) => DETAILS_RE.test(a.sentence.text));
      if (detailed && PLURAL_DOCUMENTS_RE.test(d.sentence.text) && !DETAILS_RE.test(d.sentence.text) && detail) {
        ctx.drop(d, `a plural lead whose documents are detailed from sentence ${detail.sentence.index}`);
        return false;
      }
      // "Eight cooperation agreements were signed at the forum." then each with its companies: the count names no
      // party of its own, and the documents it counts follow (real text: real-a azernews-nodate-az-tj-eight-agreements,
      // real-b asiaplus-20240408-tj-tm-business-forum-agreements and azertac-20250423-az-cn-ministry-memoranda).
      const itemised = later.filter((a) => !a.fact.amount && a.fact.organizations.length > 0);
      if (COUNTED_LEAD_RE.test(d.sentence.text) && d.fact.organizations.every((o) => REPORTER_ORG_RE.test(o)) && itemised.length >= 2) {
        ctx.drop(d, `a count of documents itemised with their parties from sentence ${itemised[0]?.sentence.index}`);
        return false;
      }
      // "Azerbaijan and Uzbekistan signed a package of documents" then "The protocol ... and a roadmap ... were signed": a vague
      // count says no more than the documents the article then names, priced or not.
      const named = later[0];
      if (VAGUE_LEAD_RE.test(d.sentence.text) && named) {
        ctx.drop(d, `a vague count of documents the article names from sentence ${named.sentence.index}`);
        return false;
      }
      const again = signedAgain(d.sentence.text, agreements.filter((a) => a.sentence.index < d.sentence.index));
      if (again) {
        ctx.merge(d, again, `signs again the document of sentence ${again.sentence.index}`);
        return false;
      }
      const names = [...d.sentence.text.matchAll(NAMED_DOCUMENT_RE)].map((m) => (m[1] ?? '').replace(/^(?:(?:The|A|An|This|For|In) )+/, '')).filter((n) => n.includes(' '));
      const earlier = agreements.filter((a) => a.sentence.index < d.sentence.index);
      for (const n of names) {
        const first = earlier.find((a) => a.sentence.text.includes(n));
        if (first) {
          ctx.merge(d, first, `"${n}" was named in sentence ${first.sentence.index}`);
          return false;
        }
      }
      return true;
    });
  },
};
