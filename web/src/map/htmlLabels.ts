import maplibregl, { type Map as MapLibreMap } from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';

/**
 * Text on the map is HTML laid over it, not MapLibre symbols: symbols would need glyph files from
 * a server, and Arabic shaping from a plugin; the browser does both offline.
 */

export interface PlaceLabel {
  name_en: string;
  name_ar: string;
  rank: 1 | 2;
  lon: number;
  lat: number;
}

export async function loadPlaceLabels(): Promise<PlaceLabel[]> {
  const response = await fetch('/boundaries/places.geojson');
  return placeLabels((await response.json()) as FeatureCollection<Point>);
}

export function placeLabels(collection: FeatureCollection<Point>): PlaceLabel[] {
  return collection.features.map((f) => {
    const [lon, lat] = f.geometry.coordinates as [number, number];
    const p = f.properties ?? {};
    return { name_en: String(p['name_en']), name_ar: String(p['name_ar']), rank: p['rank'] === 1 ? 1 : 2, lon, lat };
  });
}

/** Main towns are labelled from this zoom on; below it only governorate capitals, which do not crowd. */
const TOWNS_FROM_ZOOM = 7.5;

/** Adds the place labels; returns a function that switches their language. */
export function addPlaceLabels(map: MapLibreMap, labels: readonly PlaceLabel[]): (lang: 'en' | 'ar') => void {
  const showTowns = () => map.getContainer().classList.toggle('show-towns', map.getZoom() >= TOWNS_FROM_ZOOM);
  map.on('zoom', showTowns);
  showTowns();
  const items = labels.map((label) => {
    const element = document.createElement('div');
    element.className = `place-label rank-${label.rank}`;
    const name = document.createElement('span');
    name.className = 'name';
    const dot = document.createElement('span');
    dot.className = 'dot';
    element.append(name, dot);
    new maplibregl.Marker({ element, anchor: 'bottom' }).setLngLat([label.lon, label.lat]).addTo(map);
    return { label, name };
  });
  return (lang) => {
    for (const { label, name } of items) {
      name.textContent = lang === 'ar' ? label.name_ar : label.name_en;
      name.lang = lang;
    }
  };
}

/** Keeps a count over every cluster circle of `source` as the map moves and the data changes. */
export function trackClusterCounts(map: MapLibreMap, source: string, format: (n: number) => string): void {
  const markers = new Map<number, maplibregl.Marker>();
  const update = (): void => {
    if (!map.getSource(source) || !map.isSourceLoaded(source)) return;
    const seen = new Set<number>();
    for (const f of map.querySourceFeatures(source, { filter: ['has', 'point_count'] })) {
      const p = f.properties ?? {};
      const id = Number(p['cluster_id']);
      if (seen.has(id)) continue;
      seen.add(id);
      let marker = markers.get(id);
      if (!marker) {
        const element = document.createElement('div');
        element.className = 'cluster-count';
        marker = new maplibregl.Marker({ element }).setLngLat((f.geometry as Point).coordinates as [number, number]);
        markers.set(id, marker.addTo(map));
      }
      marker.getElement().textContent = format(Number(p['point_count']));
    }
    for (const [id, marker] of markers) {
      if (!seen.has(id)) {
        marker.remove();
        markers.delete(id);
      }
    }
  };
  map.on('render', update);
}
