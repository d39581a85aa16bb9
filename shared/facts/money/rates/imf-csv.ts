/**
 * Reads Code for IATI's republication of the IMF's exchange rates (imf_exchangerates.csv): one row per
 * currency and month-end, `Date,Rate,Currency,Frequency,Source,Country code,Country`, Rate being
 * units of the currency per US dollar at the end of the month (IMF IFS, ENDE_XDC_USD_RATE).
 */
import * as z from 'zod';
import type { Month } from './rates-file.js';

export class RatesSourceError extends Error {
  override name = 'RatesSourceError';
}

const HEADER = ['Date', 'Rate', 'Currency', 'Frequency', 'Source'] as const;

const ImfRowSchema = z.object({
  Date: z.iso.date(),
  Rate: z.coerce.number().positive().finite(),
  Currency: z.string().regex(/^[A-Z]{3}$/),
  Frequency: z.literal('M'),
});

/** One CSV line's fields; a field in double quotes may hold commas and doubled quotes. */
export function csvFields(line: string): string[] {
  const fields: string[] = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      let value = '';
      i++;
      while (i < line.length) {
        if (line[i] === '"' && line[i + 1] === '"') { value += '"'; i += 2; } else if (line[i] === '"') { i++; break; } else value += line[i++];
      }
      fields.push(value);
      i++; // the comma after the closing quote
    } else {
      const end = line.indexOf(',', i);
      fields.push(line.slice(i, end === -1 ? line.length : end));
      i = end === -1 ? line.length + 1 : end + 1;
    }
  }
  return fields;
}

/**
 * Units per USD by currency and month, for the wanted currencies from `since` on. Rows of other
 * currencies are passed over unread; a wanted currency's row that does not parse, or two rows of
 * one currency and month that disagree, stop the read with the line named: a refresh must never
 * write a table built on a figure it misread.
 */
export function parseImfCsv(text: string, wanted: ReadonlySet<string>, since: Month): Map<string, Map<Month, number>> {
  const lines = text.split(/\r?\n/);
  const header = csvFields(lines[0] ?? '');
  const at = HEADER.map((name) => header.indexOf(name));
  if (at.some((i) => i < 0)) throw new RatesSourceError(`IMF CSV: the header lacks ${HEADER.filter((_, k) => at[k]! < 0).join(', ')} (got "${lines[0]?.slice(0, 120)}")`);
  const [dateAt, rateAt, currencyAt, frequencyAt] = at as [number, number, number, number, number];
  const out = new Map<string, Map<Month, number>>();
  lines.slice(1).forEach((line, k) => {
    if (line.trim() === '') return;
    const f = csvFields(line);
    const currency = f[currencyAt] ?? '';
    if (!wanted.has(currency) || (f[dateAt] ?? '').slice(0, 7) < since) return;
    const row = ImfRowSchema.safeParse({ Date: f[dateAt], Rate: f[rateAt], Currency: currency, Frequency: f[frequencyAt] });
    if (!row.success) throw new RatesSourceError(`IMF CSV line ${k + 2}: ${row.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')} ("${line.slice(0, 120)}")`);
    const month = row.data.Date.slice(0, 7);
    const byMonth = out.get(currency) ?? new Map<Month, number>();
    const seen = byMonth.get(month);
    if (seen !== undefined && seen !== row.data.Rate) throw new RatesSourceError(`IMF CSV line ${k + 2}: ${currency} ${month} is given twice, ${seen} and ${row.data.Rate}`);
    byMonth.set(month, row.data.Rate);
    out.set(currency, byMonth);
  });
  return out;
}
