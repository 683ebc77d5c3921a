/** Shapes of the rasd HTTP API as the page reads them (see the API contract). */
import type { Article, EventType, GeoPrecision, RasdEvent, StoredEvent } from '../../../src/contract/index.ts';

export type { Article, EventType, GeoPrecision, RasdEvent, StoredEvent };
export type { MapPoints } from '../../../src/api/mapPoints.ts';

export interface EventsPage {
  events: StoredEvent[];
  next_cursor: string | null;
  /** Exact up to a cap the server sets; past it, `total_exact` is false and `total` is a lower bound. */
  total: number;
  total_exact?: boolean;
}

export interface EventDetail {
  event: StoredEvent;
  article: Article;
}

export interface DailyCount {
  date: string;
  count: number;
}

/** One filter choice from /meta: the API gives either bare ids or objects with names. */
export type MetaEntry = string | { id?: string; kind?: string; admin1_en?: string; name_en?: string | null; name_ar?: string | null };

export interface Meta {
  event_types: Record<string, { acled: [string, string] | null; plover: [string, string | null] | null }>;
  actors: MetaEntry[];
  admin1: MetaEntry[];
  weapons: MetaEntry[];
  target_kinds: MetaEntry[];
  date_range: { min: string | null; max: string | null };
  counts: { articles: number; events: number };
}

/** One place of one event on the map (an event with several places has several points). */
export interface MapPoint {
  id: string;
  type: string;
  precision: GeoPrecision;
  admin1: string | null;
  lon: number;
  lat: number;
}
