import { describe, expect, it } from 'vitest';
import { csvFields, parseImfCsv, RatesSourceError } from '../../../shared/facts/money/rates/imf-csv.js';
import { lastVersionPerMonth } from '../../../shared/facts/money/rates/daily-api.js';
import { buildRates } from '../../../shared/facts/money/rates/build-rates.js';

const HEADER = 'Date,Rate,Currency,Frequency,Source,Country code,Country';

describe('the IMF CSV (Code for IATI)', () => {
  it('splits quoted fields with commas and doubled quotes', () => {
    expect(csvFields('2021-05-31,77.655,AFN,M,IMF,AF,"Afghanistan, Islamic Republic of"')).toEqual(['2021-05-31', '77.655', 'AFN', 'M', 'IMF', 'AF', 'Afghanistan, Islamic Republic of']);
    expect(csvFields('a,"say ""hi""",')).toEqual(['a', 'say "hi"', '']);
  });

  it('keeps the wanted currencies from the first month on, by month', () => {
    const csv = [HEADER, '2007-12-31,49.72,AFN,M,IMF,AF,"Afghanistan, Islamic Republic of"', '2008-01-31,49.5,AFN,M,IMF,AF,"Afghanistan, Islamic Republic of"', '2008-01-31,441.1277740416947,XOF,M,IMF,7A,WAEMU'].join('\n');
    expect(parseImfCsv(csv, new Set(['AFN']), '2008-01')).toEqual(new Map([['AFN', new Map([['2008-01', 49.5]])]]));
  });

  it('names the line of a wanted row it cannot read, and of a month given twice with two figures', () => {
    const bad = [HEADER, '2008-01-31,49.5,AFN,M,IMF,AF,x', '2008-02-29,n/a,AFN,M,IMF,AF,x'].join('\n');
    expect(() => parseImfCsv(bad, new Set(['AFN']), '2008-01')).toThrow(/IMF CSV line 3: Rate/);
    const twice = [HEADER, '2008-01-31,49.5,AFN,M,IMF,AF,x', '2008-01-31,50,AFN,M,IMF,AF,y'].join('\n');
    expect(() => parseImfCsv(twice, new Set(['AFN']), '2008-01')).toThrow(new RatesSourceError('IMF CSV line 3: AFN 2008-01 is given twice, 49.5 and 50'));
    // A bad row of a currency the table does not keep is none of its business.
    expect(parseImfCsv([HEADER, '2008-01-31,??,XOF,M,IMF,7A,x'].join('\n'), new Set(['AFN']), '2008-01').size).toBe(0);
  });

  it('refuses a file that is not the CSV it knows', () => {
    expect(() => parseImfCsv('<html>moved</html>', new Set(['AFN']), '2008-01')).toThrow(/IMF CSV: the header lacks Date, Rate, Currency, Frequency, Source/);
  });
});

describe('the daily API (fawazahmed0)', () => {
  it('takes the last version of each month, from the first month on', () => {
    const versions = ['2024.3.2', '2024.3.28', '2024.3.10', '2024.2.29', '2026.9.29', '2026.9.3', 'latest', '1.0.0-beta'];
    expect(lastVersionPerMonth(versions, '2024-03')).toEqual(new Map([['2024-03', '2024.3.28'], ['2026-09', '2026.9.29']]));
  });
});

describe('combining the sources', () => {
  it('prefers the IMF month, fills only months the IMF lacks, and leaves a month neither gives out', () => {
    const { file, missing } = buildRates({
      currencies: ['KZT', 'TMT', 'XAU'], since: '2024-09', retrieved: '2026-12-05',
      imf: new Map([['KZT', new Map([['2024-09', 479.84], ['2024-10', 488.26]])]]),
      daily: new Map([
        ['2024-10', { day: '2024-10-31', unitsPerUsd: new Map([['KZT', 490.1234567], ['TMT', 3.5]]) }],
        ['2024-12', { day: '2024-12-31', unitsPerUsd: new Map([['KZT', 524.9], ['TMT', 3.50871759]]) }],
      ]),
    });
    expect(missing).toEqual(['XAU']);
    expect(file.currencies.KZT).toEqual({
      range: ['2024-09', '2024-12'],
      segments: [{ source: 'imf', from: '2024-09', to: '2024-10' }, { source: 'fawazahmed0', from: '2024-12', to: '2024-12' }],
      unitsPerUsd: { '2024-09': 479.84, '2024-10': 488.26, '2024-12': 524.9 },
    });
    expect(file.currencies.TMT?.unitsPerUsd).toEqual({ '2024-10': 3.5, '2024-12': 3.50872 });
    expect(file.sources.fawazahmed0.days).toEqual({ '2024-10': '2024-10-31', '2024-12': '2024-12-31' });
  });
});
