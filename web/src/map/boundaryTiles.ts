/**
 * The basemap's boundaries as vector tiles, cut ahead of time by web/scripts/boundaryTiles.ts from
 * the bundled GeoJSON: MapLibre's worker then only parses them, instead of indexing the GeoJSON
 * and encoding a tile of it for every tile on every load.
 */
import type { VectorSourceSpecification } from 'maplibre-gl';

/** The region the bundled boundaries cover: the map never pans past it. */
export const REGION_BOUNDS: [number, number, number, number] = [24, 26, 54, 44];

export const BOUNDARY_TILES = {
  /** Under the page's root: `{z}/{x}/{y}.pbf`. */
  path: '/boundaries/tiles',
  /**
   * The boundaries are 1:50m (about 5 km): tiles past this zoom would add no detail, only more
   * tiles to cut and draw. Closer in, these are scaled up.
   */
  maxzoom: 5,
  /** MapLibre's own extent, so that drawing them scaled up is as precise as drawing the GeoJSON was. */
  extent: 8192,
} as const;

/** Countries, with `syria` true for Syria. */
export const COUNTRIES = { source: 'boundaries', 'source-layer': 'countries' } as const;
/** The countries' borders (and coasts), each once. */
export const COUNTRY_BORDERS = { source: 'boundaries', 'source-layer': 'country-borders' } as const;
/** Syria's governorates, with `admin1_en` as the API names them (also their feature-state id). */
export const GOVERNORATES = { source: 'boundaries', 'source-layer': 'governorates' } as const;
/** The borders between two governorates, each once. */
export const GOVERNORATE_BORDERS = { source: 'boundaries', 'source-layer': 'governorate-borders' } as const;

export function boundarySource(): VectorSourceSpecification {
  return {
    type: 'vector',
    // The worker fetches the tiles, and resolves no path against the page.
    tiles: [`${location.origin}${BOUNDARY_TILES.path}/{z}/{x}/{y}.pbf`],
    maxzoom: BOUNDARY_TILES.maxzoom,
    bounds: REGION_BOUNDS,
    promoteId: { [GOVERNORATES['source-layer']]: 'admin1_en' },
  };
}
