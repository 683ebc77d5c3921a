/**
 * The `Store` in a PostgreSQL database (node-postgres), for teams: several ingest processes and
 * workers on many machines write to it at once. A batch of articles is one transaction and each
 * article in it a savepoint, so one bad article is reported and the others are kept. Shared rows
 * (actors, places, facet labels) are written once per batch, in key order, so that concurrent
 * batches take their locks in the same order and never deadlock on them.
 */
import type { Pool, PoolClient, QueryResultRow } from 'pg';
import type { ArticleEvents, EventType, StoredEvent } from '../../contract/index.ts';
import { normalise } from '../../text/normalise.ts';
import { excerpt, storedEvent, toArticle } from '../assemble.ts';
import type { ArticleColumns } from '../assemble.ts';
import { dayNumber, isoFromDay } from '../days.ts';
import { facetValue, filterFacets } from '../facets.ts';
import { contentHash, hashNormalised } from '../hash.ts';
import { articleLines, cappedTotal, cutPage, TOTAL_CAP } from '../paging.ts';
import type { Position } from '../paging.ts';
import { articleRow, articleSearchDocument, eventRows } from '../rows.ts';
import type { EventRows } from '../rows.ts';
import { parseSearchQuery } from '../search-text.ts';
import type {
  ActorCount, Admin1Count, ArticleFilter, ArticlePage, ArticleWithEvents, DayCount, DuplicateKey, EventFilter, EventPage,
  EventPoint, EventWithArticle, PageRequest, PlaceCount, PutResult, SortOrder, Store, StoreMeta, TypeCount,
} from '../types.ts';
import { inTransaction, openPool, type Queryable } from './database.ts';
import {
  ARTICLE_SQL, ARTICLES_BY_SEQ_SQL, EVENTS_BY_SEQ_SQL, POINTS_BY_SEQ_SQL, aggregateSql, articleMatchSql, cappedCountSql,
  eventMatchSql, tsQueryExpression,
} from './query.ts';
import type { Aggregate, ArticleConditions, EventConditions, EventOrder, Sql } from './query.ts';
import { Dictionary } from '../dictionary.ts';
import { writeDictionary } from './dictionary.ts';
import { insertColumns } from './insert.ts';
import type { Columns } from './insert.ts';

/** Rows per read when streaming an export: bounded memory, no long-held snapshot. */
const STREAM_CHUNK = 500;
/** SQLSTATE of a unique violation: another writer stored the same article first. */
const UNIQUE_VIOLATION = '23505';

type EventColumns = EventRows['event'] & { article_seq: number; json: string };
type Child<K extends keyof EventRows> = (EventRows[K] extends Array<infer R> ? R : never) & { event_seq: number };

const EVENT_COLUMNS: Columns<EventColumns> = [
  ['id', 'text'], ['article_seq', 'int'], ['type', 'text'], ['actor1_id', 'text'], ['actor2_id', 'text'], ['date_start', 'text'],
  ['date_end', 'text'], ['date_precision', 'text'], ['day', 'int'], ['day_end', 'int'], ['span_days', 'int'], ['fatalities', 'int'],
  ['injured', 'int'], ['strikes', 'int'], ['sorties', 'int'], ['missiles', 'int'], ['targets_hit', 'int'], ['approximate', 'int'],
  ['launched_from_id', 'text'], ['json', 'text'],
];
const ACTOR_COLUMNS: Columns<Child<'actors'>> = [['event_seq', 'int'], ['role', 'int'], ['actor_id', 'text'], ['name_en', 'text'], ['name_ar', 'text'], ['text', 'text']];
const LOCATION_COLUMNS: Columns<Child<'locations'>> = [
  ['event_seq', 'int'], ['ord', 'int'], ['place_id', 'text'], ['name_en', 'text'], ['name_ar', 'text'], ['admin1_en', 'text'], ['country', 'text'],
  ['lat', 'float8'], ['lon', 'float8'], ['precision', 'int'], ['text', 'text'], ['launch_site', 'int'],
];
const CLAIM_COLUMNS: Columns<Child<'claims'>> = [
  ['event_seq', 'int'], ['ord', 'int'], ['by_id', 'text'], ['by_name_en', 'text'], ['by_name_ar', 'text'], ['stance', 'text'], ['text', 'text'],
];
const EVIDENCE_COLUMNS: Columns<Child<'evidence'>> = [['event_seq', 'int'], ['ord', 'int'], ['start', 'int'], ['end', 'int']];
const WEAPON_COLUMNS: Columns<Child<'weapons'>> = [['event_seq', 'int'], ['ord', 'int'], ['weapon_id', 'text'], ['text', 'text']];
const TARGET_COLUMNS: Columns<Child<'targets'>> = [['event_seq', 'int'], ['ord', 'int'], ['kind', 'text'], ['text', 'text']];
const FACET_COLUMNS: Columns<{ facet: string; value: string; day: number; event_seq: number }> = [
  ['facet', 'text'], ['value', 'text'], ['day', 'int'], ['event_seq', 'int'],
];

