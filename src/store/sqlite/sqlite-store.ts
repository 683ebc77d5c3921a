/**
 * The `Store` in one SQLite file (better-sqlite3). Writes are transactions of whole batches; each
 * article in a batch is a savepoint, so one bad article is reported and the others are kept.
 */
import type { Database as Db, Statement } from 'better-sqlite3';
import type { ArticleEvents, EventType, RasdEvent, StoredEvent } from '../../contract/index.ts';
import { articleLines, cappedTotal, cutPage, TOTAL_CAP } from '../paging.ts';
import type { Position } from '../paging.ts';
import { excerpt, storedEvent, toArticle } from '../assemble.ts';
import { addDays, dayNumber, isoFromDay } from '../days.ts';
import { eventFacets, facetValue, filterFacets } from '../facets.ts';
import { DigestMemo } from '../hash.ts';
import { parseSearchQuery } from '../search-text.ts';
import type {
  ActorCount, Admin1Count, ArticleFilter, ArticlePage, ArticleSummary, ArticleWithEvents, DayCount, DuplicateKey,
  EventFilter, EventPage, EventPoint, EventWithArticle, PageRequest, PlaceCount, PutResult, SortOrder, Store, StoreMeta, TypeCount,
} from '../types.ts';
import { openDatabase } from './database.ts';
import {
  ARTICLES_BY_SEQ_SQL, EVENTS_BY_SEQ_SQL, POINTS_BY_SEQ_SQL, TEXTS_BY_SEQ_SQL, MAX_DAY, MAX_SPAN_SQL, aggregateSql, articleDayRange,
  articleFtsCountSql, articleMatchSql, candidateDrivers, cappedCountSql, chooseDrivers, driverCountSql, eventMatchSql,
  ftsExpression, isOrdered,
} from './query.ts';
import type { Aggregate, ArticleConditions, ArticleDriver, Driver, Drivers, EventConditions, EventOrder, Sql } from './query.ts';
import {
  INSERT_ACTOR_NAMES, INSERT_ARTICLES, INSERT_CLAIMS, INSERT_EVENT_ACTORS, INSERT_EVENT_JSON, INSERT_EVENTS, INSERT_EVIDENCE, INSERT_FACET_LABELS,
  INSERT_LOCATIONS, INSERT_PLACE_NAMES, INSERT_SEARCH_DOCUMENTS, INSERT_TARGETS, INSERT_WEAPONS, batchRows, insertFacets, insertPoints,
} from './batch-rows.ts';
import type { NewArticle, NextSeqs } from './batch-rows.ts';
import { insertRows } from './insert.ts';
import type { Insert } from './insert.ts';

/** A driver counted below this many rows is read whole and sorted (a few ms at most). */
export const SMALL_CAP = 4000;
/** Page cache during a bulk load (KiB): the indexes being built stay in memory. */
const BULK_CACHE_KIB = 2 * 1024 * 1024;

/** Indexes fed in random order by a bulk load: dropped, then rebuilt once at the end. */
const BULK_DEFERRED_INDEXES = ['events_day', 'events_span', 'articles_pub', 'articles_outlet'];
const INSERT_FACETS = insertFacets('event_facets');
const INSERT_STAGED_FACETS = insertFacets('temp.stage_facets');
const INSERT_POINTS = insertPoints('location_rtree');
const INSERT_STAGED_POINTS = insertPoints('temp.stage_rtree');
/** The first free sequence number of each numbered table (see batch-rows.ts). */
const NEXT_SEQS_SQL = `SELECT (SELECT coalesce(max(seq), 0) + 1 FROM articles) AS article, (SELECT coalesce(max(seq), 0) + 1 FROM events) AS event,
  (SELECT coalesce(max(id), 0) + 1 FROM event_locations) AS location`;
const BULK_STAGING_SQL = `
CREATE TEMP TABLE IF NOT EXISTS stage_facets (facet TEXT, value TEXT, day INTEGER, event_seq INTEGER);
CREATE TEMP TABLE IF NOT EXISTS stage_rtree (id INTEGER, min_lon REAL, max_lon REAL, min_lat REAL, max_lat REAL, event_seq INTEGER);`;
const BULK_FINISH_SQL = `
INSERT INTO event_facets (facet, value, day, event_seq) SELECT facet, value, day, event_seq FROM temp.stage_facets ORDER BY 1, 2, 3, 4;
INSERT INTO location_rtree (id, min_lon, max_lon, min_lat, max_lat, event_seq) SELECT * FROM temp.stage_rtree ORDER BY min_lon, min_lat;
DROP TABLE temp.stage_facets;
DROP TABLE temp.stage_rtree;`;

