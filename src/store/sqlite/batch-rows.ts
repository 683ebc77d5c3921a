/**
 * The rows a batch of new articles becomes in SQLite, every table at once, with the sequence
 * numbers (article, event, location) given here rather than read back row by row, so each table
 * takes the whole batch in one INSERT (./insert.ts).
 */
import type { ArticleEvents } from '../../contract/index.ts';
import { Dictionary } from '../dictionary.ts';
import type { ActorName, FacetLabel, PlaceName } from '../dictionary.ts';
import { articleRow, eventRows } from '../rows.ts';
import { ftsDocument } from './fts-words.ts';
import type { ArticleRow, EventRow, EventRows } from '../rows.ts';
import { jsonInsert, rowInsert } from './insert.ts';
import type { Insert } from './insert.ts';

/** An article to add, with what the duplicate check already computed from its text. */
export interface NewArticle {
  item: ArticleEvents;
  normalised: string;
  hash: string;
}

/** The first free sequence number of each numbered table. */
export interface NextSeqs {
  article: number;
  event: number;
  location: number;
}

type Child<K extends keyof EventRows> = (EventRows[K] extends Array<infer R> ? R : never) & { event_seq: number };
type EventColumns = EventRow & { seq: number; article_seq: number };
type LocationColumns = Child<'locations'> & { id: number };

interface PointRow {
  id: number;
  min_lon: number;
  max_lon: number;
  min_lat: number;
  max_lat: number;
  event_seq: number;
}

interface FacetRow {
  facet: string;
  value: string;
  day: number;
  event_seq: number;
}

export interface BatchRows {
  articles: Array<ArticleRow & { seq: number }>;
  searchDocuments: Array<{ rowid: number; doc: string }>;
  events: EventColumns[];
  eventJson: Array<{ event_seq: number; json: string }>;
  actors: Array<Child<'actors'>>;
  locations: LocationColumns[];
  /** Locations that are not launch sites, as map points. */
  points: PointRow[];
  claims: Array<Child<'claims'>>;
  evidence: Array<Child<'evidence'>>;
  weapons: Array<Child<'weapons'>>;
  targets: Array<Child<'targets'>>;
  facets: FacetRow[];
  names: Dictionary;
}

/**
 * `row` with its sequence numbers added in place. Each row is made for this batch alone, and copying
 * it into a new object with the extra keys (a spread) costs V8 more than making the row did.
 */
function numbered<R extends object, S extends object>(row: R, seqs: S): R & S {
  return Object.assign(row, seqs);
}

export function batchRows(batch: readonly NewArticle[], next: NextSeqs, ingestedAt: string): BatchRows {
  const rows: BatchRows = {
    articles: [], searchDocuments: [], events: [], eventJson: [], actors: [], locations: [], points: [],
    claims: [], evidence: [], weapons: [], targets: [], facets: [], names: new Dictionary(),
  };
  let { article: articleSeq, event: eventSeq, location: locationId } = next;
  for (const { item: { article, events }, normalised, hash } of batch) {
    rows.articles.push(numbered(articleRow(article, hash, ingestedAt), { seq: articleSeq }));
    rows.searchDocuments.push({ rowid: articleSeq, doc: ftsDocument(article, events, normalised) });
    for (const event of events) {
      const r = eventRows(event, article);
      const event_seq = eventSeq++;
      rows.events.push(numbered(r.event, { seq: event_seq, article_seq: articleSeq }));
      rows.eventJson.push({ event_seq, json: JSON.stringify(r.extracted) });
      for (const a of r.actors) rows.actors.push(numbered(a, { event_seq }));
      for (const l of r.locations) {
        const id = locationId++;
        rows.locations.push(numbered(l, { event_seq, id }));
        if (!l.launch_site) rows.points.push({ id, min_lon: l.lon, max_lon: l.lon, min_lat: l.lat, max_lat: l.lat, event_seq });
      }
      for (const c of r.claims) rows.claims.push(numbered(c, { event_seq }));
      for (const x of r.evidence) rows.evidence.push(numbered(x, { event_seq }));
      for (const w of r.weapons) rows.weapons.push(numbered(w, { event_seq }));
      for (const t of r.targets) rows.targets.push(numbered(t, { event_seq }));
      for (const f of r.facets) rows.facets.push({ facet: f.name, value: f.value, day: r.event.day, event_seq });
      rows.names.add(r);
    }
    articleSeq++;
  }
  return rows;
}

