/**
 * The comparisons event matching and field scoring share: place names, places, actors, dates
 * and id sets, between a gold annotation and a predicted event.
 */
import { normalise } from '../text/normalise.ts';
import type { ActorRef, EventDate, GeoPrecision } from '../contract/index.ts';
import type { GoldDate } from './gold.ts';

/** What both a gold place and a predicted location have. */
export interface PlaceLike {
  name_en: string;
  name_ar: string | null;
  admin1_en: string | null;
  precision: GeoPrecision;
}

// Romanised forms of the Arabic article ("al-", "ad-", "ez-", ...): "Deir ez-Zor" and "Deir al-Zor" are one place.
const ROMANISED_ARTICLES = new Set(['al', 'el', 'ad', 'ed', 'adh', 'an', 'ar', 'er', 'as', 'es', 'ash', 'at', 'et', 'ath', 'az', 'ez']);

/** Latin name key: no accents or case, no article words, no separators. */
export function nameKeyEn(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '' && !ROMANISED_ARTICLES.has(w))
    .join('');
}

const DEFINITE = 'ال';
const MIN_STEM = 2;

/** Arabic name key: normalised spelling, no definite article on any word, no separators. */
export function nameKeyAr(name: string): string {
  return normalise(name)
    .split(/[^\u0621-\u064a0-9]+/)
    .map((w) => (w.startsWith(DEFINITE) && w.length - DEFINITE.length >= MIN_STEM ? w.slice(DEFINITE.length) : w))
    .join('');
}

/** Same place name: equal Latin keys, or equal Arabic keys. */
export function sameName(a: PlaceLike, b: PlaceLike): boolean {
  const en = nameKeyEn(a.name_en);
  if (en !== '' && en === nameKeyEn(b.name_en)) return true;
  if (a.name_ar === null || b.name_ar === null) return false;
  const ar = nameKeyAr(a.name_ar);
  return ar !== '' && ar === nameKeyAr(b.name_ar);
}

function sameAdmin1(a: PlaceLike, b: PlaceLike): boolean {
  return a.admin1_en !== null && b.admin1_en !== null && nameKeyEn(a.admin1_en) === nameKeyEn(b.admin1_en);
}

/**
 * Two places count as the same place for matching events: same name, or, when neither is a
 * precise site (precision ≥ 2 on both), the same governorate.
 */
export function placesShare(a: PlaceLike, b: PlaceLike): boolean {
  return sameName(a, b) || (a.precision >= 2 && b.precision >= 2 && sameAdmin1(a, b));
}

/** How many gold places share a place with some predicted place. */
export function sharedPlaces(gold: readonly PlaceLike[], predicted: readonly PlaceLike[]): number {
  return gold.filter((g) => predicted.some((p) => placesShare(g, p))).length;
}

/**
 * The place field is right when the gold's first (most specific) place is among the predicted
 * places with the same precision: same name, or for governorates (precision 3) the same admin1.
 * An event without a gold place is right when none is predicted either.
 */
export function firstPlaceFound(gold: readonly PlaceLike[], predicted: readonly PlaceLike[]): boolean {
  const first = gold[0];
  if (first === undefined) return predicted.length === 0;
  return predicted.some(
    (p) => p.precision === first.precision && (sameName(first, p) || (first.precision === 3 && sameAdmin1(first, p))),
  );
}

/** Gold actor id against a predicted actor; null equals null. */
export function sameActor(gold: string | null, predicted: ActorRef | null): boolean {
  return gold === (predicted?.id ?? null);
}

type DateLike = Pick<GoldDate, 'start' | 'end'>;

export function isUnknownDate(d: DateLike): boolean {
  return d.start === null && d.end === null;
}

/** Both unknown, or the [start, end] ranges overlap (a missing end is the start and vice versa). */
export function datesOverlap(gold: DateLike, predicted: EventDate): boolean {
  if (isUnknownDate(gold) || isUnknownDate(predicted)) return isUnknownDate(gold) && isUnknownDate(predicted);
  const gs = (gold.start ?? gold.end)!;
  const ge = (gold.end ?? gold.start)!;
  const ps = (predicted.start ?? predicted.end)!;
  const pe = (predicted.end ?? predicted.start)!;
  return gs <= pe && ps <= ge;
}

/** Start and end equal, or both unknown. */
export function sameDate(gold: DateLike, predicted: EventDate): boolean {
  return gold.start === predicted.start && gold.end === predicted.end;
}

export interface SetCounts {
  tp: number;
  fp: number;
  fn: number;
}

/** True/false positives and false negatives of a predicted id set against a gold one. */
export function setCounts(gold: readonly string[], predicted: readonly string[]): SetCounts {
  const g = new Set(gold);
  const p = new Set(predicted);
  let tp = 0;
  for (const id of p) if (g.has(id)) tp++;
  return { tp, fp: p.size - tp, fn: g.size - tp };
}
