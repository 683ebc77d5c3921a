/**
 * Filters and paging as the command line and the HTTP API receive them (strings), checked and
 * turned into typed `EventFilter` / `PageRequest` objects. Bad input is expected, so errors are
 * data naming the parameter. The API builds its JSON schema from `QUERY_PARAMS` so both agree.
 */
import { EVENT_TYPES, isEventType } from '../contract/index.ts';
import type { EventType, Stance } from '../contract/index.ts';
import { decodeCursor } from './cursor.ts';
import { isIsoDate } from './days.ts';
import { parseSearchQuery } from './search-text.ts';
import type { ArticleFilter, EventFilter, PageRequest, SortOrder } from './types.ts';

/** Largest page: a page is built in one request, and the web page never shows more rows at once. */
export const MAX_LIMIT = 500;
export const DEFAULT_LIMIT = 50;
/** Longest full-text query, and most words in it: enough for any phrase, bounded for the FTS engine. */
export const MAX_QUERY_LENGTH = 300;

export const STANCES: readonly Stance[] = ['asserts', 'denies', 'alleges', 'reports'];

export interface ParamSpec {
  /** What the value must look like, checked by the API's schema and by `parse*` here. */
  pattern: RegExp;
  maxLength: number;
  /** Said to the user when the value does not fit. */
  hint: string;
  description: string;
}

