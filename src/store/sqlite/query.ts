/**
 * Every SQL statement that reads events and articles by filter, built by pure functions from
 * typed conditions. Values are always bound parameters; only fixed fragments written here are
 * concatenated.
 *
 * Query plan. A filtered page must stay fast on millions of events, so one condition "drives"
 * (its rows are read first) and the others are probes on each driven row:
 * - a facet value (event_facets is keyed facet, value, day, seq) or the date index drive in date
 *   order, so `ORDER BY day LIMIT n` stops after n matches without sorting;
 * - the full-text index, a bounding box, an article, or several values of a facet give rows in no
 *   useful order: they drive only when they are small (counted up to a cap), then the matches are sorted.
 * The store counts each candidate up to a cap and `chooseDriver` picks the smallest.
 */
import type { FacetCondition } from '../facets.ts';
import type { Position } from '../paging.ts';
import type { QueryTerm } from '../search-text.ts';
import { ftsText } from './fts-words.ts';

export type SqlParam = string | number | null;

export interface Sql {
  sql: string;
  params: SqlParam[];
}

/** day-desc / day-asc: by event date then sequence; seq: by sequence (article by article, for exports). */
export type EventOrder = 'day-desc' | 'day-asc' | 'seq';

export interface DayRange {
  /** Lowest start day that can still overlap the range (from minus the longest stored span), >= 1. */
  lo: number;
  /** Highest start day (the `to` day). */
  hi: number;
  /** The `from` day: the event's end day must reach it (0 when there is no lower bound). */
  from: number;
}

export interface EventConditions {
  facets: FacetCondition[];
  days: DayRange | null;
  /** [minLon, minLat, maxLon, maxLat] */
  bbox: readonly [number, number, number, number] | null;
  /** An FTS5 query expression (bound as a parameter). */
  fts: string | null;
  article: string | null;
}

export type Driver =
  | { kind: 'all' }
  | { kind: 'facet'; index: number }
  | { kind: 'fts' }
  | { kind: 'bbox' }
  | { kind: 'article' };

/** Above every real day number: the open end of a date range. */
export const MAX_DAY = 99_999_999;

/** FTS5 syntax for the parsed terms: each term quoted (so nothing in it is an operator), all ANDed. */
export function ftsExpression(terms: readonly QueryTerm[]): string {
  const quote = (w: string): string => `"${ftsText(w).replace(/"/g, '""')}"`;
  return terms
    .map((t) => (t.kind === 'phrase' ? quote(t.words.join(' ')) : quote(t.word) + (t.prefix ? ' *' : '')))
    .join(' AND ');
}

/** Whether this driver yields rows already in `order`. */
export function isOrdered(driver: Driver, cond: EventConditions, order: EventOrder): boolean {
  if (driver.kind === 'all') return true;
  if (driver.kind === 'facet') return order !== 'seq';
  return false;
}

/** The drivers worth counting for these conditions: each condition that can produce rows itself. */
export function candidateDrivers(cond: EventConditions): Driver[] {
  if (cond.article !== null) return [{ kind: 'article' }];
  const drivers: Driver[] = cond.facets.map((_, index) => ({ kind: 'facet', index }));
  if (cond.fts !== null) drivers.push({ kind: 'fts' });
  if (cond.bbox !== null) drivers.push({ kind: 'bbox' });
  return drivers;
}

/** The drivers of a page and of its total (see `chooseDrivers`). */
export interface Drivers {
  page: Driver;
  count: Driver;
}

/**
 * Picks the page's driver: the smallest candidate when one counted below `cap` (reading all of it is
 * cheap whatever its order), otherwise the smallest one already in order, otherwise the date index.
 * The total needs no order, so it is counted through the smallest candidate whatever its size (a
 * dense bounding box counts its first thousand events from the R-tree, not by probing every event
 * in date order).
 */
