/**
 * The SQLite schema as an ordered list of migrations (see ../migrations.ts); opening a file applies
 * the pending ones, each in one transaction.
 *
 * Dates are kept twice: as ISO text (what the contract says) and as day numbers (YYYYMMDD, 0 for
 * unknown) for sorting and ranges. `event_facets` is the filter index (see ../facets.ts): one row per
 * distinct (facet, value) of an event, keyed so that each filter value is a range in date order.
 */

import type { Database as Db } from 'better-sqlite3';
import type { Migration } from '../migrations.ts';
import { reindexArticles } from './reindex.ts';

/** A SQLite migration; `finish` runs after its SQL, in the same transaction, for what SQL alone cannot do. */
export interface SqliteMigration extends Migration {
  finish?: (db: Db) => void;
}

export const MIGRATIONS: readonly SqliteMigration[] = [
  {
    version: 1,
    description: 'articles, events and their parts, facets, full-text index',
    sql: `
CREATE TABLE articles (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  title TEXT,
  outlet TEXT,
  outlet_key TEXT,
  url TEXT,
  published TEXT,
  pub_day INTEGER NOT NULL,
  language TEXT NOT NULL,
  text TEXT NOT NULL,
  content_hash TEXT NOT NULL UNIQUE,
  ingested_at TEXT NOT NULL
);
CREATE INDEX articles_url ON articles(url) WHERE url IS NOT NULL;
CREATE INDEX articles_pub ON articles(pub_day, seq);
CREATE INDEX articles_outlet ON articles(outlet_key, pub_day, seq);

CREATE TABLE events (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  article_seq INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
  type TEXT NOT NULL,
  actor1_id TEXT,
  actor2_id TEXT,
  date_start TEXT,
  date_end TEXT,
  date_precision TEXT NOT NULL,
  day INTEGER NOT NULL,
  day_end INTEGER NOT NULL,
  span_days INTEGER NOT NULL,
  fatalities INTEGER,
  injured INTEGER,
  strikes INTEGER,
  sorties INTEGER,
  missiles INTEGER,
  targets_hit INTEGER,
  approximate INTEGER NOT NULL,
  launched_from_id TEXT
);
-- Covers the date-ordered scan with its usual probes (end day, article), so they read no table row.
CREATE INDEX events_day ON events(day, seq, day_end, article_seq);
CREATE INDEX events_article ON events(article_seq);
CREATE INDEX events_span ON events(span_days);

-- The event exactly as extracted (the contract JSON), apart from the narrow rows filters read.
CREATE TABLE event_json (
  event_seq INTEGER PRIMARY KEY REFERENCES events(seq) ON DELETE CASCADE,
  json TEXT NOT NULL
);

CREATE TABLE event_actors (
  event_seq INTEGER NOT NULL REFERENCES events(seq) ON DELETE CASCADE,
  role INTEGER NOT NULL,
  actor_id TEXT NOT NULL,
  name_en TEXT NOT NULL,
  name_ar TEXT,
  text TEXT NOT NULL,
  PRIMARY KEY (event_seq, role)
) WITHOUT ROWID;

CREATE TABLE event_locations (
  id INTEGER PRIMARY KEY,
  event_seq INTEGER NOT NULL REFERENCES events(seq) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  place_id TEXT NOT NULL,
  name_en TEXT NOT NULL,
  name_ar TEXT,
  admin1_en TEXT,
  country TEXT,
  lat REAL NOT NULL,
  lon REAL NOT NULL,
  precision INTEGER NOT NULL,
  text TEXT NOT NULL,
  launch_site INTEGER NOT NULL DEFAULT 0
);
-- Covers the bounding-box probe (is one of this event's locations inside?) without reading rows.
CREATE INDEX event_locations_event ON event_locations(event_seq, launch_site, lon, lat);

-- Event locations (not launch sites) as points, for bbox filters.
CREATE VIRTUAL TABLE location_rtree USING rtree(id, min_lon, max_lon, min_lat, max_lat, +event_seq INTEGER);

CREATE TABLE claims (
  event_seq INTEGER NOT NULL REFERENCES events(seq) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  by_id TEXT NOT NULL,
  by_name_en TEXT NOT NULL,
  by_name_ar TEXT,
  stance TEXT NOT NULL,
  text TEXT,
  PRIMARY KEY (event_seq, ord)
) WITHOUT ROWID;

-- Offsets into articles.text (the sentences are read from there, not stored twice).
CREATE TABLE evidence (
  event_seq INTEGER NOT NULL REFERENCES events(seq) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  PRIMARY KEY (event_seq, ord)
) WITHOUT ROWID;

CREATE TABLE weapons (
  event_seq INTEGER NOT NULL REFERENCES events(seq) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  weapon_id TEXT NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (event_seq, ord)
) WITHOUT ROWID;

CREATE TABLE targets (
  event_seq INTEGER NOT NULL REFERENCES events(seq) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  kind TEXT NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (event_seq, ord)
) WITHOUT ROWID;

CREATE TABLE event_facets (
  facet TEXT NOT NULL,
  value TEXT NOT NULL,
  day INTEGER NOT NULL,
  event_seq INTEGER NOT NULL,
  PRIMARY KEY (facet, value, day, event_seq)
) WITHOUT ROWID;

-- Display forms of facet values (facet values are case-folded), and the actors and places seen,
-- so labels, dropdowns and counts never scan the event tables.
CREATE TABLE facet_labels (
  facet TEXT NOT NULL,
  value TEXT NOT NULL,
  label TEXT NOT NULL,
  PRIMARY KEY (facet, value)
) WITHOUT ROWID;
CREATE TABLE actors (
  key TEXT PRIMARY KEY,
  id TEXT NOT NULL,
  name_en TEXT NOT NULL,
  name_ar TEXT
) WITHOUT ROWID;
CREATE TABLE places (
  key TEXT PRIMARY KEY,
  id TEXT NOT NULL,
  name_en TEXT NOT NULL,
  name_ar TEXT,
  admin1_en TEXT,
  lat REAL NOT NULL,
  lon REAL NOT NULL,
  precision_min INTEGER NOT NULL
) WITHOUT ROWID;

-- rowid = articles.seq. Contentless: the text lives in articles; this holds only the index.
CREATE VIRTUAL TABLE article_fts USING fts5(doc, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2');
`,
  },
  {
    version: 2,
    description: "full-text index tokenized by 'ascii' over words folded in code (the same tokens, a fraction of the cost)",
    sql: `
DROP TABLE article_fts;
CREATE VIRTUAL TABLE article_fts USING fts5(doc, content='', contentless_delete=1, tokenize='ascii');
`,
    finish: reindexArticles,
  },
];
