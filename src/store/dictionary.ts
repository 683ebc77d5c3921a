/**
 * The actors, places and facet labels named by a batch of events, for the shared tables that
 * dropdowns and counts read instead of scanning the events. Each key is kept once: the first
 * name seen for it, and for a place its finest precision. Rows come out sorted by key, so
 * concurrent writers lock them in the same order.
 */
import { facetValue } from './facets.ts';
import type { EventRows } from './rows.ts';

export interface ActorName {
  key: string;
  id: string;
  name_en: string;
  name_ar: string | null;
}

export interface PlaceName extends ActorName {
  admin1_en: string | null;
  lat: number;
  lon: number;
  precision_min: number;
}

export interface FacetLabel {
  facet: string;
  value: string;
  label: string;
}

/** Facets whose display names live in the actors and places tables instead. */
const NAMED_ELSEWHERE = new Set(['actor', 'actor1', 'actor2', 'place']);

function sortedBy<T>(values: Iterable<T>, key: (v: T) => string): T[] {
  return [...values].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

export class Dictionary {
  private readonly actorNames = new Map<string, ActorName>();
  private readonly placeNames = new Map<string, PlaceName>();
  private readonly facetLabels = new Map<string, FacetLabel>();

  /** Notes the names of one event. */
  add(rows: EventRows): void {
    for (const a of rows.actors) {
      const key = facetValue(a.actor_id);
      if (!this.actorNames.has(key)) this.actorNames.set(key, { key, id: a.actor_id, name_en: a.name_en, name_ar: a.name_ar });
    }
    for (const l of rows.locations) {
      if (l.launch_site) continue;
      this.addPlace({ key: facetValue(l.place_id), id: l.place_id, name_en: l.name_en, name_ar: l.name_ar, admin1_en: l.admin1_en, lat: l.lat, lon: l.lon, precision_min: l.precision });
    }
    for (const f of rows.facets) {
      const key = `${f.name}\u0000${f.value}`;
      if (!NAMED_ELSEWHERE.has(f.name) && !this.facetLabels.has(key)) this.facetLabels.set(key, { facet: f.name, value: f.value, label: f.label });
    }
  }

  private addPlace(place: PlaceName): void {
    const known = this.placeNames.get(place.key);
    if (!known) this.placeNames.set(place.key, place);
    else if (place.precision_min < known.precision_min) known.precision_min = place.precision_min;
  }

  merge(other: Dictionary): void {
    for (const [key, a] of other.actorNames) if (!this.actorNames.has(key)) this.actorNames.set(key, a);
    for (const p of other.placeNames.values()) this.addPlace({ ...p });
    for (const [key, l] of other.facetLabels) if (!this.facetLabels.has(key)) this.facetLabels.set(key, l);
  }

  actors(): ActorName[] {
    return sortedBy(this.actorNames.values(), (a) => a.key);
  }

  places(): PlaceName[] {
    return sortedBy(this.placeNames.values(), (p) => p.key);
  }

  labels(): FacetLabel[] {
    return sortedBy(this.facetLabels.values(), (l) => `${l.facet}\u0000${l.value}`);
  }
}
