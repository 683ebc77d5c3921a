import { apiQuery, type Filters } from '../state/view.ts';
import { api } from './client.ts';
import type { DailyCount, EventsPage, MapPoint, Meta } from './types.ts';

/** Events in the list's first page: enough to fill the panel, small enough to come back at once. */
export const PAGE_SIZE = 50;

export interface Request<T> {
  key: string;
  load: (signal?: AbortSignal) => Promise<T>;
}

/** In the order they are sent: the small answers first, the map's points (the largest) last. */
export interface ViewRequests {
  meta: Request<Meta>;
  list: Request<EventsPage> & { query: string };
  daily: Request<DailyCount[]>;
  points: Request<MapPoint[]> & { query: string };
}

/** What the page asks the API for a filter. Map, list and timeline read the same filter; the timeline leaves out the dates it sets. */
export function viewRequests(filters: Filters): ViewRequests {
  const listQuery = apiQuery(filters, { limit: String(PAGE_SIZE) });
  const mapQuery = apiQuery(filters);
  const dailyQuery = apiQuery(filters, {}, ['from', 'to']);
  return {
    meta: { key: 'meta', load: (signal) => api.meta(signal) },
    list: { key: `events?${listQuery}`, query: listQuery, load: (signal) => api.events(listQuery, signal) },
    daily: { key: `daily?${dailyQuery}`, load: (signal) => api.daily(dailyQuery, signal) },
    points: { key: `map?${mapQuery}`, query: mapQuery, load: (signal) => api.mapPoints(mapQuery, signal) },
  };
}

const started = new Map<string, Promise<unknown>>();

/** Sends the requests of the first view at once, before the page and the map are set up. */
export function prefetch(requests: ViewRequests): void {
  for (const r of Object.values(requests) as Array<Request<unknown>>) {
    const promise = r.load();
    promise.catch(() => undefined);
    started.set(r.key, promise);
  }
}

/** The prefetched answer for this request if there is one (once), else a new request. */
export function load<T>(request: Request<T>, signal: AbortSignal): Promise<T> {
  const early = started.get(request.key) as Promise<T> | undefined;
  started.delete(request.key);
  return early ?? request.load(signal);
}
