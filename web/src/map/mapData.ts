import type { Feature, FeatureCollection, Point } from 'geojson';
import type { MapPoint } from '../api/types.ts';

/** "Near the place" (precision 2) is drawn as a circle of this radius around it. */
export const NEAR_RADIUS_KM = 12;
/** An area event in a province that has no polygon on the map (outside Syria) is drawn as a circle this large. */
export const WIDE_RADIUS_KM = 45;

export interface MapLayersData {
  /** Precision 1: pins, one per place and type counting its `events`, clustered. */
  points: FeatureCollection<Point>;
  /**
   * Precision 2 (and 3 without a polygon): circles of `radius_km`, never pins; one circle per place,
   * radius and type, counting its `events`.
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

/**
 * Events of one type at one place (and radius), counted: each group is drawn as one feature with
 * the id of its first event, which a click opens.
 */
class Groups {
  private readonly groups = new Map<string, { first: MapPoint; events: number; radius_km: number | undefined }>();

  add(p: MapPoint, radius_km?: number): void {
    const key = `${p.lon},${p.lat},${p.type},${radius_km}`;
    const group = this.groups.get(key);
    if (group) group.events++;
    else this.groups.set(key, { first: p, events: 1, radius_km });
  }

  collection(): FeatureCollection<Point> {
    return {
      type: 'FeatureCollection',
      features: [...this.groups.values()].map(({ first, events, radius_km }) =>
        pointFeature(first, radius_km === undefined ? { events } : { radius_km, events })),
    };
  }
}

/** Splits the places of events by how precisely they are known (ACLED geo_precision): no false pins. */
export function layersData(points: readonly MapPoint[], governorateIds: ReadonlySet<string>): MapLayersData {
  // Many events share a place (a town's centre): the map's worker then copies and clusters one
  // feature per place and type instead of one per event.
  const pins = new Groups();
  // Many copies of one translucent circle would be drawn as one solid disc.
  const areas = new Groups();
  const governorates = new Map<string, number>();
  let countryWide = 0;
  for (const p of points) {
    if (p.precision === 1) pins.add(p);
    else if (p.precision === 2) areas.add(p, NEAR_RADIUS_KM);
    else if (p.admin1 && governorateIds.has(p.admin1)) governorates.set(p.admin1, (governorates.get(p.admin1) ?? 0) + 1);
    else if (p.admin1) areas.add(p, WIDE_RADIUS_KM);
    else countryWide++;
  }
  return { points: pins.collection(), areas: areas.collection(), governorates, countryWide };
}
