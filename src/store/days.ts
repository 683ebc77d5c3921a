/**
 * Dates as day numbers (YYYYMMDD integers) for sorting and range filters; 0 stands for an
 * unknown date, so undated events sort before every dated one.
 */

export const UNKNOWN_DAY = 0;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD (so 2015-02-30 is false). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

export function dayNumber(iso: string | null | undefined): number {
  if (!iso || !ISO_DATE.test(iso)) return UNKNOWN_DAY;
  return Number(iso.slice(0, 4) + iso.slice(5, 7) + iso.slice(8, 10));
}

export function isoFromDay(day: number): string | null {
  if (day === UNKNOWN_DAY) return null;
  const s = String(day).padStart(8, '0');
  return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`;
}

const MS_PER_DAY = 86_400_000;

function utcMs(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
}

export function addDays(iso: string, days: number): string {
  return new Date(utcMs(iso) + days * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Whole days from `a` to `b` (negative when b is before a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((utcMs(b) - utcMs(a)) / MS_PER_DAY);
}
