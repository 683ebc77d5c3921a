/**
 * The actors, places and facet labels seen in a batch, written to their shared tables once the
 * batch's articles are in. Rows are written sorted by key, so concurrent writers lock them in the
 * same order.
 */
import type { Queryable } from './database.ts';
import { facetValue } from '../facets.ts';
import type { EventRows } from '../rows.ts';
import { insertColumns } from './insert.ts';
import type { Columns } from './insert.ts';

interface ActorName {
  key: string;
  id: string;
  name_en: string;
  name_ar: string | null;
}

interface Place extends ActorName {
  admin1_en: string | null;
  lat: number;
  lon: number;
  precision_min: number;
}

interface Label {
  facet: string;
  value: string;
  label: string;
}

const ACTOR_COLUMNS: Columns<ActorName> = [['key', 'text'], ['id', 'text'], ['name_en', 'text'], ['name_ar', 'text']];
const PLACE_COLUMNS: Columns<Place> = [
  ['key', 'text'], ['id', 'text'], ['name_en', 'text'], ['name_ar', 'text'], ['admin1_en', 'text'], ['lat', 'float8'], ['lon', 'float8'], ['precision_min', 'int'],
];
const LABEL_COLUMNS: Columns<Label> = [['facet', 'text'], ['value', 'text'], ['label', 'text']];
/** Facets whose display names live in the actors and places tables instead. */
const NAMED_ELSEWHERE = new Set(['actor', 'actor1', 'actor2', 'place']);

function sortedBy<T>(values: Iterable<T>, key: (v: T) => string): T[] {
  return [...values].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

export class Dictionary {
  private readonly actors = new Map<string, ActorName>();
  private readonly places = new Map<string, Place>();
  private readonly labels = new Map<string, Label>();

  /** Notes the names of one event (the first name seen for a key is kept; a place keeps its finest precision). */
  add(rows: EventRows): void {
    for (const a of rows.actors) {
      const key = facetValue(a.actor_id);
      if (!this.actors.has(key)) this.actors.set(key, { key, id: a.actor_id, name_en: a.name_en, name_ar: a.name_ar });
    }
    for (const l of rows.locations) {
      if (l.launch_site) continue;
      this.addPlace({ key: facetValue(l.place_id), id: l.place_id, name_en: l.name_en, name_ar: l.name_ar, admin1_en: l.admin1_en, lat: l.lat, lon: l.lon, precision_min: l.precision });
    }
    for (const f of rows.facets) {
      const key = `${f.name}\u0000${f.value}`;
      if (!NAMED_ELSEWHERE.has(f.name) && !this.labels.has(key)) this.labels.set(key, { facet: f.name, value: f.value, label: f.label });
    }
  }

  private addPlace(place: Place): void {
    const known = this.places.get(place.key);
    if (!known) this.places.set(place.key, place);
    else if (place.precision_min < known.precision_min) known.precision_min = place.precision_min;
  }

  merge(other: Dictionary): void {
    for (const [key, a] of other.actors) if (!this.actors.has(key)) this.actors.set(key, a);
    for (const p of other.places.values()) this.addPlace({ ...p });
    for (const [key, l] of other.labels) if (!this.labels.has(key)) this.labels.set(key, l);
  }

  async write(db: Queryable): Promise<void> {
    await insertColumns(db, 'actors', ACTOR_COLUMNS, sortedBy(this.actors.values(), (a) => a.key), 'ON CONFLICT (key) DO NOTHING');
    await insertColumns(db, 'places', PLACE_COLUMNS, sortedBy(this.places.values(), (p) => p.key),
      'ON CONFLICT (key) DO UPDATE SET precision_min = least(places.precision_min, excluded.precision_min)');
    await insertColumns(db, 'facet_labels', LABEL_COLUMNS, sortedBy(this.labels.values(), (l) => `${l.facet}\u0000${l.value}`), 'ON CONFLICT (facet, value) DO NOTHING');
  }
}
