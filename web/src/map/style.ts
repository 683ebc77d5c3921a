import type { StyleSpecification } from 'maplibre-gl';
import { boundarySource, COUNTRIES, COUNTRY_BORDERS, GOVERNORATE_BORDERS, GOVERNORATES } from './boundaryTiles.ts';
import { eventLayers, eventSources } from './eventLayers.ts';
import type { MapLayersData } from './mapData.ts';

/** Syria, with its neighbours' edges around it. */
export const SYRIA_BOUNDS: [number, number, number, number] = [35.6, 32.3, 42.4, 37.35];

/** `#rrggbb` as `rgba()` with this opacity. */
function withAlpha(hex: string, alpha: number): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgba(${r}, ${g}, ${b}, ${alpha})`;
}

export const COLORS = {
  land: '#ece8df', syria: '#faf8f3', border: '#8c857a', governorate: '#b3ab9d',
  areaHighlight: '#c0392b',
};

/**
 * The basemap, drawn from the boundary tiles bundled with the page (no tile server, no glyphs:
 * labels are HTML, so Arabic is shaped by the browser), and the event layers over it with the events of
 * `data`. Everything is in the first style so that the map loads its sources and compiles its
 * shaders in one go.
 */
export function mapStyle(data: MapLayersData): StyleSpecification {
  return {
    version: 8,
    sources: {
      [COUNTRIES.source]: boundarySource(),
      ...eventSources(data),
    },
    layers: [
      // No background layer (the sea is the colour of the map's container), no fill antialiasing, no
      // dashed lines, and every fill coloured per feature (never a constant colour in one layer and an
      // expression in another): each would be one more shader program, and compiling programs is
      // most of the map's start-up time in software WebGL.
      {
        id: 'land', type: 'fill', ...COUNTRIES,
        paint: { 'fill-color': ['case', ['==', ['get', 'syria'], true], COLORS.syria, COLORS.land], 'fill-antialias': false },
      },
      {
        id: 'governorate-events', type: 'fill', ...GOVERNORATES,
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
        id: 'governorate-lines', type: 'line', ...GOVERNORATE_BORDERS,
        paint: { 'line-color': COLORS.governorate, 'line-width': 1 },
      },
      {
        id: 'governorate-selected', type: 'line', ...GOVERNORATES,
        filter: ['==', ['get', 'admin1_en'], ''],
        paint: { 'line-color': '#1a1a1a', 'line-width': 3 },
      },
      { id: 'borders', type: 'line', ...COUNTRY_BORDERS, paint: { 'line-color': COLORS.border, 'line-width': 1.2 } },
      ...eventLayers(),
    ],
  };
}
