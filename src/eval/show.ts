/** How dates, places and sets are written in mismatch, miss and extra listings. */
import type { PlaceLike } from './compare.ts';

export function showDate(d: { start: string | null; end: string | null }): string {
  if (d.start === null && d.end === null) return 'unknown';
  return d.start === d.end ? String(d.start) : `${d.start ?? '?'}..${d.end ?? '?'}`;
}

export function showPlaces(places: readonly PlaceLike[]): string {
  return places.length === 0 ? '(none)' : places.map((p) => `${p.name_en} (${p.precision})`).join(', ');
}

export function showSet(values: Iterable<string>): string {
  const sorted = [...new Set(values)].sort();
  return sorted.length === 0 ? '(none)' : sorted.join(', ');
}
