/**
 * The store behind `rasd ingest`, `rasd search` and the HTTP API. One interface, engine-neutral:
 * callers pass typed filters, never SQL. Every method returns a Promise so that a networked
 * engine (PostgreSQL) fits the same interface as the embedded SQLite file.
 */
import type { Article, ArticleEvents, ArticleRef, EventType, Stance, StoredEvent } from '../contract/index.ts';

/** Filters on events; every field is optional and all given fields must hold (AND). */
export interface EventFilter {
  /** Any of these types. */
  types?: EventType[];
  /** Actor id as actor1 or actor2. */
  actor?: string;
  actor1?: string;
  actor2?: string;
  /** Gazetteer place id of one of the event's locations. */
  place?: string;
  /** admin1 (governorate) name of one of the event's locations, case-insensitive. */
  admin1?: string;
  /** [minLon, minLat, maxLon, maxLat]: one of the event's locations lies inside. */
  bbox?: [number, number, number, number];
  /** YYYY-MM-DD; the event's date range overlaps [from, to]; undated events are left out. */
  from?: string;
  to?: string;
  weapon?: string;
  /** Target kind. */
  target?: string;
  /** Some claim about the event has this stance. */
  stance?: Stance;
  /** The article's outlet, case-insensitive. */
  outlet?: string;
  /** Full-text query over the article title and text (normalised, clitic-aware). */
  q?: string;
  /** Article id. */
  article?: string;
}

/** Filters on articles. `from`/`to` apply to the publication date. */
export type ArticleFilter = Pick<EventFilter, 'q' | 'outlet' | 'from' | 'to'>;

export type SortOrder = 'date' | '-date';

/** Where the previous page stopped: the sort key (a day number) and the row's sequence number. */
export interface Cursor {
  sort: SortOrder;
  day: number;
  seq: number;
}

export interface PageRequest {
  limit: number;
  /** Decoded from the previous page's `next_cursor` (see cursor.ts); null for the first page. */
  cursor?: Cursor | null;
  sort?: SortOrder;
}

export interface Page {
  next_cursor: string | null;
  /** Number of matches, counted exactly up to a cap (1,000 for SQLite); beyond it `total` is the cap and `total_exact` is false. */
  total: number;
  total_exact: boolean;
}

export interface EventPage extends Page {
  events: StoredEvent[];
}

export interface ArticleSummary extends ArticleRef {
  /** Number of events stored for the article. */
  events: number;
  /** The first words of the text. */
  excerpt: string;
}

export interface ArticlePage extends Page {
  articles: ArticleSummary[];
}

export interface EventWithArticle {
  event: StoredEvent;
  article: Article;
}

export interface ArticleWithEvents {
  article: Article;
  events: StoredEvent[];
}

/** What happened to one article given to `putArticles`. */
export type PutStatus = 'created' | 'replaced' | 'duplicate' | 'failed';

export interface PutResult {
  /** Id of the stored article: the given one, or the existing one for a duplicate. */
  article_id: string;
  status: PutStatus;
  /** Events stored (for a duplicate: events already stored for the existing article). */
  events: number;
  /** Why a `failed` article could not be stored (e.g. an event id already used by another article). */
  error?: string;
}

/** What identifies an article already stored: the same content hash, or the same URL. */
export interface DuplicateKey {
  text: string;
  url: string | null;
}

export interface ActorCount {
  id: string;
  name_en: string;
  name_ar: string | null;
  events: number;
}

export interface PlaceCount {
  id: string;
  name_en: string;
  name_ar: string | null;
  admin1_en: string | null;
  lat: number;
  lon: number;
  /** The most specific precision this place was recorded with. */
  precision_min: number;
  events: number;
}

export interface DayCount {
  date: string;
  count: number;
}
export interface Admin1Count {
  admin1_en: string;
  count: number;
}
export interface TypeCount {
  type: EventType;
  count: number;
}

/** One location of one event, for drawing on a map. */
export interface EventPoint {
  event_id: string;
  type: EventType;
  lon: number;
  lat: number;
  precision: number;
  admin1_en: string | null;
}

export interface StoreMeta {
  actors: Array<{ id: string; name_en: string; name_ar: string | null }>;
  admin1: string[];
  weapons: string[];
  target_kinds: string[];
  outlets: string[];
  date_range: { min: string | null; max: string | null };
  counts: { articles: number; events: number };
}

export interface Store {
  /**
   * Stores extracted articles in one transaction: all of them or none. An article whose content
   * hash or URL is already stored is a duplicate and changes nothing; an article whose id is stored
   * with other content replaces it.
   */
  putArticles(items: readonly ArticleEvents[]): Promise<PutResult[]>;
  /** For each key, the id of the stored article it duplicates, or null. */
  findDuplicates(keys: readonly DuplicateKey[]): Promise<Array<string | null>>;

  getEvent(id: string): Promise<EventWithArticle | null>;
  getArticle(id: string): Promise<ArticleWithEvents | null>;

  listEvents(filter: EventFilter, page: PageRequest): Promise<EventPage>;
  /** Every matching event in date order, read in bounded chunks. */
  streamEvents(filter: EventFilter, sort?: SortOrder): AsyncIterable<StoredEvent>;
  /** One contract line per article that has matching events, holding those events. */
  streamArticleEvents(filter: EventFilter): AsyncIterable<ArticleEvents>;
  listArticles(filter: ArticleFilter, page: PageRequest): Promise<ArticlePage>;
  /** The locations of the newest `limit` matching events; `truncated` when more events matched. */
  listPoints(filter: EventFilter, limit: number): Promise<{ points: EventPoint[]; truncated: boolean }>;

  countActors(filter: EventFilter): Promise<ActorCount[]>;
  countPlaces(filter: EventFilter): Promise<PlaceCount[]>;
  countDays(filter: EventFilter): Promise<DayCount[]>;
  countAdmin1(filter: EventFilter): Promise<Admin1Count[]>;
  countTypes(filter: EventFilter): Promise<TypeCount[]>;

  meta(): Promise<StoreMeta>;
  close(): Promise<void>;
}
