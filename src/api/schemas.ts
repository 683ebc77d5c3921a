/**
 * JSON schemas of the API's inputs and outputs. Inputs are checked by Fastify (and then parsed by
 * the store's filter module, which built these from the same specs); outputs document the
 * responses in the OpenAPI document. The contract event schema is the project's own file.
 */
import { readFileSync } from 'node:fs';
import { EVENT_TYPES } from '../contract/index.ts';
import { dataPath } from '../contract/paths.ts';
import { ARTICLE_PARAMS, DEFAULT_LIMIT, MAX_LIMIT, PAGE_PARAMS, QUERY_PARAMS } from '../store/filter.ts';
import type { EventParam, ParamSpec } from '../store/filter.ts';
import { ERROR_SCHEMA } from './errors.ts';

type Schema = Record<string, unknown>;

function param(spec: ParamSpec): Schema {
  return { type: 'string', pattern: spec.pattern.source, maxLength: spec.maxLength, description: spec.description };
}

const FILTER_PROPERTIES: Schema = Object.fromEntries(Object.entries(QUERY_PARAMS).map(([name, spec]) => [name, param(spec)]));

const PAGE_PROPERTIES: Schema = {
  limit: { type: 'integer', minimum: 1, maximum: MAX_LIMIT, default: DEFAULT_LIMIT, description: PAGE_PARAMS.limit.description },
  cursor: param(PAGE_PARAMS.cursor),
  sort: { type: 'string', enum: ['date', '-date'], default: '-date', description: PAGE_PARAMS.sort.description },
};

/** Unknown query parameters are ignored (a page may add its own, e.g. to bust a cache). */
function query(properties: Schema): Schema {
  return { type: 'object', properties };
}

export const FILTER_QUERY = query(FILTER_PROPERTIES);
export const EVENTS_QUERY = query({ ...FILTER_PROPERTIES, ...PAGE_PROPERTIES });
export const ARTICLES_QUERY = query({
  ...Object.fromEntries(ARTICLE_PARAMS.map((name: EventParam) => [name, param(QUERY_PARAMS[name])])),
  ...PAGE_PROPERTIES,
});

export const ID_PARAMS = {
  type: 'object',
  required: ['id'],
  properties: { id: param(QUERY_PARAMS.article) },
} as const;

/** Longest text accepted by POST /articles (characters): far above any news article. */
export const MAX_POSTED_TEXT = 1_000_000;