export function chooseDrivers(cond: EventConditions, order: EventOrder, counted: ReadonlyArray<{ driver: Driver; count: number }>, cap: number): Drivers {
  if (cond.article !== null) return { page: { kind: 'article' }, count: { kind: 'article' } };
  const byCount = [...counted].sort((a, b) => a.count - b.count);
  const smallest = byCount[0];
  if (smallest === undefined) return { page: { kind: 'all' }, count: { kind: 'all' } };
  if (smallest.count < cap) return { page: smallest.driver, count: smallest.driver };
  const ordered = byCount.find((c) => isOrdered(c.driver, cond, order));
  return { page: ordered ? ordered.driver : { kind: 'all' }, count: smallest.driver };
}

class Builder {
  /** Values bound in the FROM clause (they come before those of the WHERE clause). */
  readonly fromParams: SqlParam[] = [];
  readonly where: string[] = [];
  readonly whereParams: SqlParam[] = [];
  add(fragment: string, ...params: SqlParam[]): void {
    this.where.push(fragment);
    this.whereParams.push(...params);
  }
  get params(): SqlParam[] {
    return [...this.fromParams, ...this.whereParams];
  }
}

function placeholders(n: number): string {
  return Array.from({ length: n }, () => '?').join(', ');
}

interface Source {
  from: string;
  day: string;
  seq: string;
  /** Needs DISTINCT (one event can appear through several of its rows). */
  distinct: boolean;
}

function driverSource(driver: Driver, cond: EventConditions, b: Builder, order: EventOrder): Source {
  switch (driver.kind) {
    case 'all':
      return {
        // For seq order, `+e.day` keeps SQLite on the rowid instead of the date index.
        from: order === 'seq' ? 'events e' : 'events e INDEXED BY events_day',
        day: order === 'seq' ? '+e.day' : 'e.day',
        seq: 'e.seq',
        distinct: false,
      };
    case 'facet': {
      const f = cond.facets[driver.index]!;
      if (f.values.length === 1 || order === 'seq') {
        b.add(`d.facet = ? AND d.value IN (${placeholders(f.values.length)})`, f.name, ...f.values);
        return { from: 'event_facets d CROSS JOIN events e ON e.seq = d.event_seq', day: 'd.day', seq: 'd.event_seq', distinct: f.values.length > 1 };
      }
      // Several values, each a range in date order: SQLite merges the ranges (MERGE UNION ALL),
      // so the page still stops after `limit` matches without sorting.
      const range = cond.days ? ' AND day BETWEEN ? AND ?' : '';
      const arm = `SELECT day, event_seq FROM event_facets WHERE facet = ? AND value = ?${range}`;
      for (const value of f.values) b.fromParams.push(f.name, value, ...(cond.days ? [cond.days.lo, cond.days.hi] : []));
      const dir = order === 'day-asc' ? 'ASC' : 'DESC';
      return {
        from: `(${f.values.map(() => arm).join(' UNION ALL ')} ORDER BY 1 ${dir}, 2 ${dir}) d CROSS JOIN events e ON e.seq = d.event_seq`,
        day: 'd.day',
        seq: 'd.event_seq',
        distinct: false,
      };
    }
    case 'fts':
      b.add('f.doc MATCH ?', cond.fts);
      return { from: 'article_fts f CROSS JOIN events e ON e.article_seq = f.rowid', day: 'e.day', seq: 'e.seq', distinct: false };
    case 'bbox': {
      const [minLon, minLat, maxLon, maxLat] = cond.bbox!;
      b.add('r.min_lon >= ? AND r.max_lon <= ? AND r.min_lat >= ? AND r.max_lat <= ?', minLon, maxLon, minLat, maxLat);
      return { from: 'location_rtree r CROSS JOIN events e ON e.seq = r.event_seq', day: 'e.day', seq: 'e.seq', distinct: true };
    }
    case 'article':
      b.add('e.article_seq = (SELECT seq FROM articles WHERE id = ?)', cond.article);
      return { from: 'events e INDEXED BY events_article', day: 'e.day', seq: 'e.seq', distinct: false };
  }
}

