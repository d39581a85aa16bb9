/**
 * Russian sums written without their currency once it was given nearby: «оценивалась почти в 3 млрд долларов.
 * Сейчас звучат цифры в 4-5 млрд.» (dev-ru tnews-…), «чтобы товарооборот вырос до 3 миллиардов в 2018 году и до
 * 5 миллиардов к 2020 году» after sums in dollars (dev-ru sputnikuz-…). The Russian twin of bare-amounts.ts: a bare
 * scaled number takes the currency of the nearest sum before it in `text`, else the one after, else the context's.
 */
import { RU_SCALES } from './currencies-ru.js';
import { nounForms } from '../text/russian-inflection.js';
import { qualifierBeforeRu } from './parse-amount-ru.js';
import type { AmountMatch } from './parse-amount.js';
import type { CurrencyContext } from './bare-amounts.js';

const SP = '[\\s\\u00a0\\u202f]';
const NUM = '\\d{1,3}(?:[.,]\\d{1,3})?';
/** Scale words without thousands: «6 тыс. тонн» is a count far more often than money. */
const SCALE_OF = new Map<string, number>();
for (const s of RU_SCALES.filter((x) => x.value >= 1e6)) for (const f of [...nounForms(s.nominative, s.pattern), ...s.abbreviations]) SCALE_OF.set(f, s.value);
const SCALES = [...SCALE_OF.keys()].filter((f) => !f.endsWith('.')).sort((a, b) => b.length - a.length).join('|');
// The scale word must close the number: a noun after it is a unit («5,4 млрд кубометров», «5,6 млрд кВт/ч»), not money.
const CLOSE = `(?=\\.?${SP}*(?:[,.;:)»—–]|$)|${SP}+(?:в|во|к|и|или|на|из|за|от|до|по|а|но|против|с|со)(?![\\p{L}\\p{N}]))`;
const BARE_RE = new RegExp(`(?<![\\p{L}\\p{N}$€£¥₸₽₮.,])(${NUM})(?:${SP}?[-–]${SP}?(${NUM}))?${SP}*(${SCALES})(?![\\p{L}\\p{N}])${CLOSE}`, 'giu');

const num = (s: string): number => Number(s.replace(',', '.'));

/** Bare sums of `text` with an inherited currency; `amounts` are the sums already read there (findAmountsRu). */
export function bareAmountsRu(text: string, amounts: readonly AmountMatch[], context: CurrencyContext = { last: null }): AmountMatch[] {
  const out: AmountMatch[] = [];
  for (const m of text.matchAll(BARE_RE)) {
    const start = m.index;
    const end = start + m[0].length;
    if (amounts.some((a) => start < a.end && a.start < end)) continue;
    // «1 млн. тонн»: the full stop of an abbreviated scale before a lower-case word ends nothing (khovar.tj, ru-a). Checked
    // here, as the regex is case-insensitive.
    const next = /^\.\s*(\p{L})/u.exec(text.slice(end))?.[1];
    if (next && next !== next.toUpperCase()) continue;
    const before = [...amounts].reverse().find((a) => a.end <= start);
    const after = amounts.find((a) => a.start >= end);
    const currency = before?.currency ?? after?.currency ?? context.last;
    if (!currency) continue;
    const scale = SCALE_OF.get((m[3] ?? '').toLowerCase()) ?? 1;
    const first = Math.round(num(m[1] ?? '') * scale);
    const amount: AmountMatch = { value: first, currency, qualifier: qualifierBeforeRu(text, start), start, end, text: m[0] };
    if (m[2]) {
      const upper = Math.round(num(m[2]) * scale);
      // «4-5 млрд»: a range, the upper bound with "up to" (dev-ru README).
      if (upper > first) Object.assign(amount, { value: upper, min: first, qualifier: 'up to' });
    }
    out.push(amount);
  }
  return out;
}
