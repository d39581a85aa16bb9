/**
 * Feed dates to ISO 8601 UTC. Feeds use RFC 822 (`Thu, 06 Aug 2026 11:08:00 +0400`, seconds often
 * missing, zones as names), W3C/ISO (`2026-08-06T11:08:00+04:00`, or just `2026-08`) and a long tail
 * of near misses; an unreadable date is null, never a guess.
 */

const MONTHS: Record<string, number> = {
  jan: 0, feb: 1, mar: 2, apr: 3, may: 4, jun: 5, jul: 6, aug: 7, sep: 8, sept: 8, oct: 9, nov: 10, dec: 11,
};

/**
 * Zone names in minutes east of UTC: RFC 822's US zones plus the regional ones our outlets print
 * (MSK Moscow, AZT Baku, UZT Tashkent, ALMT Almaty, TJT Dushanbe, TMT Ashgabat, KGT Bishkek).
 */
const ZONES: Record<string, number> = {
  UT: 0, UTC: 0, GMT: 0, Z: 0, EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360,
  PST: -480, PDT: -420, BST: 60, CET: 60, CEST: 120, EET: 120, EEST: 180, MSK: 180, AZT: 240,
  UZT: 300, ALMT: 300, TJT: 300, TMT: 300, KGT: 360,
};

/** Dates outside these years are typos or placeholders (`0000-00-00`), not publication times. */
const MIN_YEAR = 1970;
const MAX_YEAR = 2100;

const ISO = /^(\d{4})(?:-?(\d{2})(?:-?(\d{2}))?)?(?:[T\s]+(\d{2}):?(\d{2})(?::?(\d{2})(?:[.,]\d+)?)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/i;
const RFC822 = /^(?:[a-z]+\.?,?\s*)?(\d{1,2})[\s-]+([a-z]{3,9})\.?,?[\s-]+(\d{2,4}),?(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*([+-]\d{2}:?\d{2}|\(?[a-z]{1,5}\)?)?\s*$/i;

/** Parses a feed date; returns `YYYY-MM-DDTHH:mm:ss.sssZ` or null. */
export function toIsoUtc(input: string | null | undefined): string | null {
  const s = normaliseZone((input ?? '').trim());
  if (!s) return null;
  const ms = parseIso(s) ?? parseRfc822(s) ?? parseNumeric(s) ?? parseLoose(s);
  if (ms === null || Number.isNaN(ms)) return null;
  const d = new Date(ms);
  const year = d.getUTCFullYear();
  return year < MIN_YEAR || year > MAX_YEAR ? null : d.toISOString();
}

/** `(UTC +04:00)` (Trend's visible dates), `GMT+0400` (JavaScript's toString) → `+0400`. */
function normaliseZone(s: string): string {
  return s.replace(/\(?\b(?:UTC|GMT)\s*([+-])(\d{1,2})(?::?(\d{2}))?\)?/i, (_m, sign: string, h: string, m?: string) => `${sign}${h.padStart(2, '0')}${m ?? '00'}`);
}

const NUMERIC = /^(\d{1,2})([./])(\d{1,2})\2(\d{4})(?:[\sT,]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*([+-]\d{2}:?\d{2})?$/;

/**
 * `dd.mm.yyyy [HH:MM[:SS]]` is day-first (Business Turkmenistan and every outlet in the region).
 * With slashes the order is only known when one part is over 12; `6/8/2026` is refused, not guessed.
 */
function parseNumeric(s: string): number | null {
  const m = NUMERIC.exec(s);
  if (!m) return null;
  const [, a = '', sep, b = '', y, h = '0', mi = '0', sec = '0', zone] = m;
  let day = Number(a);
  let month = Number(b);
  if (sep === '/') {
    if (day <= 12 && month <= 12 && day !== month) return NaN;
    if (month > 12) [day, month] = [month, day];
  }
  return utc(Number(y), month - 1, day, Number(h), Number(mi), Number(sec), offsetMinutes(zone));
}

function parseIso(s: string): number | null {
  const m = ISO.exec(s);
  if (!m) return null;
  const [, y, mo = '01', d = '01', h = '0', mi = '0', sec = '0', zone] = m;
  return utc(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(sec), offsetMinutes(zone));
}

function parseRfc822(s: string): number | null {
  const m = RFC822.exec(s);
  if (!m) return null;
  const [, d, monthName = '', y = '', h = '0', mi = '0', sec = '0', zone] = m;
  const month = MONTHS[monthName.slice(0, monthName.toLowerCase().startsWith('sept') ? 4 : 3).toLowerCase()];
  if (month === undefined) return null;
  // Two-digit years: RFC 822 allowed them; 70-99 are the 1900s.
  const year = y.length === 2 ? (Number(y) < 70 ? 2000 : 1900) + Number(y) : Number(y);
  return utc(year, month, Number(d), Number(h), Number(mi), Number(sec), offsetMinutes(zone));
}

/** Last resort for shapes like `2026/08/06 11:08` or `Aug 6, 2026`: V8's parser, read as UTC when zoneless. */
function parseLoose(s: string): number | null {
  // A year must be there, and a cut-off time (`07:3`) must not be completed by guesswork.
  if (!/\d{4}/.test(s) || /\d:\d(?!\d)/.test(s)) return null;
  const zoned = /([+-]\d{2}:?\d{2}|\b(?:Z|UTC|GMT)\b)\s*$/i.test(s);
  const ms = Date.parse(zoned ? s : `${s} UTC`);
  return Number.isNaN(ms) ? null : ms;
}

function offsetMinutes(zone: string | undefined): number | null {
  if (!zone) return 0;
  const z = zone.replace(/[()]/g, '').toUpperCase();
  const num = /^([+-])(\d{2}):?(\d{2})?$/.exec(z);
  if (num) return (num[1] === '-' ? -1 : 1) * (Number(num[2]) * 60 + Number(num[3] ?? 0));
  // Single-letter military zones are too often wrong in practice (RFC 1123 §5.2.14); read them as UTC.
  return ZONES[z] ?? (z.length === 1 ? 0 : null);
}

function utc(y: number, mo: number, d: number, h: number, mi: number, s: number, offset: number | null): number | null {
  if (offset === null || mo < 0 || mo > 11 || d < 1 || d > 31 || h > 24 || mi > 59 || s > 60) return null;
  return Date.UTC(y, mo, d, h, mi, s) - offset * 60_000;
}
