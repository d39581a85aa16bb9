/**
 * Lower-case words without accents, with a plural "s" taken off so "Grids" meets "Grid": how two
 * sentences are compared word for word (model grounding, deal grouping).
 */
export function wordsOf(text: string): string[] {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean).map(stem);
}

function stem(w: string): string {
  return w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;
}
