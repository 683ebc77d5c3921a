/**
 * From a place mention to one gazetteer place and an ACLED geo-precision. "ريف حماة" is Hama governorate at
 * precision 2, never the city at 1; "بلدة سلمى بريف اللاذقية" is the Salma in Latakia; a list of governorate
 * names ("في حلب ودير الزور وإدلب") is the governorates at 3; a bare city name is the city at 1.
 */
import type { GeoPrecision, Location } from '../contract/index.ts';
import type { Place, PlaceKind } from '../lexicon/gazetteer.ts';
import type { PlaceCue, PlaceMention } from '../extract/places.ts';

/** Preference of kinds for each cue, best first; kinds not listed come last. */
const KIND_ORDER: Record<'near' | 'admin' | 'settlement' | 'plain', readonly PlaceKind[]> = {
  near: ['governorate', 'province', 'region', 'country', 'part', 'city', 'town', 'district', 'subdistrict', 'village'],
  admin: ['governorate', 'province', 'district', 'subdistrict', 'region', 'part', 'country'],
  settlement: ['city', 'town', 'village', 'neighbourhood', 'airbase', 'airport', 'region', 'subdistrict', 'district'],
  plain: ['country', 'part', 'sea', 'airbase', 'airport', 'neighbourhood', 'city', 'town', 'region', 'governorate', 'province', 'district', 'subdistrict', 'village'],
};

const AREA_KINDS = new Set<PlaceKind>(['country', 'part', 'governorate', 'province', 'sea']);
const REGION_KINDS = new Set<PlaceKind>(['region', 'district', 'subdistrict']);

export interface GeoContext {
  /** Governorates (admin1_en) named elsewhere in the sentence, to choose between same-name places. */
  admin1: ReadonlySet<string>;
  /** Countries the article is about (ISO alpha-2), most mentioned first. */
  countries: readonly string[];
  /** True when every place of this mention's list can be a governorate. */
  listOfGovernorates: boolean;
}

function rank(place: Place, mention: PlaceMention, context: GeoContext): number[] {
  const { cue } = mention;
  const order = KIND_ORDER[cue === 'near' ? 'near' : cue === 'admin' ? 'admin' : cue === 'settlement' || cue === 'area' ? 'settlement' : 'plain'];
  let kind = order.indexOf(place.kind);
  if (kind < 0) kind = order.length;
  if (cue === null && context.listOfGovernorates && place.kind === 'governorate') kind = -1;
  const inAdmin = place.admin1_en !== null && context.admin1.has(place.admin1_en) ? 0 : 1;
  // A country is known by its name wherever the article is: "جنوب السعودية" is not a village of that name in Syria.
  const country = place.kind === 'country' ? 0 : context.countries.indexOf(place.country ?? '');
  // "مدينة سروج التركية": the nationality after the name says the country, whatever the article is about.
  const named = mention.country === null || place.country === mention.country ? 0 : 1;
  return [named, inAdmin, country < 0 ? context.countries.length : country, kind, -(place.population ?? 0)];
}

function compare(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

export function choosePlace(mention: PlaceMention, context: GeoContext): Place | null {
  let best: Place | null = null;
  let bestRank: number[] = [];
  for (const place of mention.candidates) {
    const r = rank(place, mention, context);
    if (best === null || compare(r, bestRank) < 0) [best, bestRank] = [place, r];
  }
  return best;
}

export function precisionOf(place: Place, cue: PlaceCue): GeoPrecision {
  if (AREA_KINDS.has(place.kind)) return cue === 'near' || cue === 'area' ? 2 : 3;
  if (cue === 'near') return 2;
  if (cue === 'area') return place.kind === 'village' ? 1 : 2;
  // "بلدة الصور": a district named by a settlement word is its seat, the town itself; a region has no seat ("مدن وبلدات
  // الغوطة الشرقية" are in it).
  if (REGION_KINDS.has(place.kind)) return cue === 'settlement' && place.kind !== 'region' ? 1 : 2;
  return 1;
}

export function toLocation(place: Place, precision: GeoPrecision, text: string): Location {
  return {
    id: place.id,
    name_en: place.name_en,
    name_ar: place.name_ar,
    // The countryside of a city that is a governorate of its own lies in another one: ريف دمشق is Rif Dimashq.
    admin1_en: (precision === 2 ? place.countryside_admin1 : null) ?? (place.kind === 'governorate' ? place.name_en : place.admin1_en),
    country: place.country,
    lat: place.lat,
    lon: place.lon,
    precision,
    text,
  };
}
