/**
 * Small helpers the outlet templates share: escaping and the date spellings each outlet uses.
 * Dates are kept in the outlet's own offset, read from the ISO string, never from the host's zone.
 */

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML or XML element content and attribute values. */
export function escapeMarkup(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** The parts of "2026-11-14T15:56:00+04:00" as written (local wall time plus its offset). */
export interface LocalTime {
  year: number;
  month: number;
  day: number;
  hour: string;
  minute: string;
  second: string;
  /** "+04:00" */
  offset: string;
}

/** Splits an ISO 8601 time with an explicit offset into its written parts. */
export function localTime(iso: string): LocalTime {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})([+-]\d{2}:\d{2})$/.exec(iso);
  if (!m) throw new RangeError(`sample-site date "${iso}" is not ISO 8601 with an offset`);
  const [, y, mo, d, h, mi, s, off] = m as unknown as [string, string, string, string, string, string, string, string];
  return { year: Number(y), month: Number(mo), day: Number(d), hour: h, minute: mi, second: s, offset: off };
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** RFC 822 as RSS 2.0 feeds write it, keeping the local offset: "Sat, 14 Nov 2026 15:56:00 +0400". */
export function rfc822(iso: string): string {
  const t = localTime(iso);
  const weekday = WEEKDAYS[new Date(Date.UTC(t.year, t.month - 1, t.day)).getUTCDay()];
  const month = MONTHS[t.month - 1]?.slice(0, 3);
  return `${weekday}, ${pad2(t.day)} ${month} ${t.year} ${t.hour}:${t.minute}:${t.second} ${t.offset.replace(':', '')}`;
}

/** Trend's visible date: "14 November 2026 15:56 (UTC +04:00)". */
export function trendDateTime(iso: string): string {
  const t = localTime(iso);
  return `${t.day} ${MONTHS[t.month - 1]} ${t.year} ${t.hour}:${t.minute} (UTC ${t.offset})`;
}

/** Kun.uz's stats line date and time: ["14:25", "12.11.2026"]. */
export function kunDateTime(iso: string): [time: string, date: string] {
  const t = localTime(iso);
  return [`${t.hour}:${t.minute}`, `${pad2(t.day)}.${pad2(t.month)}.${t.year}`];
}

/** WordPress's visible date: "12 November 2026". */
export function longDate(iso: string): string {
  const t = localTime(iso);
  return `${t.day} ${MONTHS[t.month - 1]} ${t.year}`;
}

/** One `<p>` per paragraph. */
export function paragraphsHtml(paragraphs: readonly string[], indent = ''): string {
  return paragraphs.map((p) => `${indent}<p>${escapeMarkup(p)}</p>`).join('\n');
}

/** A headline list for a sidebar block; the headlines are invented and not articles of the site. */
export interface SidebarLink {
  title: string;
  href: string;
}