export const POST_ARTICLE_BODY = {
  type: 'object',
  required: ['text'],
  additionalProperties: false,
  properties: {
    id: param(QUERY_PARAMS.article),
    title: { type: ['string', 'null'], maxLength: 1000 },
    text: { type: 'string', minLength: 1, maxLength: MAX_POSTED_TEXT },
    published: { type: ['string', 'null'], pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
    url: { type: ['string', 'null'], maxLength: 2000, pattern: '^https?://\\S+$' },
    outlet: { type: ['string', 'null'], maxLength: 200 },
  },
} as const;

const contractSchema = JSON.parse(readFileSync(dataPath('contract/rasd-output.schema.json'), 'utf8')) as {
  properties: { article: Schema; events: { items: Schema } };
};

/** The contract's event and article, as published in data/contract/rasd-output.schema.json. */
export const CONTRACT_EVENT: Schema = contractSchema.properties.events.items;
export const CONTRACT_ARTICLE: Schema = contractSchema.properties.article;

const nullableString = { type: ['string', 'null'] };

const ARTICLE_REF = {
  type: 'object',
  required: ['id', 'title', 'outlet', 'url', 'published'],
  properties: { id: { type: 'string' }, title: nullableString, outlet: nullableString, url: nullableString, published: nullableString },
};

const STORED_EVENT: Schema = {
  ...CONTRACT_EVENT,
  required: [...(CONTRACT_EVENT['required'] as string[]), 'article', 'evidence_text'],
  properties: {
    ...(CONTRACT_EVENT['properties'] as Schema),
    background: { type: 'boolean', description: 'The sentence only speaks of the event in passing (history, context, commentary): rasd\'s addition to the contract' },
    article: ARTICLE_REF,
    evidence_text: { type: 'array', items: { type: 'string' } },
  },
};

const PAGE_FIELDS = {
  next_cursor: { ...nullableString, description: 'Pass as cursor for the next page; null on the last page' },
  total: { type: 'integer', description: 'Matches, counted exactly up to 1,000 (past that total is 1000 and total_exact is false; /stats/types counts exactly)' },
  total_exact: { type: 'boolean' },
};

const count = { type: 'integer' };

function list(key: string, item: Schema): Schema {
  return { type: 'object', required: [key], properties: { [key]: { type: 'array', items: item } } };
}

export const RESPONSES = {
  error: ERROR_SCHEMA,
  events: { type: 'object', required: ['events', 'next_cursor', 'total'], properties: { events: { type: 'array', items: STORED_EVENT }, ...PAGE_FIELDS } },
  event: { type: 'object', required: ['event', 'article'], properties: { event: STORED_EVENT, article: CONTRACT_ARTICLE } },
  articles: {
    type: 'object',
    required: ['articles', 'next_cursor', 'total'],
    properties: {
      articles: {
        type: 'array',
        items: { ...ARTICLE_REF, required: [...ARTICLE_REF.required, 'events', 'excerpt'], properties: { ...ARTICLE_REF.properties, events: count, excerpt: { type: 'string' } } },
      },
      ...PAGE_FIELDS,
    },
  },
  article: { type: 'object', required: ['article', 'events'], properties: { article: CONTRACT_ARTICLE, events: { type: 'array', items: STORED_EVENT } } },
  posted: {
    type: 'object',
    required: ['article_id', 'events', 'created'],
    properties: { article_id: { type: 'string' }, events: count, created: { type: 'boolean' }, replaced: { type: 'boolean' } },
  },
  actors: list('actors', { type: 'object', properties: { id: { type: 'string' }, name_en: { type: 'string' }, name_ar: nullableString, events: count } }),
  places: list('places', {
    type: 'object',
    properties: {
      id: { type: 'string' }, name_en: { type: 'string' }, name_ar: nullableString, admin1_en: nullableString,
      lat: { type: 'number' }, lon: { type: 'number' }, precision_min: { type: 'integer', enum: [1, 2, 3] }, events: count,
    },
  }),
  daily: list('days', { type: 'object', properties: { date: { type: 'string' }, count } }),
  admin1: list('admin1', { type: 'object', properties: { admin1_en: { type: 'string' }, count } }),
  statsActors: list('actors', { type: 'object', properties: { id: { type: 'string' }, count } }),
  types: list('types', { type: 'object', properties: { type: { type: 'string', enum: Object.keys(EVENT_TYPES) }, count } }),
  map: {
    type: 'object',
    required: ['truncated', 'types', 'places', 'id', 'type', 'place'],
    description: 'Event locations as columns: point i is event id[i], of type types[type[i]], at places[place[i]]',
    properties: {
      truncated: { type: 'boolean', description: 'More events matched than were given (the newest are)' },
      types: { type: 'array', items: { type: 'string', enum: Object.keys(EVENT_TYPES) } },
      places: {
        type: 'array',
        description: 'Distinct places: [lon, lat, geo_precision, admin1_en]',
        items: { type: 'array', prefixItems: [{ type: 'number' }, { type: 'number' }, { type: 'integer', enum: [1, 2, 3] }, nullableString], minItems: 4, maxItems: 4 },
      },
      id: { type: 'array', items: { type: 'string' }, description: 'Event id of each point, newest event first' },
      type: { type: 'array', items: count, description: 'Index into types of each point' },
      place: { type: 'array', items: count, description: 'Index into places of each point' },
    },
  },
  meta: {
    type: 'object',
    properties: {
      event_types: { type: 'object', additionalProperties: { type: 'object', properties: { acled: { type: ['array', 'null'] }, plover: { type: ['array', 'null'] } } } },
      actors: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' }, name_en: { type: 'string' }, name_ar: nullableString } } },
      admin1: { type: 'array', items: { type: 'string' } },
      weapons: { type: 'array', items: { type: 'string' } },
      target_kinds: { type: 'array', items: { type: 'string' } },
      outlets: { type: 'array', items: { type: 'string' } },
      date_range: { type: 'object', properties: { min: nullableString, max: nullableString } },
      counts: { type: 'object', properties: { articles: count, events: count } },
    },
  },
  health: { type: 'object', required: ['ok'], properties: { ok: { const: true } } },
} satisfies Record<string, Schema>;
