import type { Position } from 'geojson';

/** [minLon, minLat, maxLon, maxLat] */
export type Box = [number, number, number, number];

type Edge = { inside: (p: Position) => boolean; cross: (a: Position, b: Position) => Position };

function edges([x0, y0, x1, y1]: Box): Edge[] {
  const atX = (x: number) => (a: Position, b: Position): Position => [x, a[1]! + ((b[1]! - a[1]!) * (x - a[0]!)) / (b[0]! - a[0]!)];
  const atY = (y: number) => (a: Position, b: Position): Position => [a[0]! + ((b[0]! - a[0]!) * (y - a[1]!)) / (b[1]! - a[1]!), y];
  return [
    { inside: (p) => p[0]! >= x0, cross: atX(x0) },
    { inside: (p) => p[0]! <= x1, cross: atX(x1) },
    { inside: (p) => p[1]! >= y0, cross: atY(y0) },
    { inside: (p) => p[1]! <= y1, cross: atY(y1) },
  ];
}

/** Sutherland–Hodgman: a closed ring clipped to the box, or null when nothing of it is inside. */
export function clipRingToBox(ring: Position[], box: Box): Position[] | null {
  let points = ring.slice(0, -1);
  for (const edge of edges(box)) {
    const out: Position[] = [];
    for (let i = 0; i < points.length; i++) {
      const current = points[i]!;
      const previous = points[(i + points.length - 1) % points.length]!;
      if (edge.inside(current)) {
        if (!edge.inside(previous)) out.push(edge.cross(previous, current));
        out.push(current);
      } else if (edge.inside(previous)) {
        out.push(edge.cross(previous, current));
      }
    }
    points = out;
    if (points.length === 0) return null;
  }
  return points.length < 3 ? null : [...points, points[0]!];
}

/** A polygon (outer ring then holes) clipped to the box; holes that fall outside are dropped. */
export function clipPolygonToBox(polygon: Position[][], box: Box): Position[][] | null {
  const [outer, ...holes] = polygon;
  const clipped = outer && clipRingToBox(outer, box);
  if (!clipped) return null;
  return [clipped, ...holes.map((h) => clipRingToBox(h, box)).filter((h): h is Position[] => h !== null)];
}
