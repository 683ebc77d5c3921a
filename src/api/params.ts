/**
 * From a validated request to the store's typed filter and page. Fastify has already checked the
 * shapes against the schema; the store's parsers add what a pattern cannot say (real calendar
 * dates, from <= to, known event types, a cursor of the same sort) and name the parameter.
 */
import { parseArticleFilter, parseEventFilter, parsePage } from '../store/filter.ts';
import type { Parsed } from '../store/filter.ts';
import type { ArticleFilter, EventFilter, PageRequest } from '../store/types.ts';
import { ApiError } from './errors.ts';

type Query = Record<string, string | number | undefined>;

function strings(query: unknown): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries((query ?? {}) as Query)) out[k] = v === undefined ? undefined : String(v);
  return out;
}

function orThrow<T>(parsed: Parsed<T>): T {
  if (parsed.ok) return parsed.value;
  throw new ApiError('ERR_BAD_PARAMETER', parsed.error.message, parsed.error.field);
}

export function eventFilter(query: unknown): EventFilter {
  return orThrow(parseEventFilter(strings(query)));
}

export function articleFilter(query: unknown): ArticleFilter {
  return orThrow(parseArticleFilter(strings(query)));
}

export function page(query: unknown): PageRequest {
  return orThrow(parsePage(strings(query)));
}
