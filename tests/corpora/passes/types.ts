/**
 * A case of one article pass: a short article of our own words, the facts that must come out
 * (`type amount-or-dash`, sorted), and whether the pass must act on it (`acts`: it drops or merges a
 * candidate) or must leave it alone. Negative cases keep a pass from reaching too far.
 */
export interface PassCase {
  note: string;
  paragraphs: string[];
  facts: string[];
  acts: boolean;
}

export interface PassCorpus {
  pass: string;
  cases: PassCase[];
}
