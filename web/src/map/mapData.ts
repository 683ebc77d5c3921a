import type { Feature, FeatureCollection, Point } from 'geojson';
import type { MapPoint } from '../api/types.ts';

/** "Near the place" (precision 2) is drawn as a circle of this radius around it. */
export const NEAR_RADIUS_KM = 12;
/** An area event in a province that has no polygon on the map (outside Syria) is drawn as a circle this large. */
export const WIDE_RADIUS_KM = 45;

export interface MapLayersData {
  /** Precision 1: pins, clustered. */
  points: FeatureCollection<Point>;
  /**
   * Precision 2 (and 3 without a polygon): circles of `radius_km`, never pins; one circle per place,
   * radius and type, counting its `events` (many copies of one translucent circle would be drawn as one solid disc).
   */
  areas: FeatureCollection<Point>;
  /** Precision 3: events per governorate (`admin1_en`), drawn by colouring the polygon. */
  governorates: Map<string, number>;
  /** Places known only as a country or wider: no spot on the map would be true, so they are counted, not drawn. */
  countryWide: number;
}

const pointFeature = (p: MapPoint, properties: Record<string, unknown>): Feature<Point> => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
  properties: { id: p.id, type: p.type, precision: p.precision, ...properties },
});

/** Splits the places of events by how precisely they are known (ACLED geo_precision): no false pins. */
export function layersData(points: readonly MapPoint[], governorateIds: ReadonlySet<string>): MapLayersData {
  const pins: Feature<Point>[] = [];
  // Keyed by place, radius and type; a circle is drawn with the id of its first event, which a click opens.
  const areas = new Map<string, { first: MapPoint; radius_km: number; events: number }>();
  const addArea = (p: MapPoint, radius_km: number): void => {
    const key = `${p.lon},${p.lat},${radius_km},${p.type}`;
    const area = areas.get(key);
    if (area) area.events++;
    else areas.set(key, { first: p, radius_km, events: 1 });
  };
  const governorates = new Map<string, number>();
  let countryWide = 0;
  for (const p of points) {
    if (p.precision === 1) pins.push(pointFeature(p, {}));
    else if (p.precision === 2) addArea(p, NEAR_RADIUS_KM);
    else if (p.admin1 && governorateIds.has(p.admin1)) governorates.set(p.admin1, (governorates.get(p.admin1) ?? 0) + 1);
    else if (p.admin1) addArea(p, WIDE_RADIUS_KM);
    else countryWide++;
  }
  return {
    points: { type: 'FeatureCollection', features: pins },
    areas: {
      type: 'FeatureCollection',
      features: [...areas.values()].map((a) => pointFeature(a.first, { radius_km: a.radius_km, events: a.events })),
    },
    governorates,
    countryWide,
  };
}
