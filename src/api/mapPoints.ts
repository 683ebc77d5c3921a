/**
 * The /map answer: every matching event location, as columns. Places and event types repeat
 * across thousands of events, so each is given once and the points refer to it by index: the
 * answer is a few times smaller than one GeoJSON feature per point, and quicker to write and parse.
 */
import type { EventType, GeoPrecision } from '../contract/index.ts';
import type { EventPoint } from '../store/types.ts';

/** A place as the map draws it: where, how precisely it is known, and its governorate. */
export type MapPlace = [lon: number, lat: number, precision: GeoPrecision, admin1_en: string | null];

export interface MapPoints {
  /** More events matched than the map is given (the newest are). */
  truncated: boolean;
  types: EventType[];
  places: MapPlace[];
  /** One entry per point (an event location), newest event first; `type` and `place` index `types` and `places`. */
  id: string[];
  type: number[];
  place: number[];
}

/** Index of each distinct value, in order of first appearance. */
class Dictionary<T> {
  readonly values: T[] = [];
  private readonly index = new Map<string, number>();

  indexOf(key: string, value: T): number {
    let i = this.index.get(key);
    if (i === undefined) {
      i = this.values.push(value) - 1;
      this.index.set(key, i);
    }
    return i;
  }
}

export function encodeMapPoints(points: readonly EventPoint[], truncated: boolean): MapPoints {
  const types = new Dictionary<EventType>();
  const places = new Dictionary<MapPlace>();
  const answer: MapPoints = { truncated, types: types.values, places: places.values, id: [], type: [], place: [] };
  for (const p of points) {
    const place: MapPlace = [p.lon, p.lat, p.precision as GeoPrecision, p.admin1_en];
    answer.id.push(p.event_id);
    answer.type.push(types.indexOf(p.type, p.type));
    answer.place.push(places.indexOf(`${p.lon} ${p.lat} ${p.precision} ${p.admin1_en}`, place));
  }
  return answer;
}
