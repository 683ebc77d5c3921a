import type { GeoJSONSource, LayerSpecification, Map as MapLibreMap, SourceSpecification } from 'maplibre-gl';
import { typeColorExpression } from './colors.ts';
import type { MapLayersData } from './mapData.ts';
import { GOVERNORATES } from './boundaryTiles.ts';

/** Web-Mercator pixels per kilometre at zoom 0 and latitude 35° (Syria's middle), 512-px world. */
const PX_PER_KM_Z0 = 1000 / ((40075016.686 / 512) * Math.cos((35 * Math.PI) / 180));
const MAX_ZOOM = 16;

export const EVENT_LAYERS = ['event-areas', 'event-points'] as const;

/**
 * Whether a feature of the `event-points` source stands for several events (a cluster, or a pin of
 * several events of one type at one place) rather than one: it is drawn as a group with their count.
 */
export const IS_GROUP = ['>', ['get', 'events'], 1];
/** Pixels: a group's by how many events it holds, else a pin's. */
const PIN_RADIUS = ['case', IS_GROUP, ['step', ['get', 'events'], 13, 10, 16, 100, 21, 1000, 27], 6];

/** The sources of the event layers, holding the events of `data`. */
export function eventSources(data: MapLayersData): Record<string, SourceSpecification> {
  return {
    'event-points': {
      type: 'geojson', data: data.points, cluster: true, clusterRadius: 40, clusterMaxZoom: 11,
      // A cluster's `events` counts the events of its pins, as each pin's counts its own.
      clusterProperties: { events: ['+', ['get', 'events']] },
    },
    'event-areas': { type: 'geojson', data: data.areas },
  };
}

/** The layers that draw events over the basemap. */
export function eventLayers(): LayerSpecification[] {
  const color = typeColorExpression() as never;
  return [
    {
      id: 'event-areas', type: 'circle', source: 'event-areas',
      paint: {
        // A circle of radius_km on the ground at every zoom: the radius doubles with each zoom level.
        'circle-radius': [
          'interpolate', ['exponential', 2], ['zoom'],
          0, ['*', ['get', 'radius_km'], PX_PER_KM_Z0],
          MAX_ZOOM, ['*', ['get', 'radius_km'], PX_PER_KM_Z0 * 2 ** MAX_ZOOM],
        ],
        'circle-color': color,
        // One circle stands for every event of its type near the place: more events, a stronger wash.
        'circle-opacity': ['interpolate', ['linear'], ['get', 'events'], 1, 0.14, 10, 0.24, 100, 0.36],
        'circle-stroke-color': color, 'circle-stroke-width': 1.2, 'circle-stroke-opacity': 0.7,
        'circle-pitch-alignment': 'map',
      },
    },
    {
      // Pins and the groups (clusters) that stand for several events, in one layer: one shader program fewer to compile.
      id: 'event-points', type: 'circle', source: 'event-points',
      paint: {
        'circle-color': ['case', IS_GROUP, '#3b3b3b', color] as never,
        'circle-opacity': ['case', IS_GROUP, 0.82, 1] as never,
        // The radius as a function of zoom and the stroke per feature, as the area circles have
        // them (though neither changes here): both layers then share one shader program.
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 0, PIN_RADIUS, MAX_ZOOM, PIN_RADIUS] as never,
        'circle-stroke-color': ['case', IS_GROUP, '#ffffff', '#ffffff'] as never,
        'circle-stroke-width': 1.5,
      },
    },
  ];
}

/**
 * The source of the ring around the opened event's places. It and its layer are added when an
 * event is first opened: an empty source would still be loaded and tiled by the worker for the first view.
 */
export function selectionSource(map: MapLibreMap): GeoJSONSource {
  if (!map.getSource('selected')) {
    map.addSource('selected', { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
    map.addLayer({
      id: 'selected', type: 'circle', source: 'selected',
      paint: { 'circle-radius': 11, 'circle-color': 'rgba(0,0,0,0)', 'circle-stroke-color': '#111111', 'circle-stroke-width': 3 },
    });
  }
  return map.getSource('selected') as GeoJSONSource;
}

/**
 * Puts the events of `data` on the map: pins, area circles and governorate shading. The shading
 * is feature state, which a style cannot hold: it is set here even when the sources already hold
 * `data` (`sources: false`).
 */
export function drawEvents(map: MapLibreMap, data: MapLayersData, { sources = true } = {}): void {
  if (sources) {
    (map.getSource('event-points') as GeoJSONSource).setData(data.points);
    (map.getSource('event-areas') as GeoJSONSource).setData(data.areas);
  }
  const governorates = { source: GOVERNORATES.source, sourceLayer: GOVERNORATES['source-layer'] };
  map.removeFeatureState(governorates);
  for (const [admin1, events] of data.governorates) map.setFeatureState({ ...governorates, id: admin1 }, { events });
}
