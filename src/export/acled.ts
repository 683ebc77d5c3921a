/**
 * ACLED's own columns (ACLED data export and API, 2023 onward) and how a rasd event fills them.
 * rasd does not code ACLED's actor types (`inter1`, `inter2`, `interaction`), associated actors,
 * admin2/admin3, source scale or tags: those stay empty rather than guessed.
 */
import { readFileSync } from 'node:fs';
import { dataPath } from '../contract/paths.ts';
import type { ArticleEvents, EventDate, Location, RasdEvent } from '../contract/index.ts';
import { textCell } from './csv-record.ts';

export const ACLED_COLUMNS = [
  'event_id_cnty', 'event_date', 'year', 'time_precision', 'disorder_type', 'event_type', 'sub_event_type',
  'actor1', 'assoc_actor_1', 'inter1', 'actor2', 'assoc_actor_2', 'inter2', 'interaction', 'civilian_targeting',
  'iso', 'region', 'country', 'admin1', 'admin2', 'admin3', 'location', 'latitude', 'longitude', 'geo_precision',
  'source', 'source_scale', 'notes', 'fatalities', 'tags', 'timestamp',
] as const;

export type AcledColumn = (typeof ACLED_COLUMNS)[number];

// ACLED's disorder type for each of its event types.
const DISORDER_TYPE: Readonly<Record<string, string>> = {
  Battles: 'Political violence',
  'Explosions/Remote violence': 'Political violence',
  'Violence against civilians': 'Political violence',
  Protests: 'Demonstrations',
  Riots: 'Demonstrations',
  'Strategic developments': 'Strategic developments',
};

// Target kinds that are civilian sites: an event hitting one is coded as civilian targeting.
const CIVILIAN_SITES: ReadonlySet<string> = new Set(['hospital', 'school', 'mosque', 'church', 'market', 'bakery', 'residential']);

function civilianTargeting(eventType: string, event: RasdEvent): boolean {
  return eventType === 'Violence against civilians' || (eventType !== '' && event.targets.some((t) => CIVILIAN_SITES.has(t.kind)));
}

interface AcledCountry {
  iso: string;
  country: string;
  region: string;
}

function loadCountries(): Map<string, AcledCountry> {
  const countries = new Map<string, AcledCountry>();
  const lines = readFileSync(dataPath('export/acled-countries.tsv'), 'utf8').split('\n');
  for (const line of lines.filter((l) => l !== '' && !l.startsWith('#')).slice(1)) {
    const [alpha2, iso, country, region] = line.split('\t');
    if (alpha2 && iso && country && region) countries.set(alpha2, { iso, country, region });
  }
  return countries;
}

const COUNTRIES = loadCountries();

/** The most days an event can span and still be dated to a week (ACLED time_precision 2). */
const WEEK_DAYS = 7;

function daysBetween(start: string, end: string): number {
  return (Date.parse(end) - Date.parse(start)) / 86_400_000;
}

/** ACLED time_precision: 1 the day itself, 2 within a week, 3 within a month or wider; '' unknown. */
export function timePrecision(date: EventDate): string {
  if (date.start === null || date.precision === 'unknown') return '';
  if (date.precision === 'day') return '1';
  if (date.precision === 'range' && date.end !== null && daysBetween(date.start, date.end) <= WEEK_DAYS) return '2';
  return '3';
}

/**
 * Fatalities per row when one event has several locations: the total split evenly, the remainder
 * on the first (most specific) rows, so summing the rows gives the article's figure back. ACLED
 * writes 0 where no fatalities are reported.
 */
export function splitFatalities(total: number | null, rows: number): number[] {
  const n = Math.max(rows, 1);
  if (total === null) return new Array<number>(n).fill(0);
  const base = Math.floor(total / n);
  const remainder = total - base * n;
  return Array.from({ length: n }, (_, i) => base + (i < remainder ? 1 : 0));
}

function words(type: string): string {
  return type.replaceAll('_', ' ');
}

/** A one-line English description of the event, in the spirit of ACLED's notes. */
export function eventNote(event: RasdEvent, location: Location | null): string {
  const parts = [words(event.type)];
  if (event.actor1) parts.push(`by ${event.actor1.name_en}`);
  if (event.actor2) parts.push(`against ${event.actor2.name_en}`);
  if (location) parts.push(`in ${location.name_en}${location.admin1_en && location.admin1_en !== location.name_en ? ` (${location.admin1_en})` : ''}`);
  let note = parts.join(' ');
  note = note.charAt(0).toUpperCase() + note.slice(1) + '.';
  const details: string[] = [];
  if (event.weapons.length > 0) details.push(`Weapons: ${event.weapons.map((w) => w.id).join(', ')}.`);
  if (event.targets.length > 0) details.push(`Targets: ${event.targets.map((t) => words(t.kind)).join(', ')}.`);
  for (const claim of event.claims) details.push(`${claim.by.name_en} ${claim.stance}.`);
  return [note, ...details].join(' ');
}

export interface AcledRowContext {
  result: ArticleEvents;
  event: RasdEvent;
  location: Location | null;
  /** 1-based position of the location in the event's list. */
  rank: number;
  fatalities: number;
  /** Unix seconds written in `timestamp`, or null to leave it empty. */
  timestamp: number | null;
}

export function acledRow({ result, event, location, rank, fatalities, timestamp }: AcledRowContext): Record<AcledColumn, string> {
  const [eventType, subEventType] = event.acled ?? ['', ''];
  const country = location?.country ? COUNTRIES.get(location.country) : undefined;
  return {
    event_id_cnty: `${event.id}-${rank}`,
    event_date: event.date.start ?? '',
    year: event.date.start?.slice(0, 4) ?? '',
    time_precision: timePrecision(event.date),
    disorder_type: DISORDER_TYPE[eventType] ?? '',
    event_type: eventType,
    sub_event_type: subEventType,
    actor1: event.actor1?.name_en ?? '',
    assoc_actor_1: '',
    inter1: '',
    actor2: event.actor2?.name_en ?? '',
    assoc_actor_2: '',
    inter2: '',
    interaction: '',
    civilian_targeting: civilianTargeting(eventType, event) ? 'Civilian targeting' : '',
    iso: country?.iso ?? '',
    region: country?.region ?? '',
    country: country?.country ?? '',
    admin1: location?.admin1_en ?? '',
    admin2: '',
    admin3: '',
    location: location?.name_en ?? '',
    latitude: location ? String(location.lat) : '',
    longitude: location ? String(location.lon) : '',
    geo_precision: location ? String(location.precision) : '',
    source: textCell(result.article.outlet),
    source_scale: '',
    notes: eventNote(event, location),
    fatalities: String(fatalities),
    tags: '',
    timestamp: timestamp === null ? '' : String(timestamp),
  };
}
