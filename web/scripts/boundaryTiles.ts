/**
 * Cuts the bundled boundaries (countries.geojson, governorates.geojson) into the vector tiles the
 * map draws (web/public/boundaries/tiles/), simplified, with their borders apart from their
 * polygons, keeping only the properties the map's layers read.
 * Run by web/scripts/boundaries.ts after it writes the GeoJSON, or alone:
 * node --import tsx web/scripts/boundaryTiles.ts
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GeoJSONVT, type GeoJSONVTTile } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import type { FeatureCollection, MultiLineString } from 'geojson';
import { PROJECT_ROOT } from '../../src/contract/paths.ts';
import { BOUNDARY_TILES, COUNTRIES, COUNTRY_BORDERS, GOVERNORATE_BORDERS, GOVERNORATES, REGION_BOUNDS } from '../src/map/boundaryTiles.ts';
import { simplifyPolygons } from './simplify.ts';

const BOUNDARIES_DIR = join(PROJECT_ROOT, 'web', 'public', 'boundaries');
export const TILES_DIR = join(BOUNDARIES_DIR, BOUNDARY_TILES.path.split('/').at(-1)!);

/**
 * Half a pixel of the map's first view (zoom ~6 over Syria). The 1:10m governorates hold three
 * times the points that view can show, and every point is work for the map's worker (and for
 * software WebGL) on each load.
 */
const SIMPLIFY_KM = 0.4;

function readLayer(file: string, keep: string[]): FeatureCollection {
  const collection = JSON.parse(readFileSync(join(BOUNDARIES_DIR, file), 'utf8')) as FeatureCollection;
  return {
    type: 'FeatureCollection',
    features: collection.features.map((f) => ({
      ...f,
      properties: Object.fromEntries(keep.filter((k) => f.properties?.[k] !== undefined).map((k) => [k, f.properties![k]])),
    })),
  };
}

const lines = (geometry: MultiLineString): FeatureCollection => ({ type: 'FeatureCollection', features: [{ type: 'Feature', geometry, properties: {} }] });

/**
 * Each source layer of the tiles. The borders are drawn from layers of their own, each border
 * once, where drawing the polygons' outlines would draw every shared border twice; the governorates'
 * outer edge is the country border, drawn from the countries.
 */
function sourceLayers(): Array<[layer: string, collection: FeatureCollection]> {
  const countries = simplifyPolygons(readLayer('countries.geojson', ['syria']), SIMPLIFY_KM);
  const governorates = simplifyPolygons(readLayer('governorates.geojson', ['admin1_en']), SIMPLIFY_KM);
  return [
    [COUNTRIES['source-layer'], countries.polygons],
    [COUNTRY_BORDERS['source-layer'], lines(countries.borders('all'))],
    [GOVERNORATES['source-layer'], governorates.polygons],
    [GOVERNORATE_BORDERS['source-layer'], lines(governorates.borders('inner'))],
  ];
}

/** Tile x or y at zoom z of a longitude or latitude (Web Mercator). */
const tileX = (lon: number, z: number): number => Math.floor(((lon + 180) / 360) * 2 ** z);
const tileY = (lat: number, z: number): number => {
  const r = (lat * Math.PI) / 180;
  return Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * 2 ** z);
};

/**
 * Every tile of the region up to the boundaries' zoom, by `z/x/y`. A tile with nothing in it is
 * empty (zero bytes, a valid tile): the map asks for each tile of the region and must not get a 404.
 */
export function cutBoundaryTiles(): Map<string, Uint8Array> {
  const { extent, maxzoom } = BOUNDARY_TILES;
  const indexes = sourceLayers().map(([layer, collection]) => [layer, new GeoJSONVT(collection, {
    maxZoom: maxzoom, indexMaxZoom: maxzoom, indexMaxPoints: 0, extent,
    // MapLibre's defaults for GeoJSON, in this extent; geojson-vt leaves the last zoom as it is (SIMPLIFY_KM's).
    tolerance: 0.375 * (extent / 512),
    // Wide enough for the widest line (3 px of a 512-px tile) to be drawn whole at the tile's edge.
    buffer: extent / 64,
  })] as const);
  const [west, south, east, north] = REGION_BOUNDS;
  const tiles = new Map<string, Uint8Array>();
  for (let z = 0; z <= maxzoom; z++) {
    for (let x = tileX(west, z); x <= tileX(east, z); x++) {
      for (let y = tileY(north, z); y <= tileY(south, z); y++) {
        const cut: Record<string, GeoJSONVTTile> = {};
        for (const [name, index] of indexes) {
          const tile = index.getTile(z, x, y);
          if (tile?.features.length) cut[name] = tile;
        }
        tiles.set(`${z}/${x}/${y}`, Object.keys(cut).length ? fromGeojsonVt(cut, { version: 2, extent }) : new Uint8Array());
      }
    }
  }
  return tiles;
}

/** Replaces the tiles folder with the tiles of the current GeoJSON. */
export function writeBoundaryTiles(): void {
  const tiles = cutBoundaryTiles();
  rmSync(TILES_DIR, { recursive: true, force: true });
  let bytes = 0;
  for (const [key, data] of tiles) {
    const path = join(TILES_DIR, `${key}.pbf`);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, data);
    bytes += data.length;
  }
  console.log(`tiles: ${tiles.size} tiles up to zoom ${BOUNDARY_TILES.maxzoom}, ${(bytes / 1024).toFixed(0)} KiB`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) writeBoundaryTiles();