// Ids and names are restricted to the characters they are made of, so quotes, `;`, `=` and
// comment marks (SQL or script injection attempts) are refused with a 400 rather than searched for.
const ID = /^[\p{L}\p{N}][\p{L}\p{N}\p{M}_.:\-]*$/u;
const ARTICLE_ID = /^[^\s'"`;=<>\\\p{Cc}]+$/u;
const NAME = /^(?!.*--)[\p{L}\p{N}\p{M}][\p{L}\p{N}\p{M} .,&()/_+\-]*$/u;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const NUMBER = '-?\\d{1,3}(?:\\.\\d+)?';
const BBOX = new RegExp(`^${NUMBER},${NUMBER},${NUMBER},${NUMBER}$`);
const TYPES = /^[a-z_]+(?:,[a-z_]+)*$/;

export const QUERY_PARAMS = {
  type: { pattern: TYPES, maxLength: 400, hint: 'must be event types separated by commas', description: 'Event types, comma-separated (any of them)' },
  actor: { pattern: ID, maxLength: 64, hint: 'must be an actor id such as RUS.MIL', description: 'Actor id, as actor1 or actor2' },
  actor1: { pattern: ID, maxLength: 64, hint: 'must be an actor id such as RUS.MIL', description: 'Actor id of the initiator' },
  actor2: { pattern: ID, maxLength: 64, hint: 'must be an actor id such as ISIS', description: 'Actor id of the target' },
  place: { pattern: ID, maxLength: 100, hint: 'must be a gazetteer place id', description: 'Gazetteer place id of one of the locations' },
  admin1: { pattern: NAME, maxLength: 64, hint: 'must be a governorate name such as Idlib', description: 'admin1 (governorate) of one of the locations, case-insensitive' },
  bbox: { pattern: BBOX, maxLength: 100, hint: 'must be minLon,minLat,maxLon,maxLat', description: 'Bounding box minLon,minLat,maxLon,maxLat' },
  from: { pattern: DATE, maxLength: 10, hint: 'must be a date YYYY-MM-DD', description: 'Events whose date range overlaps [from, to]; undated events are left out' },
  to: { pattern: DATE, maxLength: 10, hint: 'must be a date YYYY-MM-DD', description: 'See from' },
  weapon: { pattern: ID, maxLength: 64, hint: 'must be a weapon id such as su-34', description: 'Weapon id' },
  target: { pattern: ID, maxLength: 64, hint: 'must be a target kind such as hospital', description: 'Target kind' },
  stance: { pattern: /^(?:asserts|denies|alleges|reports)$/, maxLength: 10, hint: `must be one of ${STANCES.join(', ')}`, description: 'A claim about the event has this stance' },
  outlet: { pattern: NAME, maxLength: 100, hint: 'must be an outlet name', description: "The article's outlet, case-insensitive" },
  q: { pattern: /^[^\p{Cc}]*$/u, maxLength: MAX_QUERY_LENGTH, hint: `must be text of at most ${MAX_QUERY_LENGTH} characters`, description: 'Full-text query (Arabic or English) over article titles and texts; words must all occur, "quoted phrases" and prefix* allowed' },
  article: { pattern: ARTICLE_ID, maxLength: 200, hint: 'must be an article id', description: 'Article id' },
} as const satisfies Record<string, ParamSpec>;

export const PAGE_PARAMS = {
  limit: { pattern: /^\d{1,3}$/, maxLength: 3, hint: `must be a whole number from 1 to ${MAX_LIMIT}`, description: `Page size, 1..${MAX_LIMIT} (default ${DEFAULT_LIMIT})` },
  cursor: { pattern: /^[A-Za-z0-9_-]+$/, maxLength: 64, hint: 'must be the next_cursor of a previous page', description: 'next_cursor of the previous page' },
  sort: { pattern: /^-?date$/, maxLength: 5, hint: 'must be date or -date', description: 'date (oldest first) or -date (newest first, default)' },
} as const satisfies Record<string, ParamSpec>;

export type EventParam = keyof typeof QUERY_PARAMS;
export const ARTICLE_PARAMS = ['q', 'outlet', 'from', 'to'] as const satisfies readonly EventParam[];

export interface ParamError {
  field: string;
  message: string;
}
export type Parsed<T> = { ok: true; value: T } | { ok: false; error: ParamError };

type Params = Readonly<Record<string, string | undefined>>;

function fail(field: string, message: string): { ok: false; error: ParamError } {
  return { ok: false, error: { field, message: `${field} ${message}` } };
}

/** Checks one parameter against its spec; the error names it. */
export function checkParam(field: string, spec: ParamSpec, value: string): ParamError | null {
  if (value.length > spec.maxLength) return { field, message: `${field} must be at most ${spec.maxLength} characters` };
  if (!spec.pattern.test(value)) return { field, message: `${field} ${spec.hint}` };
  return null;
}

function parseTypes(value: string): Parsed<EventType[]> {
  const types: EventType[] = [];
  for (const t of value.split(',')) {
    if (!isEventType(t)) {
      return fail('type', `has an unknown event type "${t}" (known: ${Object.keys(EVENT_TYPES).join(', ')})`);
    }
    if (!types.includes(t)) types.push(t);
  }
  return { ok: true, value: types };
}

function parseBbox(value: string): Parsed<[number, number, number, number]> {
  const [minLon, minLat, maxLon, maxLat] = value.split(',').map(Number) as [number, number, number, number];
  if ([minLon, maxLon].some((x) => x < -180 || x > 180)) return fail('bbox', 'longitudes must be within -180..180');
  if ([minLat, maxLat].some((x) => x < -90 || x > 90)) return fail('bbox', 'latitudes must be within -90..90');
  if (minLon > maxLon || minLat > maxLat) return fail('bbox', 'must have minLon <= maxLon and minLat <= maxLat');
  return { ok: true, value: [minLon, minLat, maxLon, maxLat] };
}

function parseFields(params: Params, fields: readonly EventParam[]): Parsed<EventFilter> {
  const filter: EventFilter = {};
  for (const field of fields) {
    const raw = params[field];
    if (raw === undefined || raw === '') continue;
    const error = checkParam(field, QUERY_PARAMS[field], raw);
    if (error) return { ok: false, error };
    switch (field) {
      case 'type': {
        const types = parseTypes(raw);
        if (!types.ok) return types;
        filter.types = types.value;
        break;
      }
      case 'bbox': {
        const bbox = parseBbox(raw);
        if (!bbox.ok) return bbox;
        filter.bbox = bbox.value;
        break;
      }
      case 'from':
      case 'to':
        if (!isIsoDate(raw)) return fail(field, `is not a calendar date: ${raw}`);
        filter[field] = raw;
        break;
      case 'stance':
        filter.stance = raw as Stance;
        break;
      case 'q':
        if (parseSearchQuery(raw).length === 0) return fail('q', 'has no words to search for');
        filter.q = raw;
        break;
      default:
        filter[field] = raw;
    }
  }
  if (filter.from && filter.to && filter.from > filter.to) return fail('from', `must not be after to (${filter.from} > ${filter.to})`);
  return { ok: true, value: filter };
}

export function parseEventFilter(params: Params): Parsed<EventFilter> {
  return parseFields(params, Object.keys(QUERY_PARAMS) as EventParam[]);
}

export function parseArticleFilter(params: Params): Parsed<ArticleFilter> {
  return parseFields(params, ARTICLE_PARAMS);
}

export function parsePage(params: Params): Parsed<PageRequest> {
  for (const [field, spec] of Object.entries(PAGE_PARAMS)) {
    const raw = params[field];
    if (raw === undefined || raw === '') continue;
    const error = checkParam(field, spec, raw);
    if (error) return { ok: false, error };
  }
  const limit = params['limit'] ? Number(params['limit']) : DEFAULT_LIMIT;
  if (limit < 1 || limit > MAX_LIMIT) return fail('limit', PAGE_PARAMS.limit.hint);
  const sort: SortOrder = params['sort'] === 'date' ? 'date' : '-date';
  let cursor = null;
  if (params['cursor']) {
    cursor = decodeCursor(params['cursor'], sort);
    if (!cursor) return fail('cursor', `${PAGE_PARAMS.cursor.hint} with the same sort`);
  }
  return { ok: true, value: { limit, sort, cursor } };
}
