import type { DailyCount } from '../api/types.ts';

const DAY_MS = 86_400_000;

export interface Bin {
  /** First and last day (YYYY-MM-DD) the bin covers. */
  start: string;
  end: string;
  count: number;
}

const dayNumber = (date: string): number => Math.floor(Date.parse(`${date.slice(0, 10)}T00:00:00Z`) / DAY_MS);
const isoDay = (n: number): string => new Date(n * DAY_MS).toISOString().slice(0, 10);

/**
 * Consecutive bins from the first to the last day with events, days without events included,
 * each bin as many days as it takes to fit in `maxBins`.
 */
export function binDays(days: readonly DailyCount[], maxBins: number): Bin[] {
  const valid = days.filter((d) => !Number.isNaN(dayNumber(d.date)));
  if (valid.length === 0) return [];
  const numbers = valid.map((d) => dayNumber(d.date));
  const first = Math.min(...numbers);
  const span = Math.max(...numbers) - first + 1;
  const width = Math.max(1, Math.ceil(span / Math.max(1, maxBins)));
  const bins: Bin[] = [];
  for (let start = first; start < first + span; start += width) {
    bins.push({ start: isoDay(start), end: isoDay(start + width - 1), count: 0 });
  }
  valid.forEach((d, i) => {
    bins[Math.floor((numbers[i]! - first) / width)]!.count += d.count;
  });
  return bins;
}

/** Index of the bin holding `date`, clamped to the bins. */
export function binIndex(bins: readonly Bin[], date: string): number {
  if (bins.length === 0) return -1;
  const n = dayNumber(date);
  const first = dayNumber(bins[0]!.start);
  const width = dayNumber(bins[0]!.end) - first + 1;
  return Math.min(bins.length - 1, Math.max(0, Math.floor((n - first) / width)));
}