interface EventRow {
  seq: number;
  json: string;
  article_id: string;
  title: string | null;
  outlet: string | null;
  url: string | null;
  published: string | null;
  text: string;
}

function isUniqueViolation(error: unknown, constraint: string): boolean {
  const e = error as { code?: string; constraint?: string };
  return e.code === UNIQUE_VIOLATION && e.constraint === constraint;
}

function orderOf(sort: SortOrder): EventOrder {
  return sort === 'date' ? 'day-asc' : 'day-desc';
}

function tsQueryOf(q: string | undefined): string | null | undefined {
  if (q === undefined) return null;
  const terms = parseSearchQuery(q);
  // No words: nothing can match.
  return terms.length === 0 ? undefined : tsQueryExpression(terms);
}

export async function openPostgresStore(url: string): Promise<PostgresStore> {
  return new PostgresStore(await openPool(url));
}

export class PostgresStore implements Store {
  constructor(readonly pool: Pool) {}

  private async rows<T extends QueryResultRow>(q: Sql): Promise<T[]> {
    return (await this.pool.query<T>(q.sql, q.params)).rows;
  }

  /* ---------- writing ---------- */

  async putArticles(items: readonly ArticleEvents[]): Promise<PutResult[]> {
    if (items.length === 0) return [];
    return inTransaction(this.pool, async (client) => {
      const results: PutResult[] = [];
      const names = new Dictionary();
      for (const item of items) {
        const pending = new Dictionary();
        await client.query('SAVEPOINT article');
        try {
          results.push(await this.putOne(client, item, pending));
          await client.query('RELEASE SAVEPOINT article');
          names.merge(pending);
        } catch (error) {
          await client.query('ROLLBACK TO SAVEPOINT article');
          results.push(await this.failed(client, item, error));
        }
      }
      await writeDictionary(client, names);
      return results;
    });
  }

  /** The result for an article whose savepoint was rolled back: a duplicate when another writer stored the same text meanwhile. */
  private async failed(client: PoolClient, { article }: ArticleEvents, error: unknown): Promise<PutResult> {
    if (isUniqueViolation(error, 'articles_content_hash_key')) {
      const duplicate = await this.duplicateOf(client, contentHash(article.text), null);
      if (duplicate) return { article_id: duplicate.id, status: 'duplicate', events: await this.eventCount(client, duplicate.seq) };
    }
    return { article_id: article.id, status: 'failed', events: 0, error: (error as Error).message };
  }

  private async duplicateOf(db: Queryable, hash: string, url: string | null): Promise<{ seq: number; id: string } | undefined> {
    const byHash = (await db.query<{ seq: number; id: string }>('SELECT seq, id FROM articles WHERE content_hash = $1', [hash])).rows[0];
    if (byHash || url === null) return byHash;
    return (await db.query<{ seq: number; id: string }>('SELECT seq, id FROM articles WHERE url = $1 ORDER BY seq LIMIT 1', [url])).rows[0];
  }

