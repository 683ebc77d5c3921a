/**
 * The PostgreSQL schema as an ordered list of migrations (see ../migrations.ts). It holds what the
 * SQLite schema holds, in PostgreSQL's own terms: the planner picks the indexes itself, a GiST
 * index over points serves bounding boxes, and full-text search is a `tsvector` column with a GIN
 * index, built from the same search document as SQLite's FTS index (../search-text.ts) with the
 * 'simple' configuration, which only lower-cases: the words are already normalised and split.
 *
 * Dates are kept twice, as ISO text and as day numbers (YYYYMMDD, 0 for unknown), as in SQLite.
 */
import type { Migration } from '../migrations.ts';

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'articles, events and their parts, facets, full-text index',
    sql: `
CREATE TABLE articles (
  seq integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id text NOT NULL UNIQUE,
  title text,
  outlet text,
  outlet_key text,
  url text,
  published text,
  pub_day integer NOT NULL,
  language text NOT NULL,
  text text NOT NULL,
  content_hash text NOT NULL UNIQUE,
  ingested_at timestamptz NOT NULL,
  search tsvector NOT NULL
);
CREATE INDEX articles_url ON articles (url) WHERE url IS NOT NULL;
CREATE INDEX articles_pub ON articles (pub_day, seq);
CREATE INDEX articles_outlet ON articles (outlet_key, pub_day, seq);
CREATE INDEX articles_search ON articles USING gin (search);

CREATE TABLE events (
  seq integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id text NOT NULL UNIQUE,
  article_seq integer NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
  type text NOT NULL,
  actor1_id text,
  actor2_id text,
  date_start text,
  date_end text,
  date_precision text NOT NULL,
  day integer NOT NULL,
  day_end integer NOT NULL,
  span_days integer NOT NULL,
  fatalities integer,
  injured integer,
  strikes integer,
  sorties integer,
  missiles integer,
  targets_hit integer,
  approximate integer NOT NULL,
  launched_from_id text,
  -- The event exactly as extracted (the contract JSON, as text so it reads back unchanged).
  json text NOT NULL
);
CREATE INDEX events_day ON events (day, seq);
CREATE INDEX events_article ON events (article_seq);

CREATE TABLE event_actors (
  event_seq integer NOT NULL REFERENCES events (seq) ON DELETE CASCADE,
  role integer NOT NULL,
  actor_id text NOT NULL,
  name_en text NOT NULL,
  name_ar text,
  text text NOT NULL,
  PRIMARY KEY (event_seq, role)
);

CREATE TABLE event_locations (
  event_seq integer NOT NULL REFERENCES events (seq) ON DELETE CASCADE,
  ord integer NOT NULL,
  place_id text NOT NULL,
  name_en text NOT NULL,
  name_ar text,
  admin1_en text,
  country text,
  lat double precision NOT NULL,
  lon double precision NOT NULL,
  precision integer NOT NULL,
  text text NOT NULL,
  launch_site integer NOT NULL DEFAULT 0,
  PRIMARY KEY (event_seq, ord)
);
-- Event locations (not launch sites) as points, for bounding-box filters.
CREATE INDEX event_locations_point ON event_locations USING gist (point(lon, lat)) WHERE launch_site = 0;

CREATE TABLE claims (
  event_seq integer NOT NULL REFERENCES events (seq) ON DELETE CASCADE,
  ord integer NOT NULL,
  by_id text NOT NULL,
  by_name_en text NOT NULL,
  by_name_ar text,
  stance text NOT NULL,
  text text,
  PRIMARY KEY (event_seq, ord)
);

-- Offsets into articles.text (the sentences are read from there, not stored twice).
CREATE TABLE evidence (
  event_seq integer NOT NULL REFERENCES events (seq) ON DELETE CASCADE,
  ord integer NOT NULL,
  start integer NOT NULL,
  "end" integer NOT NULL,
  PRIMARY KEY (event_seq, ord)
);

CREATE TABLE weapons (
  event_seq integer NOT NULL REFERENCES events (seq) ON DELETE CASCADE,
  ord integer NOT NULL,
  weapon_id text NOT NULL,
  text text NOT NULL,
  PRIMARY KEY (event_seq, ord)
);

CREATE TABLE targets (
  event_seq integer NOT NULL REFERENCES events (seq) ON DELETE CASCADE,
  ord integer NOT NULL,
  kind text NOT NULL,
  text text NOT NULL,
  PRIMARY KEY (event_seq, ord)
);

-- The filter index (see ../facets.ts): one row per distinct (facet, value) of an event.
CREATE TABLE event_facets (
  facet text NOT NULL,
  value text NOT NULL,
  day integer NOT NULL,
  event_seq integer NOT NULL REFERENCES events (seq) ON DELETE CASCADE,
  PRIMARY KEY (facet, value, day, event_seq)
);
-- Probes (has this event that facet value?) and cascading deletes read this index alone.
CREATE INDEX event_facets_event ON event_facets (event_seq, facet, value);

-- Display forms of facet values (facet values are case-folded), and the actors and places seen,
-- so labels, dropdowns and counts never scan the event tables.
CREATE TABLE facet_labels (
  facet text NOT NULL,
  value text NOT NULL,
  label text NOT NULL,
  PRIMARY KEY (facet, value)
);
CREATE TABLE actors (
  key text PRIMARY KEY,
  id text NOT NULL,
  name_en text NOT NULL,
  name_ar text
);
CREATE TABLE places (
  key text PRIMARY KEY,
  id text NOT NULL,
  name_en text NOT NULL,
  name_ar text,
  admin1_en text,
  lat double precision NOT NULL,
  lon double precision NOT NULL,
  precision_min integer NOT NULL
);
`,
  },
];
