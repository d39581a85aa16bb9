/**
 * Lower-case words without accents, with a plural "s" taken off so "Grids" meets "Grid" and Russian case endings so
 * "банка" meets "банк": how two sentences are compared word for word (model grounding, deal grouping).
 */
export function wordsOf(text: string): string[] {
  // Accents off, but Russian "й" (и with a breve) stays a letter of its own: it carries endings ("-ий", "-ой").
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, (m, i: number, all: string) => (m === '\u0306' && /[иИ]/.test(all[i - 1] ?? '') ? m : '')).normalize('NFC').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean).map(stem);
}

// Russian inflects by endings: "Азиатского банка развития" and "Азиатский банк развития" must meet word for word.
// A light stemmer: the commonest case and number endings off, at least three letters kept (not a full Snowball stemmer:
// names and the evidence around them are all it compares).
const RU_ENDING_RE = /(?:ями|ами|ого|его|ому|ему|ыми|ими|ых|их|ой|ей|ий|ый|ая|яя|ое|ее|ые|ие|ую|юю|ом|ем|ах|ях|ам|ям|ов|ев|а|я|у|ю|е|о|ы|и|ь|й)$/u;

function stem(w: string): string {
  if (/\p{Script=Cyrillic}/u.test(w)) {
    const cut = w.replace(RU_ENDING_RE, '');
    return cut.length >= 3 ? cut : w;
  }
  return w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;
}
