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
import { contentHash, hashNormalised } from '../hash.ts';
import { normalise } from '../../text/normalise.ts';
import { parseSearchQuery } from '../search-text.ts';
import type {
  ActorCount, Admin1Count, ArticleFilter, ArticlePage, ArticleSummary, ArticleWithEvents, DayCount, DuplicateKey,
  EventFilter, EventPage, EventPoint, EventWithArticle, PageRequest, PlaceCount, PutResult, SortOrder, Store, StoreMeta, TypeCount,
} from '../types.ts';
import { openDatabase } from './database.ts';
import {
  ARTICLES_BY_SEQ_SQL, EVENTS_BY_SEQ_SQL, POINTS_BY_SEQ_SQL, TEXTS_BY_SEQ_SQL, MAX_DAY, MAX_SPAN_SQL, aggregateSql, articleDayRange,
  articleFtsCountSql, articleMatchSql, candidateDrivers, cappedCountSql, chooseDriver, driverCountSql, eventMatchSql,
  ftsExpression, insertRowsSql, isOrdered,
} from './query.ts';
import type { Aggregate, ArticleConditions, ArticleDriver, Driver, EventConditions, EventOrder, Sql } from './query.ts';
import { articleRow, articleSearchDocument, eventRows } from '../rows.ts';
import type { EventRows } from '../rows.ts';

/** A driver counted below this many rows is read whole and sorted (a few ms at most). */
export const SMALL_CAP = 4000;
/** Page cache during a bulk load (KiB): the indexes being built stay in memory. */
const BULK_CACHE_KIB = 2 * 1024 * 1024;

/** Indexes fed in random order by a bulk load: dropped, then rebuilt once at the end. */
const BULK_DEFERRED_INDEXES = ['events_day', 'events_span', 'articles_pub', 'articles_outlet'];
const STAGE_FACETS = 'temp.stage_facets';
const STAGE_RTREE = 'temp.stage_rtree';
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

/** Names written to the dictionary tables, held back until their transaction commits. */
interface Seen {
  actors: Set<string>;
  places: Map<string, number>;
  labels: Set<string>;
}

export function openSqliteStore(file: string): SqliteStore {
  return new SqliteStore(openDatabase(file));
}

export class SqliteStore implements Store {
  private readonly statements = new Map<string, Statement>();
  private readonly seen: Seen = { actors: new Set(), places: new Map(), labels: new Set() };
  private metaCache: StoreMeta | null = null;
  /** Set during `bulkLoad`: facet and map rows go to staging tables, built in order at the end. */
  private bulk = false;
  private readonly writeBatch: (items: readonly ArticleEvents[]) => { results: PutResult[]; committed: Seen[] };
  private metaVersion = -1;

