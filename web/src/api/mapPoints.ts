import type { GeoPrecision, MapPoint } from './types.ts';

interface FeatureLike {
  geometry?: { type?: string; coordinates?: unknown } | null;
  properties?: Record<string, unknown> | null;
}

const str = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

function precisionOf(value: unknown): GeoPrecision {
  const n = Number(value);
  return n === 2 || n === 3 ? n : 1;
}

/**
 * Map points from a GeoJSON FeatureCollection of event places: the `/map` shape
 * (`{id, type, precision, admin1}`) or the export's (`event_id`, `event_type`, `geo_precision`, `admin1_en`).
 * Features without a point geometry are skipped: an event with no place is not drawn.
 */
export function parseMapFeatures(collection: unknown): MapPoint[] {
  const features = (collection as { features?: FeatureLike[] } | null)?.features ?? [];
  const points: MapPoint[] = [];
  for (const f of features) {
    const p = f.properties ?? {};
    const coordinates = f.geometry?.type === 'Point' ? (f.geometry.coordinates as number[]) : null;
    const id = str(p['id']) ?? str(p['event_id']);
    const type = str(p['type']) ?? str(p['event_type']);
    if (!coordinates || !id || !type) continue;
    const [lon, lat] = coordinates;
    if (typeof lon !== 'number' || typeof lat !== 'number') continue;
    points.push({
      id, type, lon, lat,
      precision: precisionOf(p['precision'] ?? p['geo_precision']),
      admin1: str(p['admin1']) ?? str(p['admin1_en']),
    });
  }
  return points;
}
