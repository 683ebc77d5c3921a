import { useEffect, useRef, useState } from 'react';
import maplibregl, { type GeoJSONSource, type Map as MapLibreMap, type MapGeoJSONFeature } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-csp-worker.js?url';
import type { FeatureCollection, Point } from 'geojson';
import type { MapPoint } from '../api/types.ts';
import { useI18n } from '../i18n/index.ts';
import { addEventLayers, EVENT_LAYERS } from './eventLayers.ts';
import { addPlaceLabels, placeLabels, trackClusterCounts } from './htmlLabels.ts';
import { layersData } from './mapData.ts';
import { baseStyle, REGION_BOUNDS, SYRIA_BOUNDS } from './style.ts';
import { Legend } from './Legend.tsx';

maplibregl.setWorkerUrl(workerUrl);

declare global {
  interface Window {
    /** The map, for the browser tests and for whoever debugs the page. */
    rasdMap?: MapLibreMap;
  }
}

interface Props {
  points: MapPoint[] | null;
  selected: string | null;
  onOpen: (id: string) => void;
  onGovernorate: (admin1: string) => void;
}

interface Loaded {
  map: MapLibreMap;
  governorateIds: Set<string>;
  setLabelLang: (lang: 'en' | 'ar') => void;
}

export function EventMap({ points, selected, onOpen, onGovernorate }: Props) {
  const { lang, t } = useI18n();
  const container = useRef<HTMLDivElement>(null);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const handlers = useRef({ onOpen, onGovernorate });
  handlers.current = { onOpen, onGovernorate };
  const langRef = useRef(lang);
  langRef.current = lang;
  // The points last drawn completely: the page says so only for the points it is given now.
  const [drawn, setDrawn] = useState<MapPoint[] | null>(null);
  const [countryWide, setCountryWide] = useState(0);

  useEffect(() => {
    const map = new maplibregl.Map({
      container: container.current!,
      style: baseStyle(),
      bounds: SYRIA_BOUNDS,
      fitBoundsOptions: { padding: 20 },
      maxBounds: REGION_BOUNDS,
      attributionControl: false,
      dragRotate: false,
      pitchWithRotate: false,
    });
    window.rasdMap = map;
    map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-left');
    map.addControl(new maplibregl.AttributionControl({ compact: true, customAttribution: 'Natural Earth · Open-Syria · GeoNames' }));
    map.touchZoomRotate.disableRotation();
    let cancelled = false;
    map.on('load', async () => {
      performance.mark('rasd:map-loaded');
      // The container may have been laid out after the map measured it.
      map.resize();
      map.fitBounds(SYRIA_BOUNDS, { padding: 20, animate: false });
      addEventLayers(map);
      trackClusterCounts(map, 'event-points', (n) => n.toLocaleString(langRef.current));
      const [places, governorates] = await Promise.all([
        fetch('/boundaries/places.geojson').then((r) => r.json() as Promise<FeatureCollection<Point>>),
        fetch('/boundaries/governorates.geojson').then((r) => r.json() as Promise<FeatureCollection>),
      ]);
      if (cancelled) return;
      const governorateIds = new Set(governorates.features.map((f) => String(f.properties?.['admin1_en'])));
      setLoaded({ map, governorateIds, setLabelLang: addPlaceLabels(map, placeLabels(places)) });
    });
    const pick = (features: MapGeoJSONFeature[]): string | null => {
      const f = features.find((x) => x.layer.id === 'event-points') ?? features.find((x) => x.layer.id === 'event-areas');
      return f ? String(f.properties['id']) : null;
    };
    map.on('click', (e) => {
      const features = map.queryRenderedFeatures(e.point, { layers: [...EVENT_LAYERS, 'governorate-events'] });
      const cluster = features.find((f) => f.layer.id === 'clusters');
      if (cluster) {
        const source = map.getSource('event-points') as GeoJSONSource;
        void source.getClusterExpansionZoom(Number(cluster.properties['cluster_id'])).then((zoom) =>
          map.easeTo({ center: (cluster.geometry as Point).coordinates as [number, number], zoom }),
        );
        return;
      }
      const id = pick(features);
      if (id) return handlers.current.onOpen(id);
      const area = features.find((f) => f.layer.id === 'governorate-events' && Number(f.state['events'] ?? 0) > 0);
      if (area) handlers.current.onGovernorate(String(area.properties['admin1_en']));
    });
    map.on('mousemove', (e) => {
      const hit = map.queryRenderedFeatures(e.point, { layers: [...EVENT_LAYERS] }).length > 0;
      map.getCanvas().style.cursor = hit ? 'pointer' : '';
    });
    return () => {
      cancelled = true;
      map.remove();
    };
  }, []);

  useEffect(() => loaded?.setLabelLang(lang), [loaded, lang]);

  useEffect(() => {
    if (!loaded || !points) return;
    const { map, governorateIds } = loaded;
    const data = layersData(points, governorateIds);
    setCountryWide(data.countryWide);
    (map.getSource('event-points') as GeoJSONSource).setData(data.points);
    (map.getSource('event-areas') as GeoJSONSource).setData(data.areas);
    map.removeFeatureState({ source: 'governorates' });
    for (const [admin1, events] of data.governorates) map.setFeatureState({ source: 'governorates', id: admin1 }, { events });
    map.once('idle', () => {
      performance.mark('rasd:map-drawn');
      setDrawn(points);
    });
  }, [loaded, points]);

  useEffect(() => {
    if (!loaded || !points) return;
    const mine = points.filter((p) => p.id === selected);
    const pinned = mine.filter((p) => p.precision !== 3 || !p.admin1 || !loaded.governorateIds.has(p.admin1));
    (loaded.map.getSource('selected') as GeoJSONSource).setData({
      type: 'FeatureCollection',
      features: pinned.map((p) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [p.lon, p.lat] }, properties: {} })),
    });
    const areas = mine.filter((p) => p.precision === 3 && p.admin1).map((p) => p.admin1!);
    loaded.map.setFilter('governorate-selected', ['in', ['get', 'admin1_en'], ['literal', areas]]);
    // Bring the opened event into view when it is not.
    const bounds = loaded.map.getBounds();
    if (mine.length && !mine.every((p) => bounds.contains([p.lon, p.lat]))) {
      const lons = mine.map((p) => p.lon);
      const lats = mine.map((p) => p.lat);
      loaded.map.fitBounds([Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)], { padding: 80, maxZoom: 8 });
    }
  }, [loaded, points, selected]);

  return (
    <section className="map" aria-label={t.map.label}>
      <div ref={container} className="map-canvas" data-map-events={drawn && drawn === points ? points.length : ''} data-testid="map" />
      <Legend points={points} countryWide={countryWide} />
    </section>
  );
}
