import maplibregl, { type GeoJSONSource, type Map as MapLibreMap, type MapGeoJSONFeature } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-csp-worker.js?url';
import type { Point } from 'geojson';
import { EVENT_LAYERS } from './eventLayers.ts';
import type { MapLayersData } from './mapData.ts';
import { REGION_BOUNDS } from './boundaryTiles.ts';
import { skipTransparentSky } from './sky.ts';
import { mapStyle, SYRIA_BOUNDS } from './style.ts';
import { prewarmWorkers } from './worker.ts';

// The worker's script is large: it starts loading and compiling as soon as this module is in,
// while the page waits for its data, not once the map is made.
prewarmWorkers(workerUrl);

export interface MapHandlers {
  onOpen: (id: string) => void;
  onGovernorate: (admin1: string) => void;
}

/**
 * The map over Syria with every layer, the events of `data` in its sources, and its clicks: a
 * cluster zooms in, an event opens, a shaded governorate filters.
 */
export function createMap(container: HTMLElement, handlers: () => MapHandlers, data: MapLayersData): MapLibreMap {
  const map = new maplibregl.Map({
    container,
    style: mapStyle(data),
    bounds: SYRIA_BOUNDS,
    fitBoundsOptions: { padding: 20 },
    maxBounds: REGION_BOUNDS,
    attributionControl: false,
    dragRotate: false,
    pitchWithRotate: false,
  });
  skipTransparentSky(map);
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-left');
  map.addControl(new maplibregl.AttributionControl({ compact: true, customAttribution: 'Natural Earth · Open-Syria · GeoNames' }));
  map.touchZoomRotate.disableRotation();

  const pick = (features: MapGeoJSONFeature[]): string | null => {
    const f = features.find((x) => x.layer.id === 'event-points') ?? features.find((x) => x.layer.id === 'event-areas');
    return f ? String(f.properties['id']) : null;
  };
  map.on('click', (e) => {
    const features = map.queryRenderedFeatures(e.point, { layers: [...EVENT_LAYERS, 'governorate-events'] });
    const cluster = features.find((f) => f.layer.id === 'event-points' && f.properties['cluster'] === true);
    if (cluster) {
      const source = map.getSource('event-points') as GeoJSONSource;
      void source.getClusterExpansionZoom(Number(cluster.properties['cluster_id'])).then((zoom) =>
        map.easeTo({ center: (cluster.geometry as Point).coordinates as [number, number], zoom }),
      );
      return;
    }
    const id = pick(features);
    if (id) return handlers().onOpen(id);
    const area = features.find((f) => f.layer.id === 'governorate-events' && Number(f.state['events'] ?? 0) > 0);
    if (area) handlers().onGovernorate(String(area.properties['admin1_en']));
  });
  map.on('mousemove', (e) => {
    const hit = map.queryRenderedFeatures(e.point, { layers: [...EVENT_LAYERS] }).length > 0;
    map.getCanvas().style.cursor = hit ? 'pointer' : '';
  });
  return map;
}
