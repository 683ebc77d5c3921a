/**
 * Every PostgreSQL statement that reads events and articles by filter, built by pure functions
 * from typed conditions. Values are always bound parameters ($1, $2, ...); only fixed fragments
 * written here are concatenated. Unlike SQLite, PostgreSQL's planner chooses which condition
 * drives a query from its statistics, so each filter is written once, as a plain condition.
 */
import type { FacetCondition } from '../facets.ts';
import type { Position } from '../paging.ts';
import type { QueryTerm } from '../search-text.ts';

export interface Sql {
  sql: string;
  params: unknown[];
}

/** day-desc / day-asc: by event date then sequence; seq: by sequence (article by article, for exports). */
export type EventOrder = 'day-desc' | 'day-asc' | 'seq';

export interface EventConditions {
  facets: FacetCondition[];
  /** The event's days overlap [from, to] (day numbers, either may be null); undated events are left out. */
  days: { from: number | null; to: number | null } | null;
  /** [minLon, minLat, maxLon, maxLat] */
  bbox: readonly [number, number, number, number] | null;
  /** A `to_tsquery` expression (bound as a parameter). */
  tsquery: string | null;
  article: string | null;
}

export interface ArticleConditions {
  tsquery: string | null;
  outlet: string | null;
  /** Publication days, inclusive; undated articles are left out. */
  days: { from: number | null; to: number | null } | null;
}

export interface PageSlice {
  order: EventOrder;
  after: Position | null;
  limit: number;
}

/** The bound values of one statement; `add` returns the placeholder of the value added. */
class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/**
 * `to_tsquery` syntax for the parsed terms: each word a quoted lexeme (so nothing in it is an
 * operator), a phrase its words joined by `<->`, a prefix `:*`, all ANDed.
 */
