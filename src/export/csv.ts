/**
 * CSV: ACLED's columns in ACLED's order, one row per event and location (an event reported in
 * six governorates is six rows sharing `rasd_event_id`), then rasd's own columns. An event
 * without a location is one row with the place columns empty. Event types ACLED does not code
 * (consult, accuse, statement, ...) are rows with empty ACLED type columns and their type in
 * `rasd_type`; `acledOnly` leaves them out.
 */
import type { ArticleEvents, Location, RasdEvent } from '../contract/index.ts';
import { ACLED_COLUMNS, acledRow, splitFatalities } from './acled.ts';
import { csvRecord, textCell } from './csv-record.ts';
import { claimsSummary, evidenceSpans, evidenceText } from './evidence.ts';

export const RASD_COLUMNS = [
  'rasd_event_id', 'rasd_type', 'plover_type', 'plover_mode', 'article_id', 'article_title', 'article_url',
  'article_published', 'actor1_id', 'actor2_id', 'location_id', 'location_name_ar', 'location_text',
  'location_rank', 'location_count', 'date_start', 'date_end', 'date_precision', 'date_text',
  'fatalities_total', 'injured', 'strikes', 'sorties', 'missiles', 'targets_hit', 'counts_approximate',
  'weapons', 'targets', 'claims', 'launched_from_id', 'evidence_text', 'evidence_spans',
] as const;

export const CSV_COLUMNS: readonly string[] = [...ACLED_COLUMNS, ...RASD_COLUMNS];

type RasdColumn = (typeof RASD_COLUMNS)[number];

export interface CsvOptions {
  /** Only events ACLED codes (`acled` not null). */
  acledOnly?: boolean;
  /** Unix seconds for ACLED's `timestamp` column; empty when not given. */
  timestamp?: number | null;
}

function count(value: number | null): string {
  return value === null ? '' : String(value);
}

function rasdRow(result: ArticleEvents, event: RasdEvent, location: Location | null, rank: number): Record<RasdColumn, string> {
  const { article } = result;
  return {
    rasd_event_id: event.id,
    rasd_type: event.type,
    plover_type: event.plover?.[0] ?? '',
    plover_mode: event.plover?.[1] ?? '',
    article_id: article.id,
    article_title: textCell(article.title),
    article_url: textCell(article.url),
    article_published: article.published ?? '',
    actor1_id: event.actor1?.id ?? '',
    actor2_id: event.actor2?.id ?? '',
    location_id: location?.id ?? '',
    location_name_ar: location?.name_ar ?? '',
    location_text: textCell(location?.text),
    location_rank: location ? String(rank) : '',
    location_count: String(event.locations.length),
    date_start: event.date.start ?? '',
    date_end: event.date.end ?? '',
    date_precision: event.date.precision,
    date_text: textCell(event.date.text),
    fatalities_total: count(event.counts.fatalities),
    injured: count(event.counts.injured),
    strikes: count(event.counts.strikes),
    sorties: count(event.counts.sorties),
    missiles: count(event.counts.missiles),
    targets_hit: count(event.counts.targets_hit),
    counts_approximate: event.counts.approximate ? 'true' : 'false',
    weapons: event.weapons.map((w) => w.id).join('; '),
    targets: event.targets.map((t) => t.kind).join('; '),
    claims: claimsSummary(event),
    launched_from_id: event.launched_from?.id ?? '',
    evidence_text: textCell(evidenceText(article, event)),
    evidence_spans: evidenceSpans(event),
  };
}

/** The rows of one article, each as the values of `CSV_COLUMNS` in order. */
export function csvRows(result: ArticleEvents, options: CsvOptions = {}): string[][] {
  const rows: string[][] = [];
  for (const event of result.events) {
    if (options.acledOnly && event.acled === null) continue;
    const places: Array<Location | null> = event.locations.length > 0 ? event.locations : [null];
    const fatalities = splitFatalities(event.counts.fatalities, places.length);
    places.forEach((location, i) => {
      const acled = acledRow({ result, event, location, rank: i + 1, fatalities: fatalities[i]!, timestamp: options.timestamp ?? null });
      const rasd = rasdRow(result, event, location, i + 1);
      rows.push([...ACLED_COLUMNS.map((c) => acled[c]), ...RASD_COLUMNS.map((c) => rasd[c])]);
    });
  }
  return rows;
}

/**
 * The header record. UTF-8 with a byte-order mark, as ACLED's own CSV files have, so that
 * spreadsheet programs read the Arabic columns as UTF-8.
 */
export function csvHeader(): string {
  return '\uFEFF' + csvRecord(CSV_COLUMNS);
}

/** The records of one article. */
export function csvLines(result: ArticleEvents, options: CsvOptions = {}): string {
  return csvRows(result, options).map(csvRecord).join('');
}