/** Rows per read when streaming an export: bounded memory, no long-held read. */
const STREAM_CHUNK = 500;
/** Prepared statements kept per connection (dynamic filter queries repeat a lot). */
const STATEMENT_CACHE = 500;
/** Texts whose duplicate check is remembered until they are stored: a few of `rasd ingest`'s batches. */
const DIGEST_MEMO = 2000;

interface EventRow {
  seq: number;
  json: string;
  article_seq: number;
  article_id: string;
  title: string | null;
  outlet: string | null;
  url: string | null;
  published: string | null;
}

interface ArticleFullRow {
  seq: number;
  id: string;
  title: string | null;
  outlet: string | null;
  url: string | null;
  published: string | null;
  language: string;
  text: string;
}

/** An article that passed the duplicate check, waiting for its batch to be written. */
interface Pending extends NewArticle {
  /** Its position in the `putArticles` call. */
  index: number;
  /** The stored article it replaces (same id). */
  previous: { seq: number; outlet: string | null } | undefined;
}

export function openSqliteStore(file: string): SqliteStore {
  return new SqliteStore(openDatabase(file));
}

export class SqliteStore implements Store {
  private readonly statements = new Map<string, Statement>();
  private metaCache: StoreMeta | null = null;
  /** Set during `bulkLoad`: facet and map rows go to staging tables, built in order at the end. */
  private bulk = false;
  private readonly writeBatch: (items: readonly ArticleEvents[]) => PutResult[];
  /** Writes pending articles in a savepoint of the batch's transaction. */
  private readonly writePending: (pending: readonly Pending[]) => void;
  private metaVersion = -1;
  private readonly digests = new DigestMemo(DIGEST_MEMO);

  constructor(readonly db: Db) {
    this.writeBatch = db.transaction((items: readonly ArticleEvents[]) => this.putBatch(items));
    this.writePending = db.transaction((pending: readonly Pending[]) => this.insertPending(pending));
  }

  private stmt(sql: string): Statement {
    let s = this.statements.get(sql);
    if (!s) {
      if (this.statements.size >= STATEMENT_CACHE) this.statements.clear();
      s = this.db.prepare(sql);
      this.statements.set(sql, s);
    }
    return s;
  }

  private all<T>(q: Sql): T[] {
    return this.stmt(q.sql).all(...q.params) as T[];
  }

  private get<T>(sql: string, ...params: unknown[]): T | undefined {
    return this.stmt(sql).get(...params) as T | undefined;
  }

  private run(sql: string, ...params: unknown[]): void {
    this.stmt(sql).run(...params);
  }

  /* ---------- writing ---------- */

  async putArticles(items: readonly ArticleEvents[]): Promise<PutResult[]> {
    const results = this.writeBatch(items);
    this.metaCache = null;
    return results;
  }

  /**
   * Checks each article against the store and queues the new ones; they are written together, in
   * one INSERT per table. An article that clashes with one still queued (same text, URL or id) first
   * has the queue written, so it is checked against the store as if the batch went one by one.
   */
  private putBatch(items: readonly ArticleEvents[]): PutResult[] {
    const results: PutResult[] = [];
    let pending: Pending[] = [];
    const queued = new Set<string>();
    const flush = (): void => {
      this.writeOrIsolate(pending, results);
      pending = [];
      queued.clear();
    };
    items.forEach((item, index) => {
      const { article } = item;
      const { normalised, hash } = this.digests.take(article.text);
      const keys = [`hash:${hash}`, `id:${article.id}`, ...(article.url === null ? [] : [`url:${article.url}`])];
      if (keys.some((k) => queued.has(k))) flush();
      const duplicate = this.duplicateOf(hash, article.url);
      if (duplicate) {
        results[index] = { article_id: duplicate.id, status: 'duplicate', events: this.eventCount(duplicate.seq) };
        return;
      }
      const previous = this.get<{ seq: number; outlet: string | null }>('SELECT seq, outlet FROM articles WHERE id = ?', article.id);
      if (previous && this.bulk) {
        results[index] = { article_id: article.id, status: 'failed', events: 0, error: `article ${article.id} is already stored: a bulk load only adds articles` };
        return;
      }
      pending.push({ item, normalised, hash, index, previous });
      for (const k of keys) queued.add(k);
    });
    flush();
    return results;
  }

