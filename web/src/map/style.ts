import type { StyleSpecification } from 'maplibre-gl';
import { eventLayers, eventSources } from './eventLayers.ts';
import type { MapLayersData } from './mapData.ts';

/** Syria, with its neighbours' edges around it. */
export const SYRIA_BOUNDS: [number, number, number, number] = [35.6, 32.3, 42.4, 37.35];
/** The region the bundled boundaries cover: the map never pans past it. */
export const REGION_BOUNDS: [number, number, number, number] = [24, 26, 54, 44];

/**
 * The boundaries are 1:50m (about 5 km): tiles past this zoom would add no detail, only more
 * tiles to cut, send from the worker and draw. Closer in, these are scaled up.
 */
const BOUNDARY_MAX_ZOOM = 5;

/** `#rrggbb` as `rgba()` with this opacity. */
function withAlpha(hex: string, alpha: number): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgba(${r}, ${g}, ${b}, ${alpha})`;
}

export const COLORS = {
  sea: '#cfdde6', land: '#ece8df', syria: '#faf8f3', border: '#8c857a', governorate: '#b3ab9d',
  areaHighlight: '#c0392b',
};

/**
 * The basemap, drawn from the GeoJSON bundled with the page (no tiles, no glyphs: labels are
 * HTML, so Arabic is shaped by the browser), and the event layers over it with the events of
 * `data`. Everything is in the first style so that the map loads its sources and compiles its
 * shaders in one go.
 */
export function mapStyle(data: MapLayersData): StyleSpecification {
  return {
    version: 8,
    sources: {
      countries: { type: 'geojson', data: '/boundaries/countries.geojson', maxzoom: BOUNDARY_MAX_ZOOM },
      governorates: { type: 'geojson', data: '/boundaries/governorates.geojson', promoteId: 'admin1_en', maxzoom: BOUNDARY_MAX_ZOOM },
      ...eventSources(data),
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': COLORS.sea } },
      // No fill antialiasing, no dashed lines, and every fill coloured per feature (never a
      // constant colour in one layer and an expression in another): each variant would be one more
      // shader program, and compiling programs is most of the map's start-up time in software WebGL.
      {
        id: 'land', type: 'fill', source: 'countries',
        paint: { 'fill-color': ['case', ['==', ['get', 'syria'], true], COLORS.syria, COLORS.land], 'fill-antialias': false },
      },
      {
        id: 'governorate-events', type: 'fill', source: 'governorates',
        paint: {
          // Events known only to the governorate (precision 3) colour the whole governorate.
          'fill-color': [
            'interpolate', ['linear'], ['coalesce', ['feature-state', 'events'], 0],
            0, withAlpha(COLORS.areaHighlight, 0), 1, withAlpha(COLORS.areaHighlight, 0.1), 20, withAlpha(COLORS.areaHighlight, 0.26),
          ],
          'fill-antialias': false,
        },
      },
      {
        id: 'governorate-lines', type: 'line', source: 'governorates',
        paint: { 'line-color': COLORS.governorate, 'line-width': 1 },
      },
      {
        id: 'governorate-selected', type: 'line', source: 'governorates',
        filter: ['==', ['get', 'admin1_en'], ''],
        paint: { 'line-color': '#1a1a1a', 'line-width': 3 },
      },
      { id: 'borders', type: 'line', source: 'countries', paint: { 'line-color': COLORS.border, 'line-width': 1.2 } },
      ...eventLayers(),
    ],
  };
}
