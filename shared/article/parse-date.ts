/**
 * Date parsing for article pages: the formats listed in ../shared/SOURCES.md "Practical takeaways" 4
 * (ISO 8601, "7 July 2026 15:56 (UTC +04:00)" in English and Azeri, "13 November, 2025" + "17:35",
 * "12.03.2026 14:25:00", RFC-822) plus "May 31, 2019 / 04:05 PM". The result is always ISO 8601 with
 * an explicit offset, so `z.iso.datetime({ offset: true })` accepts it.
 */

/** Month names by lower-cased prefix-free spelling: English, Azeri, Uzbek (Latin), Russian genitive and nominative. */
const MONTHS: Readonly<Record<string, number>> = (() => {
  const table: Record<string, number> = {};
  const lists = [
    ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
    ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'],
    ['sept'],
    // Azeri (Trend, APA, Report) and Uzbek Latin (Kun.uz, Daryo) spellings.
    ['yanvar', 'fevral', 'mart', 'aprel', 'may', 'iyun', 'iyul', 'avqust', 'sentyabr', 'oktyabr', 'noyabr', 'dekabr'],
    ['yanvar', 'fevral', 'mart', 'aprel', 'may', 'iyun', 'iyul', 'avgust', 'sentabr', 'oktabr', 'noyabr', 'dekabr'],
    ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
    // Kazinform and Kabar print the nominative: "15:00, 23 Ноябрь 2025", "29 Январь 2026 10:59".
    ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'],
  ];
  for (const list of lists) {
    list.forEach((name, i) => {
      table[name] = name === 'sept' ? 9 : i + 1;
    });
  }
  return table;
})();

const ISO = /(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?/i;
const DAY_MONTH_YEAR = /(\d{1,2})(?:st|nd|rd|th)?\s+([\p{L}]{3,9})\.?,?\s+(\d{4})/u;
const MONTH_DAY_YEAR = /([\p{L}]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})/u;
const DOTTED = /(\d{1,2})[./](\d{1,2})[./](\d{4})/;
const TIME = /(?<![\d.:])(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([ap])\.?m\.?)?(?![\d:])/i;
const ZONE = /(?:\b(?:UTC|GMT)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?)|(?:(?<=\d)\s*([+-])(\d{2}):?(\d{2})\b)|\b(UTC|GMT|Z)\b/i;

interface Parts {
  year: number;
  month: number;
  day: number;
  rest: string;
}

/**
 * Parses a date as found on an article page into ISO 8601 with an offset.
 * @param text the attribute or visible text (may hold extra words such as a view count)
 * @param defaultOffset offset to use when the text gives none, e.g. '+04:00' for Baku; UTC when omitted
 * @returns e.g. '2026-07-07T15:56:00+04:00', or null when no full date (day, month and year) is found
 * @example parseDate('7 July 2026 15:56 (UTC +04:00)') // '2026-07-07T15:56:00+04:00'
 */
export function parseDate(text: string | null | undefined, defaultOffset = '+00:00'): string | null {
  if (!text) return null;
  const src = text.replace(/\u00a0/g, ' ').trim();
  if (!src) return null;
  const iso = ISO.exec(src);
  if (iso) {
    const [, y, mo, d, h, mi, s, zone] = iso;
    const offset = zone ? normalizeOffset(zone) : defaultOffset;
    return build(Number(y), Number(mo), Number(d), Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0), offset);
  }
  const parts = findDate(src);
  if (!parts) return null;
  const zoneMatch = ZONE.exec(parts.rest);
  const withoutZone = zoneMatch ? parts.rest.replace(zoneMatch[0], ' ') : parts.rest;
  const time = TIME.exec(withoutZone);
  let hour = time ? Number(time[1]) : 0;
  const meridiem = time?.[4]?.toLowerCase();
  if (meridiem === 'p' && hour < 12) hour += 12;
  if (meridiem === 'a' && hour === 12) hour = 0;
  const offset = zoneMatch ? zoneFromMatch(zoneMatch) : defaultOffset;
  return build(parts.year, parts.month, parts.day, hour, Number(time?.[2] ?? 0), Number(time?.[3] ?? 0), offset);
}

function findDate(src: string): Parts | null {
  const dmy = DAY_MONTH_YEAR.exec(src);
  const dmyMonth = dmy ? MONTHS[dmy[2]!.toLowerCase()] : undefined;
  if (dmy && dmyMonth) return { day: Number(dmy[1]), month: dmyMonth, year: Number(dmy[3]), rest: cut(src, dmy) };
  const mdy = MONTH_DAY_YEAR.exec(src);
  const mdyMonth = mdy ? MONTHS[mdy[1]!.toLowerCase()] : undefined;
  if (mdy && mdyMonth) return { day: Number(mdy[2]), month: mdyMonth, year: Number(mdy[3]), rest: cut(src, mdy) };
  const dotted = DOTTED.exec(src);
  // Day first: every outlet we read (Business Turkmenistan, Kun.uz) writes dd.mm.YYYY.
  if (dotted) return { day: Number(dotted[1]), month: Number(dotted[2]), year: Number(dotted[3]), rest: cut(src, dotted) };
  return null;
}

function cut(src: string, m: RegExpExecArray): string {
  return `${src.slice(0, m.index)} ${src.slice(m.index + m[0].length)}`;
}

function zoneFromMatch(m: RegExpExecArray): string {
  if (m[1]) return formatOffset(m[1], Number(m[2]), Number(m[3] ?? 0));
  if (m[4]) return formatOffset(m[4], Number(m[5]), Number(m[6] ?? 0));
  return '+00:00';
}

function normalizeOffset(zone: string): string {
  if (/^z$/i.test(zone)) return '+00:00';
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  return m ? formatOffset(m[1]!, Number(m[2]), Number(m[3])) : '+00:00';
}

function formatOffset(sign: string, hours: number, minutes: number): string {
  return `${sign}${pad(hours)}:${pad(minutes)}`;
}

function build(year: number, month: number, day: number, hour: number, minute: number, second: number, offset: string): string | null {
  if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}${offset}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
