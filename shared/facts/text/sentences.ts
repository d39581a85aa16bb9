/** A sentence of a paragraph, verbatim, with where it sits. */
export interface Sentence {
  /** The sentence text, verbatim from the paragraph (trimmed). */
  text: string;
  /** Index of the paragraph it comes from. */
  paragraph: number;
  /** Character offset of `text` in its paragraph. */
  start: number;
}

/** Words whose full stop does not end a sentence: titles, legal forms, month and number abbreviations. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'co', 'ltd', 'inc', 'corp', 'no', 'nos', 'vs', 'jr', 'sr', 'gen', 'gov',
  'sen', 'rep', 'approx', 'est', 'dept', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov',
  'dec', 'e.g', 'i.e', 'u.s', 'u.k', 'u.n', 'etc', 'fig', 'mln', 'bln', 'bn', 'mn', 'pct', 'ave', 'blvd', 'univ',
  // Legal forms before "Ltd.": "Extol Global Capital Pte. Ltd.", "Tata Projects Pvt. Ltd.", "Maybank Bhd." (real-a uza-nodate-uz-cn-nurafshan).
  'pte', 'pvt', 'bhd', 'sdn', 'plc',
  // Russian: years, sums and addresses ("в 2009 г. Правительство", "тыс. тонн", "им. Навои", "Ташкентской обл.").
  'г', 'гг', 'тыс', 'млн', 'млрд', 'трлн', 'руб', 'долл', 'т.е', 'т.д', 'т.п', 'им', 'ул', 'обл', 'р-н', 'проф', 'акад',
]);

/** Sentences longer than this are cut: no real sentence is, and a 5 MB run with no full stop must stay cheap. */
export const MAX_SENTENCE_CHARS = 2000;

// A candidate end: . ! ? (plus closing quotes or brackets), then whitespace, then what can start a sentence.
const END_RE = /[.!?]["'”’»)]*(?=\s+["'“‘«(]?[\p{Lu}\d])/gu;
// Glued ends with no space, as in scraped pages: "News.Az.In particular", "Al Ramahi.The parties",
// "(in Garadagh),Approval was". A lower-case letter or bracket before and a capitalised word after.
const GLUED_END_RE = /(?<=\p{L}\p{Ll}|\))[.,](?=\p{Lu}\p{Ll}+\s)/gu;

// A wire dateline before the first sentence: "BISHKEK, Aug. 25 (Xinhua) -- ", "YEREVAN. May 15 (Interfax) - ".
const WIRE_DATELINE_RE = /^[A-Z][A-Z .'-]{2,30}[,.]\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*)?\([^)]{2,30}\)\s*[-–—]{1,2}\s+/;

// A sum's scale ends its sentence when a capitalised word follows: "свыше $ 356,2 млн. Товарооборот с Турцией ...", "$18
// bln. More than ..." (ru-c, ru-d, ru-g, real-d: seven articles); "млн. USD" and "тыс. тонн" stay one sentence.
const SCALE_ABBREVIATIONS = new Set(['тыс', 'млн', 'млрд', 'трлн', 'долл', 'руб', 'mln', 'bln', 'bn', 'mn']);
// A Russian one-letter word starts a sentence too: "на $629,1 млн. К крупнейшим из них ..." (ru-c ritmeurasia-20240628-kz-cn-interregional-forum),
// "свыше $ 651,9 млн. В экспорт ..." (ru-g etoday).
// English one-letter words stay out: a try with every capital lowered the deals-2 link floor.
const WORD_AFTER_RE = /^["'“‘«(]?(?:\p{Lu}\p{Ll}|[ВКСОУАИ]\s)/u;

function scaleEndsSentence(paragraph: string, dot: number, after: number): boolean {
  const word = /([\p{L}]+)$/u.exec(paragraph.slice(Math.max(0, dot - 6), dot))?.[1]?.toLowerCase() ?? '';
  return SCALE_ABBREVIATIONS.has(word) && WORD_AFTER_RE.test(paragraph.slice(after).trimStart());
}

function isAbbreviation(paragraph: string, dot: number): boolean {
  const before = paragraph.slice(Math.max(0, dot - 12), dot);
  const word = /([\p{L}.]+)$/u.exec(before)?.[1] ?? '';
  if (word.length === 1 && /\p{Lu}/u.test(word)) return true; // an initial: "S. Korea", "J. Smith"
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return true; // "U.S", "T.D.S"
  return ABBREVIATIONS.has(word.toLowerCase());
}

/**
 * Splits paragraphs into sentences, keeping abbreviations ("Mr.", "U.S.", "No.", "Co."), initials and
 * decimals inside a sentence. Every sentence is a verbatim substring of its paragraph.
 * @example splitSentences(['Mr. Li came. He signed.']).map((s) => s.text) // ['Mr. Li came.', 'He signed.']
 */
export function splitSentences(paragraphs: readonly string[]): Sentence[] {
  const out: Sentence[] = [];
  paragraphs.forEach((paragraph, index) => {
    const cuts = new Set<number>();
    for (const m of paragraph.matchAll(END_RE)) {
      if (m[0].startsWith('.') && isAbbreviation(paragraph, m.index) && !scaleEndsSentence(paragraph, m.index, m.index + m[0].length)) continue;
      cuts.add(m.index + m[0].length);
    }
    for (const m of paragraph.matchAll(GLUED_END_RE)) cuts.add(m.index + 1);
    const dateline = WIRE_DATELINE_RE.exec(paragraph);
    if (dateline) cuts.add(dateline[0].length);
    let from = 0;
    const push = (to: number): void => {
      const raw = paragraph.slice(from, to);
      const lead = raw.length - raw.trimStart().length;
      const text = raw.trim();
      for (let i = 0; i < text.length; i += MAX_SENTENCE_CHARS) {
        const piece = text.slice(i, i + MAX_SENTENCE_CHARS);
        if (piece.trim()) out.push({ text: piece, paragraph: index, start: from + lead + i });
      }
      from = to;
    };
    for (const cut of [...cuts].sort((a, b) => a - b)) push(cut);
    push(paragraph.length);
  });
  return out;
}
