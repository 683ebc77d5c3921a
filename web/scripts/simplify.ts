/**
 * Simplifies polygons as a topology: a border two polygons share is simplified once, so the
 * neighbours still meet along it, and it can be drawn once.
 */
import { feature, mesh } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import type { FeatureCollection, MultiLineString, Position } from 'geojson';
import type { GeometryCollection, Objects, Topology } from 'topojson-specification';

const KM_PER_DEGREE = 111.32;

/**
 * Squared distance (km²) of a point from the line through its two neighbours: removing the point
 * moves the border by that much. Points are removed least first while it is under the tolerance.
 */
function offsetKm2([a, b, c]: [Position, Position, Position]): number {
  const scale = Math.cos((b[1]! * Math.PI) / 180) * KM_PER_DEGREE;
  const [ax, ay, bx, by, cx, cy] = [a[0]! * scale, a[1]! * KM_PER_DEGREE, b[0]! * scale, b[1]! * KM_PER_DEGREE, c[0]! * scale, c[1]! * KM_PER_DEGREE];
  const [dx, dy] = [cx - ax, cy - ay];
  const length2 = dx * dx + dy * dy;
  if (length2 === 0) return (bx - ax) ** 2 + (by - ay) ** 2;
  return ((bx - ax) * dy - (by - ay) * dx) ** 2 / length2;
}

export interface SimplifiedPolygons {
  polygons: FeatureCollection;
  /** Every border once (`inner`: only those between two polygons, not their outer edge). */
  borders: (which: 'all' | 'inner') => MultiLineString;
}

/** `collection`'s polygons (with their properties), each point that moves a border by less than about `toleranceKm` removed. */
export function simplifyPolygons(collection: FeatureCollection, toleranceKm: number): SimplifiedPolygons {
  const simplified = simplify(presimplify(topology({ layer: collection }) as Topology<Objects>, offsetKm2), toleranceKm ** 2);
  const layer = simplified.objects['layer'] as GeometryCollection;
  return {
    polygons: feature(simplified, layer) as FeatureCollection,
    borders: (which) => mesh(simplified, layer, which === 'inner' ? (a, b) => a !== b : undefined),
  };
}
