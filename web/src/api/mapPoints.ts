import type { MapPoint, MapPoints } from './types.ts';

/** The points of the /map answer, one per event location, with their place and type read out of its columns. */
export function mapPoints(answer: MapPoints): MapPoint[] {
  return answer.id.map((id, i) => {
    const [lon, lat, precision, admin1] = answer.places[answer.place[i]!]!;
    return { id, type: answer.types[answer.type[i]!]!, lon, lat, precision, admin1 };
  });
}