  private async eventCount(db: Queryable, articleSeq: number): Promise<number> {
    return (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM events WHERE article_seq = $1', [articleSeq])).rows[0]!.n;
  }

  private async putOne(client: PoolClient, { article, events }: ArticleEvents, names: Dictionary): Promise<PutResult> {
    const normalised = normalise(article.text);
    const hash = hashNormalised(normalised);
    const duplicate = await this.duplicateOf(client, hash, article.url);
    if (duplicate) return { article_id: duplicate.id, status: 'duplicate', events: await this.eventCount(client, duplicate.seq) };
    // Deleting the article deletes everything stored for its events (ON DELETE CASCADE).
    const previous = await client.query('DELETE FROM articles WHERE id = $1', [article.id]);
    const a = articleRow(article, hash, new Date().toISOString());
    const inserted = await client.query<{ seq: number }>(
      `INSERT INTO articles (id, title, outlet, outlet_key, url, published, pub_day, language, text, content_hash, ingested_at, search)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, to_tsvector('simple', $12)) RETURNING seq`,
      [a.id, a.title, a.outlet, a.outlet_key, a.url, a.published, a.pub_day, a.language, a.text, a.content_hash, a.ingested_at,
        articleSearchDocument(article, events, normalised)],
    );
    await this.insertEvents(client, inserted.rows[0]!.seq, events.map((e) => eventRows(e, article)), names);
    return { article_id: article.id, status: previous.rowCount ? 'replaced' : 'created', events: events.length };
  }

  private async insertEvents(client: PoolClient, articleSeq: number, rows: readonly EventRows[], names: Dictionary): Promise<void> {
    if (rows.length === 0) return;
    const events = rows.map((r) => ({ ...r.event, article_seq: articleSeq, json: JSON.stringify(r.extracted) }));
    const ids = await insertColumns<EventColumns, { id: string; seq: number }>(client, 'events', EVENT_COLUMNS, events, 'RETURNING id, seq');
    const seqOf = new Map(ids.map((r) => [r.id, r.seq]));
    const children = <K extends 'actors' | 'locations' | 'claims' | 'evidence' | 'weapons' | 'targets'>(key: K): Array<Child<K>> =>
      rows.flatMap((r) => (r[key] as unknown[]).map((c) => ({ ...(c as object), event_seq: seqOf.get(r.event.id)! }) as Child<K>));
    await insertColumns(client, 'event_actors', ACTOR_COLUMNS, children('actors'));
    await insertColumns(client, 'event_locations', LOCATION_COLUMNS, children('locations'));
    await insertColumns(client, 'claims', CLAIM_COLUMNS, children('claims'));
    await insertColumns(client, 'evidence', EVIDENCE_COLUMNS, children('evidence'));
    await insertColumns(client, 'weapons', WEAPON_COLUMNS, children('weapons'));
    await insertColumns(client, 'targets', TARGET_COLUMNS, children('targets'));
    const facets = rows.flatMap((r) => r.facets.map((f) => ({ facet: f.name, value: f.value, day: r.event.day, event_seq: seqOf.get(r.event.id)! })));
    await insertColumns(client, 'event_facets', FACET_COLUMNS, facets);
    for (const r of rows) names.add(r);
  }

  async findDuplicates(keys: readonly DuplicateKey[]): Promise<Array<string | null>> {
    const found: Array<string | null> = [];
    for (const k of keys) found.push((await this.duplicateOf(this.pool, contentHash(k.text), k.url))?.id ?? null);
    return found;
  }

  /* ---------- reading events ---------- */

  /** The conditions of a filter, or null when it can match nothing (a query without words). */
  private conditions(filter: EventFilter): EventConditions | null {
    const tsquery = tsQueryOf(filter.q);
    if (tsquery === undefined) return null;
    const days = filter.from || filter.to ? { from: filter.from ? dayNumber(filter.from) : null, to: filter.to ? dayNumber(filter.to) : null } : null;
    return { facets: filterFacets(filter), days, bbox: filter.bbox ?? null, tsquery, article: filter.article ?? null };
  }

  private async eventsBySeq(seqs: readonly number[]): Promise<StoredEvent[]> {
    if (seqs.length === 0) return [];
    const rows = new Map((await this.pool.query<EventRow>(EVENTS_BY_SEQ_SQL, [seqs])).rows.map((r) => [r.seq, r]));
    return seqs.map((seq) => {
      const r = rows.get(seq)!;
      return storedEvent(r.json, { id: r.article_id, title: r.title, outlet: r.outlet, url: r.url, published: r.published }, r.text);
    });
  }

  private async countUpTo(match: Sql): Promise<{ total: number; total_exact: boolean }> {
    return cappedTotal((await this.rows<{ n: number }>(cappedCountSql(match, TOTAL_CAP + 1)))[0]!.n);
  }

  async listEvents(filter: EventFilter, page: PageRequest): Promise<EventPage> {
    const sort = page.sort ?? '-date';
    const cond = this.conditions(filter);
    if (!cond) return { events: [], next_cursor: null, total: 0, total_exact: true };
    const after: Position | null = page.cursor ? { day: page.cursor.day, seq: page.cursor.seq } : null;
    const rows = await this.rows<Position>(eventMatchSql(cond, { order: orderOf(sort), after, limit: page.limit + 1 }));
    const cut = cutPage(rows, page.limit, sort, after);
    const count = cut.complete ? cappedTotal(cut.shown.length) : await this.countUpTo(eventMatchSql(cond, null));
    return { events: await this.eventsBySeq(cut.shown.map((r) => r.seq)), next_cursor: cut.next_cursor, ...count };
  }

  async listPoints(filter: EventFilter, limit: number): Promise<{ points: EventPoint[]; truncated: boolean }> {
    const cond = this.conditions(filter);
    if (!cond) return { points: [], truncated: false };
    const rows = await this.rows<Position>(eventMatchSql(cond, { order: 'day-desc', after: null, limit: limit + 1 }));
    const truncated = rows.length > limit;
    const seqs = (truncated ? rows.slice(0, limit) : rows).map((r) => r.seq);
    return { points: (await this.pool.query<EventPoint>(POINTS_BY_SEQ_SQL, [seqs])).rows, truncated };
  }

  async *streamEvents(filter: EventFilter, sort: SortOrder = '-date'): AsyncGenerator<StoredEvent> {
    for await (const seqs of this.matchChunks(filter, orderOf(sort))) yield* await this.eventsBySeq(seqs);
  }

  private async *matchChunks(filter: EventFilter, order: EventOrder): AsyncGenerator<number[]> {
    const cond = this.conditions(filter);
    if (!cond) return;
    let after: Position | null = null;
    for (;;) {
      const rows: Position[] = await this.rows<Position>(eventMatchSql(cond, { order, after, limit: STREAM_CHUNK }));
      if (rows.length > 0) yield rows.map((r) => r.seq);
      if (rows.length < STREAM_CHUNK) return;
      after = rows.at(-1)!;
    }
  }

  async *streamArticleEvents(filter: EventFilter): AsyncGenerator<ArticleEvents> {
    const inStorageOrder = async function* (this: PostgresStore): AsyncGenerator<StoredEvent> {
      for await (const seqs of this.matchChunks(filter, 'seq')) yield* await this.eventsBySeq(seqs);
    };
    yield* articleLines(inStorageOrder.call(this), async (id) => toArticle((await this.pool.query<ArticleColumns>(`${ARTICLE_SQL} WHERE id = $1`, [id])).rows[0]!));
  }

  async getEvent(id: string): Promise<EventWithArticle | null> {
    const row = (await this.pool.query<{ seq: number; article_seq: number }>('SELECT seq, article_seq FROM events WHERE id = $1', [id])).rows[0];
    if (!row) return null;
    const article = (await this.pool.query<ArticleColumns>(`${ARTICLE_SQL} WHERE seq = $1`, [row.article_seq])).rows[0]!;
    return { event: (await this.eventsBySeq([row.seq]))[0]!, article: toArticle(article) };
  }

  async getArticle(id: string): Promise<ArticleWithEvents | null> {
    const row = (await this.pool.query<ArticleColumns & { seq: number }>(`${ARTICLE_SQL} WHERE id = $1`, [id])).rows[0];
    if (!row) return null;
    const seqs = (await this.pool.query<{ seq: number }>('SELECT seq FROM events WHERE article_seq = $1 ORDER BY seq', [row.seq])).rows.map((r) => r.seq);
    return { article: toArticle(row), events: await this.eventsBySeq(seqs) };
  }

  /* ---------- articles ---------- */

  async listArticles(filter: ArticleFilter, page: PageRequest): Promise<ArticlePage> {
    const sort = page.sort ?? '-date';
    const tsquery = tsQueryOf(filter.q);
    if (tsquery === undefined) return { articles: [], next_cursor: null, total: 0, total_exact: true };
    const cond: ArticleConditions = {
      tsquery,
      outlet: filter.outlet ? facetValue(filter.outlet) : null,
      days: filter.from || filter.to ? { from: filter.from ? dayNumber(filter.from) : null, to: filter.to ? dayNumber(filter.to) : null } : null,
    };
    const after: Position | null = page.cursor ? { day: page.cursor.day, seq: page.cursor.seq } : null;
    const rows = await this.rows<Position>(articleMatchSql(cond, { order: orderOf(sort), after, limit: page.limit + 1 }));
    const cut = cutPage(rows, page.limit, sort, after);
    const count = cut.complete ? cappedTotal(cut.shown.length) : await this.countUpTo(articleMatchSql(cond, null));
    type Summary = ArticleColumns & { seq: number; head: string; events: number };
    const bySeq = new Map((await this.pool.query<Summary>(ARTICLES_BY_SEQ_SQL, [cut.shown.map((r) => r.seq)])).rows.map((r) => [r.seq, r]));
    const articles = cut.shown.map(({ seq }) => {
      const r = bySeq.get(seq)!;
      return { id: r.id, title: r.title, outlet: r.outlet, url: r.url, published: r.published, events: r.events, excerpt: excerpt(r.head) };
    });
    return { articles, next_cursor: cut.next_cursor, ...count };
  }

  /* ---------- aggregates ---------- */

  private async aggregate<T extends QueryResultRow>(kind: Aggregate, filter: EventFilter): Promise<T[]> {
    const cond = this.conditions(filter);
    if (!cond) return [];
    const unfiltered = cond.facets.length === 0 && !cond.days && !cond.bbox && cond.tsquery === null && cond.article === null;
    return this.rows<T>(aggregateSql(kind, unfiltered ? null : eventMatchSql(cond, null)));
  }

  async countActors(filter: EventFilter): Promise<ActorCount[]> {
    return (await this.aggregate<ActorCount & { n: number }>('actors', filter)).map(({ id, name_en, name_ar, n }) => ({ id, name_en, name_ar, events: n }));
  }

  async countPlaces(filter: EventFilter): Promise<PlaceCount[]> {
    return (await this.aggregate<PlaceCount & { n: number }>('places', filter)).map(({ n, ...p }) => ({
      id: p.id, name_en: p.name_en, name_ar: p.name_ar, admin1_en: p.admin1_en, lat: p.lat, lon: p.lon, precision_min: p.precision_min, events: n,
    }));
  }

  async countDays(filter: EventFilter): Promise<DayCount[]> {
    return (await this.aggregate<{ day: number; n: number }>('days', filter)).map(({ day, n }) => ({ date: isoFromDay(day)!, count: n }));
  }

  async countAdmin1(filter: EventFilter): Promise<Admin1Count[]> {
    return (await this.aggregate<{ admin1_en: string; n: number }>('admin1', filter)).map(({ admin1_en, n }) => ({ admin1_en, count: n }));
  }

  async countTypes(filter: EventFilter): Promise<TypeCount[]> {
    return (await this.aggregate<{ type: EventType; n: number }>('types', filter)).map(({ type, n }) => ({ type, count: n }));
  }

  async meta(): Promise<StoreMeta> {
    const labels = async (facet: string): Promise<string[]> =>
      (await this.pool.query<{ label: string }>('SELECT label FROM facet_labels WHERE facet = $1 ORDER BY label COLLATE "C"', [facet])).rows.map((r) => r.label);
    const [actors, admin1, weapons, targetKinds, outlets, range, counts] = await Promise.all([
      this.pool.query<StoreMeta['actors'][number]>('SELECT id, name_en, name_ar FROM actors ORDER BY id COLLATE "C"'),
      labels('admin1'),
      labels('weapon'),
      labels('target'),
      labels('outlet'),
      this.pool.query<{ min: number | null; max: number | null }>('SELECT min(day) AS min, max(day) AS max FROM events WHERE day > 0'),
      this.pool.query<{ articles: number; events: number }>('SELECT (SELECT count(*)::int FROM articles) AS articles, (SELECT count(*)::int FROM events) AS events'),
    ]);
    const { min, max } = range.rows[0]!;
    return {
      actors: actors.rows,
      admin1,
      weapons,
      target_kinds: targetKinds,
      outlets,
      date_range: { min: min ? isoFromDay(min) : null, max: max ? isoFromDay(max) : null },
      counts: counts.rows[0]!,
    };
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