  constructor(readonly db: Db) {
    const putOne = db.transaction((item: ArticleEvents, pending: Seen) => this.putOne(item, pending));
    this.writeBatch = db.transaction((items: readonly ArticleEvents[]) => {
      const results: PutResult[] = [];
      const committed: Seen[] = [];
      for (const item of items) {
        const pending: Seen = { actors: new Set(), places: new Map(), labels: new Set() };
        try {
          results.push(putOne(item, pending));
          committed.push(pending);
        } catch (error) {
          results.push({ article_id: item.article.id, status: 'failed', events: 0, error: (error as Error).message });
        }
      }
      // `putArticles` merges what the kept savepoints wrote into `seen` once the batch has committed.
      return { results, committed };
    });
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

  private run(sql: string, ...params: unknown[]): { lastInsertRowid: number | bigint } {
    return this.stmt(sql).run(...params);
  }

  /* ---------- writing ---------- */

  async putArticles(items: readonly ArticleEvents[]): Promise<PutResult[]> {
    const { results, committed } = this.writeBatch(items);
    for (const pending of committed) {
      for (const a of pending.actors) this.seen.actors.add(a);
      for (const [k, p] of pending.places) this.seen.places.set(k, Math.min(p, this.seen.places.get(k) ?? p));
      for (const l of pending.labels) this.seen.labels.add(l);
    }
    this.metaCache = null;
    return results;
  }

  private duplicateOf(hash: string, url: string | null): { seq: number; id: string } | undefined {
    const byHash = this.get<{ seq: number; id: string }>('SELECT seq, id FROM articles WHERE content_hash = ?', hash);
    if (byHash || url === null) return byHash;
    return this.get<{ seq: number; id: string }>('SELECT seq, id FROM articles WHERE url = ?', url);
  }

  private eventCount(articleSeq: number): number {
    return this.get<{ n: number }>('SELECT count(*) AS n FROM events WHERE article_seq = ?', articleSeq)!.n;
  }

  private putOne({ article, events }: ArticleEvents, pending: Seen): PutResult {
    const normalised = normalise(article.text);
    const hash = hashNormalised(normalised);
    const duplicate = this.duplicateOf(hash, article.url);
    if (duplicate) return { article_id: duplicate.id, status: 'duplicate', events: this.eventCount(duplicate.seq) };
    const previous = this.get<{ seq: number; outlet: string | null }>('SELECT seq, outlet FROM articles WHERE id = ?', article.id);
    if (previous && this.bulk) throw new Error(`article ${article.id} is already stored: a bulk load only adds articles`);
    if (previous) this.deleteArticle(previous.seq, previous.outlet);
    const a = articleRow(article, hash, new Date().toISOString());
    const articleSeq = Number(
      this.run(
        `INSERT INTO articles (id, title, outlet, outlet_key, url, published, pub_day, language, text, content_hash, ingested_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        a.id, a.title, a.outlet, a.outlet_key, a.url, a.published, a.pub_day, a.language, a.text, a.content_hash, a.ingested_at,
      ).lastInsertRowid,
    );
    this.run('INSERT INTO article_fts (rowid, doc) VALUES (?, ?)', articleSeq, articleSearchDocument(article, events, normalised));
    for (const event of events) this.insertEvent(articleSeq, eventRows(event, article), pending);
    return { article_id: article.id, status: previous ? 'replaced' : 'created', events: events.length };
  }

  /** Several rows in one INSERT (fewer statements per event); `width` values per row. */
  private insertRows(table: string, columns: string, width: number, values: unknown[]): void {
    if (values.length > 0) this.run(insertRowsSql(table, columns, width, values.length / width), ...values);
  }

  private insertEvent(articleSeq: number, rows: EventRows, pending: Seen): void {
    const e = rows.event;
    const seq = Number(
      this.run(
        `INSERT INTO events (id, article_seq, type, actor1_id, actor2_id, date_start, date_end, date_precision, day, day_end, span_days,
           fatalities, injured, strikes, sorties, missiles, targets_hit, approximate, launched_from_id)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        e.id, articleSeq, e.type, e.actor1_id, e.actor2_id, e.date_start, e.date_end, e.date_precision, e.day, e.day_end, e.span_days,
        e.fatalities, e.injured, e.strikes, e.sorties, e.missiles, e.targets_hit, e.approximate, e.launched_from_id,
      ).lastInsertRowid,
    );
    this.run('INSERT INTO event_json (event_seq, json) VALUES (?, ?)', seq, e.json);
    this.insertRows('event_actors', 'event_seq, role, actor_id, name_en, name_ar, text', 6, rows.actors.flatMap((a) => [seq, a.role, a.actor_id, a.name_en, a.name_ar, a.text]));
    for (const a of rows.actors) {
      const key = facetValue(a.actor_id);
      if (!this.seen.actors.has(key) && !pending.actors.has(key)) {
        this.run('INSERT OR IGNORE INTO actors (key, id, name_en, name_ar) VALUES (?, ?, ?, ?)', key, a.actor_id, a.name_en, a.name_ar);
        pending.actors.add(key);
      }
    }
    for (const l of rows.locations) {
      const id = Number(
        this.run(
          `INSERT INTO event_locations (event_seq, ord, place_id, name_en, name_ar, admin1_en, country, lat, lon, precision, text, launch_site)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          seq, l.ord, l.place_id, l.name_en, l.name_ar, l.admin1_en, l.country, l.lat, l.lon, l.precision, l.text, l.launch_site,
        ).lastInsertRowid,
      );
      if (l.launch_site) continue;
      this.run(`INSERT INTO ${this.bulk ? STAGE_RTREE : 'location_rtree'} (id, min_lon, max_lon, min_lat, max_lat, event_seq) VALUES (?, ?, ?, ?, ?, ?)`, id, l.lon, l.lon, l.lat, l.lat, seq);
      const key = facetValue(l.place_id);
      const known = Math.min(this.seen.places.get(key) ?? Infinity, pending.places.get(key) ?? Infinity);
      if (l.precision < known) {
        this.run(
          `INSERT INTO places (key, id, name_en, name_ar, admin1_en, lat, lon, precision_min) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (key) DO UPDATE SET precision_min = min(precision_min, excluded.precision_min)`,
          key, l.place_id, l.name_en, l.name_ar, l.admin1_en, l.lat, l.lon, l.precision,
        );
        pending.places.set(key, l.precision);
      }
    }
    this.insertRows('claims', 'event_seq, ord, by_id, by_name_en, by_name_ar, stance, text', 7, rows.claims.flatMap((c) => [seq, c.ord, c.by_id, c.by_name_en, c.by_name_ar, c.stance, c.text]));
    this.insertRows('evidence', 'event_seq, ord, start, "end"', 4, rows.evidence.flatMap((x) => [seq, x.ord, x.start, x.end]));
    this.insertRows('weapons', 'event_seq, ord, weapon_id, text', 4, rows.weapons.flatMap((w) => [seq, w.ord, w.weapon_id, w.text]));
    this.insertRows('targets', 'event_seq, ord, kind, text', 4, rows.targets.flatMap((t) => [seq, t.ord, t.kind, t.text]));
    this.insertRows(this.bulk ? STAGE_FACETS : 'event_facets', 'facet, value, day, event_seq', 4, rows.facets.flatMap((f) => [f.name, f.value, e.day, seq]));
    for (const f of rows.facets) {
      if (f.name === 'actor' || f.name === 'actor1' || f.name === 'actor2' || f.name === 'place') continue;
      const key = `${f.name}\u0000${f.value}`;
      if (!this.seen.labels.has(key) && !pending.labels.has(key)) {
        this.run('INSERT OR IGNORE INTO facet_labels (facet, value, label) VALUES (?, ?, ?)', f.name, f.value, f.label);
        pending.labels.add(key);
      }
    }
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
      this.db.pragma(`cache_size = ${cache}`);
      this.statements.clear();
      this.metaCache = null;
    }
    return results;
  }

  async findDuplicates(keys: readonly DuplicateKey[]): Promise<Array<string | null>> {
    return keys.map((k) => this.duplicateOf(contentHash(k.text), k.url)?.id ?? null);
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
    if (cond.article !== null) return { kind: 'article' };
    const candidates = candidateDrivers(cond);
    const only = candidates[0];
    if (candidates.length === 0 || !only) return { kind: 'all' };
    if (candidates.length === 1 && isOrdered(only, cond, order)) return only;
    const counted = candidates.map((driver) => ({ driver, count: this.all<{ n: number }>(driverCountSql(cond, driver, SMALL_CAP))[0]!.n }));
    return chooseDriver(cond, order, counted, SMALL_CAP);
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
    const driver = this.driverFor(cond, order);
    const after: Position | null = page.cursor ? { day: page.cursor.day, seq: page.cursor.seq } : null;
    const cut = cutPage(this.all<Position>(eventMatchSql(cond, driver, order, { after, limit: page.limit + 1 })), page.limit, sort, after);
    const count = cut.complete ? cappedTotal(cut.shown.length) : this.countUpTo(eventMatchSql(cond, driver, order, null));
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