export const INSERT_ARTICLES = rowInsert<BatchRows['articles'][number]>('articles', [
  'seq', 'id', 'title', 'outlet', 'outlet_key', 'url', 'published', 'pub_day', 'language', 'text', 'content_hash', 'ingested_at',
]);
export const INSERT_SEARCH_DOCUMENTS = rowInsert<BatchRows['searchDocuments'][number]>('article_fts', ['rowid', 'doc']);
export const INSERT_EVENTS = rowInsert<EventColumns>('events', [
  'seq', 'id', 'article_seq', 'type', 'actor1_id', 'actor2_id', 'date_start', 'date_end', 'date_precision', 'day', 'day_end', 'span_days',
  'fatalities', 'injured', 'strikes', 'sorties', 'missiles', 'targets_hit', 'approximate', 'launched_from_id',
]);
export const INSERT_EVENT_JSON = rowInsert<BatchRows['eventJson'][number]>('event_json', ['event_seq', 'json']);
export const INSERT_EVENT_ACTORS = rowInsert<Child<'actors'>>('event_actors', ['event_seq', 'role', 'actor_id', 'name_en', 'name_ar', 'text']);
export const INSERT_LOCATIONS = rowInsert<LocationColumns>('event_locations', [
  'id', 'event_seq', 'ord', 'place_id', 'name_en', 'name_ar', 'admin1_en', 'country', 'lat', 'lon', 'precision', 'text', 'launch_site',
]);
export const INSERT_CLAIMS = rowInsert<Child<'claims'>>('claims', ['event_seq', 'ord', 'by_id', 'by_name_en', 'by_name_ar', 'stance', 'text']);
export const INSERT_EVIDENCE = jsonInsert<Child<'evidence'>>('evidence', ['event_seq', 'ord', 'start', 'end']);
export const INSERT_WEAPONS = jsonInsert<Child<'weapons'>>('weapons', ['event_seq', 'ord', 'weapon_id', 'text']);
export const INSERT_TARGETS = jsonInsert<Child<'targets'>>('targets', ['event_seq', 'ord', 'kind', 'text']);
export const INSERT_ACTOR_NAMES = jsonInsert<ActorName>('actors', ['key', 'id', 'name_en', 'name_ar'], 'ON CONFLICT (key) DO NOTHING');
export const INSERT_PLACE_NAMES = jsonInsert<PlaceName>('places', ['key', 'id', 'name_en', 'name_ar', 'admin1_en', 'lat', 'lon', 'precision_min'], 
  'ON CONFLICT (key) DO UPDATE SET precision_min = min(precision_min, excluded.precision_min)',
);
export const INSERT_FACET_LABELS = jsonInsert<FacetLabel>('facet_labels', ['facet', 'value', 'label'], 'ON CONFLICT (facet, value) DO NOTHING');

const POINT_COLUMNS = ['id', 'min_lon', 'max_lon', 'min_lat', 'max_lat', 'event_seq'] as const;
const FACET_COLUMNS = ['facet', 'value', 'day', 'event_seq'] as const;

/** The map points and facet rows, into their tables or (during a bulk load) into staging tables. */
export function insertPoints(table: string): Insert<PointRow> {
  return jsonInsert<PointRow>(table, POINT_COLUMNS);
}

export function insertFacets(table: string): Insert<FacetRow> {
  return jsonInsert<FacetRow>(table, FACET_COLUMNS);
}
