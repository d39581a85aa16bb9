/**
 * Pairwise "same deal" links, the measure of cross-outlet grouping (issue 12): two mentions in
 * different articles are linked when one deal holds both. A predicted mention is read as the gold
 * deal(s) whose fact in the same article it cites (same evidence, or most of its words); a link is
 * right when both ends read as one gold deal. Links inside one article are not counted: the measure
 * is about reports from different outlets.
 */
export interface GoldFact {
  article: string;
  deal: string;
  evidence: string;
}

export interface PredictedDeal {
  mentions: Array<{ article: string; evidence: string }>;
}

export interface LinkScore {
  predicted: number;
  correct: number;
  gold: number;
  found: number;
  precision: number;
  recall: number;
  /** Links predicted that no gold deal holds, and gold links missed, for study. */
  wrong: Array<[string, string]>;
  missed: Array<[string, string]>;
}

const words = (s: string) => new Set(s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The gold deals a predicted mention cites: same evidence, one evidence holding the other, or most words shared. */
export function goldDealsOf(article: string, evidence: string, gold: readonly GoldFact[]): string[] {
  const mine = gold.filter((g) => g.article === article);
  const e = norm(evidence);
  const exact = mine.filter((g) => { const x = norm(g.evidence); return x === e || x.includes(e) || e.includes(x); });
  if (exact.length > 0) return [...new Set(exact.map((g) => g.deal))];
  const we = words(e);
  const scored = mine.map((g) => {
    const wg = words(g.evidence);
    let n = 0;
    for (const w of we) if (wg.has(w)) n++;
    return { g, share: n / Math.max(1, Math.min(we.size, wg.size)) };
  }).filter((x) => x.share >= 0.6);
  return [...new Set(scored.map((x) => x.g.deal))];
}

const key = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

export function scoreLinks(predicted: readonly PredictedDeal[], gold: readonly GoldFact[]): LinkScore {
  const goldLinks = new Set<string>();
  const byDeal = new Map<string, Set<string>>();
  for (const g of gold) byDeal.set(g.deal, (byDeal.get(g.deal) ?? new Set()).add(g.article));
  for (const [deal, articles] of byDeal) {
    const list = [...articles].sort();
    for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) goldLinks.add(`${deal}\u0001${key(list[i]!, list[j]!)}`);
  }
  const right = new Set<string>();
  const wrong = new Map<string, [string, string]>();
  for (const deal of predicted) {
    const ms = deal.mentions.map((m) => ({ ...m, deals: goldDealsOf(m.article, m.evidence, gold) }));
    for (let i = 0; i < ms.length; i++) {
      for (let j = i + 1; j < ms.length; j++) {
        const a = ms[i]!;
        const b = ms[j]!;
        if (a.article === b.article) continue;
        const common = a.deals.filter((d) => b.deals.includes(d));
        if (common.length > 0) for (const d of common) right.add(`${d}\u0001${key(a.article, b.article)}`);
        else wrong.set(`${key(a.article, b.article)}\u0001${a.deals[0] ?? a.evidence}\u0001${b.deals[0] ?? b.evidence}`, [`${a.article}: ${a.evidence}`, `${b.article}: ${b.evidence}`]);
      }
    }
  }
  const correct = [...right].filter((l) => goldLinks.has(l)).length;
  const predictedCount = right.size + wrong.size;
  const missed = [...goldLinks].filter((l) => !right.has(l)).map((l) => {
    const [deal, pair] = l.split('\u0001') as [string, string];
    const [a, b] = pair.split('\u0000') as [string, string];
    return [`${deal}: ${a}`, b] as [string, string];
  });
  return {
    predicted: predictedCount, correct, gold: goldLinks.size, found: correct,
    precision: predictedCount === 0 ? 1 : correct / predictedCount,
    recall: goldLinks.size === 0 ? 1 : correct / goldLinks.size,
    wrong: [...wrong.values()], missed,
  };
}
