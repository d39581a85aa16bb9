import type { AmountMatch } from './money/parse-amount.js';

/** A named party with where it sits in the sentence. */
export interface Mention {
  key: string;
  start: number;
  end: number;
}

/** How close (characters) a party must stand to a sum to own it: "Turkey ($731.67 million", "a $38 million EBRD loan". */
const OWNER_WINDOW = 30;
/** A party right after a sum (a space, a bracket) is glued to it; beyond this it belongs to the next item of a list. */
const GLUED_AFTER = 2;
/** How much farther a party after its sum counts than one before it. */
const AFTER_WEIGHT = 3;
const afterGap = (chars: number): number => (chars <= GLUED_AFTER ? chars : chars * AFTER_WEIGHT);

/**
 * In a list of sums each beside its own party ("Turkey ($731.67 million), Russia ($518.27 million)",
 * "a $38 million EBRD loan, a $27 million GCF loan"), the party each sum belongs to, by index of the
 * sum. Null unless every sum has one party nearest to it and the sums have at least two parties
 * between them: otherwise the sentence's parties are shared by all its sums. With `respectively`, the
 * parties before the sums own them in order; with `leadOwnsFirst`, see below.
 */
export function ownersOfAmounts(amounts: readonly AmountMatch[], mentions: readonly Mention[], respectively = false, text = '', leadOwnsFirst = false): string[] | null {
  if (amounts.length < 2) return null;
  // "X and Y provided loans of $40 million and $65 million respectively": the parties named before the sums
  // own them in order, when there are as many parties as sums.
  const first = amounts[0];
  if (respectively && first) {
    const keys = [...new Set(mentions.filter((m) => m.end <= first.start).map((m) => m.key))];
    if (keys.length === amounts.length) return keys;
  }
  const owners: string[] = [];
  for (const a of amounts) {
    // A party glued after its sum owns it ("a $38 million EBRD loan"); one further after is usually the next item's
    // ("to Russia amounted to $1.2 billion, to China – $900 million"), so it counts as farther.
    // "in Jizzakh ($45 million), Kumsan Textile will build ...": a comma after a sum closes its item, so the party after
    // it is the next item's.
    const gap = (m: Mention): number =>
      m.end <= a.start ? a.start - m.end : m.start >= a.end ? (/[,;]/.test(text.slice(a.end, m.start)) ? Infinity : afterGap(m.start - a.end)) : 0;
    const near = mentions.filter((m) => gap(m) <= OWNER_WINDOW).sort((x, y) => gap(x) - gap(y));
    // Between two sums, a party belongs to the one it is glued to; ties mean the list is not one party per sum.
    // With `leadOwnsFirst`, a first sum with no party near it belongs to the one party named before it: the lead of a
    // ranking ("Turkey headed the list of Georgia's biggest trading partners in January-June 2021 with USD 944.1 million").
    const lead = leadOwnsFirst && owners.length === 0 && near.length === 0 ? onlyPartyBefore(mentions, a) : undefined;
    const best = near[0] ?? lead;
    if (!best || (near[1] && gap(near[1]) === gap(best) && near[1].key !== best.key)) return null;
    owners.push(best.key);
  }
  // One party beside every sum is the sentence's party, not a list of parties.
  return new Set(owners).size > 1 ? owners : null;
}

/** The one party named before a sum, if exactly one is (under any number of mentions). */
function onlyPartyBefore(mentions: readonly Mention[], a: AmountMatch): Mention | undefined {
  const before = mentions.filter((m) => m.end <= a.start);
  return before.length > 0 && before.every((m) => m.key === before[0]?.key) ? before[0] : undefined;
}

/** The parties of one sum: its owner first, then the parties no sum of the list owns. */
export function partiesOfAmount(index: number, owners: readonly string[], all: readonly string[]): string[] {
  const owner = owners[index];
  if (owner === undefined) return [...all];
  return [...new Set([owner, ...all.filter((k) => !owners.includes(k))])];
}

/**
 * In a list of items, each opening on its own party and closing on its sum ("товарооборот Азербайджана с Турцией ...
 * до 3,4 млрд долларов, с Кыргызстаном вырос вдвое и достиг 40 млн", "закупила сыр в Германии на $5,62 млн, в Турции - на
 * $4,8 млн"), the party each sum belongs to: the last party named between the sum before it and itself. Every item after
 * the first must open after a comma or a semicolon, so one clause's parties are never split. Null unless every sum has such
 * a party and the sums have at least two parties between them.
 */
export function ownersByItem(amounts: readonly AmountMatch[], mentions: readonly Mention[], text: string): string[] | null {
  if (amounts.length < 2) return null;
  const owners: string[] = [];
  let from = 0;
  for (const a of amounts) {
    const inItem = mentions.filter((m) => m.start >= from && m.end <= a.start);
    const last = inItem[inItem.length - 1];
    if (!last || (from > 0 && !/[,;]/.test(text.slice(from, last.start)))) return null;
    owners.push(last.key);
    from = a.end;
  }
  return new Set(owners).size > 1 ? owners : null;
}