  /** Writes `pending` in one savepoint; when that fails, each article in its own, so one bad article fails alone. */
  private writeOrIsolate(pending: readonly Pending[], results: PutResult[]): void {
    if (pending.length === 0) return;
    try {
      this.writePending(pending);
      for (const p of pending) {
        results[p.index] = { article_id: p.item.article.id, status: p.previous ? 'replaced' : 'created', events: p.item.events.length };
      }
    } catch (error) {
      if (pending.length > 1) {
        for (const p of pending) this.writeOrIsolate([p], results);
        return;
      }
      const { item, index } = pending[0]!;
      results[index] = { article_id: item.article.id, status: 'failed', events: 0, error: (error as Error).message };
    }
  }

  private insertPending(pending: readonly Pending[]): void {
    for (const p of pending) if (p.previous) this.deleteArticle(p.previous.seq, p.previous.outlet);
    const next = this.get<NextSeqs>(NEXT_SEQS_SQL)!;
    const rows = batchRows(pending, next, new Date().toISOString());
    this.insert(INSERT_ARTICLES, rows.articles);
    this.insert(INSERT_SEARCH_DOCUMENTS, rows.searchDocuments);
    this.insert(INSERT_EVENTS, rows.events);
    this.insert(INSERT_EVENT_JSON, rows.eventJson);
    this.insert(INSERT_EVENT_ACTORS, rows.actors);
    this.insert(INSERT_LOCATIONS, rows.locations);
    this.insert(this.bulk ? INSERT_STAGED_POINTS : INSERT_POINTS, rows.points);
    this.insert(INSERT_CLAIMS, rows.claims);
    this.insert(INSERT_EVIDENCE, rows.evidence);
    this.insert(INSERT_WEAPONS, rows.weapons);
    this.insert(INSERT_TARGETS, rows.targets);
    this.insert(this.bulk ? INSERT_STAGED_FACETS : INSERT_FACETS, rows.facets);
    this.insert(INSERT_ACTOR_NAMES, rows.names.actors());
    this.insert(INSERT_PLACE_NAMES, rows.names.places());
    this.insert(INSERT_FACET_LABELS, rows.names.labels());
  }

  private insert<R>(insert: Insert<R>, rows: readonly R[]): void {
    insertRows(this.stmt(insert.sql), insert, rows);
  }

  private duplicateOf(hash: string, url: string | null): { seq: number; id: string } | undefined {
    const byHash = this.get<{ seq: number; id: string }>('SELECT seq, id FROM articles WHERE content_hash = ?', hash);
    if (byHash || url === null) return byHash;
    return this.get<{ seq: number; id: string }>('SELECT seq, id FROM articles WHERE url = ?', url);
  }

  private eventCount(articleSeq: number): number {
    return this.get<{ n: number }>('SELECT count(*) AS n FROM events WHERE article_seq = ?', articleSeq)!.n;
  }

  /** Removes an article and everything stored for its events (the facet rows are found from the events themselves). */
  private deleteArticle(articleSeq: number, outlet: string | null): void {
    const events = this.stmt('SELECT e.seq, e.day, j.json FROM events e JOIN event_json j ON j.event_seq = e.seq WHERE e.article_seq = ?').all(articleSeq) as Array<{
      seq: number;
      day: number;
      json: string;
    }>;
    for (const e of events) {
      for (const f of eventFacets(JSON.parse(e.json) as RasdEvent, outlet)) {
        this.run('DELETE FROM event_facets WHERE facet = ? AND value = ? AND day = ? AND event_seq = ?', f.name, f.value, e.day, e.seq);
      }
    }
    this.run(
      'DELETE FROM location_rtree WHERE id IN (SELECT l.id FROM event_locations l JOIN events e ON e.seq = l.event_seq WHERE e.article_seq = ?)',
      articleSeq,
    );
    this.run('DELETE FROM article_fts WHERE rowid = ?', articleSeq);
    this.run('DELETE FROM articles WHERE seq = ?', articleSeq);
  }

