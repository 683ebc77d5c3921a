import { useEffect, useMemo, useRef, useState } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { MapPoint } from '../api/types.ts';
import { useI18n } from '../i18n/index.ts';
import { createMap } from './createMap.ts';
import { drawEvents, selectionSource } from './eventLayers.ts';
import { governorateNames } from './governorates.ts';
import { addPlaceLabels, loadPlaceLabels, trackClusterCounts, type PlaceLabels, type ScreenPoint } from './htmlLabels.ts';
import { Legend } from './Legend.tsx';
import { layersData, type MapLayersData } from './mapData.ts';

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

export function EventMap({ points, selected, onOpen, onGovernorate }: Props) {
  const { lang, t } = useI18n();
  const container = useRef<HTMLDivElement>(null);
  const handlers = useRef({ onOpen, onGovernorate });
  handlers.current = { onOpen, onGovernorate };
  const langRef = useRef(lang);
  langRef.current = lang;
  const labels = useRef<PlaceLabels | null>(null);
  const clusterCounts = useRef<ScreenPoint[]>([]);
  // The map once its style is in, so that its sources exist and take data.
  const [map, setMap] = useState<MapLibreMap | null>(null);
  // Governorates with a polygon on the map: their precision-3 events shade it.
  const [governorateIds, setGovernorateIds] = useState<ReadonlySet<string> | null>(null);
  // The points last drawn completely: the page says so only for the points it is given now.
  const [drawn, setDrawn] = useState<MapPoint[] | null>(null);
  const shownSelection = useRef<string | null>(null);
  const data = useMemo(() => (points && governorateIds ? layersData(points, governorateIds) : null), [points, governorateIds]);
  const dataRef = useRef(data);
  dataRef.current = data;
  // The data the map was made with: its sources hold it from the start.
  const initial = useRef<MapLayersData | null>(null);

  useEffect(() => {
    void governorateNames().then(
      (names) => setGovernorateIds(new Set(names.keys())),
      // Without the polygons' names, governorate-wide events are drawn as wide circles instead.
      () => setGovernorateIds(new Set()),
    );
  }, []);

  // The map is made once the first events are known, with them in its style: its worker then
  // loads each source once, and the map draws fewer frames on the way (each costs ~100 ms in
  // software WebGL) than when the sources start empty and are filled after.
  const ready = data !== null;
  useEffect(() => {
    if (!ready) return;
    initial.current = dataRef.current;
    const map = createMap(container.current!, () => handlers.current, initial.current!);
    window.rasdMap = map;
    let removed = false;
    map.once('style.load', () => setMap(map));
    map.once('load', () => performance.mark('rasd:map-loaded'));
    trackClusterCounts(map, 'event-points', (n) => n.toLocaleString(langRef.current), (counts) => {
      clusterCounts.current = counts;
      labels.current?.avoid(counts);
    });
    void loadPlaceLabels().then((places) => {
      if (removed) return;
      labels.current = addPlaceLabels(map, places);
      labels.current.setLang(langRef.current);
      labels.current.avoid(clusterCounts.current);
    });
    return () => {
      removed = true;
      map.remove();
      setMap(null);
    };
  }, [ready]);

  useEffect(() => labels.current?.setLang(lang), [lang]);

  useEffect(() => {
    if (!map || !points || !data) return;
    drawEvents(map, data, { sources: data !== initial.current });
    map.once('idle', () => {
      // 'idle' comes as the map issues its last frame; the page shows that frame once this task
      // ends (in software WebGL, after the frame's pixels are read back), so that is when it is drawn.
      setTimeout(() => {
        performance.mark('rasd:map-drawn');
        setDrawn(points);
      }, 0);
    });
  }, [map, points, data]);

  useEffect(() => {
    // Nothing was selected and nothing is: no need to touch the map (and redraw it).
    if (!map || !points || !governorateIds || (selected === null && shownSelection.current === null)) return;
    shownSelection.current = selected;
    const mine = points.filter((p) => p.id === selected);
    const pinned = mine.filter((p) => p.precision !== 3 || !p.admin1 || !governorateIds.has(p.admin1));
    selectionSource(map).setData({
      type: 'FeatureCollection',
      features: pinned.map((p) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [p.lon, p.lat] }, properties: {} })),
    });
    const areas = mine.filter((p) => p.precision === 3 && p.admin1).map((p) => p.admin1!);
    map.setFilter('governorate-selected', ['in', ['get', 'admin1_en'], ['literal', areas]]);
    // Bring the opened event into view when it is not.
    const bounds = map.getBounds();
    if (mine.length && !mine.every((p) => bounds.contains([p.lon, p.lat]))) {
      const lons = mine.map((p) => p.lon);
      const lats = mine.map((p) => p.lat);
      map.fitBounds([Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)], { padding: 80, maxZoom: 8 });
    }
  }, [map, points, governorateIds, selected]);

  return (
    <section className="map" aria-label={t.map.label}>
      <div ref={container} className="map-canvas" data-map-events={drawn && drawn === points ? points.length : ''} data-testid="map" />
      <Legend points={points} countryWide={data?.countryWide ?? 0} />
    </section>
  );
}