function addProbes(driver: Driver, cond: EventConditions, src: Source, b: Builder): void {
  cond.facets.forEach((f, index) => {
    if (driver.kind === 'facet' && driver.index === index) return;
    b.add(
      `EXISTS (SELECT 1 FROM event_facets p WHERE p.facet = ? AND p.value IN (${placeholders(f.values.length)}) AND p.day = ${src.day.replace('+', '')} AND p.event_seq = ${src.seq})`,
      f.name,
      ...f.values,
    );
  });
  if (cond.days) {
    b.add(`${src.day} BETWEEN ? AND ?`, cond.days.lo, cond.days.hi);
    if (cond.days.from > 0) b.add('e.day_end >= ?', cond.days.from);
  }
  if (cond.fts !== null && driver.kind !== 'fts') {
    b.add('e.article_seq IN (SELECT rowid FROM article_fts WHERE doc MATCH ?)', cond.fts);
  }
  if (cond.bbox !== null && driver.kind !== 'bbox') {
    const [minLon, minLat, maxLon, maxLat] = cond.bbox;
    // A scalar subquery, not EXISTS: for an EXISTS probe driven by the date index SQLite builds a Bloom filter over
    // every row of event_locations before the first match (about 180 ms on a million events); one index probe per
    // event read is a few milliseconds a page.
    b.add(
      '(SELECT 1 FROM event_locations l WHERE l.event_seq = e.seq AND l.launch_site = 0 AND l.lon BETWEEN ? AND ? AND l.lat BETWEEN ? AND ? LIMIT 1) IS NOT NULL',
      minLon,
      maxLon,
      minLat,
      maxLat,
    );
  }
}

function addCursor(order: EventOrder, src: Source, after: Position | null, b: Builder): void {
  if (!after) return;
  const day = src.day.replace('+', '');
  if (order === 'seq') b.add(`${src.seq} > ?`, after.seq);
  else if (order === 'day-desc') b.add(`${day} <= ? AND (${day} < ? OR ${src.seq} < ?)`, after.day, after.day, after.seq);
  else b.add(`${day} >= ? AND (${day} > ? OR ${src.seq} > ?)`, after.day, after.day, after.seq);
}

function orderBy(order: EventOrder, src: Source): string {
  const day = src.day.replace('+', '');
  if (order === 'seq') return `ORDER BY ${src.seq}`;
  const dir = order === 'day-desc' ? 'DESC' : 'ASC';
  return `ORDER BY ${day} ${dir}, ${src.seq} ${dir}`;
}

/** `SELECT day, seq` of the matching events: one page in order, or (order null) all of them. */
export function eventMatchSql(
  cond: EventConditions,
  driver: Driver,
  order: EventOrder,
  page: { after: Position | null; limit: number } | null,
): Sql {
  const b = new Builder();
  const src = driverSource(driver, cond, b, order);
  addProbes(driver, cond, src, b);
  if (page) addCursor(order, src, page.after, b);
  const where = b.where.length > 0 ? ` WHERE ${b.where.join(' AND ')}` : '';
  const select = `SELECT ${src.distinct ? 'DISTINCT ' : ''}${src.day.replace('+', '')} AS day, ${src.seq} AS seq FROM ${src.from}${where}`;
  if (!page) return { sql: select, params: b.params };
  return { sql: `${select} ${orderBy(order, src)} LIMIT ?`, params: [...b.params, page.limit] };
}

/** Counts matches, stopping at `cap` (so a count never reads more than cap matches). */
export function cappedCountSql(inner: Sql, cap: number): Sql {
  return { sql: `SELECT count(*) AS n FROM (${inner.sql} LIMIT ?)`, params: [...inner.params, cap] };
}

