import maplibregl, { type FilterSpecification, type Map as MapLibreMap } from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';
import { IS_GROUP } from './eventLayers.ts';
import { placeNames, type Box } from './labelPlacement.ts';

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

/** Where a cluster's count is written on the map, in screen pixels. */
export interface ScreenPoint {
  x: number;
  y: number;
}

export interface PlaceLabels {
  setLang: (lang: 'en' | 'ar') => void;
  /** Moves names off the clusters' counts and off each other; each dot stays on its place. */
  avoid: (counts: readonly ScreenPoint[]) => void;
}

/** Half a cluster count's width and height (px), a little generous. */
const COUNT_HALF_WIDTH = 14;
const COUNT_HALF_HEIGHT = 8;

export function addPlaceLabels(map: MapLibreMap, labels: readonly PlaceLabel[]): PlaceLabels {
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
    return { label, name, size: null as { width: number; height: number } | null };
  });
  return {
    setLang: (lang) => {
      for (const item of items) {
        item.name.textContent = lang === 'ar' ? item.label.name_ar : item.label.name_en;
        item.name.lang = lang;
        item.size = null;
      }
    },
    avoid: (counts) => {
      const townsShown = map.getZoom() >= TOWNS_FROM_ZOOM;
      const shown = items.filter((item) => item.label.rank === 1 || townsShown).sort((a, b) => a.label.rank - b.label.rank);
      // Read once per language: reading a size makes the browser lay the page out.
      for (const item of shown) item.size ??= { width: item.name.offsetWidth, height: item.name.offsetHeight };
      const obstacles: Box[] = counts.map((c) => ({
        left: c.x - COUNT_HALF_WIDTH, right: c.x + COUNT_HALF_WIDTH, top: c.y - COUNT_HALF_HEIGHT, bottom: c.y + COUNT_HALF_HEIGHT,
      }));
      const shifts = placeNames(shown.map((item) => ({ ...map.project([item.label.lon, item.label.lat]), ...item.size! })), obstacles);
      shown.forEach((item, i) => {
        const { dx, dy } = shifts[i]!;
        item.name.style.transform = dx || dy ? `translate(${Math.round(dx)}px, ${Math.round(dy)}px)` : '';
      });
    },
  };
}

/**
 * Keeps a count over every group circle of `source` (see IS_GROUP) as the map moves and the data
 * changes, and tells `onCounts` where the counts are.
 */
export function trackClusterCounts(
  map: MapLibreMap, source: string, format: (n: number) => string, onCounts: (counts: ScreenPoint[]) => void,
): void {
  const markers = new Map<string, maplibregl.Marker>();
  const update = (): void => {
    if (!map.getSource(source) || !map.isSourceLoaded(source)) return;
    const seen = new Set<string>();
    const counts: ScreenPoint[] = [];
    for (const f of map.querySourceFeatures(source, { filter: IS_GROUP as FilterSpecification })) {
      const p = f.properties ?? {};
      // A cluster, or a pin of several events (the id of its first).
      const id = p['cluster'] === true ? `cluster ${String(p['cluster_id'])}` : String(p['id']);
      if (seen.has(id)) continue;
      seen.add(id);
      let marker = markers.get(id);
      if (!marker) {
        const element = document.createElement('div');
        element.className = 'cluster-count';
        marker = new maplibregl.Marker({ element }).setLngLat((f.geometry as Point).coordinates as [number, number]);
        markers.set(id, marker.addTo(map));
      }
      const text = format(Number(p['events']));
      // Unchanged text is left alone: writing it would make the page be laid out again.
      if (marker.getElement().textContent !== text) marker.getElement().textContent = text;
      counts.push(map.project(marker.getLngLat()));
    }
    for (const [id, marker] of markers) {
      if (!seen.has(id)) {
        marker.remove();
        markers.delete(id);
      }
    }
    onCounts(counts);
  };
  map.on('render', update);
}
