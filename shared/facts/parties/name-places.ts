/**
 * Countries that an organisation's own name carries, by the stem of a country, its people or its capital at the start of
 * one of the name's words: "Erdenes Mongol LLC" (MN), ОАО «Бишкектеплосеть» (KG). Read only for an article that names no
 * country at all (article-context.ts): a city utility or a state holding is at home in its country, and its loans are
 * that country's (real-zi theubposts-20160404-mn-adb-erdenes-mongol-loan, ru-zj economistkg-20180315-kg-ebrd-bishkekteploset-loan).
 */
export const NAME_PLACE_STEMS: ReadonlyArray<readonly [string, string]> = [
  ['MN', 'Mongol'], ['MN', 'Ulaanbaatar'], ['MN', 'Монгол'], ['MN', 'Улан-Батор'], ['MN', 'Улаанбаатар'],
  ['KZ', 'Kazakh'], ['KZ', 'Almaty'], ['KZ', 'Astana'], ['KZ', 'Казах'], ['KZ', 'Алмат'], ['KZ', 'Астан'],
  ['KG', 'Kyrgyz'], ['KG', 'Bishkek'], ['KG', 'Кыргыз'], ['KG', 'Киргиз'], ['KG', 'Бишкек'],
  ['UZ', 'Uzbek'], ['UZ', 'Tashkent'], ['UZ', 'Узбек'], ['UZ', 'Ташкент'],
  ['TJ', 'Tajik'], ['TJ', 'Dushanbe'], ['TJ', 'Таджик'], ['TJ', 'Душанбе'],
  ['TM', 'Turkmen'], ['TM', 'Ashgabat'], ['TM', 'Туркмен'], ['TM', 'Ашхабад'],
  ['AZ', 'Azer'], ['AZ', 'Baku'], ['AZ', 'Азербайдж'], ['AZ', 'Баку'],
  ['GE', 'Georgia'], ['GE', 'Tbilisi'], ['GE', 'Грузи'], ['GE', 'Тбилис'],
  ['AM', 'Armenia'], ['AM', 'Yerevan'], ['AM', 'Армени'], ['AM', 'Армян'], ['AM', 'Ереван'],
];

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const STEM_RE = new RegExp(`(?<![\\p{L}\\p{N}])(${NAME_PLACE_STEMS.map(([, stem]) => escape(stem)).join('|')})`, 'u');
const CODE_OF = new Map(NAME_PLACE_STEMS.map(([code, stem]) => [stem, code]));

/** The country an organisation's name carries, or null. */
export function countryInName(name: string): string | null {
  const m = STEM_RE.exec(name);
  return m ? (CODE_OF.get(m[1] ?? '') ?? null) : null;
}