/** Counts the rows one driver alone yields, up to `cap`: its size, for `chooseDriver`. */
export function driverCountSql(cond: EventConditions, driver: Driver, cap: number): Sql {
  const b = new Builder();
  const src = driverSource(driver, cond, b, 'seq');
  if (cond.days && isOrdered(driver, cond, 'day-desc')) b.add(`${src.day} BETWEEN ? AND ?`, cond.days.lo, cond.days.hi);
  const where = b.where.length > 0 ? ` WHERE ${b.where.join(' AND ')}` : '';
  const from = { facet: 'event_facets d', fts: 'article_fts f', bbox: 'location_rtree r', all: src.from, article: src.from }[driver.kind];
  return cappedCountSql({ sql: `SELECT 1 FROM ${from}${where}`, params: b.params }, cap);
}

/** Longest date span stored (days), to turn "overlaps [from, to]" into a start-day range. */
export const MAX_SPAN_SQL = 'SELECT coalesce(max(span_days), 0) AS n FROM events';

const IN_JSON = 'IN (SELECT value FROM json_each(?))';

/** The stored rows of events given by sequence number (bound as one JSON array). */
export const EVENTS_BY_SEQ_SQL = `SELECT e.seq, j.json, e.article_seq, a.id AS article_id, a.title, a.outlet, a.url, a.published
FROM events e JOIN event_json j ON j.event_seq = e.seq JOIN articles a ON a.seq = e.article_seq WHERE e.seq ${IN_JSON}`;

export const POINTS_BY_SEQ_SQL = `SELECT e.id AS event_id, e.type AS type, l.lon AS lon, l.lat AS lat, l.precision AS precision, l.admin1_en AS admin1_en
FROM events e JOIN event_locations l ON l.event_seq = e.seq AND l.launch_site = 0 WHERE e.seq ${IN_JSON} ORDER BY e.day DESC, e.seq DESC, l.ord`;

/** Article texts by sequence number, to read the evidence sentences from. */
export const TEXTS_BY_SEQ_SQL = `SELECT seq, text FROM articles WHERE seq ${IN_JSON}`;

export type Aggregate = 'actors' | 'places' | 'days' | 'admin1' | 'types';

const AGGREGATE_FACET = { actors: 'actor', places: 'place', admin1: 'admin1', types: 'type' } as const;

/** Per-event keys of each aggregate, read from the event's own rows (for a filtered set of events). */
const AGGREGATE_KEYS = {
  actors: 'SELECT lower(x.actor_id) AS key, x.event_seq AS seq FROM m JOIN event_actors x ON x.event_seq = m.seq',
  places: 'SELECT lower(l.place_id) AS key, l.event_seq AS seq FROM m JOIN event_locations l INDEXED BY event_locations_event ON l.event_seq = m.seq WHERE l.launch_site = 0',
  admin1: 'SELECT lower(l.admin1_en) AS key, l.event_seq AS seq FROM m JOIN event_locations l INDEXED BY event_locations_event ON l.event_seq = m.seq WHERE l.launch_site = 0 AND l.admin1_en IS NOT NULL',
  types: 'SELECT e.type AS key, e.seq AS seq FROM m JOIN events e ON e.seq = m.seq',
} as const;

/**
 * Counts of matching events per actor, place, day, admin1 or type. `match` is an `eventMatchSql`
 * without a page, or null for "every event" (then the counts come straight from the facet index).
 */