export function tsQueryExpression(terms: readonly QueryTerm[]): string {
  const lexeme = (w: string): string => `'${w.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
  return terms
    .map((t) => (t.kind === 'phrase' ? `(${t.words.map(lexeme).join(' <-> ')})` : lexeme(t.word) + (t.prefix ? ':*' : '')))
    .join(' & ');
}

function searchMatch(column: string, tsquery: string, p: Params): string {
  return `${column} @@ to_tsquery('simple', ${p.add(tsquery)})`;
}

function dayRange(column: string, days: { from: number | null; to: number | null }, p: Params, endColumn: string): string[] {
  const where = [`${column} >= 1`];
  if (days.to !== null) where.push(`${column} <= ${p.add(days.to)}`);
  if (days.from !== null) where.push(`${endColumn} >= ${p.add(days.from)}`);
  return where;
}

function cursorCondition(order: EventOrder, day: string, seq: string, after: Position, p: Params): string {
  if (order === 'seq') return `${seq} > ${p.add(after.seq)}`;
  return `(${day}, ${seq}) ${order === 'day-desc' ? '<' : '>'} (${p.add(after.day)}, ${p.add(after.seq)})`;
}

function orderBy(order: EventOrder, day: string, seq: string): string {
  if (order === 'seq') return `ORDER BY ${seq}`;
  const dir = order === 'day-desc' ? 'DESC' : 'ASC';
  return `ORDER BY ${day} ${dir}, ${seq} ${dir}`;
}

function select(columns: string, from: string, where: readonly string[], page: PageSlice | null, day: string, seq: string, p: Params): Sql {
  const conditions = [...where];
  if (page?.after) conditions.push(cursorCondition(page.order, day, seq, page.after, p));
  let sql = `SELECT ${columns} FROM ${from}${conditions.length > 0 ? ` WHERE ${conditions.join(' AND ')}` : ''}`;
  if (page) sql += ` ${orderBy(page.order, day, seq)} LIMIT ${p.add(page.limit)}`;
  return { sql, params: p.values };
}

/** `SELECT day, seq` of the matching events: one page in order, or (page null) all of them. */
export function eventMatchSql(cond: EventConditions, page: PageSlice | null): Sql {
  const p = new Params();
  const where: string[] = [];
  for (const f of cond.facets) {
    where.push(
      `EXISTS (SELECT 1 FROM event_facets f WHERE f.facet = ${p.add(f.name)} AND f.value = ANY(${p.add(f.values)}::text[]) AND f.day = e.day AND f.event_seq = e.seq)`,
    );
  }
  if (cond.days) where.push(...dayRange('e.day', cond.days, p, 'e.day_end'));
  if (cond.tsquery !== null) where.push(`e.article_seq IN (SELECT seq FROM articles WHERE ${searchMatch('search', cond.tsquery, p)})`);
  if (cond.bbox !== null) {
    const [minLon, minLat, maxLon, maxLat] = cond.bbox;
    where.push(
      `EXISTS (SELECT 1 FROM event_locations l WHERE l.event_seq = e.seq AND l.launch_site = 0
        AND point(l.lon, l.lat) <@ box(point(${p.add(minLon)}, ${p.add(minLat)}), point(${p.add(maxLon)}, ${p.add(maxLat)})))`,
    );
  }
  if (cond.article !== null) where.push(`e.article_seq = (SELECT seq FROM articles WHERE id = ${p.add(cond.article)})`);
  return select('e.day AS day, e.seq AS seq', 'events e', where, page, 'e.day', 'e.seq', p);
}

/** `SELECT day, seq` of matching articles, by publication day (undated as day 0). */
export function articleMatchSql(cond: ArticleConditions, page: PageSlice | null): Sql {
  const p = new Params();
  const where: string[] = [];
  if (cond.tsquery !== null) where.push(searchMatch('a.search', cond.tsquery, p));
  if (cond.outlet !== null) where.push(`a.outlet_key = ${p.add(cond.outlet)}`);
  if (cond.days) where.push(...dayRange('a.pub_day', cond.days, p, 'a.pub_day'));
  return select('a.pub_day AS day, a.seq AS seq', 'articles a', where, page, 'a.pub_day', 'a.seq', p);
}

/** Counts matches, stopping at `cap` (so a count never reads more than cap matches). */
export function cappedCountSql(inner: Sql, cap: number): Sql {
  return { sql: `SELECT count(*)::int AS n FROM (${inner.sql} LIMIT $${inner.params.length + 1}) m`, params: [...inner.params, cap] };
}

/** The stored rows of events given by sequence number, with their article and its text (for the evidence sentences). */
export const EVENTS_BY_SEQ_SQL = `SELECT e.seq, e.json, a.id AS article_id, a.title, a.outlet, a.url, a.published, a.text
FROM events e JOIN articles a ON a.seq = e.article_seq WHERE e.seq = ANY($1::int[])`;

export const POINTS_BY_SEQ_SQL = `SELECT e.id AS event_id, e.type, l.lon, l.lat, l.precision, l.admin1_en
FROM events e JOIN event_locations l ON l.event_seq = e.seq AND l.launch_site = 0
WHERE e.seq = ANY($1::int[]) ORDER BY e.day DESC, e.seq DESC, l.ord`;

export const ARTICLES_BY_SEQ_SQL = `SELECT a.seq, a.id, a.title, a.outlet, a.url, a.published, left(a.text, 300) AS head,
  (SELECT count(*)::int FROM events e WHERE e.article_seq = a.seq) AS events
FROM articles a WHERE a.seq = ANY($1::int[])`;

export const ARTICLE_SQL = 'SELECT seq, id, title, outlet, url, published, text FROM articles';

export type Aggregate = 'actors' | 'places' | 'days' | 'admin1' | 'types';

const AGGREGATE_FACET = { actors: 'actor', places: 'place', admin1: 'admin1', types: 'type' } as const;

/** Per-event keys of each aggregate, read from the event's own rows (for a filtered set of events). */
const AGGREGATE_KEYS = {
  actors: 'SELECT lower(x.actor_id) AS key, x.event_seq AS seq FROM m JOIN event_actors x ON x.event_seq = m.seq',
  places: 'SELECT lower(l.place_id) AS key, l.event_seq AS seq FROM m JOIN event_locations l ON l.event_seq = m.seq WHERE l.launch_site = 0',
  admin1: 'SELECT lower(l.admin1_en) AS key, l.event_seq AS seq FROM m JOIN event_locations l ON l.event_seq = m.seq WHERE l.launch_site = 0 AND l.admin1_en IS NOT NULL',
  types: 'SELECT e.type AS key, e.seq AS seq FROM m JOIN events e ON e.seq = m.seq',
} as const;

// Names sort by code point (COLLATE "C"), as in SQLite, whatever the database's locale.
const LABELLED = {
  actors: 'SELECT a.id, a.name_en, a.name_ar, c.n FROM c JOIN actors a ON a.key = c.key ORDER BY n DESC, a.id COLLATE "C"',
  places: `SELECT p.id, p.name_en, p.name_ar, p.admin1_en, p.lat, p.lon, p.precision_min, c.n
    FROM c JOIN places p ON p.key = c.key ORDER BY n DESC, p.id COLLATE "C"`,
  admin1: `SELECT l.label AS admin1_en, c.n FROM c JOIN facet_labels l ON l.facet = 'admin1' AND l.value = c.key ORDER BY n DESC, l.label COLLATE "C"`,
  types: 'SELECT c.key AS type, c.n FROM c ORDER BY n DESC, c.key COLLATE "C"',
} as const;

/**
 * Counts of matching events per actor, place, day, admin1 or type. `match` is an `eventMatchSql`
 * without a page, or null for "every event" (then the counts come straight from the facet index).
 */
export function aggregateSql(kind: Aggregate, match: Sql | null): Sql {
  const params = match?.params ?? [];
  if (kind === 'days') {
    const sql = match
      ? `WITH m AS (${match.sql}) SELECT m.day, count(*)::int AS n FROM m WHERE m.day > 0 GROUP BY m.day ORDER BY m.day`
      : 'SELECT day, count(*)::int AS n FROM events WHERE day > 0 GROUP BY day ORDER BY day';
    return { sql, params };
  }
  const counts = match
    ? `WITH m AS (${match.sql}), c AS (SELECT key, count(DISTINCT seq)::int AS n FROM (${AGGREGATE_KEYS[kind]}) k GROUP BY key)`
    : `WITH c AS (SELECT value AS key, count(*)::int AS n FROM event_facets WHERE facet = '${AGGREGATE_FACET[kind]}' GROUP BY value)`;
  return { sql: `${counts} ${LABELLED[kind]}`, params };
}
