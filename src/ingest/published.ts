/**
 * Publication dates from metadata (RSS pubDate, Atom published, HTML meta, JSONL field) as
 * YYYY-MM-DD. The calendar date is read as written, in the publisher's own time zone:
 * "Mon, 02 Nov 2015 23:30:00 +0300" is 2015-11-02, the day the article's "اليوم" means.
 */

const ISO_DATE = /^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/;
// RFC 822 / 1123: "[Mon, ]2 Nov 2015 ..." (two-digit years are 19xx/20xx by RFC 2822's rule).
const RFC822_DATE = /^\s*(?:[A-Za-z]{3},?\s+)?(\d{1,2})\s+([A-Za-z]{3})[A-Za-z]*\.?\s+(\d{4}|\d{2})\b/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function isoIfValid(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** YYYY-MM-DD from an ISO 8601 or RFC 822 date(-time); null when it is neither or not a real date. */
export function toIsoDate(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const iso = ISO_DATE.exec(value);
  if (iso) return isoIfValid(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const rfc = RFC822_DATE.exec(value);
  if (rfc) {
    const month = MONTHS.indexOf(rfc[2]!.toLowerCase()) + 1;
    if (month === 0) return null;
    let year = Number(rfc[3]);
    if (rfc[3]!.length === 2) year += year < 50 ? 2000 : 1900;
    return isoIfValid(year, month, Number(rfc[1]));
  }
  return null;
}