export function aggregateSql(kind: Aggregate, match: Sql | null): Sql {
  const params = match?.params ?? [];
  if (kind === 'days') {
    const sql = match
      ? `WITH m AS (${match.sql}) SELECT m.day AS day, count(*) AS n FROM m WHERE m.day > 0 GROUP BY m.day ORDER BY m.day`
      : 'SELECT day, count(*) AS n FROM events WHERE day > 0 GROUP BY day ORDER BY day';
    return { sql, params };
  }
  const counts = match
    ? `WITH m AS (${match.sql}), c AS (SELECT key, count(DISTINCT seq) AS n FROM (${AGGREGATE_KEYS[kind]}) GROUP BY key)`
    : `WITH c AS (SELECT value AS key, count(*) AS n FROM event_facets WHERE facet = '${AGGREGATE_FACET[kind]}' GROUP BY value)`;
  const labelled = {
    actors: 'SELECT a.id AS id, a.name_en AS name_en, a.name_ar AS name_ar, c.n AS n FROM c JOIN actors a ON a.key = c.key ORDER BY n DESC, id',
    places: `SELECT p.id AS id, p.name_en AS name_en, p.name_ar AS name_ar, p.admin1_en AS admin1_en, p.lat AS lat, p.lon AS lon,
      p.precision_min AS precision_min, c.n AS n FROM c JOIN places p ON p.key = c.key ORDER BY n DESC, id`,
    admin1: `SELECT l.label AS admin1_en, c.n AS n FROM c JOIN facet_labels l ON l.facet = 'admin1' AND l.value = c.key ORDER BY n DESC, admin1_en`,
    types: 'SELECT c.key AS type, c.n AS n FROM c ORDER BY n DESC, type',
  }[kind];
  return { sql: `${counts} ${labelled}`, params };
}

/* ---------- articles ---------- */

export interface ArticleConditions {
  fts: string | null;
  outlet: string | null;
  /** Publication day range, inclusive; null when neither from nor to was given. */
  days: { lo: number; hi: number } | null;
}

export type ArticleDriver = 'published' | 'outlet' | 'fts';

export function articleDayRange(from: number | null, to: number | null): { lo: number; hi: number } | null {
  if (from === null && to === null) return null;
  return { lo: Math.max(from ?? 1, 1), hi: to ?? MAX_DAY };
}

export function articleFtsCountSql(fts: string, cap: number): Sql {
  return cappedCountSql({ sql: 'SELECT 1 FROM article_fts WHERE doc MATCH ?', params: [fts] }, cap);
}

/** `SELECT day, seq` of matching articles, by publication day (undated as day 0). */
export function articleMatchSql(cond: ArticleConditions, driver: ArticleDriver, page: { order: EventOrder; after: Position | null; limit: number } | null): Sql {
  const b = new Builder();
  let from = 'articles a INDEXED BY articles_pub';
  if (driver === 'fts') {
    from = 'article_fts f CROSS JOIN articles a ON a.seq = f.rowid';
    b.add('f.doc MATCH ?', cond.fts);
  } else {
    if (driver === 'outlet') from = 'articles a INDEXED BY articles_outlet';
    if (cond.fts !== null) b.add('a.seq IN (SELECT rowid FROM article_fts WHERE doc MATCH ?)', cond.fts);
  }
  if (cond.outlet !== null) b.add('a.outlet_key = ?', cond.outlet);
  if (cond.days) b.add('a.pub_day BETWEEN ? AND ?', cond.days.lo, cond.days.hi);
  const src: Source = { from, day: 'a.pub_day', seq: 'a.seq', distinct: false };
  if (page) addCursor(page.order, src, page.after, b);
  const where = b.where.length > 0 ? ` WHERE ${b.where.join(' AND ')}` : '';
  const select = `SELECT a.pub_day AS day, a.seq AS seq FROM ${from}${where}`;
  if (!page) return { sql: select, params: b.params };
  return { sql: `${select} ${orderBy(page.order, src)} LIMIT ?`, params: [...b.params, page.limit] };
}

export const ARTICLES_BY_SEQ_SQL = `SELECT a.seq, a.id, a.title, a.outlet, a.url, a.published, substr(a.text, 1, 300) AS head,
  (SELECT count(*) FROM events e WHERE e.article_seq = a.seq) AS events
FROM articles a WHERE a.seq ${IN_JSON}`;
