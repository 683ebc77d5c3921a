/** Places of data/gazetteer/: the Syrian gazetteer (Open-Syria, Who's On First) and rasd's own additions. */
import { normalise } from '../text/normalise.ts';
import { readTsv, splitForms } from './tsv.ts';

/** `part`: a large part of a country named by its direction ("شمال سوريا", "جنوب شرق تركيا"). */
export type PlaceKind =
  | 'country' | 'part' | 'governorate' | 'province' | 'district' | 'subdistrict' | 'region' | 'city' | 'town' | 'village'
  | 'neighbourhood' | 'airbase' | 'airport' | 'sea' | 'other';

export interface Place {
  id: string;
  name_ar: string;
  name_en: string;
  names_ar: string[];
  kind: PlaceKind;
  admin1_en: string | null;
  admin2_en: string | null;
  lat: number;
  lon: number;
  population: number | null;
  country: string | null;
  /** The governorate its countryside belongs to, where that is another one (Damascus → Rif Dimashq). */
  countryside_admin1: string | null;
}

export const GAZETTEER_FILES = ['gazetteer/syria-places.tsv', 'gazetteer/extra-places.tsv'];

/** A compound name written joined after its opening word ("كفر بطنا" → "كفربطنا"), when it opens with one of `heads`. */
function joinedForm(name: string, heads: ReadonlySet<string>): string[] {
  const space = name.indexOf(' ');
  return space > 0 && heads.has(name.slice(0, space)) ? [name.slice(0, space) + name.slice(space + 1)] : [];
}

/** The kinds of place an alternative name opening with the word may name (data/gazetteer/name-heads.tsv). */
type NameHeads = ReadonlyMap<string, ReadonlySet<PlaceKind>>;

function toPlace(row: Record<string, string>, heads: ReadonlySet<string>, nameHeads: NameHeads): Place | null {
  const lat = Number(row['lat']);
  const lon = Number(row['lon']);
  if (!Number.isFinite(lat) || !Number.isFinite(lon) || row['lat'] === '') return null;
  const kind = (row['kind'] || 'other') as PlaceKind;
  const name_ar = row['name_ar'] ?? '';
  const alternative = (name: string): boolean => {
    const kinds = nameHeads.get(name.slice(0, name.indexOf(' ')));
    return kinds === undefined || kinds.has(kind);
  };
  return {
    id: row['id'] ?? '',
    name_ar,
    name_en: row['name_en'] ?? '',
    names_ar: [name_ar, ...splitForms(row['alt_names_ar']).filter(alternative)].flatMap((n) => [n, ...joinedForm(n, heads)]),
    // A neighbour country's row is "other" in the source: it is a country.
    kind: kind === 'other' && row['admin1_en'] === '' && row['country_code'] !== 'SY' ? 'country' : kind,
    admin1_en: row['admin1_en'] || null,
    admin2_en: row['admin2_en'] || null,
    lat,
    lon,
    population: row['population'] ? Number(row['population']) : null,
    country: row['country_code'] || null,
    countryside_admin1: null,
  };
}

export function loadPlaces(): Place[] {
  const countryside = new Map(readTsv('gazetteer/countryside.tsv').map((row) => [row['id']!, row['countryside_admin1']!]));
  const heads = new Set(readTsv('gazetteer/joined-heads.tsv').map((row) => row['word']!));
  const nameHeads: NameHeads = new Map(readTsv('gazetteer/name-heads.tsv').map((row) => [row['word']!, new Set(splitForms(row['kinds']).filter((k) => k !== '-') as PlaceKind[])]));
  const places: Place[] = [];
  for (const file of GAZETTEER_FILES) {
    for (const row of readTsv(file)) {
      const place = toPlace(row, heads, nameHeads);
      if (place === null) continue;
      place.countryside_admin1 = countryside.get(place.id) ?? null;
      places.push(place);
    }
  }
  return places;
}

/** Normalised words that are place names only where a cue says so (data/gazetteer/common-words.tsv). */
export function loadCommonWords(): Set<string> {
  return new Set(readTsv('gazetteer/common-words.tsv').map((row) => normalise(row['word']!)));
}

// Filled as places are first asked about: at most one entry per place of the gazetteer.
const articleNamed = new WeakMap<Place, boolean>();

/** True when one of the place's Arabic names, normalised, starts with the article ("الرقة"). */
export function hasArticleName(place: Place): boolean {
  let named = articleNamed.get(place);
  if (named === undefined) {
    named = place.names_ar.some((n) => normalise(n).startsWith('ال'));
    articleNamed.set(place, named);
  }
  return named;
}
