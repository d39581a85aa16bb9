/**
 * Answers as a perfect annotator would: the gold facts of an eval set, written as the model extractor
 * asks (sentence numbers of what was sent, and fields), so that the whole model path can be measured
 * without a model. `corrupt` spoils one fact in `every` the ways a model goes wrong.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SentArticle } from './fake-llm.js';
import { extractFacts } from '../../shared/facts/extract-facts.js';

export interface GoldFact {
  type: string;
  status: string | null;
  amount: { value: number; currency: string } | null;
  countries: string[];
  organizations: string[];
  sector?: string | null;
  location?: string | null;
  period?: string | null;
  evidence: string;
}

/** Gold facts by article title (the first line of each .txt) of one or more eval folders. */
export function goldByTitle(...dirs: string[]): Map<string, GoldFact[]> {
  const out = new Map<string, GoldFact[]>();
  for (const dir of dirs) {
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.gold.json'))) {
      const title = readFileSync(join(dir, f.replace(/\.gold\.json$/, '.txt')), 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/)[0]!.trim();
      out.set(title, JSON.parse(readFileSync(join(dir, f), 'utf8')).facts);
    }
  }
  return out;
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** The numbers of the sent sentences that make up `evidence` (it may span several, or be part of one). */
export function sentencesOf(evidence: string, sent: SentArticle): number[] {
  const ev = norm(evidence);
  if (!ev) return [];
  return sent.sentences.filter((s) => {
    const t = norm(s.text);
    // A heading ("Trade turnover") is inside many an evidence without being part of it.
    return (t.length >= 25 && ev.includes(t)) || t.includes(ev) || (t.length > 30 && ev.includes(t.slice(0, 30)));
  }).map((s) => s.n);
}

export interface AnswerFact {
  type: string;
  sentences: number[];
  amount: { value: number; currency: string } | null;
  countries: string[];
  organizations: string[];
  status: string | null;
  sector: string | null;
  location: string | null;
  period: string | null;
}

/** The gold facts as an answer to the article sent; a fact whose evidence was not sent cites a number past the end. */
export function oracleAnswer(gold: readonly GoldFact[], sent: SentArticle): AnswerFact[] {
  const past = Math.max(0, ...sent.sentences.map((s) => s.n)) + 1;
  return gold.map((g) => {
    const numbers = sentencesOf(g.evidence, sent);
    return {
      type: g.type, sentences: numbers.length ? numbers : [past],
      amount: g.amount ? { value: g.amount.value, currency: g.amount.currency } : null,
      countries: g.countries, organizations: g.organizations, status: g.status ?? null,
      sector: g.sector ?? null, location: g.location ?? null, period: g.period ?? null,
    };
  });
}

/**
 * The rules standing in for a model: their facts of the article as sent, as an answer. For tests of
 * the pipeline around the model, where any plausible answer will do and gold evidence is not at hand.
 */
export function rulesAnswer(sent: SentArticle): AnswerFact[] {
  const facts = extractFacts({ title: sent.title, paragraphs: sent.sentences.map((s) => s.text) });
  return facts.map((f) => ({
    type: f.type, sentences: sentencesOf(f.evidence, sent), amount: f.amount ? { value: f.amount.value, currency: f.amount.currency } : null,
    countries: f.countries, organizations: f.organizations, status: f.status, sector: f.sector, location: f.location, period: f.period,
  })).filter((f) => f.sentences.length > 0);
}

/** An organisation no article names. */
export const INVENTED_PARTY = 'Northwind Meridian Holdings';

/**
 * Spoils every `every`-th fact (1st, 6th, 11th... of the whole run: `counter` carries over articles),
 * in turn: a wrong amount, an invented party, a wrong sentence. A fact with no amount gets an invented
 * party instead of a wrong amount; a wrong sentence is one that does not state the fact's sum, or,
 * for a fact with no sum, a number past the article's end.
 */
export function corrupt(answer: AnswerFact[], sent: SentArticle, counter: { n: number; kind: number }, every = 5): { answer: AnswerFact[]; spoiled: number[] } {
  const spoiled: number[] = [];
  const past = Math.max(0, ...sent.sentences.map((s) => s.n)) + 1;
  const out = answer.map((f, i) => {
    if (counter.n++ % every !== 0) return f;
    spoiled.push(i);
    const kind = counter.kind++ % 3;
    if (kind === 0 && f.amount) return { ...f, amount: { ...f.amount, value: f.amount.value * 7 + 13_000 } };
    if (kind === 2) {
      if (!f.amount) return { ...f, sentences: [past] };
      const digits = String(f.amount.value).replace(/0+$/, '').slice(0, 2);
      const other = sent.sentences.filter((s) => !f.sentences.includes(s.n) && !s.text.includes(digits[0]!)).map((s) => s.n);
      return { ...f, sentences: [other[other.length - 1] ?? past] };
    }
    return { ...f, organizations: [...f.organizations, INVENTED_PARTY] };
  });
  return { answer: out, spoiled };
}
