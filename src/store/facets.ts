/**
 * Facets: the (name, value) pairs an event can be filtered by. The store keeps one row per
 * distinct facet of each event, ordered by date, so every equality filter is one index range
 * already in date order. `eventFacets` (writing) and `filterFacets` (reading) share the names
 * and the case folding, so a filter finds what ingest wrote.
 */
import type { RasdEvent } from '../contract/index.ts';
import type { EventFilter } from './types.ts';

export type FacetName = 'type' | 'actor' | 'actor1' | 'actor2' | 'place' | 'admin1' | 'weapon' | 'target' | 'stance' | 'outlet';

export interface Facet {
  name: FacetName;
  value: string;
}

/** A filter on one facet: the event has any of `values`. */
export interface FacetCondition {
  name: FacetName;
  values: string[];
}

/** Values compare case-insensitively (`admin1=idlib`, `actor=rus.mil`). */
export function facetValue(value: string): string {
  return value.trim().toLowerCase();
}

export function eventFacets(event: RasdEvent, outlet: string | null): Facet[] {
  const seen = new Set<string>();
  const facets: Facet[] = [];
  const add = (name: FacetName, value: string | null | undefined): void => {
    if (!value) return;
    const v = facetValue(value);
    const key = `${name}\u0000${v}`;
    if (v === '' || seen.has(key)) return;
    seen.add(key);
    facets.push({ name, value: v });
  };
  add('type', event.type);
  add('actor', event.actor1?.id);
  add('actor', event.actor2?.id);
  add('actor1', event.actor1?.id);
  add('actor2', event.actor2?.id);
  for (const loc of event.locations) {
    add('place', loc.id);
    add('admin1', loc.admin1_en);
  }
  for (const w of event.weapons) add('weapon', w.id);
  for (const t of event.targets) add('target', t.kind);
  for (const c of event.claims) add('stance', c.stance);
  add('outlet', outlet);
  return facets;
}

const SINGLE: ReadonlyArray<Exclude<FacetName, 'type'>> = ['actor', 'actor1', 'actor2', 'place', 'admin1', 'weapon', 'target', 'stance', 'outlet'];

export function filterFacets(filter: EventFilter): FacetCondition[] {
  const conditions: FacetCondition[] = [];
  if (filter.types && filter.types.length > 0) conditions.push({ name: 'type', values: filter.types.map(facetValue) });
  for (const name of SINGLE) {
    const value = filter[name];
    if (value) conditions.push({ name, values: [facetValue(value)] });
  }
  return conditions;
}
