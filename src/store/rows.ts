/**
 * The rows one extracted article becomes, as plain objects named like the columns, the same for
 * every engine. Pure: each store binds them to its own statements.
 */
import type { Article, Location, RasdEvent } from '../contract/index.ts';
import { dayNumber, daysBetween } from './days.ts';
import { eventFacets, facetValue } from './facets.ts';
import type { Facet } from './facets.ts';
import { searchDocument } from './search-text.ts';

export interface ArticleRow {
  id: string;
  title: string | null;
  outlet: string | null;
  outlet_key: string | null;
  url: string | null;
  published: string | null;
  pub_day: number;
  language: string;
  text: string;
  content_hash: string;
  ingested_at: string;
}

export interface EventRow {
  id: string;
  type: string;
  actor1_id: string | null;
  actor2_id: string | null;
  date_start: string | null;
  date_end: string | null;
  date_precision: string;
  day: number;
  day_end: number;
  span_days: number;
  fatalities: number | null;
  injured: number | null;
  strikes: number | null;
  sorties: number | null;
  missiles: number | null;
  targets_hit: number | null;
  approximate: number;
  launched_from_id: string | null;
}

export interface LocationRow {
  ord: number;
  place_id: string;
  name_en: string;
  name_ar: string | null;
  admin1_en: string | null;
  country: string | null;
  lat: number;
  lon: number;
  precision: number;
  text: string;
  launch_site: number;
}

export interface EventRows {
  event: EventRow;
  /** The event as extracted, stored whole as its contract JSON. */
  extracted: RasdEvent;
  actors: Array<{ role: number; actor_id: string; name_en: string; name_ar: string | null; text: string }>;
  locations: LocationRow[];
  claims: Array<{ ord: number; by_id: string; by_name_en: string; by_name_ar: string | null; stance: string; text: string | null }>;
  evidence: Array<{ ord: number; start: number; end: number }>;
  weapons: Array<{ ord: number; weapon_id: string; text: string }>;
  targets: Array<{ ord: number; kind: string; text: string }>;
  facets: Array<Facet & { label: string }>;
}

export function articleRow(article: Article, contentHash: string, ingestedAt: string): ArticleRow {
  return {
    id: article.id,
    title: article.title,
    outlet: article.outlet,
    outlet_key: article.outlet ? facetValue(article.outlet) : null,
    url: article.url,
    published: article.published,
    pub_day: dayNumber(article.published),
    language: article.language,
    text: article.text,
    content_hash: contentHash,
    ingested_at: ingestedAt,
  };
}

function locationRow(loc: Location, ord: number, launchSite: boolean): LocationRow {
  return {
    ord,
    place_id: loc.id,
    name_en: loc.name_en,
    name_ar: loc.name_ar ?? null,
    admin1_en: loc.admin1_en ?? null,
    country: loc.country ?? null,
    lat: loc.lat,
    lon: loc.lon,
    precision: loc.precision,
    text: loc.text,
    launch_site: launchSite ? 1 : 0,
  };
}

/** Display labels of the facets that are not actors or places (those have their own tables). */
function facetLabels(event: RasdEvent, outlet: string | null): Map<string, string> {
  const labels = new Map<string, string>();
  const put = (name: string, label: string | null | undefined): void => {
    if (label) labels.set(`${name}\u0000${facetValue(label)}`, label);
  };
  for (const loc of event.locations) put('admin1', loc.admin1_en);
  for (const w of event.weapons) put('weapon', w.id);
  for (const t of event.targets) put('target', t.kind);
  for (const c of event.claims) put('stance', c.stance);
  put('type', event.type);
  put('outlet', outlet);
  return labels;
}

export function eventRows(event: RasdEvent, article: Article): EventRows {
  const { start, end } = event.date;
  const last = end ?? start;
  const labels = facetLabels(event, article.outlet);
  const actors: EventRows['actors'] = [];
  if (event.actor1) actors.push({ role: 1, actor_id: event.actor1.id, name_en: event.actor1.name_en, name_ar: event.actor1.name_ar ?? null, text: event.actor1.text });
  if (event.actor2) actors.push({ role: 2, actor_id: event.actor2.id, name_en: event.actor2.name_en, name_ar: event.actor2.name_ar ?? null, text: event.actor2.text });
  const locations = event.locations.map((loc, i) => locationRow(loc, i, false));
  if (event.launched_from) locations.push(locationRow(event.launched_from, locations.length, true));
  return {
    event: {
      id: event.id,
      type: event.type,
      actor1_id: event.actor1?.id ?? null,
      actor2_id: event.actor2?.id ?? null,
      date_start: start,
      date_end: end,
      date_precision: event.date.precision,
      day: dayNumber(start),
      day_end: dayNumber(last),
      span_days: start && last ? Math.max(0, daysBetween(start, last)) : 0,
      fatalities: event.counts.fatalities,
      injured: event.counts.injured,
      strikes: event.counts.strikes,
      sorties: event.counts.sorties,
      missiles: event.counts.missiles,
      targets_hit: event.counts.targets_hit,
      approximate: event.counts.approximate ? 1 : 0,
      launched_from_id: event.launched_from?.id ?? null,
    },
    extracted: event,
    actors,
    locations,
    claims: event.claims.map((c, ord) => ({ ord, by_id: c.by.id, by_name_en: c.by.name_en, by_name_ar: c.by.name_ar ?? null, stance: c.stance, text: c.text })),
    evidence: event.evidence.map((s, ord) => ({ ord, start: s.start, end: s.end })),
    weapons: event.weapons.map((w, ord) => ({ ord, weapon_id: w.id, text: w.text })),
    targets: event.targets.map((t, ord) => ({ ord, kind: t.kind, text: t.text })),
    facets: eventFacets(event, article.outlet).map((f) => ({ name: f.name, value: f.value, label: labels.get(`${f.name}\u0000${f.value}`) ?? f.value })),
  };
}

/** The indexed text of an article: title, body, and the names of its events' actors and places. */
export function articleSearchDocument(article: Article, events: readonly RasdEvent[], normalisedText?: string): string {
  const names: string[] = [];
  for (const e of events) {
    for (const a of [e.actor1, e.actor2]) if (a) names.push(a.name_en, a.name_ar ?? '');
    for (const l of e.locations) names.push(l.name_en, l.name_ar ?? '', l.admin1_en ?? '');
  }
  return searchDocument({ title: article.title, text: article.text, normalisedText, names });
}