  /**
   * Loads many articles into a new store fast, for building large stores (the benchmark's million
   * events). Indexes whose rows arrive in random order are dropped and rebuilt at the end, and the
   * facet and map rows are staged and written in key order, so each commit touches few pages.
   * Not crash-safe until it returns: a store interrupted mid-load is to be thrown away.
   */
  async bulkLoad(batches: AsyncIterable<readonly ArticleEvents[]>): Promise<PutResult[]> {
    const deferred = this.db
      .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND name IN (${BULK_DEFERRED_INDEXES.map(() => '?').join(', ')})`)
      .all(...BULK_DEFERRED_INDEXES) as Array<{ name: string; sql: string }>;
    const cache = this.db.pragma('cache_size', { simple: true }) as number;
    this.db.pragma(`cache_size = -${BULK_CACHE_KIB}`);
    for (const { name } of deferred) this.db.exec(`DROP INDEX ${name}`);
    this.db.exec(BULK_STAGING_SQL);
    this.bulk = true;
    const results: PutResult[] = [];
    try {
      for await (const batch of batches) results.push(...(await this.putArticles(batch)));
    } finally {
      this.bulk = false;
      this.db.transaction(() => {
        this.db.exec(BULK_FINISH_SQL);
        for (const { sql } of deferred) this.db.exec(sql);
      })();
      // One merged full-text index instead of the many segments a long load leaves.
      this.db.exec("INSERT INTO article_fts (article_fts) VALUES ('optimize')");
      // The rebuilt indexes are copied back into the file now, so that readers do not look them up in the log.
      this.db.pragma('wal_checkpoint(TRUNCATE)');
      this.db.pragma(`cache_size = ${cache}`);
      this.statements.clear();
      this.metaCache = null;
    }
    return results;
  }

  async findDuplicates(keys: readonly DuplicateKey[]): Promise<Array<string | null>> {
    return keys.map((k) => this.duplicateOf(this.digests.remember(k.text).hash, k.url)?.id ?? null);
  }

  /* ---------- reading events ---------- */

  private conditions(filter: EventFilter): EventConditions | null {
    let fts: string | null = null;
    if (filter.q !== undefined) {
      const terms = parseSearchQuery(filter.q);
      if (terms.length === 0) return null;
      fts = ftsExpression(terms);
    }
    let days: EventConditions['days'] = null;
    if (filter.from || filter.to) {
      const span = filter.from ? this.get<{ n: number }>(MAX_SPAN_SQL)!.n : 0;
      days = {
        lo: filter.from ? Math.max(1, dayNumber(addDays(filter.from, -span))) : 1,
        hi: filter.to ? dayNumber(filter.to) : MAX_DAY,
        from: filter.from ? dayNumber(filter.from) : 0,
      };
    }
    return { facets: filterFacets(filter), days, bbox: filter.bbox ?? null, fts, article: filter.article ?? null };
  }

  private driverFor(cond: EventConditions, order: EventOrder): Driver {
    return this.drivers(cond, order).page;
  }

  private drivers(cond: EventConditions, order: EventOrder): Drivers {
    if (cond.article !== null) return { page: { kind: 'article' }, count: { kind: 'article' } };
    const candidates = candidateDrivers(cond);
    const only = candidates[0];
    if (candidates.length === 1 && only && isOrdered(only, cond, order)) return { page: only, count: only };
    const counted = candidates.map((driver) => ({ driver, count: this.all<{ n: number }>(driverCountSql(cond, driver, SMALL_CAP))[0]!.n }));
    return chooseDrivers(cond, order, counted, SMALL_CAP);
  }

  private eventsBySeq(seqs: readonly number[]): StoredEvent[] {
    if (seqs.length === 0) return [];
    const rows = new Map((this.stmt(EVENTS_BY_SEQ_SQL).all(JSON.stringify(seqs)) as EventRow[]).map((r) => [r.seq, r]));
    const articleSeqs = [...new Set([...rows.values()].map((r) => r.article_seq))];
    const texts = new Map((this.stmt(TEXTS_BY_SEQ_SQL).all(JSON.stringify(articleSeqs)) as Array<{ seq: number; text: string }>).map((r) => [r.seq, r.text]));
    return seqs.map((seq) => {
      const r = rows.get(seq)!;
      return storedEvent(r.json, { id: r.article_id, title: r.title, outlet: r.outlet, url: r.url, published: r.published }, texts.get(r.article_seq) ?? '');
    });
  }

  private countUpTo(match: Sql): { total: number; total_exact: boolean } {
    return cappedTotal(this.all<{ n: number }>(cappedCountSql(match, TOTAL_CAP + 1))[0]!.n);
  }

  async listEvents(filter: EventFilter, page: PageRequest): Promise<EventPage> {
    const sort = page.sort ?? '-date';
    const order: EventOrder = sort === 'date' ? 'day-asc' : 'day-desc';
    const cond = this.conditions(filter);
    if (!cond) return { events: [], next_cursor: null, total: 0, total_exact: true };
    const drivers = this.drivers(cond, order);
    const after: Position | null = page.cursor ? { day: page.cursor.day, seq: page.cursor.seq } : null;
    const cut = cutPage(this.all<Position>(eventMatchSql(cond, drivers.page, order, { after, limit: page.limit + 1 })), page.limit, sort, after);
    const count = cut.complete ? cappedTotal(cut.shown.length) : this.countUpTo(eventMatchSql(cond, drivers.count, order, null));
    return { events: this.eventsBySeq(cut.shown.map((r) => r.seq)), next_cursor: cut.next_cursor, ...count };
  }

  async listPoints(filter: EventFilter, limit: number): Promise<{ points: EventPoint[]; truncated: boolean }> {
    const cond = this.conditions(filter);
    if (!cond) return { points: [], truncated: false };
    const rows = this.all<Position>(eventMatchSql(cond, this.driverFor(cond, 'day-desc'), 'day-desc', { after: null, limit: limit + 1 }));
    const truncated = rows.length > limit;
    const seqs = (truncated ? rows.slice(0, limit) : rows).map((r) => r.seq);
    return { points: this.stmt(POINTS_BY_SEQ_SQL).all(JSON.stringify(seqs)) as EventPoint[], truncated };
  }

  async *streamEvents(filter: EventFilter, sort: SortOrder = '-date'): AsyncGenerator<StoredEvent> {
    const order: EventOrder = sort === 'date' ? 'day-asc' : 'day-desc';
    for await (const seqs of this.matchChunks(filter, order)) yield* this.eventsBySeq(seqs);
  }

  private async *matchChunks(filter: EventFilter, order: EventOrder): AsyncGenerator<number[]> {
    const cond = this.conditions(filter);
    if (!cond) return;
    const driver = this.driverFor(cond, order);
    let after: Position | null = null;
    for (;;) {
      const rows: Position[] = this.all<Position>(eventMatchSql(cond, driver, order, { after, limit: STREAM_CHUNK }));
      if (rows.length > 0) yield rows.map((r) => r.seq);
      if (rows.length < STREAM_CHUNK) return;
      after = rows.at(-1)!;
    }
  }

  async *streamArticleEvents(filter: EventFilter): AsyncGenerator<ArticleEvents> {
    const inStorageOrder = async function* (this: SqliteStore): AsyncGenerator<StoredEvent> {
      for await (const seqs of this.matchChunks(filter, 'seq')) yield* this.eventsBySeq(seqs);
    };
    yield* articleLines(inStorageOrder.call(this), async (id) =>
      toArticle(this.get<ArticleFullRow>('SELECT seq, id, title, outlet, url, published, language, text FROM articles WHERE id = ?', id)!),
    );
  }

  async getEvent(id: string): Promise<EventWithArticle | null> {
    const row = this.get<{ seq: number; article_seq: number }>('SELECT seq, article_seq FROM events WHERE id = ?', id);
    if (!row) return null;
    const article = this.get<ArticleFullRow>('SELECT seq, id, title, outlet, url, published, language, text FROM articles WHERE seq = ?', row.article_seq)!;
    return { event: this.eventsBySeq([row.seq])[0]!, article: toArticle(article) };
  }

  async getArticle(id: string): Promise<ArticleWithEvents | null> {
    const row = this.get<ArticleFullRow>('SELECT seq, id, title, outlet, url, published, language, text FROM articles WHERE id = ?', id);
    if (!row) return null;
    const seqs = (this.stmt('SELECT seq FROM events WHERE article_seq = ? ORDER BY seq').all(row.seq) as Array<{ seq: number }>).map((r) => r.seq);
    return { article: toArticle(row), events: this.eventsBySeq(seqs) };
  }

  /* ---------- articles ---------- */

  async listArticles(filter: ArticleFilter, page: PageRequest): Promise<ArticlePage> {
    const sort = page.sort ?? '-date';
    const order: EventOrder = sort === 'date' ? 'day-asc' : 'day-desc';
    let fts: string | null = null;
    if (filter.q !== undefined) {
      const terms = parseSearchQuery(filter.q);
      if (terms.length === 0) return { articles: [], next_cursor: null, total: 0, total_exact: true };
      fts = ftsExpression(terms);
    }
    const cond: ArticleConditions = {
      fts,
      outlet: filter.outlet ? facetValue(filter.outlet) : null,
      days: articleDayRange(filter.from ? dayNumber(filter.from) : null, filter.to ? dayNumber(filter.to) : null),
    };
    let driver: ArticleDriver = cond.outlet !== null ? 'outlet' : 'published';
    if (fts !== null && this.all<{ n: number }>(articleFtsCountSql(fts, SMALL_CAP))[0]!.n < SMALL_CAP) driver = 'fts';
    const after: Position | null = page.cursor ? { day: page.cursor.day, seq: page.cursor.seq } : null;
    const cut = cutPage(this.all<Position>(articleMatchSql(cond, driver, { order, after, limit: page.limit + 1 })), page.limit, sort, after);
    const count = cut.complete ? cappedTotal(cut.shown.length) : this.countUpTo(articleMatchSql(cond, driver, null));
    const bySeq = new Map(
      (this.stmt(ARTICLES_BY_SEQ_SQL).all(JSON.stringify(cut.shown.map((r) => r.seq))) as Array<ArticleFullRow & { head: string; events: number }>).map((r) => [r.seq, r]),
    );
    const articles: ArticleSummary[] = cut.shown.map(({ seq }) => {
      const r = bySeq.get(seq)!;
      return { id: r.id, title: r.title, outlet: r.outlet, url: r.url, published: r.published, events: r.events, excerpt: excerpt(r.head) };
    });
    return { articles, next_cursor: cut.next_cursor, ...count };
  }

  /* ---------- aggregates ---------- */

  private aggregate<T>(kind: Aggregate, filter: EventFilter): T[] {
    const cond = this.conditions(filter);
    if (!cond) return [];
    const unfiltered = cond.facets.length === 0 && !cond.days && !cond.bbox && cond.fts === null && cond.article === null;
    const match = unfiltered ? null : eventMatchSql(cond, this.driverFor(cond, 'day-desc'), 'day-desc', null);
    return this.all<T>(aggregateSql(kind, match));
  }

  async countActors(filter: EventFilter): Promise<ActorCount[]> {
    return this.aggregate<ActorCount & { n: number }>('actors', filter).map(({ id, name_en, name_ar, n }) => ({ id, name_en, name_ar, events: n }));
  }

  async countPlaces(filter: EventFilter): Promise<PlaceCount[]> {
    return this.aggregate<PlaceCount & { n: number }>('places', filter).map(({ n, ...p }) => ({
      id: p.id, name_en: p.name_en, name_ar: p.name_ar, admin1_en: p.admin1_en, lat: p.lat, lon: p.lon, precision_min: p.precision_min, events: n,
    }));
  }

  async countDays(filter: EventFilter): Promise<DayCount[]> {
    return this.aggregate<{ day: number; n: number }>('days', filter).map(({ day, n }) => ({ date: isoFromDay(day)!, count: n }));
  }

  async countAdmin1(filter: EventFilter): Promise<Admin1Count[]> {
    return this.aggregate<{ admin1_en: string; n: number }>('admin1', filter).map(({ admin1_en, n }) => ({ admin1_en, count: n }));
  }

  async countTypes(filter: EventFilter): Promise<TypeCount[]> {
    return this.aggregate<{ type: EventType; n: number }>('types', filter).map(({ type, n }) => ({ type, count: n }));
  }

  async meta(): Promise<StoreMeta> {
    // data_version changes when another connection (another rasd process) commits.
    const version = this.db.pragma('data_version', { simple: true }) as number;
    if (this.metaCache && version === this.metaVersion) return this.metaCache;
    this.metaVersion = version;
    const labels = (facet: string): string[] =>
      (this.stmt('SELECT label FROM facet_labels WHERE facet = ? ORDER BY label').all(facet) as Array<{ label: string }>).map((r) => r.label);
    const range = this.get<{ min: number | null; max: number | null }>('SELECT min(day) AS min, max(day) AS max FROM events WHERE day > 0')!;
    this.metaCache = {
      actors: this.stmt('SELECT id, name_en, name_ar FROM actors ORDER BY id').all() as StoreMeta['actors'],
      admin1: labels('admin1'),
      weapons: labels('weapon'),
      target_kinds: labels('target'),
      outlets: labels('outlet'),
      date_range: { min: range.min ? isoFromDay(range.min) : null, max: range.max ? isoFromDay(range.max) : null },
      counts: {
        articles: this.get<{ n: number }>('SELECT count(*) AS n FROM articles')!.n,
        events: this.get<{ n: number }>('SELECT count(*) AS n FROM events')!.n,
      },
    };
    return this.metaCache;
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
